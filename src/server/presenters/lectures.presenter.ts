import type { CourseView, SessionView } from '../../contracts/lectures.ts';
import type { CourseWithOrganization, MaterialRow, ModuleRow, RuleRow, SessionWithCounts } from '../repositories/lectures.repository.ts';

/** PostgreSQL's time (HH:MM:SS) as the HH:MM people enter and read. */
export const presentTime = (time: string): string => time.slice(0, 5);

export function presentSession(row: SessionWithCounts): SessionView {
  return {
    id: row.id,
    courseId: row.courseId,
    moduleId: row.moduleId,
    date: row.date,
    startTime: presentTime(row.startTime),
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    room: row.room,
    venue: row.venue,
    instructorName: row.instructorName,
    rosterCount: row.rosterCount,
    attendedCount: row.attendedCount,
    version: row.version,
  };
}

export function presentCourse(course: CourseWithOrganization, modules: ModuleRow[], materials: MaterialRow[], sessions: SessionWithCounts[]): CourseView {
  return {
    id: course.id,
    programId: course.programId,
    title: course.title,
    givingOrganization: { id: course.givingOrganizationId, name: course.givingOrganizationName },
    language: course.language as CourseView['language'],
    kind: course.kind,
    version: course.version,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      position: m.position,
      version: m.version,
      materials: materials.filter((x) => x.moduleId === m.id).map((x) => ({ id: x.id, title: x.title, url: x.url, kind: x.kind, position: x.position, version: x.version })),
    })),
    sessions: sessions.map(presentSession),
  };
}

export function presentRule(rule: RuleRow) {
  return { minimumSessions: rule.minimumSessions, lateAfterMinutes: rule.lateAfterMinutes, version: rule.version };
}
