// The headline figures of every benchmark, read from bench/results/*.json: what `npm run bench`
// writes into BENCHMARKS.md (the summary at its top) and RELIABILITY.md (the load table), so the
// tables never drift from the files they quote. One function per benchmark knows its file's
// shape and the targets of its issue; a figure a file does not hold shows as "—".
import fs from 'node:fs';
import path from 'node:path';

export type SummaryRow = { measure: string; target: string; value: string; met: boolean | null };
export type Summary = { name: string; title: string; command: string; measured: string; rows: SummaryRow[] };
type Result = Record<string, unknown>;

const RESULTS = path.resolve(import.meta.dirname, 'results');

/** The value at a path of keys, if it is a number. */
export function num(result: unknown, ...keys: string[]): number | undefined {
  let at: unknown = result;
  for (const key of keys) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

const digits = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(2));
export const ms = (n: number | undefined) => (n === undefined ? '—' : n >= 1000 ? `${digits(n / 1000)} s` : `${digits(n)} ms`);
const plain = (n: number | undefined, unit = '') => (n === undefined ? '—' : `${digits(n)}${unit}`);
const ratio = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(2)}×`);
const grouped = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US'));

/** A row whose target is "at most `limit`" of the same unit as `value`. */
function atMost(measure: string, value: number | undefined, limit: number, show: (n: number | undefined) => string): SummaryRow {
  return { measure, target: `≤ ${show(limit)}`, value: show(value), met: value === undefined ? null : value <= limit };
}
const info = (measure: string, value: string): SummaryRow => ({ measure, target: '', value, met: null });

function measuredLine(result: Result): string {
  const m = result.machine as { cpus?: number; cpuModel?: string; memoryGiB?: number; node?: string } | undefined;
  const date = typeof result.date === 'string' ? result.date.slice(0, 16).replace('T', ' ') : '?';
  const machine = m ? `${m.cpus} vCPU ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}` : 'machine not recorded';
  return `${date} UTC, commit ${String(result.commit ?? '?')}, ${machine}${result.quick ? ' — QUICK run (shortened phases)' : ''}`;
}

const startup = (r: Result): SummaryRow[] => [
  atMost('first start on an empty data folder (initdb, migrations, demo data)', num(r, 'firstStartMs', 'median'), 15_000, ms),
  atMost('restart on existing data', num(r, 'restartMs', 'median'), 5_000, ms),
  atMost('shutdown on SIGTERM', num(r, 'shutdownMs', 'median'), 10_000, ms),
];

const signIn = (r: Result): SummaryRow[] => [
  info('correct sign-in (argon2id), median', ms(num(r, 'signInMs', 'median'))),
  info('`GET /api/programs/:id` as staff, median / p99', `${ms(num(r, 'programDetailMs', 'median'))} / ${ms(num(r, 'programDetailMs', 'p99'))}`),
  info('row-level-security scope switching: two people in turn ÷ one person (median)', ratio(num(r, 'alternatingOverSamePerson', 'median'))),
  info('25 concurrent wrong passwords: all answered', ms(num(r, 'flood', 'allAnsweredMs'))),
];

function importRows(r: Result): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const [key, label] of [['csv-utf8', 'CSV UTF-8'], ['csv-cp932', 'CSV Shift_JIS'], ['xlsx', 'XLSX']] as const) {
    rows.push(atMost(`10,000 rows, ${label}: parse + validate`, num(r, key, 'totalMs', 'median'), 5_000, ms));
    const peak = num(r, key, 'rssPeakMiB', 'median');
    rows.push(atMost(`10,000 rows, ${label}: process RSS peak`, peak === undefined ? undefined : (peak * 2 ** 20) / 1e6, 200, (n) => plain(n, ' MB')));
  }
  return rows;
}

function schedulingRows(r: Result): SummaryRow[] {
  const medians = (...at: string[]) => (key: string) => num(r, ...at, 'medians', key);
  const typical = medians('typical');
  const k100 = medians('national', 'at100k');
  const m2 = medians('national', 'at2m');
  const plainOver = (get: (k: string) => number | undefined) => {
    const a = get('colorByAlternatingPaths (plain)');
    const b = get('colorBipartiteEdges');
    return a !== undefined && b !== undefined ? a / b : undefined;
  };
  return [
    atMost('typical fair (3,500 interviews): `solveFair(compileFair)`', typical('solveFair(compileFair)'), 2, ms),
    info('typical fair without the idle-gap pass', ms(typical('solveFair, gapEffort 0'))),
    atMost('100,000 interviews: `solveFair(compileFair)`', k100('solveFair(compileFair)'), 50, ms),
    info('100,000: the colouring alone; plain alternating paths ÷ it', `${ms(k100('colorBipartiteEdges'))}; ${ratio(plainOver(k100))}`),
    atMost('2,000,000 interviews: `solveFair` on the compiled fair (the solve)', m2('solveFair'), 500, ms),
    info('2,000,000: `compileFair` (ids to indexes); both in one run', `${ms(m2('compileFair'))}; ${ms(m2('solveFair(compileFair)'))}`),
    atMost('2,000,000: the colouring alone', m2('colorBipartiteEdges'), 500, ms),
    info('2,000,000: plain alternating paths ÷ the colouring', ratio(plainOver(m2))),
    atMost('the CLI on 100,000 interviews, spawn to exit', num(r, 'national', 'cli', 'schedule', 'wallMs'), 1_000, ms),
  ];
}

function matchingRows(r: Result): SummaryRow[] {
  const national = (key: string) => num(r, 'national', 'full', 'medians', key);
  const nrmp = (key: string) => num(r, 'nrmp', 'full', 'medians', key);
  const capRatio = (size: string, market: string, cap: string) => num(r, size, market, 'caps', cap, 'ratioToPlain');
  const worstCapRatio = Math.max(...['full', 'ranked70'].flatMap((m) => ['80 %', '95 %'].map((c) => capRatio('nrmp', m, c) ?? capRatio('national', m, c) ?? -1)));
  return [
    atMost('national (100,000 × 10,000, lists of 20): `deferredAcceptance`', national('deferredAcceptance (solve)'), 40, ms),
    atMost('national: the stability certificate', national('checkMatching (certificate)'), 20, ms),
    info('national: textbook deferred acceptance ÷ ours', ratio(num(r, 'national', 'full', 'textbookToSolve'))),
    atMost('national: peak RSS solving from typed arrays', num(r, 'national', 'memory', 'typed', 'maxRssMiB'), 150, (n) => plain(n, ' MiB')),
    atMost('national: the CLI, spawn to exit (the issue asks for "well under" 1 s)', num(r, 'national', 'cli', 'match', 'wallMs'), 1_000, ms),
    atMost('NRMP-sized (50,000 × 6,500, lists of 12): `deferredAcceptance`', nrmp('deferredAcceptance (solve)'), 15, ms),
    atMost('NRMP-sized with the program-wide cap (80 %, 95 %; all ranks, 70 % ranked): worst ratio to plain', worstCapRatio < 0 ? undefined : worstCapRatio, 3, ratio),
    atMost('NRMP-sized end to end, list rows → result rows (`roundMarket`, solve, certificate)', num(r, 'nrmp', 'fromRows', 'medians', 'list rows → result rows (the app)'), 100, ms),
  ];
}

const housingRows = (r: Result): SummaryRow[] => [
  info('Hitachi (8 interns, 8 flats): `allocateHousing`', ms(num(r, 'allocation', 'hitachi', 'medianMs', 'allocateHousing'))),
  info('national shape: `allocateHousing`', ms(num(r, 'allocation', 'national', 'medianMs', 'allocateHousing'))),
  info('200 people booking one bed at once: wall time; exactly one wins every round', `${ms(num(r, 'database', 'concurrent', 'wallMs', 'median'))}; ${String(((r.database as Result | undefined)?.concurrent as Result | undefined)?.exactlyOneWonEveryRound)}`),
  info('one booking through the API, median / p99', `${ms(num(r, 'database', 'sequential', 'bookingMs', 'median'))} / ${ms(num(r, 'database', 'sequential', 'bookingMs', 'p99'))}`),
];

const reportsRows = (r: Result): SummaryRow[] => [
  info('world', `${grouped(num(r, 'world', 'applications'))} students, ${grouped(num(r, 'world', 'transitions'))} moves, ${grouped(num(r, 'world', 'operators'))} operators × ${grouped(num(r, 'world', 'years'))} years`),
  ...['funnel', 'years', 'regions', 'exportXlsx', 'funnelAsFunder', 'yearsAsFunder'].map((k) => atMost(`${k}: p99 of ${grouped(num(r, 'requests'))} requests`, num(r, 'figures', k, 'p99'), 200, ms)),
];

/** The load targets of issue 10, as load.bench.ts judged them (its file holds the figures and the verdicts). */
function loadRows(r: Result): SummaryRow[] {
  const saturation = (...at: string[]) => num(r, ...at, 'medianOk2xxPerS') ?? num(r, ...at, 'best', 'ok2xxPerS');
  const rows: SummaryRow[] = [
    info('saturation, operator mix (70 % program-page reads, 20 % lists, 10 % writes), embedded PostgreSQL 18', plain(saturation('embedded', 'saturation', 'app'), ' req/s')),
    info('… a bare Fastify + `pg` server replaying the same statements, in turn with it', plain(saturation('embedded', 'saturation', 'bare'), ' req/s')),
    info('framework overhead: app ÷ bare (median of the rounds\' ratios)', ratio(num(r, 'embedded', 'saturation', 'appOverBare'))),
    info('saturation, external PostgreSQL 15', plain(saturation('external', 'saturation'), ' req/s')),
  ];
  type Check = { measure?: string; target: string; value: string; ok: boolean };
  for (const c of (r.targets as Check[] | undefined) ?? []) rows.push(c.measure === undefined ? { measure: c.target, target: '', value: c.value, met: c.ok } : { measure: c.measure, target: c.target, value: c.value, met: c.ok });
  // The external server's soak is shorter (load.bench.ts: EXTERNAL_SOAK_SECONDS); judged by the same targets.
  const soakS = num(r, 'external', 'soak', 'run', 'durationS');
  if (soakS !== undefined) {
    const at = (...keys: string[]) => num(r, 'external', 'soak', ...keys);
    rows.push(atMost(`external PostgreSQL 15: soak at 100 req/s for ${soakS} s: p50`, at('run', 'latencyMs', 'p50'), 50, ms));
    rows.push(atMost('external PostgreSQL 15: soak: p99', at('run', 'latencyMs', 'p99'), 300, ms));
    rows.push(atMost('external PostgreSQL 15: soak: event-loop delay p99', at('eventLoopDelayMs', 'p99OfSecondlyP99'), 100, ms));
    rows.push({ measure: 'external PostgreSQL 15: soak: 5xx', target: 'none', value: grouped(at('run', 'status5xx')), met: at('run', 'status5xx') === 0 });
  }
  return rows;
}

const SECTIONS: Array<{ name: string; title: string; rows: (r: Result) => SummaryRow[] }> = [
  { name: 'startup', title: 'Start-up and shutdown (issue 2)', rows: startup },
  { name: 'sign-in', title: 'Sign-in and access control (issue 3)', rows: signIn },
  { name: 'import', title: 'Bulk import (issue 4)', rows: importRows },
  { name: 'scheduling', title: 'Interview-fair scheduler (issue 5)', rows: schedulingRows },
  { name: 'matching', title: 'Stable matching (issue 6)', rows: matchingRows },
  { name: 'housing', title: 'Housing (issue 7)', rows: housingRows },
  { name: 'reports', title: 'Reports (issue 9)', rows: reportsRows },
  { name: 'load', title: 'Load (issue 10)', rows: loadRows },
];

export function readSummaries(dir = RESULTS): Summary[] {
  const out: Summary[] = [];
  for (const section of SECTIONS) {
    const file = path.join(dir, `${section.name}.json`);
    if (!fs.existsSync(file)) continue;
    const result = JSON.parse(fs.readFileSync(file, 'utf8')) as Result;
    out.push({ name: section.name, title: section.title, command: `npm run bench -- ${section.name}`, measured: measuredLine(result), rows: section.rows(result) });
  }
  return out;
}

const verdict = (met: boolean | null) => (met === null ? '' : met ? 'met' : '**missed**');
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderSummary(summary: Summary): string {
  const lines = [`### ${summary.title}`, '', `\`${summary.command}\` → \`bench/results/${summary.name}.json\`; ${summary.measured}.`, '', '| measure | target | measured (median) | |', '|---|---|---|---|'];
  for (const row of summary.rows) lines.push(`| ${cell(row.measure)} | ${cell(row.target)} | ${cell(row.value)} | ${verdict(row.met)} |`);
  return lines.join('\n');
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` in a file; false when the markers are missing. */
export function replaceBetweenMarkers(file: string, name: string, body: string): boolean {
  const text = fs.readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return false;
  fs.writeFileSync(file, `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`);
  return true;
}
