// Plain, slow references for the matching, written from the definitions with maps and arrays of
// ids, sharing nothing with src/domain/matching: the textbook deferred acceptance (also the
// benchmark's baseline), Kamada and Kojima's flexible deferred acceptance run in rounds, a
// definition-based stability test, and brute force over every matching of a small market.
import fc from 'fast-check';
import { defaultCapSharing, type MatchingInstance } from '../../src/domain/matching/matching-instance.ts';

export type IdMatching = Map<string, string>; // student id → company id

function rankTables(instance: MatchingInstance) {
  const companyRank = new Map(instance.companies.map((c) => [c.id, new Map(c.ranking.map((s, i) => [s, i]))]));
  const studentRank = new Map(instance.students.map((s) => [s.id, new Map(s.ranking.map((c, i) => [c, i]))]));
  const acceptable = (s: string, c: string) => studentRank.get(s)!.has(c) && companyRank.get(c)!.has(s);
  return { companyRank, studentRank, acceptable };
}

/**
 * Flexible deferred acceptance in rounds, as in Kamada and Kojima (2015): every free student
 * proposes to their next acceptable company; then each company takes its best applicants up to its
 * target, and the seats left under the cap go one at a time to companies in the round-robin order;
 * everyone else is rejected. Without a cap it is the textbook simultaneous deferred acceptance.
 */
export function flexibleDeferredAcceptanceInRounds(instance: MatchingInstance): IdMatching {
  const { companyRank, acceptable } = rankTables(instance);
  const cap = instance.totalCap ?? Infinity;
  const sharing = instance.totalCap === undefined ? defaultCapSharing(instance.companies) : instance.capSharing!;
  const capacity = new Map(instance.companies.map((c) => [c.id, c.capacity]));
  const next = new Map(instance.students.map((s) => [s.id, 0]));
  let held = new Map<string, string[]>(instance.companies.map((c) => [c.id, []]));
  const assigned = new Set<string>();
  for (;;) {
    const applicants = new Map([...held].map(([c, list]) => [c, [...list]]));
    let proposed = false;
    for (const s of instance.students) {
      if (assigned.has(s.id)) continue;
      let k = next.get(s.id)!;
      while (k < s.ranking.length && !acceptable(s.id, s.ranking[k]!)) k++;
      next.set(s.id, k + 1);
      if (k < s.ranking.length) {
        applicants.get(s.ranking[k]!)!.push(s.id);
        proposed = true;
      }
    }
    if (!proposed) break;
    for (const [c, list] of applicants) list.sort((a, b) => companyRank.get(c)!.get(a)! - companyRank.get(c)!.get(b)!);
    const taken = new Map([...applicants.keys()].map((c) => [c, Math.min(sharing.targets?.[c] ?? 0, applicants.get(c)!.length)]));
    let left = cap - [...taken.values()].reduce((a, b) => a + b, 0);
    for (let progress = true; progress && left > 0; ) {
      progress = false;
      for (const c of sharing.order) {
        if (left > 0 && taken.get(c)! < Math.min(capacity.get(c)!, applicants.get(c)!.length)) {
          taken.set(c, taken.get(c)! + 1);
          left--;
          progress = true;
        }
      }
    }
    held = new Map([...applicants].map(([c, list]) => [c, list.slice(0, taken.get(c))]));
    assigned.clear();
    for (const list of held.values()) for (const s of list) assigned.add(s);
  }
  const out: IdMatching = new Map();
  for (const [c, list] of held) for (const s of list) out.set(s, c);
  return out;
}

