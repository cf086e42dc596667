import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatch } from './match-command.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-match-'));
const EXAMPLE = {
  students: [
    { id: 's1', ranking: ['c2', 'c1'] },
    { id: 's2', ranking: ['c1'] },
    { id: 's3', ranking: ['c1', 'c2'], note: 'ignored' },
  ],
  companies: [
    { id: 'c1', capacity: 2, ranking: ['s3', 's1'] },
    { id: 'c2', capacity: 1, ranking: ['s3'] },
  ],
  totalCap: 8,
};

function run(input: unknown): { code: number; stdout: string; stderr: string } {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } } as unknown as Parameters<typeof runMatch>[1];
  const code = runMatch([file], io);
  return { code, stdout, stderr };
}

describe('kakehashi match', () => {
  it('prints the matches, the unmatched and the explanations of the issue’s example', () => {
    const { code, stdout, stderr } = run(EXAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      matches: [
        { student: 's1', company: 'c1' },
        { student: 's3', company: 'c1' },
      ],
      unmatched: ['s2'],
      explanations: {
        students: {
          s1: { choice: 2, notHigher: [{ company: 'c2', reason: 'companyDidNotRankYou' }] },
          s2: { choice: null, notHigher: [{ company: 'c1', reason: 'companyDidNotRankYou' }] },
          s3: { choice: 1, notHigher: [] },
        },
        companies: {
          c1: { filled: 2, capacity: 2, cutoff: { rank: 2, student: 's1' }, unfilledReason: null },
          c2: { filled: 0, capacity: 1, cutoff: null, unfilledReason: 'noMoreApplicants' },
        },
      },
    });
  });

  it('shares a cap by company id order when the input gives no rule', () => {
    const students = ['a', 'b', 'c'].map((id) => ({ id, ranking: ['y', 'x'] }));
    const companies = ['y', 'x'].map((id) => ({ id, capacity: 2, ranking: ['a', 'b', 'c'] }));
    const out = JSON.parse(run({ students, companies, totalCap: 1 }).stdout) as { matches: unknown[]; explanations: { companies: Record<string, { unfilledReason: string }> } };
    // x comes first in the round-robin, so once everyone has applied to x too, the one flat goes to
    // x and x takes its best applicant, a.
    expect(out.matches).toEqual([{ student: 'a', company: 'x' }]);
    expect(out.explanations.companies.y!.unfilledReason).toBe('programCapReached');
  });

  it('names each bad input on stderr and exits with 2', () => {
    expect(run('{"students": [').stderr).toMatch(/^kakehashi match: malformed JSON/);
    const bad = run({
      students: [
        { id: 's1', ranking: ['c1', 'c1', 'c9'] },
        { id: 's1', ranking: [] },
      ],
      companies: [{ id: 'c1', capacity: -2, ranking: ['s4'] }],
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n').filter(Boolean)).toEqual([
      'kakehashi match: students[1].id: this id is used twice ("s1")',
      'kakehashi match: companies[0].capacity: must be a whole number, 0 or more (-2)',
      'kakehashi match: students[0].ranking[1]: is already on this list (lists have no ties or repeats) ("c1")',
      'kakehashi match: students[0].ranking[2]: no company has this id ("c9")',
      'kakehashi match: companies[0].ranking[0]: no student has this id ("s4")',
    ]);
    expect(run({ students: [{ id: 's1' }], companies: [] }).stderr).toMatch(/students\[0\]\.ranking: /);
    expect(run({ students: [], companies: [] }).code).toBe(0);
  });

  it('runs as `npx kakehashi match -` reading standard input', () => {
    const result = spawnSync(process.execPath, ['bin/kakehashi.mjs', 'match', '-'], { input: JSON.stringify(EXAMPLE), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { unmatched: string[] }).unmatched).toEqual(['s2']);
  });
});
