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
// Complexity: O(E + S + C·(X + 1)) time, where E is the number of list entries and X the most
// extras (seats above its target) a company holds under the cap, and O(E + S + C) memory.
//
// How: a rejected student proposes on at once (a chain), so no queue is needed. A company that can
// only swap (full, or its next seat would be taken back by the cap) publishes its worst held rank
// as a cut-off, so a proposal it would refuse costs the student's scan one load; under a binding
// cap most proposals are such refusals. A company keeps, per position of its list, the student held
// there (so letting one go reads nothing else), and a pointer to its worst held position; that
// pointer only moves down once the company is full or has lost a seat to the cap, so finding the
// next worst is amortised O(1). With a cap, the seats above each company's target are "extras":
// the k-th extra of the company at round-robin turn p has the key (k, p), the cap grants the
// smallest keys, and when the total goes over the cap the largest granted key is taken back. The
// largest granted key never grows, which is why a company never takes back a student worse than
// one it let go, why its worst-held pointer is monotone, and why the next largest key is found by
// counting down from the last (amortised O(1); a heap of the companies did it in O(log C)).
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
 * the one taken back is the largest key granted. That largest key never grows once the cap is
 * reached (a company takes a new extra only below it, see wouldTakeBack), so it is found again by
 * counting down from where it was: key K is granted when the company at turn K mod C has at least
 * ⌊K / C⌋ extras. All the counting down of a run is at most the largest key, (most extras + 1)·C
 * steps, so a take-back costs O(1) amortised.
 */
class CapLedger {
  private readonly extras: Int32Array;
  private readonly target: Int32Array;
  private readonly turn: Int32Array;
  /** The company at each turn. */
  private readonly companyAt: Int32Array;
  private readonly companyCount: number;
  /** The largest key granted, −1 when none is; kept from the moment the total reaches the cap. */
  private largest = -1;

  constructor(market: Market) {
    this.companyCount = market.companyCount;
    this.target = market.capTarget;
    this.turn = market.capTurn;
    this.extras = new Int32Array(market.companyCount);
    this.companyAt = new Int32Array(market.companyCount);
    for (let c = 0; c < market.companyCount; c++) this.companyAt[market.capTurn[c]!] = c;
  }

  /** Company c now holds `held` students, within the cap; a seat above its target is an extra. */
  seatTaken(c: number, held: number, capReached: boolean): void {
    if (held > this.target[c]!) this.extras[c]!++;
    if (capReached) for (let d = 0; d < this.companyCount; d++) if (this.extras[d]! > 0) this.largest = Math.max(this.largest, this.key(d, this.extras[d]!));
  }

  /**
   * With the total at the cap, whether one more seat for company c (now holding `held`) would be
   * the extra with the largest key, and so taken straight back: then c can only swap, like a full
   * company. This is the common case late in a run, as the largest granted key never grows.
   */
  wouldTakeBack(c: number, held: number): boolean {
    return held >= this.target[c]! && this.key(c, this.extras[c]! + 1) > this.largest;
  }

  /**
   * Company c now holds `held` students and the total is one over the cap: takes back the extra with
   * the largest key (latest round, then latest turn) and returns its company. That is never c's new
   * extra, whose key is below the largest (wouldTakeBack said so).
   */
  seatTakenOverCap(c: number, held: number): number {
    if (held > this.target[c]!) this.extras[c]!++;
    const C = this.companyCount;
    const loser = this.companyAt[this.largest % C]!;
    this.extras[loser]!--;
    let k = Math.floor(this.largest / C);
    let t = (this.largest % C) - 1;
    for (; k >= 1; k--, t = C - 1) {
      for (; t >= 0; t--) if (this.extras[this.companyAt[t]!]! >= k) break;
      if (t >= 0) break;
    }
    this.largest = k >= 1 ? k * C + t : -1;
    return loser;
  }

  private key(c: number, extra: number): number {
    return extra * this.companyCount + this.turn[c]!;
  }
}