/** Weak stability from its definition (plain stability without a cap), with capacities and the cap. */
export function isWeaklyStable(instance: MatchingInstance, matching: IdMatching): boolean {
  const { companyRank, studentRank, acceptable } = rankTables(instance);
  const members = new Map<string, string[]>(instance.companies.map((c) => [c.id, []]));
  for (const [s, c] of matching) {
    if (!acceptable(s, c)) return false;
    members.get(c)!.push(s);
  }
  if (matching.size > (instance.totalCap ?? Infinity)) return false;
  for (const c of instance.companies) if (members.get(c.id)!.length > c.capacity) return false;
  for (const s of instance.students) {
    const mine = matching.get(s.id);
    for (const c of s.ranking) {
      if (mine !== undefined && studentRank.get(s.id)!.get(c)! >= studentRank.get(s.id)!.get(mine)!) break;
      if (!acceptable(s.id, c)) continue;
      const r = companyRank.get(c)!.get(s.id)!;
      if (members.get(c)!.some((t) => companyRank.get(c)!.get(t)! > r)) return false;
      const capacity = instance.companies.find((x) => x.id === c)!.capacity;
      if (members.get(c)!.length < capacity && matching.size < (instance.totalCap ?? Infinity)) return false;
    }
  }
  return true;
}

/** Every matching within capacities and the cap (mutually acceptable pairs only) of a tiny market. */
export function* allMatchings(instance: MatchingInstance): Generator<IdMatching> {
  const { acceptable } = rankTables(instance);
  const options = instance.students.map((s) => [undefined, ...s.ranking.filter((c) => acceptable(s.id, c))]);
  const load = new Map(instance.companies.map((c) => [c.id, 0]));
  const capacity = new Map(instance.companies.map((c) => [c.id, c.capacity]));
  const current: IdMatching = new Map();
  function* extend(i: number): Generator<IdMatching> {
    if (i === instance.students.length) {
      if (current.size <= (instance.totalCap ?? Infinity)) yield new Map(current);
      return;
    }
    for (const c of options[i]!) {
      if (c === undefined) yield* extend(i + 1);
      else if (load.get(c)! < capacity.get(c)!) {
        load.set(c, load.get(c)! + 1);
        current.set(instance.students[i]!.id, c);
        yield* extend(i + 1);
        current.delete(instance.students[i]!.id);
        load.set(c, load.get(c)! - 1);
      }
    }
  }
  yield* extend(0);
}

/** Random markets (small enough for brute force by default), partial lists, optionally a cap with a sharing rule. */
export function smallMarket(withCap: boolean, size = { students: 6, companies: 4, seats: 3 }): fc.Arbitrary<MatchingInstance> {
  return fc.record({ students: fc.integer({ min: 0, max: size.students }), companies: fc.integer({ min: 0, max: size.companies }) }).chain(({ students, companies }) => {
    const sIds = Array.from({ length: students }, (_, i) => `s${i}`);
    const cIds = Array.from({ length: companies }, (_, i) => `c${i}`);
    const list = (ids: string[]) => fc.shuffledSubarray(ids).chain((sub) => fc.shuffledSubarray(sub, { minLength: sub.length, maxLength: sub.length }));
    return fc
      .record({
        students: fc.tuple(...sIds.map((id) => list(cIds).map((ranking) => ({ id, ranking })))),
        companies: fc.tuple(...cIds.map((id) => fc.record({ capacity: fc.integer({ min: 0, max: size.seats }), ranking: list(sIds) }).map((c) => ({ id, ...c })))),
        totalCap: withCap ? fc.integer({ min: 0, max: size.students }) : fc.constant(undefined),
        order: fc.shuffledSubarray(cIds, { minLength: cIds.length, maxLength: cIds.length }),
        targets: fc.array(fc.integer({ min: 0, max: size.seats }), { minLength: companies, maxLength: companies }),
      })
      .map(({ students, companies, totalCap, order, targets }) => {
        if (totalCap === undefined) return { students, companies } as MatchingInstance;
        const chosen: Record<string, number> = {};
        let sum = 0;
        companies.forEach((c, i) => {
          const t = Math.min(targets[i]!, c.capacity);
          if (sum + t <= totalCap && t > 0) {
            chosen[c.id] = t;
            sum += t;
          }
        });
        return { students, companies, totalCap, capSharing: { order, targets: chosen } };
      });
  });
}
