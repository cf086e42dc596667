// A program's housing (issue 7 items 2, 3 and 7): the operators' board, the proposed
// allocation saved as stays, stays booked, moved and cancelled by hand, the occupancy calendar
// (the partner sees its own units and the occupants' names only) and an intern's own stays.
//
// Every write locks the units it touches (in id order, so two writers never deadlock) before
// choosing beds, and the database's exclusion constraints have the last word: whatever slips
// past the checks here (a stay of a program this connection cannot see, a race between two
// units for one person) fails the transaction and answers 409 with what went wrong.
import type { ArrivalPatch, HousingBoard, MyStaysView, OccupancyView, StayInput, StayPatch, StayView } from '../../contracts/housing.ts';
import type { ProgramHousingFacts } from '../../domain/access/housing-policy.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { allocateHousing, type Allocation, type AllocationProblem } from '../../domain/housing/allocation.ts';
import { checkAllocation } from '../../domain/housing/check-allocation.ts';
import { validateAllocationProblem } from '../../domain/housing/allocation-validate.ts';
import { withoutConflictingPins } from '../../domain/housing/season-problem.ts';
import { addDays } from '../../domain/housing/dates.ts';
import { seasonOf, type Season } from '../../domain/housing/season.ts';
import { breaksSameGenderRule, freeBed, overlaps, reseat, withinLending, type BookedStay, type NightRange } from '../../domain/housing/stays.ts';
import type { Db } from '../db/database.ts';
import { programHousingFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit, recordAudits } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import {
  arrivalVersion,
  assignBeds,
  deleteStay,
  deleteStays,
  findApplicationOf,
  findStay,
  findUnit,
  insertStay,
  listInterns,
  listUnits,
  lockUnit,
  programParties,
  programStays,
  staysOfOccupant,
  staysOfUnit,
  replaceableInternshipStays,
  updateStay,
  upsertArrival,
  type StayRow,
  type UnitRow,
} from '../repositories/housing.repository.ts';
import { internshipPhase, operatorContacts, organizationNames } from '../repositories/housing-parties.repository.ts';
import { pointOf } from '../repositories/organizations.repository.ts';
import { isExclusionViolation, isRetryableConflict } from '../repositories/pg-errors.ts';
import { presentStay, presentUnit } from '../presenters/housing.presenter.ts';

/** The refusal a violated exclusion constraint stands for. */
function refusalOf(error: unknown): AppError | null {
  if (isExclusionViolation(error, 'stays_occupant_one_place')) return new AppError('housing.occupantElsewhere');
  if (isExclusionViolation(error, 'stays_bed_one_occupant')) return new AppError('housing.unitFull');
  return null;
}

/** How often a booking is tried when PostgreSQL aborts it for another's sake (see write()). */
const MAX_ATTEMPTS = 5;

const booked = (s: StayRow): BookedStay => ({ id: s.id, bed: s.bed, checkIn: s.checkIn, checkOut: s.checkOut, gender: s.gender });

