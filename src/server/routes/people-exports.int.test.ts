// The admin and people lists' downloads: organizations, members, open invitations, the audit
// trail, the calls for host companies and a call's applications. Each holds the rows its list
// returns to the same reader (every page, the same filters), headed in the asked language, as a
// CSV with a BOM or a real XLSX workbook, with no cell Excel would run; a reader the list refuses
// is refused the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHostApplicationInput, buildHostCallInput, buildOrganizationInput } from '../../../test/support/factories.ts';
import { createPerson, injectAs, programWithApplicants, signInAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { csvRows, xlsxRows } from '../../../test/support/table-files.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let coordinator: SignedIn;
let companyUser: SignedIn;
let outsider: SignedIn;
let callId: string;
const FORMULA = '=HYPERLINK("http://evil.example","x")';

beforeAll(async () => {
  w = await programWithApplicants(t);
  coordinator = await signInAs(t, w.college, 'college_coordinator', 'Coordinator Oyun');
  await signInAs(t, w.college, 'student', `${FORMULA} Bat`);
  await signInAs(t, w.otherCollege, 'student', 'Other Saraa');
  companyUser = await signInAs(t, w.company, 'host_company', 'Company Sato');
  const org = await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company', city: FORMULA, name: { en: 'Outsider Machining', ja: 'アウトサイダー機械' } }) });
  expect(org.statusCode, org.body).toBe(201);
  outsider = await signInAs(t, org.json().id, 'host_company', 'Outsider Ito');
  for (const [organizationId, name] of [[w.college, `${FORMULA} Invitee`], [w.otherCollege, 'Other Invitee']] as const) {
    const sent = await w.as({ method: 'POST', url: '/api/invitations', payload: { name, email: `${crypto.randomUUID()}@example.mn`, organizationId, role: 'student', language: 'mn' } });
    expect(sent.statusCode, sent.body).toBe(201);
  }
  const call = await w.as({ method: 'POST', url: `/api/programs/${w.program}/host-call`, payload: buildHostCallInput({ deadline: '2099-05-31T23:59:59+09:00' }) });
  expect(call.statusCode, call.body).toBe(201);
  callId = call.json().id;
  for (const [who, companyId, positions] of [[companyUser, w.company, [FORMULA, 'Welder']], [outsider, org.json().id, ['Designer']]] as const) {
    const applied = await injectAs(t.app, who)({ method: 'POST', url: `/api/host-calls/${callId}/applications`, payload: buildHostApplicationInput(companyId, { positions: [...positions] }) });
    expect(applied.statusCode, applied.body).toBe(201);
  }
}, 90_000);

const download = (who: { headers: Record<string, string> }, url: string) => injectAs(t.app, who)({ method: 'GET', url });
const list = async (who: { headers: Record<string, string> }, url: string) => {
  const res = await download(who, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Record<string, unknown>[];
};
const exportUrl = (path: string, format: string, language = 'en', filters = '') => `${path}/export?format=${format}&language=${language}${filters ? `&${filters}` : ''}`;

async function csvOf(who: SignedIn, path: string, language = 'en', filters = '') {
  const res = await download(who, exportUrl(path, 'csv', language, filters));
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['cache-control']).toBe('private, no-store');
  expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const [header, ...rows] = csvRows(res.rawPayload);
  return { header: header!, rows, disposition: String(res.headers['content-disposition']) };
}

async function xlsxOf(who: SignedIn, path: string, language = 'en') {
  const res = await download(who, exportUrl(path, 'xlsx', language));
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const rows = await xlsxRows(res.rawPayload);
  expect(rows.flat().some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  return rows;
}

const sorted = (values: unknown[]) => values.map(String).sort();

describe('the organizations download', () => {
  it('holds the list’s rows for the operator with the screen’s headers, in CSV and XLSX', async () => {
    const items = await list(w.admin, '/api/organizations?pageSize=200');
    const { header, rows, disposition } = await csvOf(w.admin, '/api/organizations');
    expect(disposition).toMatch(/^attachment; filename="Organizations \d{4}-\d{2}-\d{2}\.csv"/);
    expect(header).toEqual(['Name', 'Type', 'City', 'Country', 'Website', 'Programs']);
    expect(sorted(rows.map((r) => r[0]))).toEqual(sorted(items.map((o) => (o.name as { en: string }).en)));
    expect(rows.find((r) => r[0] === 'Outsider Machining')).toEqual(['Outsider Machining', expect.any(String), `'${FORMULA}`, 'Japan', '', '0']);
    const [jaHeader, ...jaRows] = await xlsxOf(w.admin, '/api/organizations', 'ja');
    expect(jaHeader![0]).toBe('名称');
    expect(jaRows.map((r) => r[0])).toContain('アウトサイダー機械');
    expect(jaRows.flat()).toContain(`'${FORMULA}`);
  });

  it('takes the list’s filters, and a coordinator gets only what their list shows', async () => {
    const companies = await csvOf(w.admin, '/api/organizations', 'en', 'kind=company&q=Outsider');
    expect(companies.rows.map((r) => r[0])).toEqual(['Outsider Machining']);
    const own = await list(coordinator, '/api/organizations?pageSize=200');
    const { rows } = await csvOf(coordinator, '/api/organizations');
    expect(sorted(rows.map((r) => r[0]))).toEqual(sorted(own.map((o) => (o.name as { en: string }).en)));
    expect(rows.map((r) => r[0])).not.toContain('Outsider Machining');
  });
});

describe('the members download', () => {
  it('holds one row per membership as the list returns it; a coordinator their college only', async () => {
    const items = await list(w.admin, '/api/members?pageSize=200');
    const { header, rows } = await csvOf(w.admin, '/api/members');
    expect(header).toEqual(['Name', 'E-mail address', 'Organization', 'Role', 'Status', 'Two-step verification']);
    expect(sorted(rows.map((r) => r[1]))).toEqual(sorted(items.map((m) => m.email)));
    expect(rows.map((r) => r[0])).toContain(`'${FORMULA} Bat`);
    const admin = rows.find((r) => r[1] === w.admin.email)!;
    expect(admin.slice(3)).toEqual(['Operator administrator', 'Active', 'On']);
    const mine = await csvOf(coordinator, '/api/members');
    expect(sorted(mine.rows.map((r) => r[1]))).toEqual(sorted((await list(coordinator, '/api/members?pageSize=200')).map((m) => m.email)));
    expect(mine.rows.map((r) => r[0])).not.toContain('Other Saraa');
    expect(mine.rows.map((r) => r[0])).toContain('Coordinator Oyun');
    const found = await csvOf(w.admin, '/api/members', 'en', 'q=Saraa');
    expect(found.rows.map((r) => r[0])).toEqual(['Other Saraa']);
    const [jaHeader] = await xlsxOf(w.admin, '/api/members', 'ja');
    expect(jaHeader).toEqual(['氏名', 'メールアドレス', '団体', '役割', '状態', '2段階認証']);
  });
});

describe('the invitations download', () => {
  it('holds the open invitations the list returns; a coordinator those of their college', async () => {
    const { header, rows } = await csvOf(w.admin, '/api/invitations');
    expect(header).toEqual(['Name', 'E-mail address', 'Organization', 'Role', 'Status', 'Valid until']);
    expect(sorted(rows.map((r) => r[1]))).toEqual(sorted((await list(w.admin, '/api/invitations?pageSize=200')).map((i) => i.email)));
    expect(sorted(rows.map((r) => r[0]))).toEqual([`'${FORMULA} Invitee`, 'Other Invitee']);
    expect(rows[0]!.slice(3, 5)).toEqual(['Student', 'Pending']);
    expect(rows[0]![5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} JST$/);
    const mine = await csvOf(coordinator, '/api/invitations');
    expect(mine.rows.map((r) => r[0])).toEqual([`'${FORMULA} Invitee`]);
    const byCollege = await csvOf(w.admin, '/api/invitations', 'en', `organizationId=${w.otherCollege}`);
    expect(byCollege.rows.map((r) => r[0])).toEqual(['Other Invitee']);
  });
});

describe('the audit trail download', () => {
  it('holds what the audit list returns, no more, with the same filters', async () => {
    const items = await list(w.admin, '/api/audit-events?pageSize=200');
    const { header, rows } = await csvOf(w.admin, '/api/audit-events');
    expect(header).toEqual(['When', 'Who', 'Action', 'Record', 'Record ID', 'Changed fields', 'Client address']);
    expect(rows).toHaveLength(items.length);
    expect(sorted(rows.map((r) => r[4]))).toEqual(sorted(items.map((e) => (e.resource as { id: string }).id)));
    expect(rows[0]![0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} JST$/);
    const created = await csvOf(w.admin, '/api/audit-events', 'en', 'action=create&resourceType=organization');
    const filtered = await list(w.admin, '/api/audit-events?pageSize=200&action=create&resourceType=organization');
    expect(created.rows.length).toBe(filtered.length);
    expect(created.rows.length).toBeGreaterThan(0);
    expect(created.rows.every((r) => r[2] === rows.find((x) => x[4] === r[4])![2])).toBe(true);
    const [jaHeader] = await xlsxOf(w.admin, '/api/audit-events', 'ja');
    expect(jaHeader![0]).toBe('日時');
  });

  it('is refused to whoever the list refuses', async () => {
    expect((await download(coordinator, exportUrl('/api/audit-events', 'csv'))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: exportUrl('/api/audit-events', 'csv') })).statusCode).toBe(401);
    expect((await download(w.admin, exportUrl('/api/audit-events', 'pdf'))).statusCode).toBe(400);
  });
});

