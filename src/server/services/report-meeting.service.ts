// The final report meeting (issue 8 item 2): the operators set the day, the start and the
// minutes per talk, and the running order; each intern presents (and uploads slides: a PDF, an
// image or a .pptx, told by their bytes as application files are); the program's host companies
// score each talk on the rubric, and the scores are aggregated per student for hiring.
import type { ReadStream } from 'node:fs';
import type { MeetingInput, PresentationPatch, ReportMeetingView, RunningOrderInput, TalkScoreInput, TalkView } from '../../contracts/internship.ts';
import { checkApplicationFile, sanitizeFileName } from '../../domain/applications/application-file.ts';
import { scoresTalks } from '../../domain/access/internship-policy.ts';
import { can, type ProgramFacts } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { scoreIssues } from '../../domain/fairs/fair-rules.ts';
import { DEFAULT_MEETING_RUBRIC, presentationResult, talkTimes } from '../../domain/internship/report-meeting.ts';
import type { Db } from '../db/database.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { listInterns } from '../repositories/housing.repository.ts';
import {
  findMeeting,
  findPresentation,
  findScore,
  insertMeeting,
  insertPresentations,
  insertScore,
  listPresentations,
  listScores,
  setPositions,
  updateMeeting,
  updatePresentation,
  updateScore,
  type MeetingRow,
  type TalkWithStudent,
} from '../repositories/report-meeting.repository.ts';
import type { FileStore } from '../storage/file-store.ts';

export class ReportMeetingService {
  constructor(
    private readonly db: Db,
    private readonly store: FileStore,
    private readonly onCleanupError: (error: unknown) => void = () => undefined,
  ) {}

  async view(actor: Actor, programId: string): Promise<ReportMeetingView> {
    const program = await this.program(programId);
    const canManage = can(actor, 'update', program);
    const canScore = scoresTalks(actor, program);
    const meeting = await findMeeting(this.db, programId);
    if (!meeting) return { meeting: null, canManage, canScore, talks: [] };
    const talks = await listPresentations(this.db, meeting.id);
    const scores = await listScores(this.db, talks.map((t) => t.talk.id));
    const company = scoringCompany(actor, program);
    const times = talkTimes(meeting.startsAt, meeting.minutesPerTalk, talks.length);
    return {
      meeting: { id: meeting.id, heldOn: meeting.heldOn, startsAt: meeting.startsAt, place: meeting.place, minutesPerTalk: meeting.minutesPerTalk, rubric: meeting.rubric, version: meeting.version },
      canManage,
      canScore,
      talks: talks.map((t, i): TalkView => {
        const own = scores.filter((s) => s.presentationId === t.talk.id);
        const mine = company ? own.find((s) => s.companyId === company) : undefined;
        return {
          ...talkBasics(t),
          startsAt: times[i]!,
          mine: t.studentUserId === actor.userId,
          myScore: mine ? { scores: mine.scores, comment: mine.comment, version: mine.version } : null,
          result: canManage || canScore ? presentationResult(meeting.rubric, own) : null,
        };
      }),
    };
  }

