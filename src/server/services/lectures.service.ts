// Donated lectures (issue 4 item 5): the program's operators manage courses (lecture series or
// curricula of modules with materials), sessions, rosters and the attendance rule, and take
// attendance on a tick list; students check in by scanning a session's expiring QR code and
// mark materials finished; everyone who may see an application sees its attendance. Every
// write is audited; attendance records are versioned, so two staff ticking the same student
// at once get a 409 instead of silently overwriting each other.
import type {
  ApplicationAttendance,
  AttendanceRuleInput,
  CheckInResult,
  CourseInput,
  CoursePatch,
  CourseView,
  MarkInput,
  MaterialInput,
  ModuleInput,
  ProgramAttendance,
  ProgramLectures,
  RosterInput,
  SessionInput,
  SessionPatch,
  TickList,
  TickRow,
} from '../../contracts/lectures.ts';
import { applicationActorKind, applicationScope } from '../../domain/access/policy.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, forbidden, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import {
  certificateEligible,
  checkIn,
  DEFAULT_LATE_AFTER_MINUTES,
  EMPTY_TOTALS,
  GIVING_ROLES,
  isRosterStatus,
  meetsAttendanceRule,
  QR_TOKEN_SECONDS,
  sessionStartInstant,
  statusAfterScan,
} from '../../domain/lectures/lectures.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { AttendanceTokenSigner } from '../crypto/attendance-token.ts';
import { renderAttendanceCertificate } from '../pdf/attendance-certificate.ts';
import type { Db } from '../db/database.ts';
import { presentCourse, presentRule, presentSession, presentTime } from '../presenters/lectures.presenter.ts';
import { applicationFacts, programFacts, programStudentFacts } from '../repositories/access-facts.repository.ts';
import { findApplication, listApplications, participantIdsByRole } from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import {
  addToRoster,
  attendanceTotalsByApplication,
  countSessions,
  deleteSession,
  findAttendance,
  findCourse,
  findModule,
  findRule,
  findSession,
  insertAttendance,
  insertCourse,
  insertMaterial,
  insertModule,
  insertRule,
  insertSession,
  listCourses,
  listMaterials,
  listModules,
  listSessions,
  materialsWithProgress,
  ownApplication,
  programIdOfLectureRecord,
  programNames,
  removeFromRoster,
  rosterEligibleApplicationIds,
  sessionsWithStatus,
  setProgress,
  tickListRows,
  updateAttendance,
  updateCourse,
  updateRule,
  updateSession,
  type AttendanceRow,
} from '../repositories/lectures.repository.ts';
import type { VersionedWrite } from '../repositories/versioned.ts';

