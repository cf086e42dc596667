// Donated lectures as stored (migration 0011): courses, modules, materials, sessions, rosters,
// attendance and the program's rule. Row-level security keeps them to the program's people;
// the services narrow what each viewer gets.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { ROSTER_STATUSES, type AttendanceStatus, type AttendanceTotals } from '../../domain/lectures/lectures.ts';
import {
  attendance,
  attendanceRules,
  courseModules,
  courses,
  learningMaterials,
  lectureSessions,
  materialProgress,
  organizations,
  programs,
  sessionRoster,
  studentApplications,
} from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { deleteVersioned, updateVersioned, type VersionedWrite } from './versioned.ts';

export type CourseRow = typeof courses.$inferSelect;
export type ModuleRow = typeof courseModules.$inferSelect;
export type MaterialRow = typeof learningMaterials.$inferSelect;
export type SessionRow = typeof lectureSessions.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
export type RuleRow = typeof attendanceRules.$inferSelect;
export type SessionWithCounts = SessionRow & { rosterCount: number; attendedCount: number };
export type CourseWithOrganization = CourseRow & { givingOrganizationName: CourseRow['title'] };

/** The program a lecture record belongs to, for access checks; null when it does not exist (or is not visible). */
export async function programIdOfLectureRecord(db: Executor, record: 'course' | 'session' | 'module' | 'material', id: string): Promise<string | null> {
  const query =
    record === 'course'
      ? sql`select program_id from ${courses} where id = ${id}`
      : record === 'session'
        ? sql`select program_id from ${lectureSessions} where id = ${id}`
        : record === 'module'
          ? sql`select c.program_id from ${courseModules} m join ${courses} c on c.id = m.course_id where m.id = ${id}`
          : sql`select c.program_id from ${learningMaterials} l join ${courseModules} m on m.id = l.module_id join ${courses} c on c.id = m.course_id where l.id = ${id}`;
  const result = await db.execute<{ program_id: string }>(query);
  return result.rows[0]?.program_id ?? null;
}

export async function insertCourse(db: Executor, values: Omit<typeof courses.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(courses).values(values).returning({ id: courses.id });
  return row!.id;
}

export async function findCourse(db: Executor, id: string): Promise<CourseRow | null> {
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  return row ?? null;
}

export async function updateCourse(db: Executor, id: string, version: number, changes: Partial<typeof courses.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, courses, id, version, changes);
}

export async function listCourses(db: Executor, programId: string, courseId?: string): Promise<CourseWithOrganization[]> {
  const rows = await db
    .select({ course: courses, givingOrganizationName: organizations.name })
    .from(courses)
    .innerJoin(organizations, eq(organizations.id, courses.givingOrganizationId))
    .where(and(eq(courses.programId, programId), courseId ? eq(courses.id, courseId) : undefined))
    .orderBy(asc(courses.createdAt), asc(courses.id));
  return rows.map((r) => ({ ...r.course, givingOrganizationName: r.givingOrganizationName }));
}

export async function listModules(db: Executor, courseIds: string[]): Promise<ModuleRow[]> {
  if (courseIds.length === 0) return [];
  return db.select().from(courseModules).where(inArray(courseModules.courseId, courseIds)).orderBy(asc(courseModules.position), asc(courseModules.createdAt));
}

export async function listMaterials(db: Executor, moduleIds: string[]): Promise<MaterialRow[]> {
  if (moduleIds.length === 0) return [];
  return db.select().from(learningMaterials).where(inArray(learningMaterials.moduleId, moduleIds)).orderBy(asc(learningMaterials.position), asc(learningMaterials.createdAt));
}

export async function insertModule(db: Executor, values: { courseId: string; title: ModuleRow['title']; position: number }): Promise<string> {
  const [row] = await db.insert(courseModules).values(values).returning({ id: courseModules.id });
  return row!.id;
}

export async function findModule(db: Executor, id: string): Promise<ModuleRow | null> {
  const [row] = await db.select().from(courseModules).where(eq(courseModules.id, id));
  return row ?? null;
}

export async function insertMaterial(db: Executor, values: Omit<typeof learningMaterials.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(learningMaterials).values(values).returning({ id: learningMaterials.id });
  return row!.id;
}

/** Marks a material finished (or not) for one learner; idempotent. */
export async function setProgress(db: Executor, materialId: string, applicationId: string, completedAt: Date | null): Promise<void> {
  if (completedAt === null) {
    await db.delete(materialProgress).where(and(eq(materialProgress.materialId, materialId), eq(materialProgress.applicationId, applicationId)));
    return;
  }
  await db.insert(materialProgress).values({ materialId, applicationId, completedAt }).onConflictDoNothing();
}

