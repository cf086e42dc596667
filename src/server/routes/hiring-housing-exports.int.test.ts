// The downloads of the hiring, readiness, arrival and housing lists (issue 9 item 5): for each,
// CSV (with a BOM) and XLSX with headers in the asked language, the same rows as the list route
// returns the same reader, a narrower reader's file holding only their rows (or refused as the
// list is), and a formula typed into a free text written as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUnitInput, housingWorld, signInIntern } from '../../../test/support/housing.ts';
import { injectAs, signInAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { csvRows, xlsxRows } from '../../../test/support/table-files.ts';

let clock = new Date('2025-08-20T03:00:00Z');
const t = useTestApp({ now: () => clock });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
let partnerStaff: SignedIn;
let hr: SignedIn;
let hr2: SignedIn;
let coordinator: SignedIn;
let student: SignedIn;

const FORMULA = '=HYPERLINK("http://evil.example","x")';
const NEUTRALISED = `'${FORMULA}`;

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null, raw: res.body };
};
const ok = async (who: SignedIn, method: 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) => {
  const res = await call(who, method, url, payload);
  expect(res.status, `${method} ${url}: ${res.raw}`).toBeLessThan(300);
  return res.body;
};
const download = (who: SignedIn, path: string, format: 'csv' | 'xlsx', language = 'en', extra = '') =>
  injectAs(t.app, who)({ method: 'GET', url: `${path}/export?format=${format}&language=${language}${extra}` });
