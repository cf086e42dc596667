// The generated tables stay true: what BENCHMARKS.md and RELIABILITY.md hold between their
// markers is exactly what bench/summary.ts makes of the committed results files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ms, num, readSummaries, renderSummary, replaceBetweenMarkers } from './summary.ts';

const root = path.resolve(import.meta.dirname, '..');
const between = (file: string, name: string) => {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return text.slice(text.indexOf(`<!-- ${name}:start -->`) + `<!-- ${name}:start -->`.length + 1, text.indexOf(`<!-- ${name}:end -->`) - 1);
};

describe('the benchmark summary', () => {
  it('is what BENCHMARKS.md and RELIABILITY.md hold (run `npm run bench:summary` after changing a results file)', () => {
    const summaries = readSummaries();
    expect(summaries.map((s) => s.name)).toEqual(['startup', 'sign-in', 'import', 'scheduling', 'matching', 'housing', 'reports', 'load']);
    expect(between('BENCHMARKS.md', 'summary')).toBe(summaries.map(renderSummary).join('\n\n'));
    expect(between('RELIABILITY.md', 'load')).toBe(renderSummary(summaries.find((s) => s.name === 'load')!));
  });

  it('judges a target from the figure, and shows a figure a file lacks as a dash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-summary-'));
    fs.writeFileSync(path.join(dir, 'startup.json'), JSON.stringify({ date: '2026-12-07T00:00:00Z', commit: 'abc1234', firstStartMs: { median: 16_000 }, restartMs: { median: 1_200 } }));
    const [startup] = readSummaries(dir);
    expect(startup!.rows.map((r) => [r.value, r.met])).toEqual([
      ['16.0 s', false],
      ['1.20 s', true],
      ['—', null],
    ]);
    expect(renderSummary(startup!)).toContain('| first start on an empty data folder (initdb, migrations, demo data) | ≤ 15.0 s | 16.0 s | **missed** |');
    fs.rmSync(dir, { recursive: true });
  });

  it('reads numbers only, and formats milliseconds and seconds', () => {
    expect(num({ a: { b: 3 } }, 'a', 'b')).toBe(3);
    expect(num({ a: { b: '3' } }, 'a', 'b')).toBeUndefined();
    expect(num({ a: null }, 'a', 'b')).toBeUndefined();
    expect([ms(0.0967), ms(3.189), ms(87.03), ms(758.4), ms(2745.5)]).toEqual(['0.097 ms', '3.19 ms', '87.0 ms', '758 ms', '2.75 s']);
  });

  it('replaces only what lies between the markers, and says when they are missing', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-summary-')), 'doc.md');
    fs.writeFileSync(file, 'before\n<!-- t:start -->\nold\n<!-- t:end -->\nafter\n');
    expect(replaceBetweenMarkers(file, 't', 'new')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('before\n<!-- t:start -->\nnew\n<!-- t:end -->\nafter\n');
    expect(replaceBetweenMarkers(file, 'other', 'x')).toBe(false);
  });
});
