// The fair's timetable (issue 5 items 3–5): the operators run the scheduler over the approved
// interviews (pinned ones stay), move one by hand on the grid (refused with the rule it would
// break), and publish; every person then gets their interviews by e-mail, again when a change
// touches them, and can download them as an .ics calendar. Runs and moves lock the fair row, so
// two operators take turns; the database's unique indexes refuse a double booking regardless.
import type { FairView, InterviewView, MoveInput } from '../../contracts/fairs.ts';
import { fairActorKind } from '../../domain/access/fair-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { checkMove } from '../../domain/fairs/fair-moves.ts';
import { assignInterpreters } from '../../domain/fairs/interpreter-assignment.ts';
import { checkFairSchedule } from '../../domain/scheduling/check-schedule.ts';
import { scheduleFair } from '../../domain/scheduling/schedule-fair.ts';
import { isLanguage, pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { fairCalendar } from '../calendar/fair-calendar.ts';
import { fairNoticeMail, type TimetableEntry } from '../mail/fair-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { translate } from '../i18n/server-i18n.ts';
import { interpretersFree, type FairParts } from '../presenters/fair.presenter.ts';
import { fairFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { applicationIdsOf, companyRecipients, findInterview, listInterviews, studentRecipients, updateInterview, writePlacements, type InterviewListRow, type Placement } from '../repositories/fair-interviews.repository.ts';
import { findFair, lockFair, updateFair, type FairRow } from '../repositories/fairs.repository.ts';
import { fairInstance } from './fair-instance.ts';
import type { FairInterviewsService } from './fair-interviews.service.ts';
import type { FairsService } from './fairs.service.ts';
import { expectUpdated } from './versioned-result.ts';

type Placed = Pick<InterviewListRow, 'id' | 'slotId' | 'room' | 'interpreterId'>;
const placementKey = (i: Placed) => `${i.slotId}|${i.room}|${i.interpreterId}`;

export class FairScheduleService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly now: () => Date,
    private readonly fairs: FairsService,
    private readonly interviews: FairInterviewsService,
  ) {}

  /** Schedules every approved interview; pinned ones keep their slot and room. */
  async run(ctx: RequestContext, fairId: string, version: number): Promise<FairView> {
    await this.db.transaction(async (tx) => {
      const fair = await this.lockedAt(tx, fairId, version);
      const parts = await this.fairs.parts(tx, fair);
      const before = await listInterviews(tx, fairId, 'all');
      const approved = before.filter((i) => i.status === 'approved');
      const mapping = fairInstance(parts, approved);
      const schedule = scheduleFair(mapping.instance);
      const violations = checkFairSchedule(mapping.instance, schedule);
      if (violations.length > 0) throw new Error(`the schedule failed its check: ${violations.map((v) => v.code).join(', ')}`);
      const placements: Placement[] = mapping.interviewIds.map((id) => ({ id, slotId: null, room: null, interpreterId: null, unscheduledReason: null }));
      for (const s of schedule.scheduled) Object.assign(placements[s.interview]!, { slotId: mapping.slotIdAt[s.slot]!, room: s.room });
      for (const u of schedule.unscheduled) placements[u.interview]!.unscheduledReason = u.reason;
      this.nameInterpreters(parts, approved, placements);
      await writePlacements(tx, fairId, placements);
      const summary = { ranAt: this.now().toISOString(), makespan: schedule.makespan, lowerBound: schedule.lowerBound, idleGaps: schedule.idleGaps, optimality: schedule.optimality, scheduled: schedule.scheduled.length, unscheduled: schedule.unscheduled.length };
      await updateFair(tx, fairId, fair.version, { lastRun: summary, scheduleRevision: fair.scheduleRevision + 1 });
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'interview_fair', resourceId: fairId, fields: ['schedule'] });
      if (fair.status === 'published') await this.notifyChanges(tx, { ...fair, scheduleRevision: fair.scheduleRevision + 1 }, parts, before);
    });
    return this.fairs.get(ctx.actor!, fairId);
  }

  /** Names an interpreter for each placed interview that needs one. */
  private nameInterpreters(parts: FairParts, approved: readonly InterviewListRow[], placements: Placement[]): void {
    if (parts.interpreters.length === 0) return;
    const free = interpretersFree(parts);
    const positionOf = new Map(parts.slots.map((s) => [s.id, s.position]));
    const slotIdAt = parts.slots.map((s) => s.id);
    const interpreted = placements.flatMap((p, i) => (p.slotId !== null && approved[i]!.needsInterpreter ? [{ id: p.id, slot: positionOf.get(p.slotId)!, companyId: approved[i]!.organizationId }] : []));
    const named = assignInterpreters(interpreted, (slot) => free.get(slotIdAt[slot]!) ?? []);
    for (const p of placements) p.interpreterId = named.get(p.id) ?? null;
    if (interpreted.some((i) => !named.has(i.id))) throw new Error('an interpreted interview was left without an interpreter');
  }

  private async lockedAt(db: Executor, fairId: string, version: number): Promise<FairRow> {
    const fair = await lockFair(db, fairId);
    if (!fair) throw notFound('interview_fair');
    if (fair.version !== version) throw versionConflict('interview_fair', fair.version);
    return fair;
  }

  /** The operator moves one approved interview to a slot and room (and pins it there unless told not to). */
  async move(ctx: RequestContext, interviewId: string, input: MoveInput): Promise<InterviewView> {
    await this.db.transaction(async (tx) => {
      const stored = await findInterview(tx, interviewId);
      if (!stored) throw notFound('fair_interview');
      const fair = (await lockFair(tx, stored.fairId))!;
      if (stored.version !== input.version) throw versionConflict('fair_interview', stored.version);
      if (stored.status !== 'approved') throw new AppError('fair.notApproved');
      const parts = await this.fairs.parts(tx, fair);
      const all = await listInterviews(tx, fair.id, 'all');
      const positionOf = new Map(parts.slots.map((s) => [s.id, s.position]));
      const target = positionOf.get(input.slotId);
      const free = interpretersFree(parts);
      const away = (key: 'organizationId' | 'applicationId', id: string, slot: number) => parts.unavailability.some((u) => u[key] === id && positionOf.get(u.slotId) === slot);
      const refusal = checkMove(
        {
          slotCount: parts.slots.length,
          roomsOf: (companyId) => parts.companies.find((c) => c.organizationId === companyId)?.rooms ?? 0,
          studentUnavailable: (id, slot) => away('applicationId', id, slot),
          companyUnavailable: (id, slot) => away('organizationId', id, slot),
          interpretersAt: (slot) => (parts.interpreters.length === 0 ? Infinity : free.get(parts.slots[slot]!.id)!.length),
          interviews: all.filter((i) => i.status === 'approved').map((i) => ({ id: i.id, studentId: i.applicationId, companyId: i.organizationId, needsInterpreter: i.needsInterpreter, slot: i.slotId === null ? null : positionOf.get(i.slotId)!, room: i.room })),
        },
        interviewId,
        target ?? -1,
        input.room,
      );
      if (refusal) throw new AppError(refusal);
      const taken = new Set(all.filter((i) => i.id !== interviewId && i.slotId === input.slotId && i.interpreterId).map((i) => i.interpreterId));
      const interpreterId = stored.needsInterpreter && parts.interpreters.length > 0 ? (free.get(input.slotId)!.find((id) => !taken.has(id)) ?? null) : null;
      await writePlacements(tx, fair.id, [{ id: interviewId, slotId: input.slotId, room: input.room, interpreterId, unscheduledReason: null }]);
      await updateInterview(tx, interviewId, stored.version + 1, { pinned: input.pin });
      await updateFair(tx, fair.id, fair.version, { scheduleRevision: fair.scheduleRevision + 1 });
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'fair_interview', resourceId: interviewId, fields: ['pinned', 'room', 'slotId'] });
      if (fair.status === 'published') await this.notifyChanges(tx, { ...fair, scheduleRevision: fair.scheduleRevision + 1 }, parts, all);
    });
    return this.interviews.get(ctx.actor!, interviewId);
  }

  async publish(ctx: RequestContext, fairId: string, version: number): Promise<FairView> {
    await this.db.transaction(async (tx) => {
      const fair = await this.lockedAt(tx, fairId, version);
      await expectUpdated(await updateFair(tx, fairId, version, { status: 'published', publishedAt: this.now() }), 'interview_fair', async () => fair.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'interview_fair', resourceId: fairId, fields: ['status'] });
      const parts = await this.fairs.parts(tx, fair);
      const placed = (await listInterviews(tx, fairId, 'all')).filter((i) => i.slotId !== null);
      await this.notify(tx, 'fairPublished', fair, parts, placed, { students: placed.map((i) => i.applicationId), companies: placed.map((i) => i.organizationId), interpreters: placed.flatMap((i) => (i.interpreterId ? [i.interpreterId] : [])) });
    });
    return this.fairs.get(ctx.actor!, fairId);
  }

  /** Tells everyone whose interviews moved (compared with `before`) their timetable as it now is. */
  private async notifyChanges(db: Executor, fair: FairRow, parts: FairParts, before: readonly InterviewListRow[]): Promise<void> {
    const after = await listInterviews(db, fair.id, 'all');
    const was = new Map(before.map((i) => [i.id, placementKey(i)]));
    const changed = [...after.filter((i) => was.get(i.id) !== placementKey(i)), ...before.filter((i) => !after.some((a) => a.id === i.id))];
    if (changed.length === 0) return;
    const previous = new Map(before.map((i) => [i.id, i.interpreterId]));
    await this.notify(db, 'fairChanged', fair, parts, after.filter((i) => i.slotId !== null), {
      students: changed.map((i) => i.applicationId),
      companies: changed.map((i) => i.organizationId),
      interpreters: changed.flatMap((i) => [i.interpreterId, previous.get(i.id) ?? null]).filter((id): id is string => id !== null),
    });
  }

  private async notify(db: Executor, kind: 'fairPublished' | 'fairChanged', fair: FairRow, parts: FairParts, placed: readonly InterviewListRow[], who: { students: string[]; companies: string[]; interpreters: string[] }): Promise<void> {
    const link = `${this.publicUrl}/fairs/${fair.id}/timetable`;
    const students = await studentRecipients(db, [...new Set(who.students)]);
    const companies = await companyRecipients(db, [...new Set(who.companies)]);
    const send = async (to: string, lang: string, entries: TimetableEntry[], organizationId: string | null) => {
      const language: Language = isLanguage(lang) ? lang : 'ja';
      await this.mailer.send(fairNoticeMail({ kind, to, language, fair: pickLocalized(fair.title, language), entries, timeZone: fair.timeZone, link, interpreterLabel: translate(language, 'mail', 'interpreter'), organizationId }), db);
    };
    const entries = (rows: readonly InterviewListRow[], language: Language, side: 'student' | 'company' | 'interpreter') => rows.map((i) => timetableEntry(parts, i, language, side));
    for (const [applicationId, r] of students) await send(r.email, r.language, entries(placed.filter((i) => i.applicationId === applicationId), r.language as Language, 'student'), null);
    for (const [organizationId, members] of companies) {
      // A company learns a student's name only while the student's consent names it.
      for (const r of members) await send(r.email, r.language, entries(placed.filter((i) => i.organizationId === organizationId && i.consented), r.language as Language, 'company'), organizationId);
    }
    for (const interpreter of parts.interpreters.filter((i) => i.email && who.interpreters.includes(i.id))) {
      await send(interpreter.email!, 'ja', entries(placed.filter((i) => i.interpreterId === interpreter.id), 'ja', 'interpreter'), null);
    }
  }

  /** The .ics of one person's interviews: a company's, a student's (application) or an interpreter's. */
  async calendar(actor: Actor, fairId: string, query: { company?: string; application?: string; interpreter?: string; lang?: Language }): Promise<string> {
    const facts = await fairFacts(this.db, fairId);
    const fair = await findFair(this.db, fairId);
    if (!facts || !fair) throw notFound('interview_fair');
    const kind = fairActorKind(actor, facts);
    const allowed =
      kind === 'operator' ||
      (query.company !== undefined && actor.memberships.some((m) => m.organizationId === query.company && m.role === 'host_company')) ||
      (query.application !== undefined && (await applicationIdsOf(this.db, fair.programId, actor.userId, actor.memberships.filter((m) => m.role === 'college_coordinator').map((m) => m.organizationId))).includes(query.application));
    if (!allowed) throw forbidden();
    const parts = await this.fairs.parts(this.db, fair);
    const placed = (await listInterviews(this.db, fairId, 'all')).filter(
      (i) => i.slotId !== null && (query.company ? i.organizationId === query.company && (kind === 'operator' || i.consented) : query.application ? i.applicationId === query.application : i.interpreterId === query.interpreter),
    );
    const language = query.lang ?? 'ja';
    const side = query.company ? 'company' : query.application ? 'student' : 'interpreter';
    return fairCalendar({ fair, language, events: placed.map((i) => ({ id: i.id, ...timetableEntry(parts, i, language, side) })) });
  }
}

/** One interview as a line of someone's timetable: the other party, the room, the interpreter. */
export function timetableEntry(parts: FairParts, interview: InterviewListRow, language: Language, side: 'student' | 'company' | 'interpreter'): TimetableEntry {
  const slot = parts.slots.find((s) => s.id === interview.slotId)!;
  const company = parts.companies.find((c) => c.organizationId === interview.organizationId);
  const room = company?.roomNames[interview.room ?? 0] || translate(language, 'mail', 'room', { number: (interview.room ?? 0) + 1 });
  const student = language === 'ja' ? `${interview.nameKatakana} (${interview.nameLatin})` : language === 'mn' ? interview.nameCyrillic : interview.nameLatin;
  const companyName = pickLocalized(interview.companyName, language);
  const counterpart = side === 'student' ? companyName : side === 'company' ? student : `${companyName} — ${student}`;
  const interpreter = parts.interpreters.find((i) => i.id === interview.interpreterId)?.name ?? null;
  return { startsAt: slot.startsAt, endsAt: slot.endsAt, counterpart, room, interpreter };
}
