// Supply chain (issue 10 item 6), checked offline from the committed lockfile: it is tracked by
// git, in lockfileVersion 3, in step with package.json, every package pinned by a sha512
// integrity from the public registry; no package with known vulnerabilities that have no fix
// (the npm `xlsx`); and every security-relevant package at or above the first version that fixes
// the advisories we know of. The live advisory database is asked by `npm run audit:prod`
// (scripts/audit.mjs), which needs the network and so is not part of `npm test`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
type LockEntry = { version?: string; integrity?: string; resolved?: string; link?: boolean; dev?: boolean; devOptional?: boolean };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry & { dependencies?: Record<string, string> }> };
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/**
 * Every locked copy of every package: name → versions (a package may sit at several paths);
 * `production` leaves out what only the dev tools pull in, as `npm audit --omit=dev` does.
 */
const installed = new Map<string, Set<string>>();
const production = new Map<string, Set<string>>();
for (const [at, entry] of Object.entries(lock.packages)) {
  if (!at || !entry.version) continue;
  const name = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
  installed.set(name, (installed.get(name) ?? new Set()).add(entry.version));
  if (!entry.dev && !entry.devOptional) production.set(name, (production.get(name) ?? new Set()).add(entry.version));
}

/** Packages with known vulnerabilities and no fixed release on npm: never in the tree. */
const BANNED: Record<string, string> = {
  // SheetJS: prototype pollution (CVE-2023-30533) and ReDoS (CVE-2024-22363); the fixes are only
  // on SheetJS's own CDN, the npm copy stays at 0.18.5. Workbooks are read and written with exceljs.
  xlsx: 'CVE-2023-30533, CVE-2024-22363: no fixed release on npm',
  // A fork of xlsx bundling jszip < 3.7 (GHSA-jg8v-48h5-wgxg), unmaintained.
  'xlsx-style': 'bundles jszip < 3.7.0 (GHSA-jg8v-48h5-wgxg), no fix',
  // Deprecated; SSRF through cross-protocol redirects (CVE-2023-28155) will not be fixed.
  request: 'CVE-2023-28155, deprecated without a fix',
};

/**
 * The first safe version of each security-relevant package, per major line: a copy must be at or
 * above the floor of its own major; a major newer than every floor passes, an older one fails.
 * Packages we do not (yet) have are checked if they ever arrive.
 */
