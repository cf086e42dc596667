// Student-proposing deferred acceptance (Gale and Shapley 1962) with company capacities, and with
// an optional program-wide cap shared as in Kamada and Kojima's (2015) flexible deferred
// acceptance.
//
// Guarantees (proofs in docs/algorithms.md; checked by check-matching.ts in the tests and before a
// result is saved):
// - Only mutually acceptable pairs are matched (each side listed the other); no company exceeds
//   its capacity; the total never exceeds the cap.
// - Without a cap (or with one no smaller than the seats): the student-optimal stable matching.
// - With a cap: weakly stable — no justified envy (no student s and company c such that s prefers
//   c, c ranked s and c holds someone it ranked below s), and while the total is under the cap no
//   seat is left empty that a student who prefers it would take. The result is the one of the
//   flexible deferred acceptance run in rounds (tests compare the two); the order in which
//   students propose does not change it.
// - Deterministic: no randomness, and the only order-dependent choice (who loses a seat to the
//   cap) follows the operator's round-robin order and targets.
//
// Complexity: O(E + S + C + P·log C) time, where E is the number of list entries and P ≤ E the
// proposals that reach the cap's heap (the log factor only with a cap), and O(E + S + C) memory.
//
// How: a rejected student proposes on at once (a chain), so no queue is needed. A company that can
// only swap (full, or its next seat would be taken back by the cap) publishes its worst held rank
// as a cut-off, so a proposal it would refuse costs the student's scan one load; under a binding
// cap most proposals are such refusals. A company keeps, per position of its list, the student held
// there (so letting one go reads nothing else), and a pointer to its worst held position; that
// pointer only moves down once the company is full or has lost a seat to the cap, so finding the
// next worst is amortised O(1). With a cap, the seats above each company's target are "extras":
// the k-th extra of the company at round-robin turn p has the key (k, p), the cap grants the
// smallest keys, and when the total goes over the cap the largest granted key is taken back (a
// heap of the companies by their largest key). The largest granted key never grows, which is why
// a company never takes back a student worse than one it let go, and why its worst-held pointer
// is monotone.
import type { Market } from './market.ts';

export type Matching = {
  /** For each student, the company number they are matched to, or −1. */
  readonly companyOf: Int32Array;
  readonly matchedCount: number;
};

/** A company's cut-off while it can still take a student in without letting one go. */
const OPEN = 0x7fffffff;

export function deferredAcceptance(market: Market): Matching {
  const { studentCount, companyCount, studentStart, studentList, companyRank, companyStart, companyList, capacity, totalCap } = market;
  const held = new Int32Array(companyList.length); // per position of a company's list: the student held there + 1, or 0
  const worst = new Int32Array(companyCount).fill(-1);
  // Once a company can only swap (it is full, or the cap would take its next seat straight back),
  // its worst held rank, and OPEN before: a student it ranked below that is turned away, so the
  // students' scan skips such proposals with one load. A company never goes back to taking
  // students in freely (see CapLedger), so the mark stays true.
  const cutoff = new Int32Array(companyCount).fill(OPEN);
  const count = new Int32Array(companyCount);
  const companyOf = new Int32Array(studentCount).fill(-1);
  const cap = capacity.reduce((a, b) => a + b, 0) > totalCap ? new CapLedger(market) : null;
  let total = 0;

  /** The company, which can now only swap, lets go of its worst held student; returns that student. */
  const dropWorst = (c: number): number => {
    const base = companyStart[c]!;
    let k = worst[c]!;
    const dropped = held[base + k]! - 1;
    held[base + k] = 0;
    companyOf[dropped] = -1;
    do k--;
    while (k >= 0 && held[base + k] === 0);
    worst[c] = k;
    cutoff[c] = k;
    return dropped;
  };

  /** Student s proposes to company c, which ranked them r-th; returns the student now free, or −1. */
  const propose = (s: number, c: number, r: number): number => {
    // A company that published a cut-off, is at its capacity, or whose next seat the cap would take straight back can only swap.
    if (cutoff[c] !== OPEN || count[c] === capacity[c] || (cap !== null && total === totalCap && cap.wouldTakeBack(c, count[c]!))) {
      if (r > worst[c]!) {
        cutoff[c] = worst[c]!;
        return s;
      }
      held[companyStart[c]! + r] = s + 1;
      companyOf[s] = c;
      return dropWorst(c);
    }
    held[companyStart[c]! + r] = s + 1;
    companyOf[s] = c;
    count[c]!++;
    if (r > worst[c]!) worst[c] = r;
    if (cap === null) return -1;
    if (++total <= totalCap) {
      cap.seatTaken(c, count[c]!, total === totalCap);
      return -1;
    }
    const loser = cap.seatTakenOverCap(c, count[c]!);
    count[loser]!--;
    total--;
    return dropWorst(loser); // the loser's next seat would be the one just taken back: it can only swap now
  };

  // Each student's next list entry and the end of their list, side by side: a student let go is
  // picked up again at a random place, and this way that costs one cache miss here instead of two.
  const cursor = new Int32Array(2 * studentCount);
  for (let s = 0; s < studentCount; s++) {
    cursor[2 * s] = studentStart[s]!;
    cursor[2 * s + 1] = studentStart[s + 1]!;
  }
  for (let first = 0; first < studentCount; first++) {
    let s = first;
    while (s !== -1) {
      let j = cursor[2 * s]!;
      const end = cursor[2 * s + 1]!;
      let c = 0;
      let r = -1;
      for (; j < end; j++) {
        c = studentList[j]!;
        r = companyRank[j]!;
        if (r >= 0 && r <= cutoff[c]!) break; // unranked, or below the cut-off of a company that can only swap: turned away
      }
      cursor[2 * s] = j + 1; // a list is read once in all
      if (j === end) break;
      s = propose(s, c, r);
    }
  }
  let matchedCount = 0;
  for (let s = 0; s < studentCount; s++) if (companyOf[s] !== -1) matchedCount++;
  return { companyOf, matchedCount };
}

