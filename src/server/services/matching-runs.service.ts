// Intern selection, the matching itself (issue 6 items 2 and 3): the operators preview the
// result of the lists as they stand, run it (the result is checked by the independent checker
// before it is saved), change a placement by hand with a reason (audited; the outcome names the
// property the change breaks), publish it (each student and company member is told by e-mail,
// and sees it in the app) and freeze it (placed students become interns in the pipeline). Each
// person reads their own part of a published result, with the reasons as codes.
import type { MatchingOutcome, OverrideInput } from '../../contracts/matchings.ts';
import { roundActorKind } from '../../domain/access/matching-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { consentCovers } from '../../domain/consent/consent.ts';
import { AppError, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { checkMatching } from '../../domain/matching/check-matching.ts';
import { deferredAcceptance } from '../../domain/matching/deferred-acceptance.ts';
import { explainMatching } from '../../domain/matching/explain-matching.ts';
import type { Market } from '../../domain/matching/market.ts';
import { BROKEN_PROPERTY } from '../../domain/matching/matching-round.ts';
import { roundMarket } from '../../domain/matching/round-market.ts';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import { transition } from '../../domain/pipeline/transition.ts';
import { isLanguage, pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { companyInternsMail, studentResultMail } from '../mail/matching-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { programStudentFacts } from '../repositories/access-facts.repository.ts';
import { activeConsentsOf, findApplication, insertTransition, updateApplicationStatus } from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { companyRecipients, studentRecipients } from '../repositories/fair-interviews.repository.ts';
import { interviewedSeqPairs, listMarketStudents, listRankLists, listResults, listRoundCompanies, lockRound, overrideResult, replaceResults, updateRound, type RoundRow } from '../repositories/matchings.repository.ts';
import type { MatchingRoundsService } from './matching-rounds.service.ts';
import { expectUpdated } from './versioned-result.ts';

type Loaded = {
  market: Market;
  students: Awaited<ReturnType<typeof listMarketStudents>>;
  companies: Awaited<ReturnType<typeof listRoundCompanies>>;
};

export class MatchingRunsService {
  constructor(
    private readonly db: Db,
    private readonly rounds: MatchingRoundsService,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  /** The result of the lists as they stand, not saved. */
  async preview(actor: Actor, roundId: string): Promise<MatchingOutcome> {
    const { round } = await this.rounds.visible(this.db, actor, roundId);
    const loaded = await this.load(this.db, round);
    return this.outcome(loaded, deferredAcceptance(loaded.market).companyOf, new Map(), false);
  }

  async run(ctx: RequestContext, roundId: string, version: number): Promise<MatchingOutcome> {
    await this.db.transaction(async (tx) => {
      const round = await this.locked(tx, roundId, version, ['collecting', 'reviewed']);
      const loaded = await this.load(tx, round);
      const { companyOf, matchedCount } = deferredAcceptance(loaded.market);
      const violations = checkMatching(loaded.market, companyOf);
      if (violations.length > 0) throw new Error(`matching: the result broke ${violations[0]!.code}`); // never saved
      const matches: { applicationId: string; organizationId: string }[] = [];
      for (let s = 0; s < companyOf.length; s++) {
        if (companyOf[s] !== -1) matches.push({ applicationId: loaded.students[s]!.applicationId, organizationId: loaded.companies[companyOf[s]!]!.organizationId });
      }
      await replaceResults(tx, roundId, round.programId, matches);
      const lastRun = { ranAt: this.now().toISOString(), matched: matchedCount, unmatched: loaded.students.length - matchedCount, capReached: round.totalCap !== null && matchedCount >= round.totalCap, violations: 0 };
      await expectUpdated(await updateRound(tx, roundId, version, { status: 'reviewed', lastRun }), 'matching_round', async () => round.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'matching_result', resourceId: roundId, fields: ['matches'] });
    });
    return this.result(ctx.actor!, roundId);
  }

  /** Places one student by hand (or takes them out); the outcome names what the change breaks. */
  async override(ctx: RequestContext, roundId: string, input: OverrideInput): Promise<MatchingOutcome> {
    await this.db.transaction(async (tx) => {
      const round = await this.locked(tx, roundId, input.version, ['reviewed']);
      const students = await listMarketStudents(tx, round.programId);
      const companies = await listRoundCompanies(tx, roundId);
      if (!students.some((s) => s.applicationId === input.applicationId)) throw invalid([{ field: 'applicationId', code: 'matching.notInMarket' }]);
      if (input.organizationId !== null && !companies.some((c) => c.organizationId === input.organizationId)) throw invalid([{ field: 'organizationId', code: 'matching.notInRound' }]);
      await overrideResult(tx, roundId, round.programId, input.applicationId, input.organizationId, input.reason, ctx.actor!.userId);
      await expectUpdated(await updateRound(tx, roundId, input.version, {}), 'matching_round', async () => round.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'matching_result', resourceId: roundId, fields: ['override', 'reason'] });
    });
    return this.result(ctx.actor!, roundId);
  }

  /**
   * The saved result as the actor may see it: the operators all of it once run; the others only
   * once published — a student their own line, a coordinator their students', a company its interns.
   */
  async result(actor: Actor, roundId: string): Promise<MatchingOutcome> {
    const { round, facts } = await this.rounds.visible(this.db, actor, roundId);
    const viewer = roundActorKind(actor, facts)!;
    if (round.status === 'collecting') throw new AppError('matching.notRun');
    if (viewer !== 'operator' && round.status !== 'published' && round.status !== 'frozen') throw new AppError('matching.notPublished');
    const rows = await listResults(this.db, roundId);
    // Freezing made the placed students interns, out of the market: they are still this round's result.
    const loaded = await this.load(this.db, round, round.status === 'frozen' ? rows.map((r) => r.applicationId) : []);
    const studentIndex = new Map(loaded.students.map((s, i) => [s.applicationId, i]));
    const companyIndex = new Map(loaded.companies.map((c, i) => [c.organizationId, i]));
    const companyOf = new Int32Array(loaded.students.length).fill(-1);
    const overrides = new Map<string, string>();
    for (const r of rows) {
      const s = studentIndex.get(r.applicationId);
      const c = r.organizationId === null ? undefined : companyIndex.get(r.organizationId);
      if (s !== undefined && c !== undefined) companyOf[s] = c;
      if (r.overrideReason !== null) overrides.set(r.applicationId, r.overrideReason);
    }
    const full = this.outcome(loaded, companyOf, overrides, true);
    if (viewer === 'operator') return full;
    const mine = new Set(actor.memberships.map((m) => m.organizationId));
    const own = (s: (typeof loaded.students)[number]) => (viewer === 'student' ? s.userId === actor.userId : viewer === 'college' ? mine.has(s.collegeId) : false);
    const ownIds = new Set(loaded.students.filter(own).map((s) => s.applicationId));
    return {
      ...full,
      students: full.students.filter((s) => ownIds.has(s.applicationId) || (viewer === 'company' && s.organizationId !== null && mine.has(s.organizationId))),
      companies: viewer === 'company' ? full.companies.filter((c) => mine.has(c.organizationId)) : full.companies.map((c) => ({ ...c, cutoffRank: null })),
      broken: [],
    };
  }

  async publish(ctx: RequestContext, roundId: string, version: number): Promise<MatchingOutcome> {
    await this.db.transaction(async (tx) => {
      const round = await this.locked(tx, roundId, version, ['reviewed']);
      await expectUpdated(await updateRound(tx, roundId, version, { status: 'published', publishedAt: this.now() }), 'matching_round', async () => round.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'matching_round', resourceId: roundId, fields: ['status'] });
      await this.notify(tx, round);
    });
    return this.result(ctx.actor!, roundId);
  }

  /** Freezes the published result: each placed student moves on to intern in the pipeline, recorded as the operator's move. */
  async freeze(ctx: RequestContext, roundId: string, version: number): Promise<MatchingOutcome> {
    await this.db.transaction(async (tx) => {
      const round = await this.locked(tx, roundId, version, ['published']);
      const program = await programStudentFacts(tx, round.programId);
      for (const row of await listResults(tx, roundId)) if (row.organizationId !== null) await this.makeIntern(tx, ctx, row.applicationId, program?.operatorId ?? '');
      await expectUpdated(await updateRound(tx, roundId, version, { status: 'frozen', frozenAt: this.now() }), 'matching_round', async () => round.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'matching_round', resourceId: roundId, fields: ['status'] });
    });
    return this.result(ctx.actor!, roundId);
  }

  private async makeIntern(tx: Executor, ctx: RequestContext, applicationId: string, operatorId: string): Promise<void> {
    let application = await findApplication(tx, applicationId);
    const steps: PipelineStatus[] = application?.status === 'interviewee' ? ['intern_candidate', 'intern'] : ['intern'];
    for (const to of steps) {
      if (!application) return;
      const consents = await activeConsentsOf(tx, application.programId, [application.userId]);
      const result = transition({ studentId: application.userId, status: application.status, history: [] }, { to, by: ctx.actor!.userId, byKind: 'operator' }, { now: this.now(), hasLectures: false, consentGiven: consentCovers(consents, operatorId) });
      if (!result.ok) throw new AppError(result.code, { params: { ...result.details } });
      if ((await updateApplicationStatus(tx, applicationId, application.version, to)) !== 'updated') throw versionConflict('student_application', application.version);
      await insertTransition(tx, { applicationId, from: result.record.from, to, byUserId: ctx.actor!.userId, byKind: 'operator', at: result.record.at, reasonCode: null, note: null });
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'student_application', resourceId: applicationId, fields: ['status'] });
      application = await findApplication(tx, applicationId);
    }
  }

  private async locked(tx: Executor, roundId: string, version: number, statuses: RoundRow['status'][]): Promise<RoundRow> {
    const round = await lockRound(tx, roundId);
    if (!round) throw notFound('matching_round');
    if (round.version !== version) throw versionConflict('matching_round', round.version);
    if (!statuses.includes(round.status)) throw new AppError(round.status === 'collecting' ? 'matching.notRun' : 'matching.roundClosed');
    return round;
  }

  /** The round's market from its rows: students still to be placed, its companies, the lists cut to who may rank whom now. */
  private async load(db: Executor, round: RoundRow, placedIds: readonly string[] = []): Promise<Loaded> {
    const students = await listMarketStudents(db, round.programId, placedIds);
    const companies = await listRoundCompanies(db, round.id);
    const market = roundMarket({
      students,
      companies,
      lists: await listRankLists(db, round.id),
      interviewed: round.requireInterviewed ? await interviewedSeqPairs(db, round.programId) : null,
      settings: { totalCap: round.totalCap, capOrder: round.capOrder, capTargets: round.capTargets },
    });
    return { market, students, companies };
  }

  private outcome(loaded: Loaded, companyOf: Int32Array, overrides: ReadonlyMap<string, string>, saved: boolean): MatchingOutcome {
    const { market, students, companies } = loaded;
    const explained = explainMatching(market, companyOf);
    const broken = checkMatching(market, companyOf).map((v) => ({
      property: BROKEN_PROPERTY[v.code],
      applicationId: v.student === undefined ? null : students[v.student]!.applicationId,
      organizationId: v.company >= 0 ? companies[v.company]!.organizationId : null,
    }));
    return {
      students: students.map((s, i) => ({
        applicationId: s.applicationId,
        student: { nameLatin: s.nameLatin, nameCyrillic: s.nameCyrillic, nameKatakana: s.nameKatakana },
        organizationId: companyOf[i] === -1 ? null : companies[companyOf[i]!]!.organizationId,
        choice: explained.students[i]!.choice === -1 ? null : explained.students[i]!.choice + 1,
        notHigher: explained.students[i]!.higher.map((h) => ({ organizationId: companies[h.company]!.organizationId, reason: h.reason })),
        overrideReason: overrides.get(s.applicationId) ?? null,
      })),
      companies: companies.map((c, i) => {
        const e = explained.companies[i]!;
        return { organizationId: c.organizationId, name: c.name, seats: c.seats, filled: e.filled, cutoffRank: e.cutoffRank === -1 ? null : e.cutoffRank + 1, unfilledReason: e.unfilledReason };
      }),
      matched: companyOf.reduce((n, c) => n + (c === -1 ? 0 : 1), 0),
      totalCap: Number.isFinite(market.totalCap) ? market.totalCap : null,
      broken,
      saved,
    };
  }

  private async notify(db: Executor, round: RoundRow): Promise<void> {
    const link = `${this.publicUrl}/matchings/${round.id}`;
    const rows = await listResults(db, round.id);
    const students = await listMarketStudents(db, round.programId);
    const companies = await listRoundCompanies(db, round.id);
    const lists = new Map((await listRankLists(db, round.id)).flatMap((l) => (l.applicationId ? [[l.applicationId, l.ranking] as const] : [])));
    const placed = new Map(rows.flatMap((r) => (r.organizationId === null ? [] : [[r.applicationId, r.organizationId] as const])));
    const lang = (l: string): Language => (isLanguage(l) ? l : 'ja');
    for (const [applicationId, r] of await studentRecipients(db, students.map((s) => s.applicationId))) {
      const companyId = placed.get(applicationId);
      const company = companies.find((c) => c.organizationId === companyId);
      const title = pickLocalized(round.title, lang(r.language));
      const placement = company ? { company: pickLocalized(company.name, lang(r.language)), choice: (lists.get(applicationId) ?? []).indexOf(company.organizationId) + 1 } : null;
      await this.mailer.send(studentResultMail(r.email, lang(r.language), title, link, placement), db);
    }
    for (const [organizationId, members] of await companyRecipients(db, companies.map((c) => c.organizationId))) {
      const interns = students.filter((s) => placed.get(s.applicationId) === organizationId);
      for (const r of members) await this.mailer.send(companyInternsMail(r.email, lang(r.language), pickLocalized(round.title, lang(r.language)), link, interns, organizationId), db);
    }
  }
}
