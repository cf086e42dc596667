// `npm run audit:prod`: the production dependencies' known vulnerabilities, from the registry's
// advisory database (`npm audit --omit=dev`). Needs the network, so it is not part of `npm test`;
// test/supply-chain/supply-chain.test.ts checks the lockfile offline (no xlsx, minimum safe
// versions of the packages that face requests).
//
//   node scripts/audit.mjs [--level=high|critical|moderate|low]   (default: high)
//   node scripts/audit.mjs --from=audit.json    reads a saved `npm audit --omit=dev --json` instead
//
// Prints every finding as "severity package range advisory" and ends with one line that CI reads:
//
//   audit: N critical, N high, N moderate, N low (M production packages)
//
// Exit codes: 0 nothing at or above the level; 1 findings at or above the level; 2 the audit
// could not run (no network, or a registry or proxy that does not answer the advisory endpoint,
// which is a POST): that is "unknown", never "clean".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
const root = path.resolve(import.meta.dirname, '..');
const levelArg = process.argv.find((a) => a.startsWith('--level='))?.slice('--level='.length) ?? 'high';
if (!SEVERITIES.includes(levelArg)) {
  console.error(`audit: unknown level "${levelArg}" (one of ${SEVERITIES.join(', ')})`);
  process.exit(2);
}
const level = SEVERITIES.indexOf(levelArg);

const from = process.argv.find((a) => a.startsWith('--from='))?.slice('--from='.length);
const run = from
  ? { stdout: fs.readFileSync(from, 'utf8'), stderr: '', status: null }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`audit: could not start npm (${run.error.message})`);
  process.exit(2);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`audit: npm audit did not answer JSON (exit ${run.status}):\n${(run.stderr || run.stdout).slice(0, 2000)}`);
  process.exit(2);
}

// npm writes its own failure (e.g. `405 Method Not Allowed - POST …/advisories/bulk`) as JSON too.
if (!report.metadata?.vulnerabilities) {
  const why = report.message ?? report.error?.summary ?? JSON.stringify(report).slice(0, 500);
  console.error(`audit: the advisory database could not be asked: ${why}`);
  console.error('audit: result unknown (not clean). Run it where the npm registry answers POST /-/npm/v1/security/advisories/bulk.');
  process.exit(2);
}

const findings = Object.values(report.vulnerabilities ?? {});
const lines = findings
  .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.name.localeCompare(b.name))
  .map((v) => {
    const advisories = v.via.filter((x) => typeof x === 'object').map((x) => `${x.title} ${x.url}`);
    const through = v.via.filter((x) => typeof x === 'string');
    const fix = v.fixAvailable === true ? 'fix: npm audit fix' : v.fixAvailable ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (major)' : ''}` : 'no fix';
    return `${v.severity.padEnd(8)} ${v.name} ${v.range} ${advisories.length > 0 ? advisories.join('; ') : `through ${through.join(', ')}`} [${fix}]`;
  });
for (const line of lines) console.log(line);

const counts = report.metadata.vulnerabilities;
const total = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total ?? '?';
console.log(`audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low (${total} production packages)`);
const failing = findings.filter((v) => SEVERITIES.indexOf(v.severity) >= level);
if (failing.length > 0) {
  console.error(`audit: FAIL: ${failing.length} package(s) at or above "${levelArg}": ${failing.map((v) => v.name).join(', ')}`);
  process.exit(1);
}
console.log(`audit: ok (nothing at or above "${levelArg}")`);