const FLOORS: { name: string; floors: string[]; why: string }[] = [
  // The HTTP server and its plugins: every request goes through them.
  { name: 'fastify', floors: ['5.12.1'], why: 'GHSA-jx2c-rxcm-jvmq (CVE-2026-25223, tab in Content-Type bypasses body validation, high, 5.7.2), GHSA-mrq3-vjjr-p77c (5.7.3), GHSA-444r-cwp2-x5xf (X-Forwarded-Proto/Host spoofing), GHSA-w2qp-rph6-63g4 and GHSA-3m5p-2c4r-xxw2 (fixed in the 5.12 line)' },
  { name: '@fastify/static', floors: ['10.1.3'], why: 'route-guard bypasses by path traversal: GHSA-83w8-p2f5-377r (CVE-2026-15074, high, 10.1.1), GHSA-8pvw-jcv7-9cmj (10.1.2), GHSA-423g-23ch-w7c6 (high, 10.1.3); no 9.x backport' },
  { name: '@fastify/swagger-ui', floors: ['6.0.0'], why: '5.x requires @fastify/static ^9, which carries the advisories above' },
  { name: 'find-my-way', floors: ['8.2.2', '9.0.1'], why: 'CVE-2024-45813, ReDoS in the router' },
  { name: 'fast-uri', floors: ['3.1.7', '4.1.4'], why: 'CVE-2026-6322 (3.1.2), CVE-2026-13676 / GHSA-4c8g-83qw-93j6 (3.1.3, 4.0.1), and the host-confusion advisories GHSA-5jgf-p345-68v8, GHSA-f65p-4m7j-42xc, GHSA-fph4-wmhf-6fwf, GHSA-jqff-g426-hqxp (3.1.7, 4.1.4); used by the schema compilers' },
  { name: 'ajv', floors: ['6.14.0', '8.18.0'], why: 'CVE-2025-69873 / GHSA-2g4f-4pwh-qvx6, ReDoS with $data' },
  { name: 'cookie', floors: ['0.7.0'], why: 'CVE-2024-47764, cookie name/path/domain injection' },
  // Sign-in and sessions.
  { name: 'better-auth', floors: ['1.6.22'], why: 'CVE-2025-61928 (critical, 1.3.26), GHSA-569q-mpph-wgww (1.4.2), GHSA-p6v2-xcpg-h6xw (IPv6 rate-limit bypass, high, 1.4.17), GHSA-qq9h-g4jm-xgf3 (account pre-hijacking, high, 1.6.22)' },
  { name: 'defu', floors: ['6.1.5'], why: 'CVE-2026-35209 / GHSA-737v-mqg7-c878, prototype pollution through __proto__ in the defaults (used by better-auth)' },
  { name: 'nanoid', floors: ['3.3.18'], why: 'CVE-2024-55565 (3.3.8) and GHSA-2v37-7h3g-55p8 (3.3.18)' },
  // The database.
  { name: 'drizzle-orm', floors: ['0.45.2'], why: 'CVE-2026-39356 / GHSA-gpj5-g38j-94v9, SQL injection through unescaped identifiers (high)' },
  { name: 'pg', floors: ['7.1.2'], why: 'CVE-2017-16082, code execution through crafted column names' },
  // Mail.
  { name: 'nodemailer', floors: ['9.1.0'], why: 'GHSA-mm7p-fcc7-pg87 (7.0.7), GHSA-rcmh-qjqh-p98v (addressparser DoS, 7.0.11), GHSA-p6gq-j5cr-w38f (raw option reads files / SSRF, high, 9.0.1), GHSA-2x7j-588g-ccc2 (quadratic addressparser, high, 9.1.0)' },
  // Workbooks (exceljs) and archives: what reads uploaded files.
  { name: 'jszip', floors: ['3.8.0'], why: 'GHSA-jg8v-48h5-wgxg (prototype pollution, 3.7.0), CVE-2022-48285 (path traversal in loadAsync, 3.8.0)' },
  { name: 'fstream', floors: ['1.0.12'], why: 'CVE-2019-13173, file overwrite through hard links (exceljs → unzipper)' },
  { name: 'minimist', floors: ['1.2.6'], why: 'GHSA-xvch-5gv4-984h, prototype pollution (critical; exceljs → unzipper → fstream → mkdirp)' },
  { name: 'tmp', floors: ['0.2.4'], why: 'GHSA-52f5-9888-hmc6 / CVE-2025-54798, writes through a symlinked dir (exceljs)' },
  { name: 'minimatch', floors: ['3.1.4', '5.1.7', '10.2.1'], why: 'CVE-2026-26996 / GHSA-3ppc-4f35-3m26 (3.1.3, 5.1.7, 10.2.1) and CVE-2026-27903 / GHSA-7r86-cg39-jmmj (3.1.4), ReDoS' },
  { name: 'brace-expansion', floors: ['1.1.12', '2.0.2', '3.0.1', '4.0.1'], why: 'CVE-2025-5889, ReDoS' },
  // PDFs: pdfkit's encryption once came from crypto-js.
  { name: 'crypto-js', floors: ['4.2.0'], why: 'CVE-2023-46233, weak PBKDF2 defaults (critical)' },
  // Build tooling that ships as a runtime dependency (the CLI bundle).
  { name: 'esbuild', floors: ['0.25.0'], why: 'GHSA-67mh-4wv8-2f99, the dev server answers any origin' },
  { name: '@babel/runtime', floors: ['7.26.10'], why: 'CVE-2025-27789, quadratic named-group regex' },
  // The web app's router.
  { name: 'react-router', floors: ['7.18.2'], why: 'GHSA-2w69-qvjg-hvjx (open redirect XSS, high, 7.12.0), GHSA-8646-j5j9-6r62 (high), GHSA-49rj-9fvp-4h2h, GHSA-qwww-vcr4-c8h2 (v7 backport 7.18.2)' },
  // Packages we do not have; if one ever arrives through a dependency, at least its fixed version.
  { name: 'form-data', floors: ['2.5.4', '3.0.4', '4.0.4'], why: 'CVE-2025-7783, predictable multipart boundaries (critical)' },
  { name: 'lodash', floors: ['4.17.21'], why: 'CVE-2021-23337 (command injection in template), CVE-2020-28500' },
];