/**
 * The seats above the companies' targets, and who gives one back when the total is over the cap.
 * The k-th extra of company c has the key k·C + turn(c), and the cap grants the smallest keys; so
 * the largest key granted is that of the company with the largest (extras, turn). Companies holding
 * extras sit in a max-heap by that key (at most C of them, small enough to stay in cache), built
 * when the total first reaches the cap: until then nothing is taken back.
 */
class CapLedger {
  private readonly extras: Int32Array;
  private readonly target: Int32Array;
  private readonly turn: Int32Array;
  private readonly companyCount: number;
  private readonly heap: Int32Array;
  /** The key of the company at each place of the heap, kept beside it so that sifting reads one array. */
  private readonly heapKey: Float64Array;
  /** Each company's place in the heap, or −1. */
  private readonly at: Int32Array;
  private size = 0;

  constructor(market: Market) {
    this.companyCount = market.companyCount;
    this.target = market.capTarget;
    this.turn = market.capTurn;
    this.extras = new Int32Array(market.companyCount);
    this.heap = new Int32Array(market.companyCount);
    this.heapKey = new Float64Array(market.companyCount);
    this.at = new Int32Array(market.companyCount).fill(-1);
  }

  /** Company c now holds `held` students, within the cap; a seat above its target is an extra. */
  seatTaken(c: number, held: number, capReached: boolean): void {
    if (held > this.target[c]!) this.extras[c]!++;
    if (capReached) {
      for (let d = 0; d < this.companyCount; d++) if (this.extras[d]! > 0) this.place(d, this.size++);
      for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
    }
  }

  /**
   * With the total at the cap, whether one more seat for company c (now holding `held`) would be
   * the extra with the largest key, and so taken straight back: then c can only swap, like a full
   * company. This is the common case late in a run, as the largest granted key never grows.
   */
  wouldTakeBack(c: number, held: number): boolean {
    return held >= this.target[c]! && (this.size === 0 || this.key(c, this.extras[c]! + 1) > this.heapKey[0]!);
  }

  /**
   * Company c now holds `held` students and the total is one over the cap: takes back the extra with
   * the largest key (latest round, then latest turn) and returns its company. That is never c's new
   * extra, whose key is below the largest (wouldTakeBack said so).
   */
  seatTakenOverCap(c: number, held: number): number {
    const loser = this.heap[0]!;
    if (held > this.target[c]!) {
      this.extras[c]!++;
      if (this.at[c] === -1) this.place(c, this.size++);
      this.siftUp(this.at[c]!);
    }
    if (--this.extras[loser]! > 0) this.siftDown(0);
    else {
      this.at[loser] = -1;
      if (--this.size > 0) {
        this.place(this.heap[this.size]!, 0);
        this.siftDown(0);
      }
    }
    return loser;
  }

  private key(c: number, extra: number): number {
    return extra * this.companyCount + this.turn[c]!;
  }

  /** Puts company c at place i of the heap, with its current key. */
  private place(c: number, i: number): void {
    this.heap[i] = c;
    this.heapKey[i] = this.key(c, this.extras[c]!);
    this.at[c] = i;
  }

  private move(from: number, to: number): void {
    this.heap[to] = this.heap[from]!;
    this.heapKey[to] = this.heapKey[from]!;
    this.at[this.heap[to]!] = to;
  }

  private siftUp(from: number): void {
    const c = this.heap[from]!;
    const key = this.key(c, this.extras[c]!);
    let i = from;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heapKey[parent]! >= key) break;
      this.move(parent, i);
      i = parent;
    }
    this.place(c, i);
  }

  private siftDown(from: number): void {
    const c = this.heap[from]!;
    const key = this.key(c, this.extras[c]!);
    let i = from;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.heapKey[child + 1]! > this.heapKey[child]!) child++;
      if (this.heapKey[child]! <= key) break;
      this.move(child, i);
      i = child;
    }
    this.place(c, i);
  }
}
