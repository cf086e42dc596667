// Setting up an interview fair (issue 5 item 2): the program's operators create it with its
// days, slot length and breaks (slots are cut from them), choose the host companies that
// interview and their rooms, name the interpreters, and anyone taking part says which slots they
// cannot make (a company its own, a student theirs, a coordinator their students'). Every write
// is audited; the fair is versioned, so two operators editing at once get a 409.
import type { FairCompaniesInput, FairInput, FairInterpretersInput, FairList, FairPatch, FairView, UnavailabilityInput } from '../../contracts/fairs.ts';
import { fairActorKind, type FairFacts } from '../../domain/access/fair-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, forbidden, invalid, notFound, type FieldIssue } from '../../domain/errors/app-error.ts';
import { DEFAULT_RUBRIC } from '../../domain/fairs/fair-rules.ts';
import { fairDaysIssues, fairSlots, type FairDay } from '../../domain/fairs/fair-slots.ts';
import type { Db } from '../db/database.ts';
import { presentFair, type FairParts, type FairViewer, type UnavailabilityFilter } from '../presenters/fair.presenter.ts';
import { fairFacts } from '../repositories/access-facts.repository.ts';
import { participantIdsByRole } from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { applicationIdsOf, applicationInProgram, listInterviews } from '../repositories/fair-interviews.repository.ts';
import {
  findFair,
  insertFair,
  listCompanies,
  listFairs,
  listInterpreters,
  listSlots,
  listUnavailability,
  lockFair,
  replaceCompanies,
  replaceInterpreters,
  replaceSlots,
  setUnavailability,
  slotsOfFair,
  updateFair,
  type FairRow,
} from '../repositories/fairs.repository.ts';
import { expectUpdated } from './versioned-result.ts';

function daysIssues(days: readonly FairDay[], slotMinutes: number): void {
  const issues = fairDaysIssues(days, slotMinutes);
  if (issues.length > 0) throw invalid(issues.map((i) => ({ field: i.field, code: i.code })));
}

export class FairsService {
  constructor(private readonly db: Db) {}

  async list(actor: Actor, programId: string): Promise<FairList> {
    const items: FairList['items'] = [];
    for (const fair of await listFairs(this.db, programId)) {
      const facts = await fairFacts(this.db, fair.id);
      if (facts && fairActorKind(actor, facts)) items.push({ id: fair.id, programId, title: fair.title, venue: fair.venue, status: fair.status, days: fair.days.map((d) => ({ ...d, breaks: [...(d.breaks ?? [])] })), publishedAt: fair.publishedAt?.toISOString() ?? null, scheduleRevision: fair.scheduleRevision, version: fair.version });
    }
    return { items };
  }

