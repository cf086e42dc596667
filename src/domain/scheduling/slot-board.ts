// The mutable state of a schedule under construction within a horizon of H slots: which interview
// each student, room and interpreter seat holds in each slot. Placing and removing are O(rooms);
// every rule of the fair is enforced by canPlace, so a board only ever holds a valid schedule.
import { isAdmissible, type CompiledFair } from './compiled-fair.ts';

export type SlotBoard = {
  readonly fair: CompiledFair;
  /** Slots 0 … H − 1 may be used. */
  readonly H: number;
  /** Slot and room of each interview, −1 when unplaced. */
  readonly slot: Int32Array;
  readonly room: Int32Array;
  /** Interview of student s in slot t at s·H + t, or −1. */
  readonly studentAt: Int32Array;
  /** Interview in room r of company c in slot t at roomBase[c] + t·rooms[c] + r, or −1. */
  readonly roomAt: Int32Array;
  readonly roomBase: Int32Array;
  readonly companyLoad: Int32Array;
  readonly interpreterLoad: Int32Array;
  /** The interviews with an interpreter in each slot (swap-removed through interpretedPos). */
  readonly interpretedAt: number[][];
  readonly interpretedPos: Int32Array;
  placed: number;
};

export function newBoard(fair: CompiledFair, H: number): SlotBoard {
  const roomBase = new Int32Array(fair.C + 1);
  for (let c = 0; c < fair.C; c++) roomBase[c + 1] = roomBase[c]! + fair.rooms[c]! * H;
  return {
    fair,
    H,
    slot: new Int32Array(fair.E).fill(-1),
    room: new Int32Array(fair.E).fill(-1),
    studentAt: new Int32Array(fair.S * H).fill(-1),
    roomAt: new Int32Array(roomBase[fair.C]!).fill(-1),
    roomBase,
    companyLoad: new Int32Array(fair.C * H),
    interpreterLoad: new Int32Array(H),
    interpretedAt: Array.from({ length: H }, () => []),
    interpretedPos: new Int32Array(fair.E).fill(-1),
    placed: 0,
  };
}

export function interpreterRoom(board: SlotBoard, t: number): boolean {
  const cap = board.fair.interpreters;
  return cap === null || board.interpreterLoad[t]! < cap[t]!;
}

/** Whether interview e fits in slot t as the board stands (it must not be placed). */
export function canPlace(board: SlotBoard, e: number, t: number): boolean {
  const { fair, H } = board;
  if (t < 0 || t >= H || !isAdmissible(fair, e, t)) return false;
  const c = fair.company[e]!;
  if (board.studentAt[fair.student[e]! * H + t] !== -1 || board.companyLoad[c * H + t]! >= fair.rooms[c]!) return false;
  return fair.needsInterpreter[e] === 0 || interpreterRoom(board, t);
}

/** Places e in slot t, in `room` if given and free, else in the company's first free room. */
export function place(board: SlotBoard, e: number, t: number, room = -1): void {
  const { fair, H } = board;
  const c = fair.company[e]!;
  const rooms = fair.rooms[c]!;
  const base = board.roomBase[c]! + t * rooms;
  let r = room >= 0 && board.roomAt[base + room] === -1 ? room : 0;
  if (room < 0 || r !== room) while (board.roomAt[base + r] !== -1) r++;
  board.roomAt[base + r] = e;
  board.slot[e] = t;
  board.room[e] = r;
  board.studentAt[fair.student[e]! * H + t] = e;
  board.companyLoad[c * H + t]!++;
  if (fair.needsInterpreter[e]) {
    board.interpreterLoad[t]!++;
    board.interpretedPos[e] = board.interpretedAt[t]!.push(e) - 1;
  }
  board.placed++;
}

export function unplace(board: SlotBoard, e: number): void {
  const { fair, H } = board;
  const t = board.slot[e]!;
  const c = fair.company[e]!;
  board.roomAt[board.roomBase[c]! + t * fair.rooms[c]! + board.room[e]!] = -1;
  board.studentAt[fair.student[e]! * H + t] = -1;
  board.companyLoad[c * H + t]!--;
  if (fair.needsInterpreter[e]) {
    board.interpreterLoad[t]!--;
    const list = board.interpretedAt[t]!;
    const last = list.pop()!;
    if (last !== e) {
      const at = board.interpretedPos[e]!;
      list[at] = last;
      board.interpretedPos[last] = at;
    }
    board.interpretedPos[e] = -1;
  }
  board.slot[e] = -1;
  board.room[e] = -1;
  board.placed--;
}

/** The interviews company c holds in slot t. */
export function companyInterviewsAt(board: SlotBoard, c: number, t: number): number[] {
  const rooms = board.fair.rooms[c]!;
  const base = board.roomBase[c]! + t * rooms;
  const out: number[] = [];
  for (let r = 0; r < rooms; r++) if (board.roomAt[base + r] !== -1) out.push(board.roomAt[base + r]!);
  return out;
}

/** Last used slot + 1. */
export function boardMakespan(board: SlotBoard): number {
  let last = -1;
  for (const t of board.slot) if (t > last) last = t;
  return last + 1;
}