export class StaysService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** What the access policy knows of the program's housing (a route narrows its answer by it). */
  housingFacts(programId: string): Promise<ProgramHousingFacts> {
    return this.facts(programId);
  }

  private async facts(programId: string): Promise<ProgramHousingFacts> {
    const facts = await programHousingFacts(this.db, programId);
    if (!facts) throw notFound('program');
    return facts;
  }

  private async season(db: Executor, programId: string): Promise<Season | null> {
    const phase = await internshipPhase(db, programId);
    return phase ? seasonOf(phase) : null;
  }

  async board(programId: string, unplaced: HousingBoard['unplaced'] = []): Promise<HousingBoard> {
    const facts = await this.facts(programId);
    const [season, partners, companies, units, interns, stays] = await Promise.all([
      this.season(this.db, programId),
      programParties(this.db, programId, 'housing_partner'),
      programParties(this.db, programId, 'host_company'),
      listUnits(this.db, facts.partnerIds),
      listInterns(this.db, programId),
      programStays(this.db, programId, null, null),
    ]);
    const companyOf = new Map(interns.map((i) => [i.applicationId, i.companyId]));
    return {
      season,
      partners: partners.map((p) => ({ id: p.id, name: p.name })),
      companies: companies.map((c) => ({ id: c.id, name: c.name, location: pointOf(c) })),
      units: units.map(presentUnit),
      interns: interns.map((i) => ({
        applicationId: i.applicationId,
        userId: i.userId,
        student: { nameLatin: i.nameLatin, nameCyrillic: i.nameCyrillic, nameKatakana: i.nameKatakana },
        companyId: i.companyId,
        gender: i.gender,
        arrivalVersion: i.arrivalVersion,
      })),
      stays: stays.map((s) => presentStay(s, companyOf.get(s.applicationId ?? '') ?? null)),
      unplaced,
    };
  }

  /** The units × nights calendar: the operators see everything, a partner its own units and the occupants' names. */
  async occupancy(actor: Actor, programId: string, range: { from?: string; to?: string }): Promise<OccupancyView> {
    const facts = await this.facts(programId);
    const operator = can(actor, 'read', facts);
    const partnerIds = operator ? facts.partnerIds : facts.partnerIds.filter((id) => actor.memberships.some((m) => m.organizationId === id && m.role === 'housing_partner'));
    const season = await this.season(this.db, programId);
    const from = range.from ?? (season ? addDays(season.checkIn, -3) : this.now().toISOString().slice(0, 10));
    const to = range.to ?? (season ? addDays(season.checkOut, 3) : addDays(from, 28));
    if (from >= to) throw invalid([{ field: 'to', code: 'period.order' }]);
    const units = await listUnits(this.db, partnerIds);
    const stays = await programStays(this.db, programId, { from, to }, units.map((u) => u.id));
    const interns = operator ? new Map((await listInterns(this.db, programId)).map((i) => [i.applicationId, i.companyId])) : null;
    return {
      from,
      to,
      units: units.map(presentUnit),
      stays: stays.map((s) => (interns ? presentStay(s, interns.get(s.applicationId ?? '') ?? null) : { ...presentStay(s, null), applicationId: null })),
    };
  }

  /** A person's own stays in the program: where, when, the rules, whom to call. */
  async mine(actor: Actor, programId: string): Promise<MyStaysView> {
    const rows = await staysOfOccupant(this.db, programId, actor.userId);
    const facts = await this.facts(programId);
    const operatorId = facts.program.operatorIds[0]!;
    const contacts = await operatorContacts(this.db, facts.program.operatorIds);
    const names = await organizationNames(this.db, [operatorId, ...facts.partnerIds]);
    const result: MyStaysView['stays'] = [];
    for (const stay of rows) {
      const unit = await findUnit(this.db, stay.unitId);
      if (!unit) continue;
      const view = presentUnit(unit);
      result.push({
        id: stay.id,
        checkIn: stay.checkIn,
        checkOut: stay.checkOut,
        kind: stay.kind,
        unit: { name: view.name, address: view.address, postalCode: view.postalCode, layout: view.layout, facilities: view.facilities, rules: view.rules, location: view.location },
        partner: { name: names.get(unit.organizationId) ?? {} },
        operator: { name: names.get(operatorId) ?? {} },
        contacts,
      });
    }
    return { stays: result };
  }

  async setArrival(ctx: RequestContext, programId: string, applicationId: string, patch: ArrivalPatch): Promise<void> {
    const [intern] = await listInterns(this.db, programId, [applicationId]);
    if (!intern) throw notFound('student_application');
    const { version, arrivesAt, ...rest } = patch;
    const changes = { ...rest, ...(arrivesAt === undefined ? {} : { arrivesAt: arrivesAt === null ? null : new Date(arrivesAt) }) };
    await this.db.transaction(async (tx) => {
      if ((await upsertArrival(tx, programId, applicationId, version, changes)) === 'stale') throw versionConflict('intern_arrival', (await arrivalVersion(tx, programId, applicationId)) ?? 0);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'intern_arrival', resourceId: applicationId, fields: changedFields(rest).concat(arrivesAt === undefined ? [] : ['arrivesAt']) });
    });
  }

  async book(ctx: RequestContext, programId: string, input: StayInput): Promise<StayView> {
    const application = await findApplicationOf(this.db, input.applicationId);
    const [intern] = application?.programId === programId ? await listInterns(this.db, programId, [input.applicationId]) : [];
    if (!application || !intern) throw invalid([{ field: 'applicationId', code: 'housing.notAnIntern' }]);
    const id = await this.write(async (tx) => {
      const unit = await this.lockedUnitOf(tx, programId, input.unitId);
      const stay = { checkIn: input.checkIn, checkOut: input.checkOut, gender: intern.gender };
      const bed = await this.bedFor(tx, unit, null, stay);
      const created = await insertStay(tx, { programId, unitId: unit.id, bed, occupantUserId: application.userId, applicationId: application.id, kind: input.kind, checkIn: input.checkIn, checkOut: input.checkOut, pinned: true });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'stay', resourceId: created, fields: ['unitId', 'checkIn', 'checkOut', 'kind'] });
      return created;
    });
    return this.stayView(programId, id);
  }

  /** A move by hand: the stay is pinned, so a new proposal leaves it where the operator put it. */
  async move(ctx: RequestContext, stayId: string, patch: StayPatch): Promise<StayView> {
    const current = await findStay(this.db, stayId);
    if (!current) throw notFound('stay');
    const target = { unitId: patch.unitId ?? current.unitId, checkIn: patch.checkIn ?? current.checkIn, checkOut: patch.checkOut ?? current.checkOut };
    if (target.checkIn >= target.checkOut) throw invalid([{ field: 'checkOut', code: 'stay.order' }]);
    await this.write(async (tx) => {
      const units = await this.lockUnits(tx, current.programId, [...new Set([current.unitId, target.unitId])].sort());
      const locked = units.find((u) => u.id === target.unitId)!;
      const bed = await this.bedFor(tx, locked, current.id, { ...target, gender: current.gender });
      const outcome = await updateStay(tx, stayId, patch.version, { ...target, bed, pinned: true });
      if (outcome !== 'updated') throw outcome === 'missing' ? notFound('stay') : versionConflict('stay', current.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'stay', resourceId: stayId, fields: changedFields({ unitId: patch.unitId, checkIn: patch.checkIn, checkOut: patch.checkOut }) });
    });
    return this.stayView(current.programId, stayId);
  }

  async cancel(ctx: RequestContext, stayId: string, version: number): Promise<void> {
    const current = await findStay(this.db, stayId);
    if (!current) throw notFound('stay');
    await this.db.transaction(async (tx) => {
      if ((await deleteStay(tx, stayId, version)).length === 0) throw versionConflict('stay', current.version);
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'stay', resourceId: stayId, fields: [] });
    });
  }

  /**
   * The proposal (domain/housing/allocation.ts) for the season, saved: stays the operator placed
   * by hand stay where they are (unless starting over), the others are replaced. Checked by the independent checker
   * before anything is written; interns it could not place come back with the reason.
   */
  async allocate(ctx: RequestContext, programId: string, keepPinned: boolean): Promise<HousingBoard> {
    const facts = await this.facts(programId);
    const season = await this.season(this.db, programId);
    if (!season) throw new AppError('housing.noSeason');
    const unplaced = await this.write(async (tx) => {
      const lent = (await listUnits(tx, facts.partnerIds)).filter((u) => withinLending(u.lendingPeriods, season));
      const units = await this.lockUnits(tx, programId, lent.map((u) => u.id).sort());
      const replaced = await replaceableInternshipStays(tx, programId, keepPinned);
      await deleteStays(tx, replaced);
      await recordAudits(tx, ctx, replaced.map((id) => ({ action: 'delete' as const, resourceType: 'stay' as const, resourceId: id, fields: [] })));
      const interns = await listInterns(tx, programId);
      const { problem, inSeason } = await this.problemFor(tx, programId, season, units, interns);
      const allocation = allocateHousing(problem);
      const violations = checkAllocation(problem, allocation);
      if (violations.length) throw new Error(`housing allocation broke its rules: ${violations.map((v) => v.code).join(', ')}`);
      await this.saveAllocation(tx, ctx, programId, season, allocation, units, interns, inSeason);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'program', resourceId: programId, fields: ['housingAllocation'] });
      return allocation.unplaced.map((u) => ({ applicationId: u.internId, reason: u.reason }));
    });
    return this.board(programId, unplaced);
  }

  /** The allocation problem: every intern not already housed for the season, the units with who is already in them. */
  private async problemFor(tx: Executor, programId: string, season: Season, units: UnitRow[], interns: Awaited<ReturnType<typeof listInterns>>) {
    const unitStays = new Map<string, StayRow[]>();
    for (const unit of units) unitStays.set(unit.id, (await staysOfUnit(tx, unit.id)).filter((s) => overlaps(s, season)));
    const programStaysInSeason = (await programStays(tx, programId, { from: season.checkIn, to: season.checkOut }, null)).filter((s) => overlaps(s, season));
    const inSeason = new Set(programStaysInSeason.map((s) => s.applicationId));
    const pinned = programStaysInSeason.filter((s) => s.pinned && s.kind === 'internship' && unitStays.has(s.unitId));
    const pinnedIds = new Set(pinned.map((s) => s.id));
    const companies = await programParties(tx, programId, 'host_company');
    const problem: AllocationProblem = {
      units: units.map((u) => ({
        id: u.id,
        capacity: u.capacity,
        sameGenderOnly: u.sameGenderOnly,
        location: pointOf(u),
        occupants: (unitStays.get(u.id) ?? []).filter((s) => !pinnedIds.has(s.id)).map((s) => s.gender),
      })),
      interns: interns
        .filter((i) => !inSeason.has(i.applicationId) || pinned.some((s) => s.applicationId === i.applicationId))
        .map((i) => ({ id: i.applicationId, companyId: i.companyId ?? `none:${i.applicationId}`, gender: i.gender })),
      companies: [
        ...companies.map((c) => ({ id: c.id, location: pointOf(c) })),
        ...interns.filter((i) => i.companyId === null).map((i) => ({ id: `none:${i.applicationId}`, location: null })),
      ],
      pinned: pinned.map((s) => ({ internId: s.applicationId!, unitId: s.unitId })),
    };
    const issues = validateAllocationProblem(problem);
    return { problem: issues.length ? withoutConflictingPins(problem, issues) : problem, inSeason };
  }

  private async saveAllocation(tx: Executor, ctx: RequestContext, programId: string, season: Season, allocation: Allocation, units: UnitRow[], interns: Awaited<ReturnType<typeof listInterns>>, inSeason: Set<string | null>): Promise<void> {
    const unitById = new Map(units.map((u) => [u.id, u]));
    const internById = new Map(interns.map((i) => [i.applicationId, i]));
    const created: string[] = [];
    for (const placement of allocation.placements) {
      if (placement.pinned || inSeason.has(placement.internId)) continue;
      const intern = internById.get(placement.internId)!;
      const stay = { checkIn: season.checkIn, checkOut: season.checkOut, gender: intern.gender };
      const bed = await this.bedFor(tx, unitById.get(placement.unitId)!, null, stay);
      created.push(await insertStay(tx, { programId, unitId: placement.unitId, bed, occupantUserId: intern.userId, applicationId: intern.applicationId, kind: 'internship', checkIn: season.checkIn, checkOut: season.checkOut, pinned: false }));
    }
    await recordAudits(tx, ctx, created.map((id) => ({ action: 'create' as const, resourceType: 'stay' as const, resourceId: id, fields: ['unitId', 'checkIn', 'checkOut'] })));
  }

  /** The bed a stay takes in a locked unit, re-seating the unit's other stays when the nights fit but no single bed is free. */
  private async bedFor(tx: Executor, unit: UnitRow, stayId: string | null, stay: NightRange & { gender: 'female' | 'male' | null }): Promise<number> {
    if (unit.archivedAt) throw invalid([{ field: 'unitId', code: 'housing.unitArchived' }]);
    if (!withinLending(unit.lendingPeriods, stay)) throw new AppError('housing.outsideLending');
    const others = (await staysOfUnit(tx, unit.id)).filter((s) => s.id !== stayId).map(booked);
    if (unit.sameGenderOnly && breaksSameGenderRule(others, stay)) throw new AppError('housing.sameGenderRule');
    const bed = freeBed(unit.capacity, others, stay);
    if (bed !== null) return bed;
    const newcomer = { id: '', bed: 0, ...stay };
    const beds = reseat(unit.capacity, [...others, newcomer]);
    if (!beds) throw new AppError('housing.unitFull');
    await assignBeds(tx, others.map((o) => ({ id: o.id, bed: beds.get(o)! })));
    return beds.get(newcomer)!;
  }

  private async lockedUnitOf(tx: Executor, programId: string, unitId: string): Promise<UnitRow> {
    const [unit] = await this.lockUnits(tx, programId, [unitId]);
    return unit!;
  }

  /** Locks units of the program's partners in the given (sorted) order; an unknown unit is a field error. */
  private async lockUnits(tx: Executor, programId: string, unitIds: readonly string[]): Promise<UnitRow[]> {
    const facts = await programHousingFacts(tx, programId);
    const units: UnitRow[] = [];
    for (const id of unitIds) {
      const unit = await lockUnit(tx, id);
      if (!unit || !facts?.partnerIds.includes(unit.organizationId)) throw invalid([{ field: 'unitId', code: 'housing.unitUnknown' }]);
      units.push(unit);
    }
    return units;
  }

  private async stayView(programId: string, stayId: string): Promise<StayView> {
    const stay = await findStay(this.db, stayId);
    if (!stay) throw notFound('stay');
    const [intern] = stay.applicationId ? await listInterns(this.db, programId, [stay.applicationId]) : [];
    return presentStay(stay, intern?.companyId ?? null);
  }

  /**
   * A transaction whose exclusion-constraint failures (at any statement or at commit) become 409s.
   * Two bookings of one person in different flats insert at the same moment and may each wait for
   * the other's row: PostgreSQL then aborts one as a deadlock, which runs again and meets the
   * other's committed stay as the 409 it is.
   */
  private async write<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(work);
      } catch (error) {
        const refusal = refusalOf(error);
        if (refusal) throw refusal;
        if (attempt < MAX_ATTEMPTS && isRetryableConflict(error)) continue;
        throw error;
      }
    }
  }
}
