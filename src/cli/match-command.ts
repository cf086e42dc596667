// `kakehashi match FILE.json` (or `-` for standard input): matches students to host companies by
// deferred acceptance and prints the result as JSON on stdout. Bad input — malformed JSON, a wrong
// shape, unknown or duplicate ids, a repeated list entry, a negative capacity — is reported on
// stderr, one line per problem, with exit code 2. `--timing` adds the time spent reading,
// solving and writing on stderr. Fields the command does not know are ignored.
// A file in the plain case (match-input.ts says which) is read and written without an object per
// list entry (match-input.ts, match-output.ts), which keeps a national-scale run within 150 MB and
// well under a second; every other file takes the general path below (JSON.parse, zod,
// buildMarket), which names each problem. Both print the same bytes.
import fs from 'node:fs';
import { z } from 'zod';
import { checkMatching } from '../domain/matching/check-matching.ts';
import { deferredAcceptance } from '../domain/matching/deferred-acceptance.ts';
import { explainMatching } from '../domain/matching/explain-matching.ts';
import { assembleMarket, buildMarket, readCap, type Market } from '../domain/matching/market.ts';
import { defaultCapSharing, type MatchingInstance, type MatchingProblem } from '../domain/matching/matching-instance.ts';
import { readMatchInputLean, type LeanInstance } from './match-input.ts';
import { writeMatchLean } from './match-output.ts';

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

/** A market ready to solve, and how to print its result. */
export type MatchInput = { market: Market; print: (companyOf: Int32Array, write: (chunk: string | Uint8Array) => boolean) => void };

/** The lean path's market, or null when the general path must read the file (a problem, or not the plain case). */
export function leanInput(bytes: Uint8Array, inPlace: boolean): MatchInput | null {
  const lean = readMatchInputLean(bytes, { inPlace });
  if (lean === null) return null;
  let capSharing: MatchingInstance['capSharing'];
  if (lean.capSharingJson !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(lean.capSharingJson);
    } catch {
      return null;
    }
    const parsed = inputSchema.shape.capSharing.safeParse(json);
    if (!parsed.success) return null;
    capSharing = parsed.data;
  }
  const cap = lean.totalCap === undefined ? { totalCap: Infinity, capTurn: new Int32Array(lean.companies.count), capTarget: new Int32Array(lean.companies.count) } : leanCap(lean, capSharing);
  if (cap === null) return null;
  const { students, companies, totalCap: _totalCap, capSharingJson: _capSharingJson, ...lists } = lean;
  const market = assembleMarket({ ...lists, ...cap });
  return { market, print: (companyOf, write) => writeMatchLean(write, market, companyOf, { students, companies }) };
}

/** The cap as buildMarket reads it (the default sharing when none is given), or null on a problem. */
function leanCap(lean: LeanInstance, capSharing: MatchingInstance['capSharing']) {
  const { bytes, start, end, count } = lean.companies;
  const ids = Array.from({ length: count }, (_, c) => Buffer.from(bytes.buffer, bytes.byteOffset + start[c]!, end[c]! - start[c]!).toString('utf8'));
  const sharing = capSharing ?? defaultCapSharing(ids.map((id) => ({ id, capacity: 0, ranking: [] })));
  const problems: MatchingProblem[] = [];
  const cap = readCap({ totalCap: lean.totalCap, capSharing: sharing }, count, new Map(ids.map((id, c) => [id, c])), lean.capacity, problems);
  return problems.length === 0 ? cap : null;
}

/** The general path: every input, every problem named. */
export function generalInput(bytes: Uint8Array): MatchInput {
  const { instance, market } = parseMatchInput(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  return { market, print: (companyOf, write) => write(`${JSON.stringify(presentMatch(instance, market, companyOf))}\n`) };
}

export function runMatch(args: string[], io = { stdout: process.stdout, stderr: process.stderr }): number {
  const timing = args.includes('--timing');
  const files = args.filter((a) => a !== '--timing');
  if (files.length !== 1) {
    io.stderr.write('Usage: kakehashi match FILE.json [--timing]   (FILE may be - for standard input)\n');
    return 2;
  }
  const t0 = performance.now();
  let input: MatchInput;
  try {
    // A named file is read in place (see readMatchInputLean), and again for the general path; standard input once.
    const file = files[0] === '-' ? 0 : files[0]!;
    const bytes = fs.readFileSync(file);
    input = leanInput(bytes, file !== 0) ?? generalInput(file === 0 ? bytes : fs.readFileSync(file));
  } catch (error) {
    if (error instanceof MatchInputError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      for (const line of (error as Error).message.split('\n')) io.stderr.write(`kakehashi match: ${line}\n`);
      return 2;
    }
    throw error;
  }
  const { market } = input;
  const t1 = performance.now();
  const { companyOf } = deferredAcceptance(market);
  const t2 = performance.now();
  const violations = checkMatching(market, companyOf);
  if (violations.length > 0) throw new Error(`the matching broke its guarantees: ${JSON.stringify(violations.slice(0, 5))}`);
  const t3 = performance.now();
  // Written at once (a file or a pipe on Linux): the chunk's buffer can be reused.
  input.print(companyOf, (chunk) => io.stdout.write(chunk) && io.stdout.writableLength === 0);
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
