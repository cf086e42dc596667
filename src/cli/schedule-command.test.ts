import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFairSchedule } from '../domain/scheduling/check-schedule.ts';
import type { FairInstance } from '../domain/scheduling/fair-instance.ts';
import { runSchedule } from './schedule-command.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-schedule-'));
const EXAMPLE = {
  slots: 16,
  interpreters: 2,
  companies: [{ id: 'c1', rooms: 1, unavailable: [0, 1] }],
  students: [{ id: 's1', unavailable: [5] }],
  interviews: [{ student: 's1', company: 'c1', interpreter: true }],
};

function run(input: unknown): { code: number; stdout: string; stderr: string } {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } } as unknown as Parameters<typeof runSchedule>[1];
  const code = runSchedule([file], io);
  return { code, stdout, stderr };
}

describe('kakehashi schedule', () => {
  it('prints the schedule of the issue’s example as JSON', () => {
    const { code, stdout, stderr } = run(EXAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ schedule: [{ student: 's1', company: 'c1', slot: 2, room: 0 }], unscheduled: [], makespan: 3 });
  });

  it('names students and companies in what it leaves out, with the reason', () => {
    const { stdout } = run({ ...EXAMPLE, slots: 6, companies: [{ id: 'c1', rooms: 1, unavailable: [0, 1, 2, 3, 4] }] });
    expect(JSON.parse(stdout)).toMatchObject({ schedule: [], unscheduled: [{ student: 's1', company: 'c1', reason: 'noCommonFreeSlot' }], makespan: 0 });
  });

  it('gives a schedule the checker accepts for a fair of 44 interviews with rooms defaulting to 1', () => {
    const fair = {
      slots: 16,
      companies: ['A', 'B', 'C', 'D'].map((id) => ({ id })),
      students: Array.from({ length: 44 }, (_, i) => ({ id: `s${i}` })),
      interviews: Array.from({ length: 44 }, (_, i) => ({ student: `s${i}`, company: 'ABCD'[i % 4]! })),
    };
    const out = JSON.parse(run(fair).stdout) as { schedule: { student: string; company: string; slot: number; room: number }[]; makespan: number; idleGaps: number; lowerBound: number };
    const instance: FairInstance = { ...fair, companies: fair.companies.map((c) => ({ ...c, rooms: 1 })) };
    const index = new Map(fair.interviews.map((v, i) => [`${v.student}|${v.company}`, i]));
    const violations = checkFairSchedule(instance, {
      scheduled: out.schedule.map((s) => ({ interview: index.get(`${s.student}|${s.company}`)!, slot: s.slot, room: s.room })),
      unscheduled: [],
      makespan: out.makespan,
      lowerBound: out.lowerBound,
      idleGaps: out.idleGaps,
      optimality: 'proved',
      method: 'edgeColoring',
    });
    expect(violations).toEqual([]);
    expect(out.makespan).toBe(11);
  });

  it.each([
    ['malformed JSON', '{"slots": 16,', /malformed JSON/],
    ['an unknown student', { ...EXAMPLE, interviews: [{ student: 'nobody', company: 'c1' }] }, /interviews\[0\]\.student: no student has this id \("nobody"\)/],
    ['an unknown company', { ...EXAMPLE, interviews: [{ student: 's1', company: 'c9' }] }, /interviews\[0\]\.company: no company has this id \("c9"\)/],
    ['a duplicate interview', { ...EXAMPLE, interviews: [EXAMPLE.interviews[0], EXAMPLE.interviews[0]] }, /interviews\[1\]: the same student and company are listed twice/],
    ['a slot out of range', { ...EXAMPLE, students: [{ id: 's1', unavailable: [16] }] }, /students\[0\]\.unavailable\[0\]: is not a slot of this fair/],
    ['a field of the wrong type', { ...EXAMPLE, slots: '16' }, /slots: .*expected number/],
    ['an unknown field', { ...EXAMPLE, room: 3 }, /\(top level\): .*room/],
  ])('refuses %s with a message on stderr and exit code 2', (_what, input, message) => {
    const { code, stdout, stderr } = run(input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('runs as a process: JSON on stdout, exit 0; a missing file is exit 2', () => {
    const file = path.join(dir, 'example.json');
    fs.writeFileSync(file, JSON.stringify(EXAMPLE));
    const ok = spawnSync(process.execPath, ['bin/kakehashi.mjs', 'schedule', file], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).makespan).toBe(3);
    const missing = spawnSync(process.execPath, ['bin/kakehashi.mjs', 'schedule', path.join(dir, 'none.json')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  }, 30_000);
});
