// The lists' downloads: the same rows as the list for the same reader (an operator all, a
// college its own students, a host company those who shared with it), headers in the asked
// language, CSV with a BOM for Excel, a real XLSX workbook, and no cell Excel would run.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { csvRows, xlsxRows } from '../../../test/support/table-files.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let coordinator: SignedIn;
let companyUser: SignedIn;

beforeAll(async () => {
  w = await programWithApplicants(t);
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  companyUser = await signInAs(t, w.company, 'host_company');
  const applicants = [
    { college: w.college, name: 'Batbayar', companies: [w.company], skills: ['=HYPERLINK("http://evil.example","x")', 'CAD'] },
    { college: w.college, name: 'Saruul', companies: [], skills: ['Python'] },
    { college: w.otherCollege, name: 'Temuulen', companies: [w.company2], skills: ['welding'] },
  ];
  for (const a of applicants) {
    const student = await signInAs(t, a.college, 'student', a.name);
    expect((await giveConsent(t.app, student, w.program, [w.operatorId, ...a.companies])).statusCode).toBe(201);
    const res = await applyAs(t.app, student, w.program, { nameLatin: a.name.toUpperCase(), companiesOfInterest: a.companies, skills: a.skills });
    expect(res.statusCode, res.body).toBe(201);
  }
}, 60_000);

const download = (who: { headers: Record<string, string> }, url: string) => injectAs(t.app, who)({ method: 'GET', url });
const csvLines = (body: Buffer) => body.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');


describe("a program's applications", () => {
  const url = (format: string, language = 'en') => `/api/programs/${w.program}/applications/export?format=${format}&language=${language}`;

  it('download as CSV for the operator: every application, a BOM, headers in the asked language', async () => {
    const res = await download(w.admin, url('csv'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Student applications \d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvLines(res.rawPayload)[0]).toMatch(/^"Name \(Latin, as in the passport\)",Name \(Cyrillic\),/);
    const [header, ...rows] = csvRows(res.rawPayload);
    expect(header!.slice(0, 5)).toEqual(['Name (Latin, as in the passport)', 'Name (Cyrillic)', 'Name (katakana)', 'Status', 'College']);
    expect(rows.map((r) => r[0]).sort()).toEqual(['BATBAYAR', 'SARUUL', 'TEMUULEN']);
    expect(rows.every((r) => r[3] === 'Applied')).toBe(true);
  });

  it('neutralise a formula typed into a field, in CSV and XLSX', async () => {
    const csv = csvLines((await download(w.admin, url('csv'))).rawPayload);
    const batbayar = csv.find((r) => r.startsWith('BATBAYAR'))!;
    expect(batbayar).toContain(`"'=HYPERLINK(""http://evil.example"",""x""), CAD"`);
    const rows = await xlsxRows((await download(w.admin, url('xlsx'))).rawPayload);
    const cells = rows.flat().filter((c) => typeof c === 'string' && c.includes('HYPERLINK'));
    expect(cells).toEqual([`'=HYPERLINK("http://evil.example","x"), CAD`]);
    expect(rows.flat().some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  });

  it('download as an XLSX workbook in Japanese with the same rows', async () => {
    const res = await download(w.admin, url('xlsx', 'ja'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [header, ...rows] = await xlsxRows(res.rawPayload);
    expect(header![3]).toBe('状況');
    expect(rows.map((r) => r[0]).sort()).toEqual(['BATBAYAR', 'SARUUL', 'TEMUULEN']);
  });

  it('hold only what the list shows its reader: a college its students, a company who shared with it', async () => {
    const names = async (who: SignedIn) => csvRows((await download(who, url('csv'))).rawPayload).slice(1).map((r) => r[0]).sort();
    expect(await names(coordinator)).toEqual(['BATBAYAR', 'SARUUL']);
    expect(await names(companyUser)).toEqual(['BATBAYAR']);
  });

  it('keep only the rows the screening filters keep on screen', async () => {
    const names = async (filters: string) => csvRows((await download(w.admin, `${url('csv')}&${filters}`)).rawPayload).slice(1).map((r) => r[0]).sort();
    expect(await names(`collegeId=${w.college}`)).toEqual(['BATBAYAR', 'SARUUL']);
    expect(await names('search=%EF%BD%94%EF%BD%85%EF%BD%8D')).toEqual(['TEMUULEN']); // full-width "ｔｅｍ"
    expect(await names('status=hired')).toEqual([]);
    expect((await download(w.admin, `${url('csv')}&minSessions=-1`)).statusCode).toBe(400);
  });

  it('hold no student for a funder of the program: a funder reads aggregates only', async () => {
    const created = await w.as({ method: 'POST', url: '/api/organizations', payload: { kind: 'funding_agency', name: { en: 'Funder' }, country: 'JP', city: null, website: null } });
    expect(created.statusCode, created.body).toBe(201);
    expect((await w.as({ method: 'POST', url: `/api/programs/${w.program}/participations`, payload: { organizationId: created.json().id, role: 'funder' } })).statusCode).toBe(201);
    const funder = await signInAs(t, created.json().id, 'funder');
    const res = await download(funder, url('csv'));
    expect(res.statusCode, res.body).toBe(200);
    expect(csvRows(res.rawPayload)).toHaveLength(1); // the header alone
    expect(res.body).not.toMatch(/BATBAYAR|SARUUL|TEMUULEN/);
  });

  it('are refused to strangers and for an unknown format', async () => {
    expect((await t.app.inject({ method: 'GET', url: url('csv') })).statusCode).toBe(401);
    const stranger = await signInAsNewOperator(t);
    expect((await download(stranger, url('csv'))).statusCode).toBe(404);
    expect((await download(w.admin, url('pdf'))).statusCode).toBe(400);
  });
});

describe('the programs list', () => {
  it('downloads the programs the reader sees, under the list\'s filters, as CSV and XLSX', async () => {
    const list = (await download(w.admin, '/api/programs?pageSize=200')).json() as { items: { name: { en?: string }; fiscalYear: number }[] };
    const res = await download(w.admin, '/api/programs/export?format=csv&language=en');
    expect(res.statusCode, res.body).toBe(200);
    const [header, ...rows] = csvRows(res.rawPayload);
    expect(header).toEqual(['Fiscal year', 'Name', 'Operator', 'Start date', 'End date', 'Host companies', 'Planned interns', 'Status']);
    expect(rows.map((r) => r[1]).sort()).toEqual(list.items.map((p) => p.name.en).sort());
    const filtered = csvRows((await download(w.admin, `/api/programs/export?format=csv&language=en&fiscalYear=${list.items[0]!.fiscalYear}`)).rawPayload).slice(1);
    expect(filtered.every((r) => r[0] === String(list.items[0]!.fiscalYear))).toBe(true);
    const book = await xlsxRows((await download(w.admin, '/api/programs/export?format=xlsx&language=ja')).rawPayload);
    expect(book[0]![0]).toBe('年度');
    expect(book).toHaveLength(list.items.length + 1);
  });

  it('holds nothing of another operator\'s programs', async () => {
    const stranger = await signInAsNewOperator(t);
    const rows = csvRows((await download(stranger, '/api/programs/export?format=csv&language=en')).rawPayload).slice(1);
    expect(rows).toEqual([]);
  });
});
