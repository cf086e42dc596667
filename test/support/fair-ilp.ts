// The interview fair as an integer program, solved by HiGHS (the `highs` package, WebAssembly):
// the exact reference the scheduler is compared with on small fairs. Lexicographic aims in one
// objective: maximise (T + 1)·placed − makespan, so one more interview outweighs any makespan.
//   x[e,t] ∈ {0,1} for slots t where interview e's student and company are both free
//   Σ_t x[e,t] ≤ 1                      each interview at most once
//   Σ_{e of s} x[e,t] ≤ 1               a student in one interview per slot
//   Σ_{e of c} x[e,t] ≤ rooms(c)        a company in at most its rooms
//   Σ_{e needs interpreter} x[e,t] ≤ I_t
//   M ≥ (t + 1)·x[e,t]                  makespan
// Pins are not modelled (the comparison uses fairs without them).
import loadHighs from 'highs';
import type { FairInstance } from '../../src/domain/scheduling/fair-instance.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | null = null;

export function fairToLp(instance: FairInstance): string {
  const T = instance.slots;
  const blocked = (list: readonly { id: string; unavailable?: readonly number[] }[]) => new Map(list.map((p) => [p.id, new Set(p.unavailable ?? [])]));
  const studentBlocked = blocked(instance.students);
  const companyBlocked = blocked(instance.companies);
  const vars: { name: string; e: number; t: number }[] = [];
  instance.interviews.forEach(({ student, company }, e) => {
    for (let t = 0; t < T; t++) if (!studentBlocked.get(student)!.has(t) && !companyBlocked.get(company)!.has(t)) vars.push({ name: `x_${e}_${t}`, e, t });
  });
  const rows: string[] = [];
  const group = (key: (v: (typeof vars)[number]) => string | null, bound: (k: string) => number, prefix: string) => {
    const groups = new Map<string, string[]>();
    for (const v of vars) {
      const k = key(v);
      if (k === null) continue;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(v.name);
    }
    let i = 0;
    for (const [k, names] of groups) rows.push(` ${prefix}${i++}: ${names.join(' + ')} <= ${bound(k)}`);
  };
  const rooms = new Map(instance.companies.map((c) => [c.id, c.rooms]));
  const interpretersAt = (t: number) => (typeof instance.interpreters === 'number' ? instance.interpreters : instance.interpreters![t]!);
  group((v) => `${v.e}`, () => 1, 'once');
  group((v) => JSON.stringify([instance.interviews[v.e]!.student, v.t]), () => 1, 'student');
  group((v) => JSON.stringify([instance.interviews[v.e]!.company, v.t]), (k) => rooms.get(JSON.parse(k)[0])!, 'company');
  if (instance.interpreters !== undefined) group((v) => (instance.interviews[v.e]!.interpreter ? `${v.t}` : null), (k) => interpretersAt(Number(k)), 'interpreters');
  vars.forEach((v, i) => rows.push(` makespan${i}: M - ${v.t + 1} ${v.name} >= 0`));
  const objective = vars.length > 0 ? `${vars.map((v) => `${T + 1} ${v.name}`).join(' + ')} - M` : '0 M';
  return ['Maximize', ` obj: ${objective}`, 'Subject To', ...(rows.length > 0 ? rows : [' none: M >= 0']), 'Bounds', ` 0 <= M <= ${T}`, 'Binaries', ...vars.map((v) => ` ${v.name}`), 'End'].join('\n');
}

/** The most interviews that can be placed and the fewest slots that hold that many, proved by HiGHS. */
export async function solveFairByIlp(instance: FairInstance): Promise<{ placed: number; makespan: number }> {
  highs ??= loadHighs();
  const solver = await highs;
  const result = solver.solve(fairToLp(instance), { output_flag: false, mip_rel_gap: 0 });
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  let placed = 0;
  for (const [name, column] of Object.entries(result.Columns)) if (name.startsWith('x_') && Math.round(column.Primal) === 1) placed++;
  return { placed, makespan: Math.round(result.Columns['M']?.Primal ?? 0) };
}