/** The materials of the program's courses with one learner's completion. */
export async function materialsWithProgress(db: Executor, programId: string, applicationId: string) {
  return db
    .select({ id: learningMaterials.id, courseTitle: courses.title, moduleTitle: courseModules.title, title: learningMaterials.title, url: learningMaterials.url, kind: learningMaterials.kind, completedAt: materialProgress.completedAt })
    .from(learningMaterials)
    .innerJoin(courseModules, eq(courseModules.id, learningMaterials.moduleId))
    .innerJoin(courses, eq(courses.id, courseModules.courseId))
    .leftJoin(materialProgress, and(eq(materialProgress.materialId, learningMaterials.id), eq(materialProgress.applicationId, applicationId)))
    .where(eq(courses.programId, programId))
    .orderBy(asc(courses.createdAt), asc(courseModules.position), asc(learningMaterials.position), asc(learningMaterials.createdAt));
}

export async function insertSession(db: Executor, values: Omit<typeof lectureSessions.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(lectureSessions).values(values).returning({ id: lectureSessions.id });
  return row!.id;
}

export async function findSession(db: Executor, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(lectureSessions).where(eq(lectureSessions.id, id));
  return row ?? null;
}

export async function updateSession(db: Executor, id: string, version: number, changes: Partial<typeof lectureSessions.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, lectureSessions, id, version, changes);
}

/** Deletes a session (with its roster and attendance) if nobody has changed it since `version`. */
export async function deleteSession(db: Executor, id: string, version: number): Promise<VersionedWrite> {
  return deleteVersioned(db, lectureSessions, id, version);
}

const rosterCount = sql<number>`(select count(*)::int from ${sessionRoster} r where r.session_id = ${lectureSessions.id})`;
const attendedCount = sql<number>`(select count(*)::int from ${attendance} a where a.session_id = ${lectureSessions.id} and a.status in ('present', 'late'))`;

/** The sessions of a program (or of one course, or one session), in time order, with roster and attendance counts. */
export async function listSessions(db: Executor, where: { programId?: string; courseId?: string; sessionId?: string }): Promise<SessionWithCounts[]> {
  const rows = await db
    .select({ session: lectureSessions, rosterCount, attendedCount })
    .from(lectureSessions)
    .where(
      and(
        where.programId ? eq(lectureSessions.programId, where.programId) : undefined,
        where.courseId ? eq(lectureSessions.courseId, where.courseId) : undefined,
        where.sessionId ? eq(lectureSessions.id, where.sessionId) : undefined,
      ),
    )
    .orderBy(asc(lectureSessions.date), asc(lectureSessions.startTime), asc(lectureSessions.createdAt));
  return rows.map((r) => ({ ...r.session, rosterCount: r.rosterCount, attendedCount: r.attendedCount }));
}

export async function countSessions(db: Executor, programId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(lectureSessions).where(eq(lectureSessions.programId, programId));
  return row?.n ?? 0;
}

/** The applications of the program a whole-program roster takes: screened or later, still in the pipeline. */
export async function rosterEligibleApplicationIds(db: Executor, programId: string, among?: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: studentApplications.id })
    .from(studentApplications)
    .where(and(eq(studentApplications.programId, programId), inArray(studentApplications.status, [...ROSTER_STATUSES]), among ? inArray(studentApplications.id, among) : undefined));
  return rows.map((r) => r.id);
}

/** Adds applications to a session's roster; returns how many were new. */
export async function addToRoster(db: Executor, sessionId: string, applicationIds: string[]): Promise<number> {
  if (applicationIds.length === 0) return 0;
  const added = await db
    .insert(sessionRoster)
    .values(applicationIds.map((applicationId) => ({ sessionId, applicationId })))
    .onConflictDoNothing()
    .returning({ id: sessionRoster.applicationId });
  return added.length;
}

export async function removeFromRoster(db: Executor, sessionId: string, applicationId: string): Promise<boolean> {
  const removed = await db
    .delete(sessionRoster)
    .where(and(eq(sessionRoster.sessionId, sessionId), eq(sessionRoster.applicationId, applicationId)))
    .returning({ id: sessionRoster.applicationId });
  return removed.length > 0;
}

export async function isOnRoster(db: Executor, sessionId: string, applicationId: string): Promise<boolean> {
  const rows = await db.select({ id: sessionRoster.applicationId }).from(sessionRoster).where(and(eq(sessionRoster.sessionId, sessionId), eq(sessionRoster.applicationId, applicationId)));
  return rows.length > 0;
}

/** A session's tick list: everyone on its roster and anyone recorded without being on it, by Latin name. */
export async function tickListRows(db: Executor, sessionId: string) {
  const result = await db.execute<{ application_id: string; name_latin: string; name_cyrillic: string; status: AttendanceStatus | null; method: 'staff_tick' | 'qr_scan' | null; version: number | null }>(sql`
    select sa.id as application_id, sa.name_latin, sa.name_cyrillic, a.status, a.method, a.version
    from ${studentApplications} sa
    left join ${attendance} a on a.application_id = sa.id and a.session_id = ${sessionId}
    where sa.id in (select application_id from ${sessionRoster} where session_id = ${sessionId})
       or a.id is not null
    order by lower(sa.name_latin), sa.id`);
  return result.rows.map((r) => ({ applicationId: r.application_id, nameLatin: r.name_latin, nameCyrillic: r.name_cyrillic, status: r.status, method: r.method, version: r.version }));
}