/** The file's header and rows, after checking it is a CSV with a BOM or a workbook. */
async function table(who: SignedIn, path: string, format: 'csv' | 'xlsx', language = 'en', extra = ''): Promise<{ header: string[]; rows: unknown[][] }> {
  const res = await download(who, path, format, language, extra);
  expect(res.statusCode, res.body).toBe(200);
  if (format === 'csv') {
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = csvRows(res.rawPayload);
    return { header: header!, rows };
  }
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const [header, ...rows] = await xlsxRows(res.rawPayload);
  return { header: header as string[], rows };
}
const column = (file: { header: string[]; rows: unknown[][] }, name: string) => {
  const i = file.header.indexOf(name);
  expect(i, `${name} in ${file.header.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return file.rows.map((r) => r[i]);
};
const sorted = (values: unknown[]) => [...values].map(String).sort();

beforeAll(async () => {
  w = await housingWorld(t, 3);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  partnerStaff = await signInAs(t, w.partner, 'housing_partner');
  hr = await signInAs(t, w.company, 'host_company');
  hr2 = await signInAs(t, w.company2, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  student = await signInIntern(t, w.interns[0]!.userId);
  // Housing in August: flats, the season's allocation, the arrival checklists (one note a formula).
  for (let i = 0; i < 3; i++) await ok(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: i === 0 ? FORMULA : `Flat ${i}` }));
  await ok(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true });
  const arrivals = await ok(staff, 'POST', `/api/programs/${w.program}/arrivals/checklists`);
  const task = arrivals.items[0].tasks[0];
  await ok(staff, 'PATCH', `/api/arrival-tasks/${task.id}`, { version: task.version, note: FORMULA });
  await ok(hr, 'PUT', `/api/programs/${w.program}/readiness/${w.company}`, { items: { mentorNamed: { doneOn: '2025-07-01', note: FORMULA } }, modules: { plainJapanese: { completedOn: '2025-06-20' } } });
  const agreement = await ok(staff, 'POST', '/api/housing-agreements', { operatorId: w.operatorId, partnerId: w.partner, title: { ja: '住居の提供に関する連携協定', en: 'Housing agreement' }, startsOn: '2025-07-17' });
  await ok(staff, 'POST', `/api/programs/${w.program}/loan-contracts`, { agreementId: agreement.id, conditions: [] });
  // Hiring in October: the first intern is offered a job at the first company and takes it.
  clock = new Date('2025-10-15T01:00:00Z');
  const applied = await ok(student, 'POST', `/api/programs/${w.program}/hiring-applications`, { applicationId: w.interns[0]!.applicationId, companyId: w.company, motivation: FORMULA });
  await ok(staff, 'POST', `/api/programs/${w.program}/hiring-applications`, { applicationId: w.interns[1]!.applicationId, companyId: w.company2 });
  const offered = await ok(hr, 'POST', `/api/hiring-applications/${applied.id}/offers`, { position: '設計技術者', monthlySalaryYen: 220_000, startsOn: '2026-04-01', workplace: '日立市', conditions: '', issuedOn: '2025-10-15', expiresOn: '2025-10-31' });
  await ok(student, 'POST', `/api/job-offers/${offered.offers[0].id}/answer`, { version: offered.offers[0].version, accept: true });
  await ok(hr, 'POST', `/api/programs/${w.program}/housing-requests`, { applicationId: w.interns[0]!.applicationId, partnerId: w.partner, moveInOn: '2026-04-01', note: FORMULA });
}, 180_000);

describe("a program's hires", () => {
  const path = () => `/api/programs/${w.program}/employments`;

  it('download as CSV and XLSX with the list’s rows, headed in the asked language', async () => {
    const list = (await call(staff, 'GET', path())).body.items as { student: { nameLatin: string } }[];
    expect(list).toHaveLength(1);
    const csv = await table(staff, path(), 'csv');
    expect(csv.header).toEqual(['Name (Latin, as in the passport)', 'Name (Cyrillic)', 'Name (katakana)', 'Employer', 'Start date', 'Retention', 'Overdue', 'Due soon', 'Residence card expires on', 'Warnings']);
    expect(column(csv, 'Name (Latin, as in the passport)')).toEqual(list.map((e) => e.student.nameLatin));
    expect(column(csv, 'Start date')).toEqual(['2026-04-01']);
    const xlsx = await table(staff, path(), 'xlsx', 'ja');
    expect(xlsx.header[3]).toBe('雇用主');
    expect(xlsx.rows[0]![4]).toEqual(new Date('2026-04-01T00:00:00Z'));
  });

  it('hold only the reader’s own hires: none for the other company', async () => {
    expect((await table(hr, path(), 'csv')).rows).toHaveLength(1);
    expect((await call(hr2, 'GET', path())).body.items).toEqual([]);
    expect((await table(hr2, path(), 'csv')).rows).toEqual([]);
  });
});

describe("a program's hiring board", () => {
  const path = () => `/api/programs/${w.program}/hiring`;

  it('downloads each application with its stage, result and latest offer; the motivation’s formula as text', async () => {
    const list = (await call(staff, 'GET', path())).body.items as { student: { nameLatin: string } }[];
    const csv = await table(staff, path(), 'csv');
    expect(sorted(column(csv, 'Name (Latin, as in the passport)'))).toEqual(sorted(list.map((i) => i.student.nameLatin)));
    expect(csv.rows).toHaveLength(2);
    expect(column(csv, 'Why this company')).toContain(NEUTRALISED);
    expect(column(csv, 'Latest offer')).toContain('Accepted');
    expect(column(csv, 'Monthly salary')).toContain('220000');
    expect(csv.header).not.toContain('Internal note');
    const xlsx = await table(staff, path(), 'xlsx');
    expect(xlsx.rows.flat().filter((c) => typeof c === 'string' && c.includes('HYPERLINK'))).toEqual([NEUTRALISED]);
    expect(xlsx.rows.flat().some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  });

  it('hold a company its own applications and a student their own', async () => {
    expect(column(await table(hr2, path(), 'csv'), 'Name (Latin, as in the passport)')).toEqual(['INTERN 002']);
    expect(column(await table(student, path(), 'csv'), 'Name (Latin, as in the passport)')).toEqual(['INTERN 001']);
  });
});

describe("a program's company readiness", () => {
  const path = () => `/api/programs/${w.program}/readiness`;

  it('downloads a row per company for the operators, the company its own; a note’s formula as text', async () => {
    const list = (await call(staff, 'GET', path())).body.items as unknown[];
    const csv = await table(staff, path(), 'csv');
    expect(csv.rows).toHaveLength(list.length);
    expect(csv.header.slice(0, 2)).toEqual(['Company', 'Progress (%)']);
    expect(column(csv, 'Note on: A mentor is named for the intern')).toContain(NEUTRALISED);
    expect(column(csv, 'A mentor is named for the intern')).toContain('2025-07-01');
    const own = await table(hr, path(), 'xlsx', 'mn');
    expect(own.rows).toHaveLength(1);
    expect(own.header[1]).toBe('Явц (%)');
    expect(own.rows[0]).toContain(NEUTRALISED);
  });
});

describe("a program's arrival checklists", () => {
  const path = () => `/api/programs/${w.program}/arrivals`;

  it('download a row per task of each intern the reader follows; a note’s formula as text', async () => {
    const list = (await call(staff, 'GET', path())).body.items as { student: { nameLatin: string }; tasks: unknown[] }[];
    const csv = await table(staff, path(), 'csv');
    expect(csv.rows).toHaveLength(list.reduce((n, a) => n + Math.max(a.tasks.length, 1), 0));
    expect(sorted([...new Set(column(csv, 'Name (Latin, as in the passport)'))])).toEqual(sorted(list.map((a) => a.student.nameLatin)));
    expect(csv.header).toEqual(expect.arrayContaining(['Flight', 'Arrival (Japan time)', 'Task', 'Owner', 'Due', 'Done', 'Note']));
    expect(column(csv, 'Note')).toContain(NEUTRALISED);
    const xlsx = await table(staff, path(), 'xlsx', 'ja');
    expect(xlsx.header[6]).toBe('項目');
    expect(xlsx.rows).toHaveLength(csv.rows.length);
  });

  it('hold a company only its interns', async () => {
    const mine = (await call(hr, 'GET', path())).body.items as { student: { nameLatin: string } }[];
    const names = new Set(column(await table(hr, path(), 'csv'), 'Name (Latin, as in the passport)'));
    expect(sorted([...names])).toEqual(sorted(mine.map((a) => a.student.nameLatin)));
    expect(names.has('INTERN 002')).toBe(false);
  });
});

describe("a program's requests for flats", () => {
  const path = () => `/api/programs/${w.program}/housing-requests`;

  it('download the requests the reader sees; the note’s formula as text', async () => {
    const csv = await table(partnerStaff, path(), 'csv');
    expect(column(csv, 'Name (Latin, as in the passport)')).toEqual(['INTERN 001']);
    expect(column(csv, 'Status')).toEqual(['Waiting']);
    expect(column(csv, 'Note')).toEqual([NEUTRALISED]);
    expect((await table(hr2, path(), 'xlsx')).rows).toEqual([]);
  });
});

describe("a housing partner's units", () => {
  const path = () => `/api/organizations/${w.partner}/housing-units`;

  it('download the units the list shows, with its archived filter; a name’s formula as text', async () => {
    const list = (await call(staff, 'GET', path())).body.items as { name: string }[];
    const csv = await table(partnerStaff, path(), 'csv');
    expect(sorted(column(csv, 'Name and room number'))).toEqual(sorted(list.map((u) => (u.name === FORMULA ? NEUTRALISED : u.name))));
    expect(column(csv, 'Beds')).toEqual(['1', '1', '1']);
    const xlsx = await table(staff, path(), 'xlsx', 'ja');
    expect(xlsx.rows).toHaveLength(3);
    const archived = (await call(staff, 'GET', `${path()}?archived=true`)).body.items as unknown[];
    expect((await table(staff, path(), 'csv', 'en', '&archived=true')).rows).toHaveLength(archived.length);
    expect((await download(staff, path(), 'csv', 'en', '&archived=maybe')).statusCode).toBe(400);
  });

  it('are refused to whoever may not read the partner’s units', async () => {
    expect((await download(hr, path(), 'csv')).statusCode).toBe((await call(hr, 'GET', path())).status);
    const stranger = await signInAsNewOperator(t);
    expect((await download(stranger, path(), 'csv')).statusCode).toBe((await call(stranger, 'GET', path())).status);
  });
});

describe("a program's housing board", () => {
  const path = () => `/api/programs/${w.program}/housing`;

  it('downloads each stay with its unit and dates', async () => {
    const board = (await call(staff, 'GET', path())).body as { stays: { occupant: { nameLatin: string } }[] };
    const csv = await table(staff, path(), 'csv');
    expect(sorted(column(csv, 'Name (Latin, as in the passport)'))).toEqual(sorted(board.stays.map((s) => s.occupant.nameLatin)));
    expect(column(csv, 'Check-in')).toEqual(board.stays.map(() => '2025-08-18'));
    const xlsx = await table(staff, path(), 'xlsx', 'ja');
    expect(xlsx.header[7]).toBe('入居日');
  });

  it('is refused exactly as the board is', async () => {
    for (const who of [hr, coordinator, student]) expect((await download(who, path(), 'csv')).statusCode).toBe((await call(who, 'GET', path())).status);
  });
});

describe('the housing agreements and the loan-for-use contracts', () => {
  it('download the agreements the reader sees', async () => {
    const list = (await call(partnerStaff, 'GET', '/api/housing-agreements')).body.items as unknown[];
    const csv = await table(partnerStaff, '/api/housing-agreements', 'csv');
    expect(csv.rows).toHaveLength(list.length);
    expect(column(csv, 'Title')).toContain('Housing agreement');
    expect((await table(hr, '/api/housing-agreements', 'csv')).rows).toEqual([]);
  });

  it('download the contracts: the operators’ drafts, none for the partner before sending', async () => {
    const path = `/api/programs/${w.program}/loan-contracts`;
    const csv = await table(staff, path, 'csv');
    expect(column(csv, 'Status')).toEqual(['Draft']);
    expect((await call(partnerStaff, 'GET', path)).body.items).toEqual([]);
    expect((await table(partnerStaff, path, 'xlsx')).rows).toEqual([]);
    expect((await download(hr, path, 'csv')).statusCode).toBe((await call(hr, 'GET', path)).status);
  });
});
