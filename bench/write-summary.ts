// `npm run bench:summary` (and the end of `npm run bench`): rewrites the generated tables of
// BENCHMARKS.md (every benchmark's headline figures) and RELIABILITY.md (the load table) from
// bench/results/*.json.
import path from 'node:path';
import { readSummaries, renderSummary, replaceBetweenMarkers } from './summary.ts';

const root = path.resolve(import.meta.dirname, '..');
const summaries = readSummaries();
const written = [
  replaceBetweenMarkers(path.join(root, 'BENCHMARKS.md'), 'summary', summaries.map(renderSummary).join('\n\n')),
  replaceBetweenMarkers(path.join(root, 'RELIABILITY.md'), 'load', summaries.filter((s) => s.name === 'load').map(renderSummary).join('\n\n')),
];
if (written.includes(false)) {
  console.error('BENCHMARKS.md or RELIABILITY.md lost its <!-- summary/load:start --> … <!-- :end --> markers');
  process.exit(1);
}
console.log(`BENCHMARKS.md and RELIABILITY.md: tables of ${summaries.map((s) => s.name).join(', ')} written`);