export async function findAttendance(db: Executor, sessionId: string, applicationId: string): Promise<AttendanceRow | null> {
  const [row] = await db.select().from(attendance).where(and(eq(attendance.sessionId, sessionId), eq(attendance.applicationId, applicationId)));
  return row ?? null;
}

type Mark = Pick<AttendanceRow, 'status' | 'method' | 'recordedByUserId' | 'recordedAt'>;

/** The first record for the pair; null when another request recorded one first. */
export async function insertAttendance(db: Executor, sessionId: string, applicationId: string, mark: Mark): Promise<AttendanceRow | null> {
  const [row] = await db.insert(attendance).values({ sessionId, applicationId, ...mark }).onConflictDoNothing().returning();
  return row ?? null;
}

/** Changes a record only if nobody has changed it since `version`. */
export async function updateAttendance(db: Executor, id: string, version: number, mark: Mark): Promise<VersionedWrite> {
  return updateVersioned(db, attendance, id, version, mark);
}

export async function findRule(db: Executor, programId: string): Promise<RuleRow | null> {
  const [row] = await db.select().from(attendanceRules).where(eq(attendanceRules.programId, programId));
  return row ?? null;
}

export async function insertRule(db: Executor, values: { programId: string; minimumSessions: number; lateAfterMinutes: number }): Promise<RuleRow | null> {
  const [row] = await db.insert(attendanceRules).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateRule(db: Executor, id: string, version: number, values: { minimumSessions: number; lateAfterMinutes: number }): Promise<VersionedWrite> {
  return updateVersioned(db, attendanceRules, id, version, values);
}

export type ApplicationAttendanceTotals = AttendanceTotals & { applicationId: string };

/**
 * Attendance totals per application of a program (attended = present + late), for every
 * application that has at least one record; the screening board joins this by application id.
 */
export async function attendanceTotalsByApplication(db: Executor, programId: string): Promise<ApplicationAttendanceTotals[]> {
  const result = await db.execute<{ application_id: string; present: number; late: number; absent: number }>(sql`
    select a.application_id,
           count(*) filter (where a.status = 'present')::int as present,
           count(*) filter (where a.status = 'late')::int as late,
           count(*) filter (where a.status = 'absent')::int as absent
    from ${attendance} a join ${lectureSessions} s on s.id = a.session_id
    where s.program_id = ${programId}
    group by a.application_id`);
  return result.rows.map((r) => ({ applicationId: r.application_id, present: r.present, late: r.late, absent: r.absent, attended: r.present + r.late }));
}

/** Attended sessions (present or late) of one application. */
export async function attendedSessionsOf(db: Executor, applicationId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(attendance).where(and(eq(attendance.applicationId, applicationId), inArray(attendance.status, ['present', 'late'])));
  return row?.n ?? 0;
}

/** Every session of the program with the course's title and the application's status in it (null when none recorded). */
export async function sessionsWithStatus(db: Executor, programId: string, applicationId: string) {
  return db
    .select({
      sessionId: lectureSessions.id,
      courseId: courses.id,
      courseTitle: courses.title,
      date: lectureSessions.date,
      startTime: lectureSessions.startTime,
      durationMinutes: lectureSessions.durationMinutes,
      venue: lectureSessions.venue,
      room: lectureSessions.room,
      status: attendance.status,
    })
    .from(lectureSessions)
    .innerJoin(courses, eq(courses.id, lectureSessions.courseId))
    .leftJoin(attendance, and(eq(attendance.sessionId, lectureSessions.id), eq(attendance.applicationId, applicationId)))
    .where(eq(lectureSessions.programId, programId))
    .orderBy(asc(lectureSessions.date), asc(lectureSessions.startTime), asc(lectureSessions.createdAt));
}

/** The student's own application in a program, if any. */
export async function ownApplication(db: Executor, programId: string, userId: string) {
  const [row] = await db
    .select({ id: studentApplications.id, status: studentApplications.status })
    .from(studentApplications)
    .where(and(eq(studentApplications.programId, programId), eq(studentApplications.userId, userId)));
  return row ?? null;
}

/** What a certificate names: the program and its operator (both as entered, in every language). */
export async function programNames(db: Executor, programId: string) {
  const [row] = await db
    .select({ name: programs.name, fiscalYear: programs.fiscalYear, operatorName: organizations.name })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.operatorId))
    .where(eq(programs.id, programId));
  return row ?? null;
}
