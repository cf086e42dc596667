// Why an interview is not in the schedule, read off the final board: the obstacle that every
// slot the student and company share has in common. Meaningful only on a maximal board, one on
// which no left-out interview fits anywhere as it stands (the scheduler guarantees that).
import { isAdmissible } from './compiled-fair.ts';
import type { UnscheduledReason } from './fair-schedule.ts';
import { interpreterRoom, type SlotBoard } from './slot-board.ts';

export function unscheduledReason(board: SlotBoard, e: number): UnscheduledReason {
  const { fair, H } = board;
  const s = fair.student[e]!;
  const c = fair.company[e]!;
  let shared = 0;
  let studentBusy = 0;
  let companyFull = 0;
  let interpreterShort = 0;
  for (let t = 0; t < H; t++) {
    if (!isAdmissible(fair, e, t)) continue;
    shared++;
    const busy = board.studentAt[s * H + t] !== -1;
    const full = board.companyLoad[c * H + t]! >= fair.rooms[c]!;
    if (busy) studentBusy++;
    if (full) companyFull++;
    if (!busy && !full && fair.needsInterpreter[e] && !interpreterRoom(board, t)) interpreterShort++;
  }
  if (shared === 0) return 'noCommonFreeSlot';
  if (studentBusy === shared) return 'studentFullyBooked';
  if (companyFull === shared) return 'companyFullyBooked';
  // On a maximal board, a slot where both student and a room are free lacks only an interpreter.
  if (interpreterShort > 0) return 'interpreterCapacity';
  return 'capacityConflict';
}