export class LecturesService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly tokens: AttendanceTokenSigner,
  ) {}

  /** The program's courses with their modules, materials and sessions, and its attendance rule. */
  async programLectures(programId: string): Promise<ProgramLectures> {
    const rule = await findRule(this.db, programId);
    return { courses: await this.courses(this.db, programId), rule: rule ? presentRule(rule) : null };
  }

  private async courses(db: Executor, programId: string, courseId?: string): Promise<CourseView[]> {
    const courses = await listCourses(db, programId, courseId);
    const modules = await listModules(db, courses.map((c) => c.id));
    const materials = await listMaterials(db, modules.map((m) => m.id));
    const sessions = await listSessions(db, courseId ? { courseId } : { programId });
    return courses.map((course) => presentCourse(course, modules.filter((m) => m.courseId === course.id), materials, sessions.filter((s) => s.courseId === course.id)));
  }

  async getCourse(id: string): Promise<CourseView> {
    const course = await findCourse(this.db, id);
    if (!course) throw notFound('course');
    return (await this.courses(this.db, course.programId, id))[0]!;
  }

  async createCourse(ctx: RequestContext, programId: string, input: CourseInput): Promise<CourseView> {
    const id = await this.db.transaction(async (tx) => {
      await this.checkGiver(tx, programId, input.givingOrganizationId);
      const created = await insertCourse(tx, { programId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'course', resourceId: created, fields: Object.keys(input).sort() });
      return created;
    });
    return this.getCourse(id);
  }

  async updateCourse(ctx: RequestContext, id: string, input: CoursePatch): Promise<CourseView> {
    const { version, ...changes } = input;
    await this.db.transaction(async (tx) => {
      const course = await findCourse(tx, id);
      if (!course) throw notFound('course');
      if (changes.givingOrganizationId) await this.checkGiver(tx, course.programId, changes.givingOrganizationId);
      settle(await updateCourse(tx, id, version, changes), 'course', course.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'course', resourceId: id, fields: changedFields(input) });
    });
    return this.getCourse(id);
  }

  /** The giving organization must take part in the program as its operator, a host company or a partner. */
  private async checkGiver(db: Executor, programId: string, organizationId: string): Promise<void> {
    const facts = await programStudentFacts(db, programId);
    if (!facts) throw notFound('program');
    const ids = new Set([facts.operatorId]);
    for (const role of GIVING_ROLES) for (const id of await participantIdsByRole(db, programId, role)) ids.add(id);
    if (!ids.has(organizationId)) throw invalid([{ field: 'givingOrganizationId', code: 'lectures.notAGiver' }]);
  }

  async addModule(ctx: RequestContext, courseId: string, input: ModuleInput): Promise<CourseView> {
    await this.db.transaction(async (tx) => {
      if (!(await findCourse(tx, courseId))) throw notFound('course');
      const id = await insertModule(tx, { courseId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'course_module', resourceId: id, fields: Object.keys(input).sort() });
    });
    return this.getCourse(courseId);
  }

  async addMaterial(ctx: RequestContext, moduleId: string, input: MaterialInput): Promise<CourseView> {
    const courseId = await this.db.transaction(async (tx) => {
      const module = await findModule(tx, moduleId);
      if (!module) throw notFound('course_module');
      const id = await insertMaterial(tx, { moduleId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'learning_material', resourceId: id, fields: Object.keys(input).sort() });
      return module.courseId;
    });
    return this.getCourse(courseId);
  }

  /** The student marks a material of their program finished, or not. */
  async setProgress(ctx: RequestContext, materialId: string, completed: boolean): Promise<{ completedAt: string | null }> {
    const at = this.now();
    await this.db.transaction(async (tx) => {
      const programId = await programIdOfLectureRecord(tx, 'material', materialId);
      const own = programId && ctx.actorUserId ? await ownApplication(tx, programId, ctx.actorUserId) : null;
      if (!own) throw forbidden();
      await setProgress(tx, materialId, own.id, completed ? at : null);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'learning_material', resourceId: materialId, fields: ['completedAt'] });
    });
    return { completedAt: completed ? at.toISOString() : null };
  }

  async addSession(ctx: RequestContext, courseId: string, input: SessionInput): Promise<CourseView> {
    await this.db.transaction(async (tx) => {
      const course = await findCourse(tx, courseId);
      if (!course) throw notFound('course');
      if (input.moduleId) await this.checkModule(tx, courseId, input.moduleId);
      const id = await insertSession(tx, { courseId, programId: course.programId, ...input, moduleId: input.moduleId ?? null, room: input.room ?? null, venue: input.venue ?? null, instructorName: input.instructorName ?? null });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'lecture_session', resourceId: id, fields: changedFields(input) });
    });
    return this.getCourse(courseId);
  }

  async updateSession(ctx: RequestContext, id: string, input: SessionPatch): Promise<CourseView> {
    const { version, ...changes } = input;
    const courseId = await this.db.transaction(async (tx) => {
      const session = await findSession(tx, id);
      if (!session) throw notFound('lecture_session');
      if (changes.moduleId) await this.checkModule(tx, session.courseId, changes.moduleId);
      settle(await updateSession(tx, id, version, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))), 'lecture_session', session.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'lecture_session', resourceId: id, fields: changedFields(input) });
      return session.courseId;
    });
    return this.getCourse(courseId);
  }

  /** Removes a session entered by mistake, with its roster and attendance; audited. */
  async deleteSession(ctx: RequestContext, id: string, version: number): Promise<CourseView> {
    const courseId = await this.db.transaction(async (tx) => {
      const session = await findSession(tx, id);
      if (!session) throw notFound('lecture_session');
      settle(await deleteSession(tx, id, version), 'lecture_session', session.version);
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'lecture_session', resourceId: id });
      return session.courseId;
    });
    return this.getCourse(courseId);
  }

  private async checkModule(db: Executor, courseId: string, moduleId: string): Promise<void> {
    const module = await findModule(db, moduleId);
    if (!module || module.courseId !== courseId) throw invalid([{ field: 'moduleId', code: 'lectures.moduleNotInCourse' }]);
  }

  /** Adds students to a session's roster: the listed applications, or all of the program's that are screened or later. */
  async addToRoster(ctx: RequestContext, sessionId: string, input: RosterInput): Promise<{ rosterCount: number; added: number }> {
    return this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw notFound('lecture_session');
      let ids: string[];
      if (input.wholeProgram) ids = await rosterEligibleApplicationIds(tx, session.programId);
      else {
        const requested = [...new Set(input.applicationIds ?? [])];
        const eligible = new Set(await rosterEligibleApplicationIds(tx, session.programId, requested));
        const refused = (input.applicationIds ?? []).flatMap((id, index) => (eligible.has(id) ? [] : [{ field: `applicationIds.${index}`, code: 'lectures.notRosterable' }]));
        if (refused.length > 0) throw invalid(refused);
        ids = requested;
      }
      const added = await addToRoster(tx, sessionId, ids);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'lecture_session', resourceId: sessionId, fields: ['roster'] });
      const [counted] = await listSessions(tx, { sessionId });
      return { rosterCount: counted?.rosterCount ?? 0, added };
    });
  }

  async removeFromRoster(ctx: RequestContext, sessionId: string, applicationId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await removeFromRoster(tx, sessionId, applicationId))) throw notFound('roster_entry');
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'lecture_session', resourceId: sessionId, fields: ['roster'] });
    });
  }

  async tickList(sessionId: string): Promise<TickList> {
    const [session] = await listSessions(this.db, { sessionId });
    if (!session) throw notFound('lecture_session');
    const course = (await findCourse(this.db, session.courseId))!;
    const items: TickRow[] = await tickListRows(this.db, sessionId);
    const count = (s: TickRow['status']) => items.filter((i) => i.status === s).length;
    return {
      programId: session.programId,
      session: presentSession(session),
      course: { id: course.id, title: course.title },
      items,
      counts: { present: count('present'), late: count('late'), absent: count('absent'), unmarked: count(null) },
    };
  }

  /**
   * A staff tick for one student. `version` is the record the staff member saw (null: none);
   * if someone else recorded or changed it since, 409 with the current version, nothing written.
   */
  async mark(ctx: RequestContext, sessionId: string, applicationId: string, input: MarkInput): Promise<TickRow> {
    return this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw notFound('lecture_session');
      const application = await findApplication(tx, applicationId);
      if (!application || application.programId !== session.programId) throw notFound('student_application');
      const mark = { status: input.status, method: 'staff_tick' as const, recordedByUserId: ctx.actorUserId, recordedAt: this.now() };
      let row: AttendanceRow | null;
      if (input.version === null) {
        row = await insertAttendance(tx, sessionId, applicationId, mark);
        if (!row) throw versionConflict('attendance', (await findAttendance(tx, sessionId, applicationId))?.version ?? 0);
      } else {
        const existing = await findAttendance(tx, sessionId, applicationId);
        if (!existing) throw versionConflict('attendance', 0);
        settle(await updateAttendance(tx, existing.id, input.version, mark), 'attendance', existing.version);
        row = (await findAttendance(tx, sessionId, applicationId))!;
      }
      await addToRoster(tx, sessionId, [applicationId]);
      await recordAudit(tx, ctx, { action: input.version === null ? 'create' : 'update', resourceType: 'attendance', resourceId: row.id, fields: ['method', 'status'] });
      return { applicationId, nameLatin: application.nameLatin, nameCyrillic: application.nameCyrillic, status: row.status, method: row.method, version: row.version };
    });
  }

  /** A fresh QR token for the session's screen; it expires after QR_TOKEN_SECONDS. */
  async qrToken(sessionId: string): Promise<{ token: string; expiresAt: string }> {
    if (!(await findSession(this.db, sessionId))) throw notFound('lecture_session');
    const expiresAt = new Date(this.now().getTime() + QR_TOKEN_SECONDS * 1000);
    return { token: this.tokens.sign(sessionId, expiresAt), expiresAt: expiresAt.toISOString() };
  }

  /**
   * A student scanned a session's QR code: present until the start plus the program's grace
   * minutes, late after. A scan never overrides a staff tick of present or late.
   */
  async checkIn(ctx: RequestContext, token: string): Promise<CheckInResult> {
    const decoded = this.tokens.verify(token);
    if (!decoded) throw new AppError('attendance.tokenInvalid');
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const session = await findSession(tx, decoded.sessionId);
      if (!session) throw new AppError('attendance.notEnrolled');
      const own = ctx.actorUserId ? await ownApplication(tx, session.programId, ctx.actorUserId) : null;
      if (!own || !isRosterStatus(own.status)) throw new AppError('attendance.notEnrolled');
      const rule = await findRule(tx, session.programId);
      const result = checkIn({
        token: decoded,
        sessionId: session.id,
        sessionStart: sessionStartInstant(session.date, presentTime(session.startTime), session.timeZone),
        lateAfterMinutes: rule?.lateAfterMinutes ?? DEFAULT_LATE_AFTER_MINUTES,
        now,
      });
      if (!result.ok) throw new AppError(result.code);
      const course = (await findCourse(tx, session.courseId))!;
      const existing = await findAttendance(tx, session.id, own.id);
      const next = statusAfterScan(existing?.status ?? null, result.status);
      let recordId = existing?.id ?? null;
      if (next !== null) {
        const mark = { status: next, method: 'qr_scan' as const, recordedByUserId: ctx.actorUserId, recordedAt: now };
        if (existing) settle(await updateAttendance(tx, existing.id, existing.version, mark), 'attendance', existing.version);
        else {
          const inserted = await insertAttendance(tx, session.id, own.id, mark);
          if (!inserted) throw versionConflict('attendance', 1);
          recordId = inserted.id;
        }
        await addToRoster(tx, session.id, [own.id]);
        await recordAudit(tx, ctx, { action: existing ? 'update' : 'create', resourceType: 'attendance', resourceId: recordId!, fields: ['method', 'status'] });
      }
      return { sessionId: session.id, courseTitle: course.title, date: session.date, startTime: presentTime(session.startTime), status: next ?? (existing!.status as 'present' | 'late'), recorded: next !== null };
    });
  }

  async setRule(ctx: RequestContext, programId: string, input: AttendanceRuleInput) {
    return this.db.transaction(async (tx) => {
      const values = { minimumSessions: input.minimumSessions, lateAfterMinutes: input.lateAfterMinutes };
      const existing = await findRule(tx, programId);
      if (input.version === null) {
        if (existing || !(await insertRule(tx, { programId, ...values }))) throw versionConflict('attendance_rule', existing?.version ?? 1);
      } else {
        if (!existing) throw versionConflict('attendance_rule', 0);
        settle(await updateRule(tx, existing.id, input.version, values), 'attendance_rule', existing.version);
      }
      const rule = (await findRule(tx, programId))!;
      await recordAudit(tx, ctx, { action: input.version === null ? 'create' : 'update', resourceType: 'attendance_rule', resourceId: rule.id, fields: ['lateAfterMinutes', 'minimumSessions'] });
      return presentRule(rule);
    });
  }

  /** Totals per application of the program, for the applications the viewer may see (the policy's application scope). */
  async programAttendance(ctx: RequestContext, programId: string): Promise<ProgramAttendance> {
    const program = await programFacts(this.db, programId);
    if (!program || !ctx.actor) throw notFound('program');
    const applications = await listApplications(this.db, programId, applicationScope(ctx.actor, program));
    const totals = new Map((await attendanceTotalsByApplication(this.db, programId)).map((t) => [t.applicationId, t]));
    const rule = await findRule(this.db, programId);
    return {
      rule: rule ? presentRule(rule) : null,
      totalSessions: await countSessions(this.db, programId),
      items: applications.map((a) => {
        const t = totals.get(a.id) ?? EMPTY_TOTALS;
        return { applicationId: a.id, nameLatin: a.nameLatin, nameCyrillic: a.nameCyrillic, collegeId: a.collegeId, present: t.present, late: t.late, absent: t.absent, attended: t.attended, eligible: rule ? meetsAttendanceRule(t.attended, rule.minimumSessions) : null };
      }),
    };
  }

  async applicationAttendance(applicationId: string): Promise<ApplicationAttendance> {
    const application = await findApplication(this.db, applicationId);
    if (!application) throw notFound('student_application');
    const rule = await findRule(this.db, application.programId);
    const sessions = await sessionsWithStatus(this.db, application.programId, applicationId);
    const t = (await attendanceTotalsByApplication(this.db, application.programId)).find((x) => x.applicationId === applicationId) ?? EMPTY_TOTALS;
    const materials = await materialsWithProgress(this.db, application.programId, applicationId);
    return {
      applicationId,
      programId: application.programId,
      rule: rule ? presentRule(rule) : null,
      totals: { present: t.present, late: t.late, absent: t.absent, attended: t.attended },
      totalSessions: sessions.length,
      eligible: rule ? meetsAttendanceRule(t.attended, rule.minimumSessions) : null,
      certificateEligible: certificateEligible(t.attended),
      sessions: sessions.map((s) => ({ ...s, startTime: presentTime(s.startTime) })),
      materials: materials.map((m) => ({ ...m, completedAt: m.completedAt?.toISOString() ?? null })),
    };
  }

  /**
   * The certificate of attendance as a PDF in one language: the student's own, or an operator's
   * to issue for any student of the program (colleges and companies see attendance, not this).
   * Refused (409) before the student attended any session.
   */
  async certificate(ctx: RequestContext, applicationId: string, language: Language): Promise<Buffer> {
    const facts = await applicationFacts(this.db, applicationId);
    const kind = facts && ctx.actor ? applicationActorKind(ctx.actor, facts) : null;
    if (kind !== 'student' && kind !== 'operator') throw forbidden();
    const application = await findApplication(this.db, applicationId);
    const names = application ? await programNames(this.db, application.programId) : null;
    if (!application || !names) throw notFound('student_application');
    const sessions = await sessionsWithStatus(this.db, application.programId, applicationId);
    const attended = sessions.filter((s) => s.status === 'present' || s.status === 'late');
    if (!certificateEligible(attended.length)) throw new AppError('attendance.noneAttended');
    const courses = new Map<string, { title: string; sessions: { date: string; startTime: string; durationMinutes: number; status: 'present' | 'late' }[] }>();
    for (const s of attended) {
      const course = courses.get(s.courseId) ?? { title: pickLocalized(s.courseTitle, language), sessions: [] };
      course.sessions.push({ date: s.date, startTime: presentTime(s.startTime), durationMinutes: s.durationMinutes, status: s.status as 'present' | 'late' });
      courses.set(s.courseId, course);
    }
    return renderAttendanceCertificate({
      language,
      student: { nameLatin: application.nameLatin, nameCyrillic: application.nameCyrillic, nameKatakana: application.nameKatakana },
      programName: pickLocalized(names.name, language),
      operatorName: pickLocalized(names.operatorName, language),
      courses: [...courses.values()],
      attendedSessions: attended.length,
      totalSessions: sessions.length,
      issuedOn: japanDate(this.now()),
      certificateNumber: `KH-${names.fiscalYear}-${applicationId.slice(0, 8).toUpperCase()}`,
    });
  }
}

/** A versioned write that did not happen is a 409 (or a 404 when the row is gone). */
function settle(outcome: VersionedWrite, resource: string, currentVersion: number): void {
  if (outcome === 'missing') throw notFound(resource);
  if (outcome === 'stale') throw versionConflict(resource, currentVersion);
}
