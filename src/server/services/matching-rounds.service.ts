// Intern selection, set-up and lists (issue 6 items 1 and 3): the operators open a round with its
// companies and seats, the lists' deadline, the program-wide cap (the flats) and how it is shared;
// students rank the round's companies, companies rank the students they interviewed (the JRMP
// rule, which the operators may relax) and whose consent names them; interim demand is shown once
// the operators publish it. Every write is audited; rounds and lists are versioned (409).
import type { RankListInput, RankListsView, RoundInput, RoundList, RoundPatch, RoundView } from '../../contracts/matchings.ts';
import { roundActorKind, type MatchingRoundFacts } from '../../domain/access/matching-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, forbidden, invalid, notFound, type FieldIssue } from '../../domain/errors/app-error.ts';
import { DEFAULT_SEATS, interimDemand, seatsLeft } from '../../domain/matching/matching-round.ts';
import type { Db } from '../db/database.ts';
import { matchingRoundFacts } from '../repositories/access-facts.repository.ts';
import { participantIdsByRole } from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import {
  findRound,
  insertRound,
  interviewedPairs,
  listMarketStudents,
  listRankLists,
  listRoundCompanies,
  listRounds,
  lockRound,
  matchesPerCompany,
  replaceRoundCompanies,
  saveRankList,
  updateRound,
  type RoundRow,
} from '../repositories/matchings.repository.ts';
import { expectUpdated } from './versioned-result.ts';

type Viewer = NonNullable<ReturnType<typeof roundActorKind>>;

/** The students each company interviewed, by company. */
function interviewedBy(pairs: readonly { applicationId: string; organizationId: string }[]): (organizationId: string) => ReadonlySet<string> {
  const byCompany = new Map<string, Set<string>>();
  for (const p of pairs) (byCompany.get(p.organizationId) ?? byCompany.set(p.organizationId, new Set()).get(p.organizationId)!).add(p.applicationId);
  const none = new Set<string>();
  return (organizationId) => byCompany.get(organizationId) ?? none;
}

