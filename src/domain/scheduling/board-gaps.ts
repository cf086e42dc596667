// Fewer idle gaps on a slot board whose slots are not all alike: move one interview of a student
// with gaps into another slot below the makespan where it fits as the board stands, whenever that
// lowers the student's gaps. Keeps every rule, the count and the makespan. Hill climbing under a
// budget of student evaluations.
import { pinnedSlot } from './compiled-fair.ts';
import type { SlotBoard } from './slot-board.ts';
import { canPlace, place, unplace } from './slot-board.ts';
import { edgesByStudent } from './idle-gaps.ts';

function gapsOf(board: SlotBoard, edges: Int32Array, from: number, to: number): number {
  const { fair } = board;
  const at: number[] = [];
  for (let k = from; k < to; k++) if (board.slot[edges[k]!]! >= 0) at.push(board.slot[edges[k]!]!);
  at.sort((x, y) => x - y);
  let gaps = 0;
  for (let i = 1; i < at.length; i++) if (fair.day[at[i]!] === fair.day[at[i - 1]!]) gaps += at[i]! - at[i - 1]! - 1;
  return gaps;
}

export function fewerGapsOnBoard(board: SlotBoard, makespan: number, budget: number): void {
  const { fair } = board;
  const byStudent = edgesByStudent(fair);
  let spent = 0;
  let improved = true;
  while (improved && spent < budget) {
    improved = false;
    for (let s = 0; s < fair.S && spent < budget; s++) {
      const from = byStudent.start[s]!;
      const to = byStudent.start[s + 1]!;
      let gaps = gapsOf(board, byStudent.list, from, to);
      for (let k = from; k < to && gaps > 0; k++) {
        const e = byStudent.list[k]!;
        const home = board.slot[e]!;
        if (home < 0 || pinnedSlot(fair, e) >= 0) continue;
        const homeRoom = board.room[e]!;
        unplace(board, e);
        let moved = false;
        for (let t = 0; t < makespan && !moved; t++) {
          if (t === home || !canPlace(board, e, t)) continue;
          place(board, e, t);
          spent++;
          const after = gapsOf(board, byStudent.list, from, to);
          if (after < gaps) {
            gaps = after;
            moved = improved = true;
          } else unplace(board, e);
        }
        if (!moved) place(board, e, home, homeRoom);
      }
    }
  }
}