  async create(ctx: RequestContext, programId: string, input: FairInput): Promise<FairView> {
    daysIssues(input.days, input.slotMinutes);
    const id = await this.db.transaction(async (tx) => {
      const { rubric, ...rest } = input;
      const created = await insertFair(tx, { programId, ...rest, rubric: rubric ?? [...DEFAULT_RUBRIC] });
      await replaceSlots(tx, created, programId, fairSlots(input.days, input.slotMinutes, input.timeZone));
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'interview_fair', resourceId: created, fields: Object.keys(input).sort() });
      return created;
    });
    return this.get(ctx.actor!, id);
  }

  async get(actor: Actor, fairId: string, db: Executor = this.db): Promise<FairView> {
    const facts = await fairFacts(db, fairId);
    const fair = await findFair(db, fairId);
    if (!facts || !fair) throw notFound('interview_fair');
    const viewer = fairActorKind(actor, facts);
    if (!viewer) throw notFound('interview_fair');
    const parts = await this.parts(db, fair);
    return presentFair(parts, viewer, await this.unavailabilityFilter(db, actor, fair, facts, viewer));
  }

  async parts(db: Executor, fair: FairRow): Promise<FairParts> {
    const [slots, companies, interpreters, unavailability] = [await listSlots(db, fair.id), await listCompanies(db, fair.id), await listInterpreters(db, fair.id), await listUnavailability(db, fair.id)];
    return { fair, slots, companies, interpreters, unavailability };
  }

  /** Operators see everyone's; others their organizations' and the applications that are theirs or their college's. */
  private async unavailabilityFilter(db: Executor, actor: Actor, fair: FairRow, facts: FairFacts, viewer: FairViewer): Promise<UnavailabilityFilter> {
    if (viewer === 'operator') return { all: true, organizationIds: [], applicationIds: [] };
    return { all: false, organizationIds: actor.memberships.map((m) => m.organizationId), applicationIds: await ownApplicationIds(db, actor, fair.programId, facts) };
  }

  async update(ctx: RequestContext, fairId: string, input: FairPatch): Promise<FairView> {
    const { version, ...changes } = input;
    await this.db.transaction(async (tx) => {
      const fair = await lockFair(tx, fairId);
      if (!fair) throw notFound('interview_fair');
      const reslot = changes.days !== undefined || changes.slotMinutes !== undefined || changes.timeZone !== undefined;
      const days = changes.days ?? fair.days;
      const slotMinutes = changes.slotMinutes ?? fair.slotMinutes;
      if (reslot) {
        daysIssues(days, slotMinutes);
        if ((await listInterviews(tx, fairId, 'all')).some((i) => i.slotId !== null)) throw new AppError('fair.scheduleExists');
      }
      await expectUpdated(await updateFair(tx, fairId, version, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))), 'interview_fair', async () => fair.version);
      if (reslot) await replaceSlots(tx, fairId, fair.programId, fairSlots(days, slotMinutes, changes.timeZone ?? fair.timeZone));
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'interview_fair', resourceId: fairId, fields: changedFields(input) });
    });
    return this.get(ctx.actor!, fairId);
  }

  /** The fair's companies: host companies of the program; one with interviews stays, rooms in use stay. */
  async setCompanies(ctx: RequestContext, fairId: string, input: FairCompaniesInput): Promise<FairView> {
    await this.db.transaction(async (tx) => {
      const fair = await lockFair(tx, fairId);
      if (!fair) throw notFound('interview_fair');
      const hosts = new Set(await participantIdsByRole(tx, fair.programId, 'host_company'));
      const interviews = await listInterviews(tx, fairId, 'all');
      const issues: FieldIssue[] = [];
      const seen = new Set<string>();
      input.companies.forEach((c, i) => {
        if (!hosts.has(c.organizationId)) issues.push({ field: `companies.${i}.organizationId`, code: 'fair.notHostCompany' });
        if (seen.has(c.organizationId)) issues.push({ field: `companies.${i}.organizationId`, code: 'fair.companyTwice' });
        seen.add(c.organizationId);
        if (interviews.some((v) => v.organizationId === c.organizationId && v.room !== null && v.room >= c.rooms)) issues.push({ field: `companies.${i}.rooms`, code: 'fair.roomsInUse' });
      });
      const dropped = new Set(interviews.map((v) => v.organizationId).filter((id) => !seen.has(id)));
      if (dropped.size > 0) issues.push({ field: 'companies', code: 'fair.companyHasInterviews' });
      if (issues.length > 0) throw invalid(issues);
      await expectUpdated(await updateFair(tx, fairId, input.version, {}), 'interview_fair', async () => fair.version);
      await replaceCompanies(tx, fairId, fair.programId, input.companies);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'interview_fair', resourceId: fairId, fields: ['companies'] });
    });
    return this.get(ctx.actor!, fairId);
  }

  async setInterpreters(ctx: RequestContext, fairId: string, input: FairInterpretersInput): Promise<FairView> {
    await this.db.transaction(async (tx) => {
      const fair = await lockFair(tx, fairId);
      if (!fair) throw notFound('interview_fair');
      const existing = new Set((await listInterpreters(tx, fairId)).map((i) => i.id));
      const kept = new Set(input.interpreters.flatMap((i) => (i.id ? [i.id] : [])));
      const issues: FieldIssue[] = input.interpreters.flatMap((i, k) => (i.id && !existing.has(i.id) ? [{ field: `interpreters.${k}.id`, code: 'reference.notFound' }] : []));
      const assigned = (await listInterviews(tx, fairId, 'all')).some((v) => v.interpreterId !== null && !kept.has(v.interpreterId));
      if (assigned) issues.push({ field: 'interpreters', code: 'fair.interpreterAssigned' });
      if (issues.length > 0) throw invalid(issues);
      await expectUpdated(await updateFair(tx, fairId, input.version, {}), 'interview_fair', async () => fair.version);
      await replaceInterpreters(tx, fairId, fair.programId, input.interpreters);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'interview_fair', resourceId: fairId, fields: ['interpreters'] });
    });
    return this.get(ctx.actor!, fairId);
  }

  /** One party's unavailable slots: the operators set anyone's, a company its own, a student theirs, a coordinator their students'. */
  async setUnavailability(ctx: RequestContext, fairId: string, input: UnavailabilityInput): Promise<FairView> {
    const actor = ctx.actor!;
    await this.db.transaction(async (tx) => {
      const facts = await fairFacts(tx, fairId);
      const fair = await findFair(tx, fairId);
      if (!facts || !fair) throw notFound('interview_fair');
      const viewer = fairActorKind(actor, facts);
      const { kind, id } = input.party;
      const mayEdit =
        viewer === 'operator' ||
        (kind === 'company' && viewer === 'company' && actor.memberships.some((m) => m.organizationId === id && m.role === 'host_company')) ||
        (kind === 'student' && (viewer === 'student' || viewer === 'college') && (await ownApplicationIds(tx, actor, fair.programId, facts)).includes(id));
      if (!mayEdit) throw forbidden();
      const known = kind === 'company' ? facts.companyIds.includes(id) : kind === 'interpreter' ? (await listInterpreters(tx, fairId)).some((i) => i.id === id) : await applicationInProgram(tx, fair.programId, id);
      if (!known) throw invalid([{ field: 'party.id', code: 'reference.notFound' }]);
      const inFair = await slotsOfFair(tx, fairId, input.slotIds);
      const issues = input.slotIds.flatMap((s, i) => (inFair.has(s) ? [] : [{ field: `slotIds.${i}`, code: 'reference.notFound' }]));
      if (issues.length > 0) throw invalid(issues);
      const party = kind === 'company' ? { organizationId: id } : kind === 'student' ? { applicationId: id } : { interpreterId: id };
      await setUnavailability(tx, fairId, fair.programId, party, [...new Set(input.slotIds)]);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'interview_fair', resourceId: fairId, fields: [`unavailable.${kind}`] });
    });
    return this.get(actor, fairId);
  }
}

/** The program's applications that are the actor's own or their sending college's students'. */
async function ownApplicationIds(db: Executor, actor: Actor, programId: string, facts: FairFacts): Promise<string[]> {
  const colleges = actor.memberships.filter((m) => m.role === 'college_coordinator' && facts.sendingCollegeIds.includes(m.organizationId)).map((m) => m.organizationId);
  return applicationIdsOf(db, programId, actor.userId, colleges);
}