  /** Sets the meeting up (or changes it) and puts every placed intern not yet in it at the end of the order. */
  async setUp(ctx: RequestContext, actor: Actor, programId: string, input: MeetingInput): Promise<ReportMeetingView> {
    const { version, rubric, ...fields } = input;
    await this.db.transaction(async (tx) => {
      let meeting = await findMeeting(tx, programId);
      if (!meeting) {
        if (version !== undefined) throw notFound('report_meeting');
        meeting = await insertMeeting(tx, { programId, ...fields, rubric: [...(rubric ?? DEFAULT_MEETING_RUBRIC)] });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'report_meeting', resourceId: meeting.id, fields: changedFields(input) });
      } else {
        if (version === undefined || (await updateMeeting(tx, meeting.id, version, { ...fields, ...(rubric ? { rubric } : {}) })) !== 'updated') throw versionConflict('report_meeting', meeting.version);
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'report_meeting', resourceId: meeting.id, fields: changedFields(input) });
      }
      await this.addInterns(tx, meeting);
    });
    return this.view(actor, programId);
  }

  async reorder(ctx: RequestContext, actor: Actor, programId: string, input: RunningOrderInput): Promise<ReportMeetingView> {
    await this.db.transaction(async (tx) => {
      const meeting = await findMeeting(tx, programId);
      if (!meeting) throw notFound('report_meeting');
      const talks = await listPresentations(tx, meeting.id);
      const known = new Set(talks.map((t) => t.talk.id));
      if (input.order.length !== known.size || new Set(input.order).size !== known.size || input.order.some((id) => !known.has(id))) {
        throw invalid([{ field: 'order', code: 'meeting.orderIncomplete' }]);
      }
      if ((await updateMeeting(tx, meeting.id, input.version, {})) !== 'updated') throw versionConflict('report_meeting', meeting.version);
      await setPositions(tx, meeting.id, input.order);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'report_meeting', resourceId: meeting.id, fields: ['order'] });
    });
    return this.view(actor, programId);
  }

  async retitle(ctx: RequestContext, presentationId: string, patch: PresentationPatch): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await findPresentation(tx, presentationId);
      if (!found) throw notFound('report_presentation');
      if ((await updatePresentation(tx, presentationId, patch.version, { title: patch.title })) !== 'updated') throw versionConflict('report_presentation', found.talk.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'report_presentation', resourceId: presentationId, fields: ['title'] });
    });
  }

  /** Replaces the talk's slides; the old bytes go once the new ones are committed. */
  async uploadSlides(ctx: RequestContext, presentationId: string, bytes: Uint8Array, rawName: string | undefined): Promise<void> {
    const check = checkApplicationFile('portfolio', bytes);
    if (!check.ok) throw new AppError(check.code, { params: check.code === 'file.tooLarge' ? { maxMegabytes: Math.floor(check.maxBytes! / 1024 / 1024) } : { accepted: 'pdf, pptx, png, jpg' } });
    const stored = await this.store.put(bytes);
    let old: string | null = null;
    try {
      await this.db.transaction(async (tx) => {
        const found = await findPresentation(tx, presentationId);
        if (!found) throw notFound('report_presentation');
        old = found.talk.slidesStorageName;
        const changes = { slidesStorageName: stored.storageName, slidesOriginalName: sanitizeFileName(rawName, 'portfolio', check.mediaType), slidesMediaType: check.mediaType, slidesSizeBytes: stored.sizeBytes, slidesUploadedAt: new Date() };
        if ((await updatePresentation(tx, presentationId, found.talk.version, changes)) !== 'updated') throw versionConflict('report_presentation', found.talk.version);
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'report_presentation', resourceId: presentationId, fields: ['slides'] });
      });
    } catch (error) {
      await this.store.remove(stored.storageName).catch(this.onCleanupError);
      throw error;
    }
    if (old) await this.store.remove(old).catch(this.onCleanupError);
  }

  async slides(presentationId: string): Promise<{ name: string; mediaType: string; sizeBytes: number; stream: ReadStream }> {
    const found = await findPresentation(this.db, presentationId);
    const { slidesStorageName: name, slidesOriginalName, slidesMediaType, slidesSizeBytes } = found?.talk ?? {};
    if (!name || !slidesOriginalName || !slidesMediaType || !slidesSizeBytes) throw notFound('report_presentation');
    try {
      return { name: slidesOriginalName, mediaType: slidesMediaType, sizeBytes: slidesSizeBytes, stream: await this.store.open(name) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('report_presentation');
      throw error;
    }
  }

  /** The signed-in company's score of a talk: created without a version, changed with the one it read. */
  async score(ctx: RequestContext, actor: Actor, presentationId: string, input: TalkScoreInput): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await findPresentation(tx, presentationId);
      if (!found) throw notFound('report_presentation');
      const program = await this.program(found.talk.programId);
      const companyId = scoringCompany(actor, program)!;
      const meeting = (await findMeeting(tx, found.talk.programId))!;
      const issues = scoreIssues(meeting.rubric, input.scores);
      if (issues.length > 0) throw invalid(issues);
      const existing = await findScore(tx, presentationId, companyId);
      const values = { scores: input.scores, comment: input.comment, scoredByUserId: ctx.actorUserId };
      if (!existing) {
        if (input.version !== undefined || !(await insertScore(tx, { programId: found.talk.programId, presentationId, companyId, ...values }))) throw versionConflict('presentation_score', 1);
      } else if (input.version === undefined || (await updateScore(tx, existing.id, input.version, values)) !== 'updated') {
        throw versionConflict('presentation_score', existing.version);
      }
      await recordAudit(tx, ctx, { action: existing ? 'update' : 'create', resourceType: 'presentation_score', resourceId: presentationId, fields: ['scores', 'comment'] });
    });
  }

  private async program(programId: string): Promise<ProgramFacts> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    return program;
  }

  private async addInterns(tx: Db, meeting: MeetingRow): Promise<void> {
    const existing = await listPresentations(tx, meeting.id);
    const present = new Set(existing.map((t) => t.talk.applicationId));
    const interns = (await listInterns(tx, meeting.programId)).filter((i) => i.companyId !== null && !present.has(i.applicationId));
    interns.sort((a, b) => a.companyId!.localeCompare(b.companyId!) || a.nameLatin.localeCompare(b.nameLatin));
    await insertPresentations(tx, interns.map((intern, i) => ({ programId: meeting.programId, meetingId: meeting.id, applicationId: intern.applicationId, position: existing.length + i })));
  }
}

/** The company in whose name the actor scores: their host company taking part in the program. */
function scoringCompany(actor: Actor, program: ProgramFacts): string | null {
  return actor.memberships.find((m) => m.role === 'host_company' && program.participantIds.includes(m.organizationId))?.organizationId ?? null;
}

function talkBasics(t: TalkWithStudent) {
  const { talk } = t;
  return {
    id: talk.id,
    applicationId: talk.applicationId,
    student: { nameLatin: t.nameLatin, nameCyrillic: t.nameCyrillic, nameKatakana: t.nameKatakana },
    position: talk.position,
    title: talk.title,
    slides: talk.slidesOriginalName && talk.slidesMediaType && talk.slidesSizeBytes && talk.slidesUploadedAt ? { name: talk.slidesOriginalName, mediaType: talk.slidesMediaType, sizeBytes: talk.slidesSizeBytes, uploadedAt: talk.slidesUploadedAt.toISOString() } : null,
    version: talk.version,
  };
}