/** Compares x.y.z[-pre]; a pre-release sorts before its release. */
function compare(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const pa = coreA.split('.').map(Number);
  const pb = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}
const major = (v: string) => Number(v.split('.')[0]);

function belowFloor(version: string, floors: string[]): string | null {
  const sameMajor = floors.find((f) => major(f) === major(version));
  const floor = sameMajor ?? floors.reduce((a, b) => (compare(a, b) > 0 ? a : b));
  return compare(version, floor) < 0 ? floor : null;
}

describe('the supply chain, from the lockfile', () => {
  it('commits package-lock.json in lockfileVersion 3, and no other lockfile', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    if (fs.existsSync(path.join(root, '.git'))) {
      const tracked = execFileSync('git', ['ls-files', '--', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
      expect(tracked).toEqual(['package-lock.json']);
    }
  });

  it('is in step with package.json: every declared range is the one locked', () => {
    const locked = lock.packages[''] as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(locked.dependencies).toEqual(manifest.dependencies);
    expect(locked.devDependencies).toEqual(manifest.devDependencies);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
  });

  it('pins every package by a sha512 integrity from the public registry (no git, tarball URL or linked packages)', () => {
    const loose = Object.entries(lock.packages).filter(([at, e]) => at && (e.link || !e.integrity?.startsWith('sha512-') || (e.resolved && !e.resolved.startsWith('https://registry.npmjs.org/'))));
    expect(loose.map(([at]) => at)).toEqual([]);
  });

  it('holds no package with known vulnerabilities and no fixed release (the npm xlsx among them), not even among the dev tools', () => {
    for (const name of Object.keys(BANNED)) {
      expect(installed.has(name), `${name}: ${BANNED[name]}`).toBe(false);
      expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain(name);
    }
    expect(fs.existsSync(path.join(root, 'node_modules/xlsx'))).toBe(false);
  });

  it('holds every security-relevant production package at or above its first safe version', () => {
    const below: string[] = [];
    for (const { name, floors, why } of FLOORS) {
      for (const version of production.get(name) ?? []) {
        const floor = belowFloor(version, floors);
        if (floor) below.push(`${name}@${version} < ${floor} (${why})`);
      }
    }
    expect(below).toEqual([]);
    // The packages every request passes through are really there (the floors are not vacuous).
    for (const name of ['fastify', '@fastify/static', 'find-my-way', 'fast-uri', 'better-auth', 'drizzle-orm', 'pg', 'nodemailer', 'jszip']) expect(production.has(name), name).toBe(true);
  });

  it('compares versions the way the floors need', () => {
    expect(belowFloor('9.3.0', ['10.1.3'])).toBe('10.1.3');
    expect(belowFloor('10.1.2', ['10.1.3'])).toBe('10.1.3');
    expect(belowFloor('10.1.11', ['10.1.3'])).toBeNull();
    expect(belowFloor('11.0.0', ['10.1.3'])).toBeNull();
    expect(belowFloor('3.1.6', ['3.1.7', '4.1.4'])).toBe('3.1.7');
    expect(belowFloor('4.2.3', ['3.1.7', '4.1.4'])).toBeNull();
    expect(belowFloor('2.9.9', ['3.1.7', '4.1.4'])).toBe('4.1.4');
    expect(belowFloor('1.0.0-beta.1', ['1.0.0'])).toBe('1.0.0');
  });
});
