// `npm test`: eslint (when configured), tsc --noEmit, then every Vitest project with a JSON
// report in test-results/vitest.json. Ends with two lines that CI reads:
//
//   duration: 123.4s
//   tests: N passed, M failed, K skipped
//
// Exits non-zero when any step fails, Vitest reports a failure, no test ran at all, or (with
// CI=true) any test was skipped: in CI nothing may be skipped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const started = process.hrtime.bigint();
const inCI = process.env.CI === 'true';
const REPORT = 'test-results/vitest.json';
const reportPath = path.join(root, REPORT);
const ESLINT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

const seconds = (fromNs) => Number(process.hrtime.bigint() - fromNs) / 1e9;
const problems = [];

/** Runs `npx --no -- <args>` with inherited stdio; resolves to a description of how it ended. */
let current = null;
function run(args) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no', '--', ...args], { cwd: root, stdio: 'inherit', env: process.env });
    current = child;
    child.on('error', (error) => {
      current = null;
      resolve({ ok: false, how: `could not start: ${error.message}` });
    });
    child.on('exit', (code, signal) => {
      current = null;
      if (signal) resolve({ ok: false, how: `killed by ${signal}` });
      else resolve({ ok: code === 0, how: `exit code ${code}` });
    });
  });
}

// Pass termination on to the running step (so Vitest can stop its servers) and then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nrun-tests: ${signal} received, stopping`);
    if (current) {
      current.kill(signal);
      current.on('exit', () => process.exit(signal === 'SIGINT' ? 130 : 143));
    } else process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

async function step(name, args) {
  console.log(`\n=== ${name}: ${args.join(' ')}`);
  const t0 = process.hrtime.bigint();
  const result = await run(args);
  const took = seconds(t0).toFixed(1);
  if (result.ok) console.log(`=== ${name}: ok (${took}s)`);
  else {
    console.log(`=== ${name}: FAILED, ${result.how} (${took}s)`);
    problems.push(`${name} failed (${result.how})`);
  }
  return result.ok;
}

const eslintConfig = ESLINT_CONFIGS.find((f) => fs.existsSync(path.join(root, f)));
if (eslintConfig) await step('eslint', ['eslint', '.']);
else console.log('\n=== eslint: skipped (no eslint.config.* at the repository root)');

await step('tsc', ['tsc', '--noEmit']);

// A report left over from an earlier run must never be read as this run's.
fs.rmSync(reportPath, { force: true });
fs.mkdirSync(path.dirname(reportPath), { recursive: true });
await step('vitest', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`]);

const summary = readReport();
if (summary) {
  const { passed, failed, skipped } = summary;
  if (failed > 0) problems.push(`${failed} test(s) failed:\n${summary.failedList.map((t) => `    ${t}`).join('\n')}`);
  if (summary.failedFiles.length > 0)
    problems.push(`${summary.failedFiles.length} test file(s) failed:\n${summary.failedFiles.map((f) => `    ${f}`).join('\n')}`);
  if (!summary.success && failed === 0 && summary.failedFiles.length === 0) problems.push('Vitest reports the run as unsuccessful');
  if (passed + failed === 0) problems.push('no test was executed');
  if (inCI && skipped > 0)
    problems.push(`CI=true and ${skipped} test(s) skipped (nothing may be skipped in CI):\n${summary.skippedList.map((t) => `    ${t}`).join('\n')}`);
  else if (skipped > 0) console.log(`\nrun-tests: ${skipped} test(s) skipped (this fails the run when CI=true):\n${summary.skippedList.map((t) => `    ${t}`).join('\n')}`);
}

console.log('');
for (const problem of problems) console.error(`run-tests: FAIL: ${problem}`);
if (problems.length === 0) console.log('run-tests: all steps passed');
console.log(`duration: ${seconds(started).toFixed(1)}s`);
if (summary) console.log(`tests: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exitCode = problems.length === 0 ? 0 : 1;

/**
 * Reads Vitest's JSON report. Counts come from the top-level fields; "skipped" is every test
 * that neither passed nor failed (skip, todo, and any that never finished), so nothing is
 * counted twice. Returns null (and records why) when the report is missing or malformed.
 */
function readReport() {
  if (!fs.existsSync(reportPath)) {
    problems.push(`${REPORT} is missing: Vitest did not write its JSON report (did it crash or fail to start?); test counts unknown`);
    return null;
  }
  let report;
  try {
    report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  } catch (error) {
    problems.push(`${REPORT} is not valid JSON (${error.message}); test counts unknown`);
    return null;
  }
  const int = (key) => {
    const value = report?.[key];
    if (!Number.isInteger(value) || value < 0) throw new Error(`${key} is ${JSON.stringify(value)}`);
    return value;
  };
  let passed, failed, total, pending, todo;
  try {
    passed = int('numPassedTests');
    failed = int('numFailedTests');
    total = int('numTotalTests');
    pending = int('numPendingTests');
    todo = int('numTodoTests');
    if (!Array.isArray(report.testResults)) throw new Error('testResults is not an array');
  } catch (error) {
    problems.push(`${REPORT} is not a Vitest JSON report (${error.message}); test counts unknown`);
    return null;
  }
  const skipped = total >= passed + failed ? total - passed - failed : pending + todo;

  const relative = (file) => (typeof file === 'string' ? path.relative(root, file) : String(file));
  const failedFiles = [];
  const failedList = [];
  const skippedList = [];
  for (const file of report.testResults) {
    const name = relative(file?.name);
    const tests = Array.isArray(file?.assertionResults) ? file.assertionResults : [];
    if (file?.status === 'failed' && !tests.some((t) => t?.status === 'failed'))
      failedFiles.push(`${name}${file.message ? `: ${String(file.message).split('\n')[0]}` : ''}`);
    for (const t of tests) {
      const label = `${name} > ${t?.fullName ?? t?.title ?? '?'}`;
      if (t?.status === 'failed') failedList.push(label);
      else if (t?.status !== 'passed') skippedList.push(`${label} [${t?.status ?? 'unknown'}]`);
    }
  }
  if (skippedList.length < skipped) skippedList.push(`(${skipped - skippedList.length} more not itemised in the report)`);
  return { passed, failed, skipped, success: report.success !== false, failedFiles, failedList, skippedList };
}
