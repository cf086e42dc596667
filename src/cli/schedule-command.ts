// `kakehashi schedule FILE.json` (or `-` for standard input): schedules an interview fair given as
// JSON and prints the schedule as JSON on stdout. Bad input — malformed JSON, a wrong shape, an
// unknown id, a duplicate interview, a slot out of range — is reported on stderr, one line per
// problem, with exit code 2. `--timing` adds the time spent reading, solving and writing on stderr.
import fs from 'node:fs';
import { z } from 'zod';
import { validateFairInstance, type FairInstance, type InstanceProblem } from '../domain/scheduling/fair-instance.ts';
import { compileFair } from '../domain/scheduling/compiled-fair.ts';
import { idleGaps } from '../domain/scheduling/idle-gaps.ts';
import { UNSCHEDULED_REASONS } from '../domain/scheduling/fair-schedule.ts';
import { solveFair } from '../domain/scheduling/schedule-fair.ts';

const slot = z.number().int();
const inputSchema = z.strictObject({
  slots: z.number().int(),
  interpreters: z.union([z.number().int(), z.array(z.number().int())]).optional(),
  slotDays: z.array(z.number().int()).optional(),
  companies: z.array(z.strictObject({ id: z.string().min(1), rooms: z.number().int().default(1), unavailable: z.array(slot).optional() })),
  students: z.array(z.strictObject({ id: z.string().min(1), unavailable: z.array(slot).optional() })),
  interviews: z.array(
    z.strictObject({
      student: z.string(),
      company: z.string(),
      interpreter: z.boolean().optional(),
      pinned: z.strictObject({ slot, room: z.number().int().default(0) }).optional(),
    }),
  ),
});

const PROBLEM_TEXT: Record<InstanceProblem['code'], string> = {
  'scheduling.slotsInvalid': 'must be a whole number from 1 to 2000',
  'scheduling.interpretersInvalid': 'must be a count of 0 or more, or one such count per slot',
  'scheduling.slotDaysInvalid': 'must give one day number per slot, never decreasing',
  'scheduling.duplicateId': 'this id is used twice',
  'scheduling.roomsInvalid': 'must be a whole number from 1 to 1000',
  'scheduling.slotOutOfRange': 'is not a slot of this fair (slots are numbered from 0)',
  'scheduling.unknownStudent': 'no student has this id',
  'scheduling.unknownCompany': 'no company has this id',
  'scheduling.duplicateInterview': 'the same student and company are listed twice',
  'scheduling.roomOutOfRange': "is not one of the company's rooms (numbered from 0)",
};

export class ScheduleInputError extends Error {}

/** The instance in `text`, or a ScheduleInputError listing every problem. */
export function parseFairInput(text: string): FairInstance {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScheduleInputError(`malformed JSON: ${(error as Error).message}`);
  }
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) {
    throw new ScheduleInputError(parsed.error.issues.map((i) => `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)'}: ${i.message}`).join('\n'));
  }
  const instance = parsed.data as FairInstance;
  const problems = validateFairInstance(instance);
  if (problems.length > 0) throw new ScheduleInputError(problems.map((p) => `${p.path}: ${PROBLEM_TEXT[p.code]}${p.value === undefined ? '' : ` (${JSON.stringify(p.value)})`}`).join('\n'));
  return instance;
}

export function runSchedule(args: string[], io = { stdout: process.stdout, stderr: process.stderr }): number {
  const timing = args.includes('--timing');
  const files = args.filter((a) => a !== '--timing');
  if (files.length !== 1) {
    io.stderr.write('Usage: kakehashi schedule FILE.json [--timing]   (FILE may be - for standard input)\n');
    return 2;
  }
  const t0 = performance.now();
  let instance: FairInstance;
  try {
    instance = parseFairInput(fs.readFileSync(files[0] === '-' ? 0 : files[0]!, 'utf8'));
  } catch (error) {
    if (error instanceof ScheduleInputError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      for (const line of (error as Error).message.split('\n')) io.stderr.write(`kakehashi schedule: ${line}\n`);
      return 2;
    }
    throw error;
  }
  const t1 = performance.now();
  const fair = compileFair(instance);
  const result = solveFair(fair);
  const t2 = performance.now();
  const schedule: { student: string; company: string; slot: number; room: number }[] = [];
  const unscheduled: { student: string; company: string; reason: string }[] = [];
  instance.interviews.forEach(({ student, company }, e) => {
    if (result.reason[e] === -1) schedule.push({ student, company, slot: result.slot[e]!, room: result.room[e]! });
    else unscheduled.push({ student, company, reason: UNSCHEDULED_REASONS[result.reason[e]!]! });
  });
  const { makespan, lowerBound, optimality } = result;
  io.stdout.write(`${JSON.stringify({ schedule, unscheduled, makespan, lowerBound, idleGaps: idleGaps(fair, result.slot), optimality })}\n`);
  if (timing) {
    const t3 = performance.now();
    io.stderr.write(`read ${(t1 - t0).toFixed(1)} ms, solve ${(t2 - t1).toFixed(1)} ms, write ${(t3 - t2).toFixed(1)} ms\n`);
  }
  return 0;
}
