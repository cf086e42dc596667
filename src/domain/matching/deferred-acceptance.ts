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
// Complexity: O(E + S + C + P·log T) time, where E is the number of list entries, P ≤ E the
// proposals that reach the cap's heap and T the cap (the log factor only with a cap), and
// O(E + S + C) memory.
//
// How: a rejected student proposes on at once (a chain), so no queue is needed. A company that can
// only swap (full, or its next seat would be taken back by the cap) publishes its worst held rank
// as a cut-off, so a proposal it would refuse costs the student's scan one load; under a binding
// cap most proposals are such refusals. A company keeps a
// flag per position of its list and a pointer to its worst held position; that pointer only moves
// down once the company is full or has lost a seat to the cap, so finding the next worst is
// amortised O(1). With a cap, the seats above each company's target are "extras": the k-th extra of
// the company at round-robin turn p has the key (k, p), the cap grants the smallest keys, and when
// the total goes over the cap the largest granted key is taken back from a heap. The largest
// granted key never grows, which is why a company never takes back a student worse than one it
// let go, and why its worst-held pointer is monotone.
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
  const held = new Uint8Array(companyList.length);
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
    held[base + k] = 0;
    const dropped = companyList[base + k]!;
    companyOf[dropped] = -1;
    do k--;
    while (k >= 0 && held[base + k] === 0);
    worst[c] = k;
    cutoff[c] = k;
    return dropped;
  };

  /** Student s proposes to company c, which ranked them r-th; returns the student now free, or −1. */
  const propose = (s: number, c: number, r: number): number => {
    // A company at its capacity, or one whose next seat the cap would take straight back, can only swap.
    if (count[c] === capacity[c] || (cap !== null && total === totalCap && cap.wouldTakeBack(c, count[c]!))) {
      if (r > worst[c]!) {
        cutoff[c] = worst[c]!;
        return s;
      }
      held[companyStart[c]! + r] = 1;
      companyOf[s] = c;
      return dropWorst(c);
    }
    held[companyStart[c]! + r] = 1;
    companyOf[s] = c;
    count[c]!++;
    if (r > worst[c]!) worst[c] = r;
    if (cap === null) return -1;
    if (++total <= totalCap) {
      cap.seatTaken(c, count[c]!);
      return -1;
    }
    const loser = cap.seatTakenOverCap(c, count[c]!);
    count[loser]!--;
    total--;
    return dropWorst(loser); // the loser's next seat would be the one just taken back: it can only swap now
  };

  const next = studentStart.slice(0, studentCount); // each student's next list entry: a list is read once in all
  for (let first = 0; first < studentCount; first++) {
    let s = first;
    while (s !== -1) {
      let j = next[s]!;
      const end = studentStart[s + 1]!;
      let c = 0;
      let r = -1;
      for (; j < end; j++) {
        c = studentList[j]!;
        r = companyRank[j]!;
        if (r >= 0 && r <= cutoff[c]!) break; // unranked, or below the cut-off of a company that can only swap: turned away
      }
      next[s] = j + 1;
      if (j === end) break;
      s = propose(s, c, r);
    }
  }
  let matchedCount = 0;
  for (let s = 0; s < studentCount; s++) if (companyOf[s] !== -1) matchedCount++;
  return { companyOf, matchedCount };
}

/** The seats above the companies' targets, and who gives one back when the total is over the cap. */
class CapLedger {
  private readonly extras: Int32Array;
  private heap = new Float64Array(64);
  private size = 0;

  constructor(private readonly market: Market) {
    this.extras = new Int32Array(market.companyCount);
  }

  /** Company c now holds `held` students, within the cap; a seat above its target is an extra with a key. */
  seatTaken(c: number, held: number): void {
    if (held <= this.market.capTarget[c]!) return;
    this.extras[c]!++;
    this.push(this.key(c));
  }

  /**
   * With the total at the cap, whether one more seat for company c (now holding `held`) would be
   * the extra with the largest key, and so taken straight back: then c can only swap, like a full
   * company. This is the common case late in a run, as the largest granted key never grows.
   */
  wouldTakeBack(c: number, held: number): boolean {
    return held >= this.market.capTarget[c]! && (this.size === 0 || (this.extras[c]! + 1) * this.market.companyCount + this.market.capTurn[c]! > this.heap[0]!);
  }

  /**
   * Company c now holds `held` students and the total is one over the cap: takes back the extra with
   * the largest key (latest round, then latest turn) and returns its company. The heap holds exactly
   * the keys of the seats granted.
   */
  seatTakenOverCap(c: number, held: number): number {
    if (held > this.market.capTarget[c]!) {
      this.extras[c]!++;
      this.push(this.key(c));
    }
    const key = this.pop();
    const round = Math.floor(key / this.market.companyCount);
    const loser = this.companyAtTurn(key - round * this.market.companyCount);
    this.extras[loser]!--;
    return loser;
  }

  private key(c: number): number {
    return this.extras[c]! * this.market.companyCount + this.market.capTurn[c]!;
  }

  private turnToCompany: Int32Array | null = null;
  private companyAtTurn(turn: number): number {
    if (this.turnToCompany === null) {
      this.turnToCompany = new Int32Array(this.market.companyCount);
      this.market.capTurn.forEach((t, c) => (this.turnToCompany![t] = c));
    }
    return this.turnToCompany[turn]!;
  }

  private push(key: number): void {
    if (this.size === this.heap.length) {
      const grown = new Float64Array(this.heap.length * 2);
      grown.set(this.heap);
      this.heap = grown;
    }
    const heap = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! >= key) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = key;
  }

  private pop(): number {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && heap[child + 1]! > heap[child]!) child++;
      if (heap[child]! <= last) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