export class MatchingRoundsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(actor: Actor, programId: string): Promise<RoundList> {
    const items: RoundView[] = [];
    for (const round of await listRounds(this.db, programId)) {
      const facts = await matchingRoundFacts(this.db, round.id);
      if (facts && roundActorKind(actor, facts)) items.push(await this.view(this.db, actor, round, facts));
    }
    return { items };
  }

  async create(ctx: RequestContext, programId: string, input: RoundInput): Promise<RoundView> {
    const id = await this.db.transaction(async (tx) => {
      let companies = input.companies ?? (await participantIdsByRole(tx, programId, 'host_company')).map((organizationId) => ({ organizationId, seats: DEFAULT_SEATS }));
      let totalCap = input.totalCap;
      if (input.previousRoundId) {
        const previous = await findRound(tx, input.previousRoundId);
        if (!previous || previous.programId !== programId) throw invalid([{ field: 'previousRoundId', code: 'matching.roundUnknown' }]);
        if (previous.status !== 'frozen') throw new AppError('matching.previousNotFrozen');
        const taken = await matchesPerCompany(tx, previous.id);
        companies = input.companies ?? seatsLeft(await listRoundCompanies(tx, previous.id), taken);
        const matched = [...taken.values()].reduce((a, b) => a + b, 0);
        if (input.totalCap === null && previous.totalCap !== null) totalCap = Math.max(0, previous.totalCap - matched);
      }
      await this.checkCompanies(tx, programId, companies);
      const created = await insertRound(tx, { programId, title: input.title, listsDeadline: new Date(input.listsDeadline), totalCap, requireInterviewed: input.requireInterviewed });
      await replaceRoundCompanies(tx, created, programId, companies);
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'matching_round', resourceId: created, fields: Object.keys(input).sort() });
      return created;
    });
    return this.get(ctx.actor!, id);
  }

  async get(actor: Actor, roundId: string, db: Executor = this.db): Promise<RoundView> {
    const facts = await matchingRoundFacts(db, roundId);
    const round = await findRound(db, roundId);
    if (!facts || !round || !roundActorKind(actor, facts)) throw notFound('matching_round');
    return this.view(db, actor, round, facts);
  }

  async update(ctx: RequestContext, roundId: string, input: RoundPatch): Promise<RoundView> {
    const { version, companies, listsDeadline, ...rest } = input;
    await this.db.transaction(async (tx) => {
      const round = await lockRound(tx, roundId);
      if (!round) throw notFound('matching_round');
      if (round.status === 'published' || round.status === 'frozen') throw new AppError('matching.roundClosed');
      if (companies) {
        await this.checkCompanies(tx, round.programId, companies);
        await replaceRoundCompanies(tx, roundId, round.programId, companies);
      }
      const seats = new Map((await listRoundCompanies(tx, roundId)).map((c) => [c.organizationId, c.seats]));
      this.checkCapSharing(seats, rest.totalCap === undefined ? round.totalCap : rest.totalCap, rest.capOrder ?? round.capOrder, rest.capTargets ?? round.capTargets);
      const changes = { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)), ...(listsDeadline ? { listsDeadline: new Date(listsDeadline) } : {}) };
      await expectUpdated(await updateRound(tx, roundId, version, changes), 'matching_round', async () => round.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'matching_round', resourceId: roundId, fields: changedFields(input) });
    });
    return this.get(ctx.actor!, roundId);
  }

  /** The lists the actor may see, each company's with the students it may rank. */
  async lists(actor: Actor, roundId: string): Promise<RankListsView> {
    const { round, facts } = await this.visible(this.db, actor, roundId);
    const viewer = roundActorKind(actor, facts)!;
    const mine = (ids: readonly string[]) => actor.memberships.some((m) => ids.includes(m.organizationId));
    const students = await listMarketStudents(this.db, round.programId);
    const lists = await listRankLists(this.db, roundId);
    const interviewed = interviewedBy(await interviewedPairs(this.db, round.programId));
    const companies = await listRoundCompanies(this.db, roundId);
    const listOf = (match: (l: (typeof lists)[number]) => boolean) => lists.find(match);
    const name = (s: (typeof students)[number]) => ({ nameLatin: s.nameLatin, nameCyrillic: s.nameCyrillic, nameKatakana: s.nameKatakana });
    const seeStudent = (s: (typeof students)[number]) => viewer === 'operator' || (viewer === 'college' && mine([s.collegeId])) || (viewer === 'student' && s.userId === actor.userId);
    const seeCompany = (organizationId: string) => viewer === 'operator' || (viewer === 'company' && mine([organizationId]));
    return {
      students: students.filter(seeStudent).map((s) => {
        const list = listOf((l) => l.applicationId === s.applicationId);
        return { applicationId: s.applicationId, student: name(s), ranking: list?.ranking ?? [], version: list?.version ?? null };
      }),
      companies: companies
        .filter((c) => seeCompany(c.organizationId))
        .map((c) => {
          const list = listOf((l) => l.organizationId === c.organizationId);
          const candidates = students
            .filter((s) => s.recipientIds.includes(c.organizationId) && (!round.requireInterviewed || interviewed(c.organizationId).has(s.applicationId)))
            .map((s) => ({ applicationId: s.applicationId, student: name(s), interviewed: interviewed(c.organizationId).has(s.applicationId) }));
          return { organizationId: c.organizationId, name: c.name, ranking: list?.ranking ?? [], version: list?.version ?? null, candidates };
        }),
    };
  }

  /** Saves one list. Students and companies before the deadline; the operators until publication, for anyone. */
  async saveList(ctx: RequestContext, roundId: string, input: RankListInput): Promise<RankListsView> {
    const actor = ctx.actor!;
    await this.db.transaction(async (tx) => {
      const { facts } = await this.visible(tx, actor, roundId);
      const round = (await lockRound(tx, roundId))!;
      const viewer = roundActorKind(actor, facts)!;
      if (round.status === 'published' || round.status === 'frozen') throw new AppError('matching.roundClosed');
      if (viewer !== 'operator' && this.now() > round.listsDeadline) throw new AppError('matching.deadlinePassed');
      const students = await listMarketStudents(tx, round.programId);
      const allowed = await this.rankable(tx, round, input.owner, students);
      if (input.owner.kind === 'student') {
        const ownerId = input.owner.applicationId;
        const student = students.find((s) => s.applicationId === ownerId);
        if (!student) throw invalid([{ field: 'owner.applicationId', code: 'matching.notInMarket' }]);
        if (viewer !== 'operator' && student.userId !== actor.userId) throw forbidden();
      } else if (viewer !== 'operator' && !(viewer === 'company' && actor.memberships.some((m) => m.organizationId === (input.owner as { organizationId: string }).organizationId && m.role === 'host_company'))) {
        throw forbidden();
      } else if (!facts.companyIds.includes(input.owner.organizationId)) {
        throw invalid([{ field: 'owner.organizationId', code: 'matching.notInRound' }]);
      }
      const issues: FieldIssue[] = [];
      const seen = new Set<string>();
      input.ranking.forEach((id, i) => {
        if (seen.has(id)) issues.push({ field: `ranking.${i}`, code: 'matching.entryTwice' });
        else if (!allowed.has(id)) issues.push({ field: `ranking.${i}`, code: 'matching.notACandidate' });
        seen.add(id);
      });
      if (issues.length > 0) throw invalid(issues);
      await expectUpdated(await saveRankList(tx, roundId, round.programId, input.owner, input.ranking, input.version, actor.userId), 'rank_list', async () => null);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'rank_list', resourceId: roundId, fields: ['ranking'] });
    });
    return this.lists(actor, roundId);
  }

  /** Who the owner may rank: a student the round's companies; a company the consenting (and, by the JRMP rule, interviewed) students. */
  private async rankable(db: Executor, round: RoundRow, owner: RankListInput['owner'], students: Awaited<ReturnType<typeof listMarketStudents>>): Promise<Set<string>> {
    if (owner.kind === 'student') return new Set((await listRoundCompanies(db, round.id)).map((c) => c.organizationId));
    const interviewed = round.requireInterviewed ? interviewedBy(await interviewedPairs(db, round.programId))(owner.organizationId) : null;
    return new Set(students.filter((s) => s.recipientIds.includes(owner.organizationId) && (!interviewed || interviewed.has(s.applicationId))).map((s) => s.applicationId));
  }

  async visible(db: Executor, actor: Actor, roundId: string): Promise<{ round: RoundRow; facts: MatchingRoundFacts }> {
    const facts = await matchingRoundFacts(db, roundId);
    const round = await findRound(db, roundId);
    if (!facts || !round || !roundActorKind(actor, facts)) throw notFound('matching_round');
    return { round, facts };
  }

  private async view(db: Executor, actor: Actor, round: RoundRow, facts: MatchingRoundFacts): Promise<RoundView> {
    const viewer: Viewer = roundActorKind(actor, facts)!;
    const companies = await listRoundCompanies(db, round.id);
    const lists = viewer === 'operator' || round.interimDemandPublished ? await listRankLists(db, round.id) : [];
    const studentLists = new Map(lists.flatMap((l) => (l.applicationId ? [[l.applicationId, l.ranking] as const] : [])));
    const inMarket = viewer === 'operator' ? await listMarketStudents(db, round.programId) : [];
    return {
      id: round.id,
      programId: round.programId,
      ordinal: round.ordinal,
      title: round.title,
      listsDeadline: round.listsDeadline.toISOString(),
      totalCap: round.totalCap,
      capOrder: round.capOrder,
      capTargets: round.capTargets,
      requireInterviewed: round.requireInterviewed,
      interimDemandPublished: round.interimDemandPublished,
      status: round.status,
      lastRun: viewer === 'operator' ? round.lastRun : null,
      publishedAt: round.publishedAt?.toISOString() ?? null,
      frozenAt: round.frozenAt?.toISOString() ?? null,
      companies: companies.map((c) => ({ organizationId: c.organizationId, name: c.name, seats: c.seats })),
      viewer,
      interimDemand: viewer === 'operator' || round.interimDemandPublished ? interimDemand(studentLists, companies.map((c) => c.organizationId)) : null,
      listsIn:
        viewer === 'operator'
          ? { students: inMarket.filter((s) => studentLists.has(s.applicationId)).length, studentsInMarket: inMarket.length, companies: lists.filter((l) => l.organizationId !== null).length }
          : null,
      version: round.version,
    };
  }

  private async checkCompanies(db: Executor, programId: string, companies: readonly { organizationId: string }[]): Promise<void> {
    const hosts = new Set(await participantIdsByRole(db, programId, 'host_company'));
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    companies.forEach((c, i) => {
      if (!hosts.has(c.organizationId)) issues.push({ field: `companies.${i}.organizationId`, code: 'matching.notHostCompany' });
      else if (seen.has(c.organizationId)) issues.push({ field: `companies.${i}.organizationId`, code: 'matching.companyTwice' });
      seen.add(c.organizationId);
    });
    if (issues.length > 0) throw invalid(issues);
  }

  /** The round-robin order names only the round's companies, once each; targets fit the seats and, together, the cap. */
  private checkCapSharing(seats: ReadonlyMap<string, number>, totalCap: number | null, order: readonly string[], targets: Readonly<Record<string, number>>): void {
    const issues: FieldIssue[] = [];
    order.forEach((id, i) => {
      if (!seats.has(id) || order.indexOf(id) !== i) issues.push({ field: `capOrder.${i}`, code: 'matching.orderInvalid' });
    });
    let sum = 0;
    for (const [id, target] of Object.entries(targets)) {
      if (!seats.has(id) || target > seats.get(id)!) issues.push({ field: `capTargets.${id}`, code: 'matching.targetInvalid' });
      sum += target;
    }
    if (totalCap !== null && sum > totalCap) issues.push({ field: 'capTargets', code: 'matching.targetsExceedCap' });
    if (issues.length > 0) throw invalid(issues);
  }
}
