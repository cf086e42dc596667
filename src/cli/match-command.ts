// `kakehashi match FILE.json` (or `-` for standard input): matches students to host companies by
// deferred acceptance and prints the result as JSON on stdout. Bad input — malformed JSON, a wrong
// shape, unknown or duplicate ids, a repeated list entry, a negative capacity — is reported on
// stderr, one line per problem, with exit code 2. `--timing` adds the time spent reading,
// solving and writing on stderr. Fields the command does not know are ignored.
import fs from 'node:fs';
import { z } from 'zod';
import { checkMatching } from '../domain/matching/check-matching.ts';
import { deferredAcceptance } from '../domain/matching/deferred-acceptance.ts';
import { explainMatching } from '../domain/matching/explain-matching.ts';
import { buildMarket, type Market } from '../domain/matching/market.ts';
import { defaultCapSharing, type MatchingInstance, type MatchingProblem } from '../domain/matching/matching-instance.ts';

const ranking = z.array(z.string());
const inputSchema = z.object({
  students: z.array(z.object({ id: z.string().min(1), ranking })),
  companies: z.array(z.object({ id: z.string().min(1), capacity: z.number(), ranking })),
  totalCap: z.number().optional(),
  capSharing: z.object({ order: z.array(z.string()), targets: z.record(z.string(), z.number()).optional() }).optional(),
});

const PROBLEM_TEXT: Record<MatchingProblem['code'], string> = {
  'matching.duplicateId': 'this id is used twice',
  'matching.unknownCompany': 'no company has this id',
  'matching.unknownStudent': 'no student has this id',
  'matching.duplicateEntry': 'is already on this list (lists have no ties or repeats)',
  'matching.capacityInvalid': 'must be a whole number, 0 or more',
  'matching.totalCapInvalid': 'must be a whole number, 0 or more',
  'matching.orderInvalid': 'must name every company once',
  'matching.targetInvalid': "must be a company id with a whole number from 0 to the company's capacity",
  'matching.targetsExceedCap': 'add up to more than totalCap',
};

export class MatchInputError extends Error {}

/** The instance in `text` (with the default cap sharing when a cap comes without one), or a MatchInputError listing every problem. */
export function parseMatchInput(text: string): { instance: MatchingInstance; market: Market } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MatchInputError(`malformed JSON: ${(error as Error).message}`);
  }
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) {
    throw new MatchInputError(parsed.error.issues.map((i) => `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)'}: ${i.message}`).join('\n'));
  }
  const data = parsed.data;
  const instance: MatchingInstance = data.totalCap === undefined ? { students: data.students, companies: data.companies } : { ...data, capSharing: data.capSharing ?? defaultCapSharing(data.companies) };
  const built = buildMarket(instance);
  if (built.problems) throw new MatchInputError(built.problems.map((p) => `${p.path}: ${PROBLEM_TEXT[p.code]}${p.value === undefined ? '' : ` (${JSON.stringify(p.value)})`}`).join('\n'));
  return { instance, market: built.market };
}

export function runMatch(args: string[], io = { stdout: process.stdout, stderr: process.stderr }): number {
  const timing = args.includes('--timing');
  const files = args.filter((a) => a !== '--timing');
  if (files.length !== 1) {
    io.stderr.write('Usage: kakehashi match FILE.json [--timing]   (FILE may be - for standard input)\n');
    return 2;
  }
  const t0 = performance.now();
  let input: ReturnType<typeof parseMatchInput>;
  try {
    input = parseMatchInput(fs.readFileSync(files[0] === '-' ? 0 : files[0]!, 'utf8'));
  } catch (error) {
    if (error instanceof MatchInputError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      for (const line of (error as Error).message.split('\n')) io.stderr.write(`kakehashi match: ${line}\n`);
      return 2;
    }
    throw error;
  }
  const { instance, market } = input;
  const t1 = performance.now();
  const { companyOf } = deferredAcceptance(market);
  const t2 = performance.now();
  const violations = checkMatching(market, companyOf);
  if (violations.length > 0) throw new Error(`the matching broke its guarantees: ${JSON.stringify(violations.slice(0, 5))}`);
  const t3 = performance.now();
  io.stdout.write(`${JSON.stringify(presentMatch(instance, market, companyOf))}\n`);
  if (timing) {
    const t4 = performance.now();
    io.stderr.write(`read ${(t1 - t0).toFixed(1)} ms, solve ${(t2 - t1).toFixed(1)} ms, check ${(t3 - t2).toFixed(1)} ms, write ${(t4 - t3).toFixed(1)} ms\n`);
  }
  return 0;
}

function presentMatch(instance: MatchingInstance, market: Market, companyOf: Int32Array) {
  const { students, companies } = instance;
  const explained = explainMatching(market, companyOf);
  const matches: { student: string; company: string }[] = [];
  const unmatched: string[] = [];
  companyOf.forEach((c, s) => (c === -1 ? unmatched.push(students[s]!.id) : matches.push({ student: students[s]!.id, company: companies[c]!.id })));
  const studentText: Record<string, unknown> = {};
  explained.students.forEach(({ choice, higher }, s) => {
    studentText[students[s]!.id] = { choice: choice === -1 ? null : choice + 1, notHigher: higher.map((h) => ({ company: companies[h.company]!.id, reason: h.reason })) };
  });
  const companyText: Record<string, unknown> = {};
  explained.companies.forEach(({ filled, capacity, cutoffRank, unfilledReason }, c) => {
    const cutoff = cutoffRank === -1 ? null : { rank: cutoffRank + 1, student: companies[c]!.ranking[cutoffRank] };
    companyText[companies[c]!.id] = { filled, capacity, cutoff, unfilledReason };
  });
  return { matches, unmatched, explanations: { students: studentText, companies: companyText } };
}