describe('the host calls downloads', () => {
  it('list the calls: the operator with the program, a company with its own application', async () => {
    const operator = await csvOf(w.admin, '/api/host-calls');
    expect(operator.header).toEqual(['Program', 'Operator', 'Status', 'Deadline', 'Interns per company (cap)']);
    expect(operator.rows).toEqual([['FY2025 test program', expect.any(String), 'Open', '2099-05-31 23:59 JST', '2']]);
    const company = await csvOf(companyUser, '/api/host-calls');
    expect(company.header.at(-1)).toBe('Decision');
    expect(company.rows.map((r) => r.at(-1))).toEqual(['Under review']);
    expect(company.rows).toHaveLength((await list(companyUser, '/api/host-calls')).length);
  });

  it('list a call’s applications: all with the score for the operator, its own for a company', async () => {
    const path = `/api/host-calls/${callId}/applications`;
    const operator = await csvOf(w.admin, path);
    expect(operator.header).toContain('Weighted score');
    expect(operator.header[0]).toBe('Company');
    expect(operator.rows).toHaveLength((await list(w.admin, path)).length);
    expect(operator.rows).toHaveLength(2);
    expect(operator.rows.map((r) => r[4])).toContain(`'${FORMULA}, Welder`);
    const company = await csvOf(companyUser, path);
    expect(company.header).not.toContain('Weighted score');
    expect(company.rows.map((r) => r[4])).toEqual([`'${FORMULA}, Welder`]);
    const rows = await xlsxOf(companyUser, path, 'ja');
    expect(rows[0]![0]).toBe('企業');
    expect(rows.flat()).toContain(`'${FORMULA}, Welder`);
  });

  it('refuse a call’s applications to whoever its list refuses', async () => {
    const stranger = await signInAsNewOperator(t);
    const path = `/api/host-calls/${callId}/applications`;
    const listed = await download(stranger, path);
    const file = await download(stranger, exportUrl(path, 'csv'));
    expect(file.statusCode).toBe(listed.statusCode);
    expect(file.statusCode).toBe(404);
  });
});

describe('a list longer than one page', () => {
  it('downloads whole: every page of the list, not the first', async () => {
    for (let i = 0; i < 205; i += 1) await createPerson(t.database.db, t.hasher, w.otherCollege, 'student', `Paged ${String(i).padStart(3, '0')}`);
    const first = await download(w.admin, '/api/members?pageSize=200');
    const total = first.json().total as number;
    expect(total).toBeGreaterThan(200);
    const { rows } = await csvOf(w.admin, '/api/members');
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => `${r[1]} ${r[2]}`)).size).toBe(total);
    expect(rows.filter((r) => r[0]!.startsWith('Paged '))).toHaveLength(205);
  }, 60_000);
});
