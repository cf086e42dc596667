// Fuzzing the roster import through its route (issue 4, "Done when"): random bytes, truncated
// and corrupted workbooks, a zip bomb, too many rows, hostile cells (formulas, control
// characters, very long text) never give a 5xx, never leave a partial import (the counts of
// users, applications and consents are unchanged after every refusal), and keep the server's
// memory bounded while a hostile file is read.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros } from '../../../test/fixtures/import/build-zip.ts';
import { injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { rosterCsv, rosterStudents, rosterXlsx, type RosterStudent } from '../../../test/support/student-roster-fixture.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { STUDENT_ROSTER_COLUMNS } from '../import/student-roster-columns.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let coordinator: SignedIn;

beforeAll(async () => {
  w = await programWithApplicants(t);
  coordinator = await signInAs(t, w.college, 'college_coordinator');
}, 60_000);

const upload = (file: Buffer, accept?: string) =>
  injectAs(t.app, coordinator)({
    method: 'POST',
    url: `/api/programs/${w.program}/applications/import`,
    payload: file,
    headers: { 'content-type': 'application/octet-stream', 'accept-language': 'mn', ...(accept ? { accept } : {}) },
  });

const count = async (table: string) => Number((await runAsSystem(() => t.database.pool.query(`select count(*) from ${table}`))).rows[0].count);
const snapshot = async () => ({ users: await count('users'), applications: await count('student_applications'), consents: await count('consents'), invitations: await count('invitations') });

/** The property of every upload: no 5xx, and a refusal writes nothing. */
async function answersSafely(file: Buffer): Promise<number> {
  const before = await snapshot();
  const res = await upload(file);
  expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
  if (res.statusCode !== 200) {
    expect(res.json().error.code).toMatch(/^(import|validation|request)\./);
    expect(await snapshot()).toEqual(before);
  }
  return res.statusCode;
}

const RUN = { numRuns: 25, timeout: 20_000 };
let seed = 0;

describe('the roster import under fuzzing', () => {
  it('answers random bytes without a 5xx or a write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await answersSafely(Buffer.from(bytes));
      }),
      RUN,
    );
  }, 120_000);

  it('answers truncated and corrupted workbooks without a 5xx or a write', async () => {
    const xlsx = await rosterXlsx(rosterStudents(20, { tag: 'fuzz-xlsx' }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: xlsx.length - 1 }), fc.integer({ min: 0, max: xlsx.length - 1 }), fc.integer({ min: 0, max: 255 }), async (cut, at, byte) => {
        await answersSafely(xlsx.subarray(0, cut));
        const corrupted = Buffer.from(xlsx);
        corrupted[at] = byte;
        await answersSafely(corrupted);
      }),
      { ...RUN, numRuns: 15 },
    );
  }, 180_000);

  it('answers hostile cells (formulas, control characters, very long text) without a 5xx, all or nothing', async () => {
    const hostile = fc.oneof(
      fc.constantFrom('=HYPERLINK("http://evil.example","x")', '+SUM(1,2)', '-2+3', '@cmd', '=cmd|\' /C calc\'!A0', '\t=1', "'=1"),
      fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
      fc.constantFrom('\u202eevil', '\uFEFF', '\u0000', '\uD800', 'ｶﾀｶﾅ'),
      fc.integer({ min: 190, max: 2_100 }).map((n) => 'Ж'.repeat(n)),
    );
    const keys = STUDENT_ROSTER_COLUMNS.map((c) => c.key);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(...keys), hostile), { minLength: 1, maxLength: 4 }), fc.boolean(), async (edits, asXlsx) => {
        const students: RosterStudent[] = rosterStudents(5, { tag: `hostile${++seed}`, seed });
        for (const [row, key, value] of edits) students[row]![key] = value;
        // A lone surrogate cannot be written to XLSX; exceljs would refuse it before the route does.
        const file = asXlsx && !edits.some(([, , v]) => /[\uD800-\uDFFF]/.test(v)) ? await rosterXlsx(students) : rosterCsv(students);
        const status = await answersSafely(file);
        // A NUL byte makes a CSV look binary to the type check: 415.
        expect([200, 413, 415, 422]).toContain(status);
      }),
      { ...RUN, numRuns: 30 },
    );
  }, 180_000);

  it('refuses a zip bomb in seconds with bounded memory, and a file of too many rows, writing nothing', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(1024) },
    ]);
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    try {
      const started = Date.now();
      const before = await snapshot();
      const res = await upload(bomb);
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('import.zipBomb');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await snapshot()).toEqual(before);

      const rows = `${STUDENT_ROSTER_COLUMNS.map((c) => c.labels.en).join(',')}\n${'a@b.mn,A,Б,ア,D,2026,N3,,,Yes,2026-01-01\n'.repeat(25_000)}`;
      expect(await answersSafely(Buffer.from(rows))).toBe(413);
      // The streaming answer ends with the same refusal.
      const streamed = await upload(Buffer.from(rows), 'application/x-ndjson');
      expect(JSON.parse(streamed.body.trim().split('\n').at(-1)!)).toMatchObject({ type: 'error', status: 413 });
    } finally {
      clearInterval(sampler);
    }
    // Parsing runs in a worker under a 256 MiB heap cap; the process as a whole stays well below the bomb's gigabyte.
    expect(rssPeak - rssBefore).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);
});
