// Lower bounds on the makespan of a schedule that places every given interview; a schedule that
// reaches one is optimal. Each is the answer of a relaxation:
//   - König: a student holds one interview per slot, a company `rooms` (exact without other limits);
//   - Hall, per student and per company: the earliest horizon in which its own interviews fit its
//     free slots (bipartite matching of interviews to slots with capacity 1 or `rooms`);
//   - interpreters: the earliest horizon whose seats add up to the interviews that need one;
//   - each interview: its first admissible slot + 1.
// O(E + Σ_v cap·T·(d_v·T)) for the per-vertex matchings, which run only when someone is unavailable.
import { isAdmissible, pinnedSlot, type CompiledFair } from './compiled-fair.ts';

const NONE = Number.MAX_SAFE_INTEGER;

/** König's bound of the interviews in `include` (null: all of them). */
export function konigBound(fair: CompiledFair, include: Uint8Array | null): number {
  const studentDegree = new Int32Array(fair.S);
  const companyDegree = new Int32Array(fair.C);
  for (let e = 0; e < fair.E; e++) {
    if (include !== null && !include[e]) continue;
    studentDegree[fair.student[e]!]!++;
    companyDegree[fair.company[e]!]!++;
  }
  let bound = 0;
  for (const d of studentDegree) bound = Math.max(bound, d);
  companyDegree.forEach((d, c) => (bound = Math.max(bound, Math.ceil(d / fair.rooms[c]!))));
  return bound;
}

/**
 * Smallest H such that every item can take a distinct seat in slots < H, slot t having
 * `capacity` seats and item i only the slots of `allowed[i]`; NONE when they never all fit.
 */
export function earliestFit(allowed: readonly (readonly number[])[], capacity: number, T: number): number {
  const n = allowed.length;
  if (n === 0) return 0;
  const admits: number[][] = Array.from({ length: T }, () => []);
  allowed.forEach((slots, i) => slots.forEach((t) => admits[t]!.push(i)));
  const seatOf = new Int32Array(n).fill(-1);
  const seated: number[][] = Array.from({ length: T }, () => []);
  let matched = 0;
  for (let t = 0; t < T; t++) {
    // Fill slot t's seats, each by one alternating path found breadth-first from slot t backwards.
    while (seated[t]!.length < capacity && augmentInto(t, admits, seated, seatOf)) {
      if (++matched === n) return t + 1;
    }
  }
  return NONE;
}

/** Seats one more item in slot `target` (which has a free seat), moving seated items along one alternating path. */
function augmentInto(target: number, admits: number[][], seated: number[][], seatOf: Int32Array): boolean {
  const into = new Map<number, number>(); // item → the slot it would move into
  const leaver = new Map<number, number>(); // slot → the item whose leaving frees a seat there
  const queue = [target];
  for (let qi = 0; qi < queue.length; qi++) {
    const t = queue[qi]!;
    for (const i of admits[t]!) {
      if (into.has(i) || seatOf[i] === t) continue;
      into.set(i, t);
      const from = seatOf[i]!;
      if (from !== -1) {
        if (from !== target && !leaver.has(from)) {
          leaver.set(from, i);
          queue.push(from);
        }
        continue;
      }
      for (let item = i; ; ) {
        const slot = into.get(item)!;
        const old = seatOf[item]!;
        if (old !== -1) seated[old]!.splice(seated[old]!.indexOf(item), 1);
        seatOf[item] = slot;
        seated[slot]!.push(item);
        if (slot === target) return true;
        item = leaver.get(slot)!;
      }
    }
  }
  return false;
}

/**
 * The best lower bound for placing every interview flagged in `include`; T + 1 ("more slots
 * than the fair has") when some person's interviews cannot all fit in its slots at all.
 */
export function makespanLowerBound(fair: CompiledFair, include: Uint8Array): number {
  const bound = boundOrNone(fair, include);
  return bound === NONE ? Math.max(fair.T + 1, konigBound(fair, include)) : bound;
}

function boundOrNone(fair: CompiledFair, include: Uint8Array): number {
  let bound = konigBound(fair, include);
  const { T } = fair;
  const admissible = (e: number): number[] => {
    if (pinnedSlot(fair, e) >= 0) return [pinnedSlot(fair, e)];
    const slots: number[] = [];
    for (let t = 0; t < T; t++) if (isAdmissible(fair, e, t)) slots.push(t);
    return slots;
  };
  let interpreted = 0;
  for (let e = 0; e < fair.E; e++) {
    if (!include[e]) continue;
    interpreted += fair.needsInterpreter[e]!;
    if (pinnedSlot(fair, e) >= 0) bound = Math.max(bound, pinnedSlot(fair, e) + 1);
  }
  if (fair.interpreters !== null) {
    let seats = 0;
    let H = 0;
    while (seats < interpreted && H < T) seats += fair.interpreters[H++]!;
    bound = Math.max(bound, seats >= interpreted ? H : NONE);
  }
  if (fair.studentBlocked === null && fair.companyBlocked === null && fair.pins === null) return bound;

  const byStudent: number[][][] = Array.from({ length: fair.S }, () => []);
  const byCompany: number[][][] = Array.from({ length: fair.C }, () => []);
  for (let e = 0; e < fair.E; e++) {
    if (!include[e]) continue;
    const slots = admissible(e);
    bound = Math.max(bound, slots.length > 0 ? slots[0]! + 1 : NONE);
    byStudent[fair.student[e]!]!.push(slots);
    byCompany[fair.company[e]!]!.push(slots);
  }
  for (const allowed of byStudent) bound = Math.max(bound, earliestFit(allowed, 1, T));
  byCompany.forEach((allowed, c) => (bound = Math.max(bound, earliestFit(allowed, fair.rooms[c]!, T))));
  return bound;
}
