// Interview fairs and their interviews as the API gives them, narrowed to the viewer: the
// operators see everything; a company, a college coordinator and a student their own part;
// evaluations only the operators and the interviewing company; interpreters' e-mail only the
// operators.
import type { FairView, InterviewView } from '../../contracts/fairs.ts';
import { weightedScore } from '../../domain/fairs/fair-rules.ts';
import type { UnscheduledReason } from '../../domain/scheduling/fair-schedule.ts';
import type { InterviewListRow } from '../repositories/fair-interviews.repository.ts';
import type { FairCompanyRow, FairInterpreterRow, FairRow, FairSlotRow, UnavailabilityRow } from '../repositories/fairs.repository.ts';

export type FairViewer = FairView['viewer'];

/** What of the unavailability a viewer may see: operators all; others their own organizations, applications. */
export type UnavailabilityFilter = { all: boolean; organizationIds: string[]; applicationIds: string[] };

export type FairParts = { fair: FairRow; slots: FairSlotRow[]; companies: FairCompanyRow[]; interpreters: FairInterpreterRow[]; unavailability: UnavailabilityRow[] };

/** Interpreters free in each slot (by slot id): all of them but those who said they cannot. */
export function interpretersFree(parts: Pick<FairParts, 'slots' | 'interpreters' | 'unavailability'>): Map<string, string[]> {
  const away = new Set(parts.unavailability.filter((u) => u.interpreterId).map((u) => `${u.slotId}|${u.interpreterId}`));
  return new Map(parts.slots.map((s) => [s.id, parts.interpreters.filter((i) => !away.has(`${s.id}|${i.id}`)).map((i) => i.id)]));
}

export function presentFair(parts: FairParts, viewer: FairViewer, filter: UnavailabilityFilter): FairView {
  const { fair } = parts;
  const free = interpretersFree(parts);
  const unavailable: FairView['unavailable'] = { company: {}, student: {}, interpreter: {} };
  for (const u of parts.unavailability) {
    const [kind, id] = u.organizationId ? (['company', u.organizationId] as const) : u.applicationId ? (['student', u.applicationId] as const) : (['interpreter', u.interpreterId!] as const);
    const visible = filter.all || (kind === 'company' && filter.organizationIds.includes(id)) || (kind === 'student' && filter.applicationIds.includes(id));
    if (visible) (unavailable[kind][id] ??= []).push(u.slotId);
  }
  return {
    id: fair.id,
    programId: fair.programId,
    title: fair.title,
    venue: fair.venue,
    timeZone: fair.timeZone,
    slotMinutes: fair.slotMinutes,
    days: fair.days.map((d) => ({ date: d.date, start: d.start, end: d.end, breaks: [...(d.breaks ?? [])] })),
    maxInterviewsPerStudent: fair.maxInterviewsPerStudent,
    maxInterviewsPerCompany: fair.maxInterviewsPerCompany,
    rubric: fair.rubric.map((c) => ({ ...c })),
    status: fair.status,
    publishedAt: fair.publishedAt?.toISOString() ?? null,
    scheduleRevision: fair.scheduleRevision,
    lastRun: viewer === 'operator' ? fair.lastRun : null,
    slots: parts.slots.map((s) => ({ id: s.id, position: s.position, day: s.day, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), interpreters: free.get(s.id)!.length })),
    companies: parts.companies.map((c) => ({ organizationId: c.organizationId, name: c.name, rooms: c.rooms, roomNames: c.roomNames, online: c.online })),
    interpreters: parts.interpreters.map((i) => ({ id: i.id, name: i.name, email: viewer === 'operator' ? i.email : null })),
    unavailable,
    viewer,
    version: fair.version,
    createdAt: fair.createdAt.toISOString(),
    updatedAt: fair.updatedAt.toISOString(),
  };
}

export function presentInterview(row: InterviewListRow, fair: Pick<FairRow, 'rubric'>, seesEvaluation: boolean): InterviewView {
  const evaluation = seesEvaluation && row.evaluation ? row.evaluation : null;
  return {
    id: row.id,
    fairId: row.fairId,
    applicationId: row.applicationId,
    student: { nameLatin: row.nameLatin, nameCyrillic: row.nameCyrillic, nameKatakana: row.nameKatakana, collegeId: row.collegeId, collegeName: row.collegeName },
    organizationId: row.organizationId,
    companyName: row.companyName,
    status: row.status,
    requestedBy: row.requestedBy,
    needsInterpreter: row.needsInterpreter,
    slotId: row.slotId,
    room: row.room,
    interpreterId: row.interpreterId,
    pinned: row.pinned,
    unscheduledReason: row.unscheduledReason as UnscheduledReason | null,
    evaluation: evaluation && {
      scores: evaluation.scores,
      notes: evaluation.notes,
      recommendation: evaluation.recommendation,
      weightedScore: weightedScore(fair.rubric, evaluation.scores),
      evaluatedAt: evaluation.updatedAt.toISOString(),
      version: evaluation.version,
    },
    version: row.version,
  };
}
