// The stored fair as the scheduler's instance, and the scheduler's answer back as placements.
// Slots are numbered by position; students are applications; a fair without interpreters on its
// list has no interpreter limit.
import type { FairInstance } from '../../domain/scheduling/fair-instance.ts';
import { interpretersFree, type FairParts } from '../presenters/fair.presenter.ts';
import type { InterviewRow } from '../repositories/fair-interviews.repository.ts';

export type FairInstanceMapping = {
  readonly instance: FairInstance;
  /** Interview id of each instance interview. */
  readonly interviewIds: string[];
  readonly slotIdAt: string[];
  readonly positionOf: Map<string, number>;
};

export function fairInstance(parts: FairParts, approved: readonly InterviewRow[]): FairInstanceMapping {
  const slotIdAt = parts.slots.map((s) => s.id);
  const positionOf = new Map(parts.slots.map((s) => [s.id, s.position]));
  const blocked = (key: 'organizationId' | 'applicationId', id: string) => parts.unavailability.filter((u) => u[key] === id).map((u) => positionOf.get(u.slotId)!);
  const free = interpretersFree(parts);
  const students = [...new Set(approved.map((i) => i.applicationId))];
  const instance: FairInstance = {
    slots: parts.slots.length,
    ...(parts.interpreters.length > 0 ? { interpreters: slotIdAt.map((id) => free.get(id)!.length) } : {}),
    slotDays: parts.slots.map((s) => s.day),
    companies: parts.companies.map((c) => ({ id: c.organizationId, rooms: c.rooms, unavailable: blocked('organizationId', c.organizationId) })),
    students: students.map((id) => ({ id, unavailable: blocked('applicationId', id) })),
    interviews: approved.map((i) => ({
      student: i.applicationId,
      company: i.organizationId,
      ...(i.needsInterpreter ? { interpreter: true } : {}),
      ...(i.pinned && i.slotId !== null && i.room !== null ? { pinned: { slot: positionOf.get(i.slotId)!, room: i.room } } : {}),
    })),
  };
  return { instance, interviewIds: approved.map((i) => i.id), slotIdAt, positionOf };
}
