// `npm run bench`: runs every bench/*.bench.ts in turn (one at a time: the machine is small
// and shared), leaves their figures in bench/results/*.json, then writes the summary tables of
// BENCHMARKS.md and RELIABILITY.md from those files (bench/write-summary.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: root, stdio: 'inherit' });
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', bench)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} benchmarks done, ${failed} failed; results in bench/results/`);
// The tables in BENCHMARKS.md and RELIABILITY.md are written from every results file, the new and the kept.
const summary = spawnSync(process.execPath, ['--import', 'tsx', 'bench/write-summary.ts'], { cwd: root, stdio: 'inherit' });
if (summary.status !== 0) failed++;
process.exit(failed ? 1 : 0);
