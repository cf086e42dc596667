// The screening board and the student's files as people use them, on a program of our own (no
// demo person's view changes): the Hitachi admin creates a FY2040 program with a college and a
// host company of its own and invites five students, who accept and apply through the API. The
// Hitachi staff filters the board by Japanese level and by a name in katakana, sees the counts
// per status follow the filters, and moves a selection to "screened" in one all-or-nothing move;
// the counts change. A student, on a 390 px phone in Mongolian, uploads a CV (a real PDF) and
// downloads everything held about them.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts.ts';
import { CURRENT_NOTICE_VERSION } from '../src/domain/consent/consent.ts';
import { tinyPdf } from '../test/support/files.ts';
import { expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { createProgram } from './support/host-calls.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36);
const STUDENTS = [
  { latin: 'ARIUNBOLD GANBAATAR', cyrillic: 'Ариунболд Ганбаатар', katakana: 'アリウンボルド ガンバータル', jlpt: 'N2', department: 'Mechatronics' },
  { latin: 'OYUNCHIMEG DORJ', cyrillic: 'Оюунчимэг Дорж', katakana: 'オユンチメグ ドルジ', jlpt: 'N3', department: 'Informatics' },
  { latin: 'TEMUULEN BAT', cyrillic: 'Тэмүүлэн Бат', katakana: 'テムーレン バト', jlpt: 'N4', department: 'Mechatronics' },
  { latin: 'NOMIN ERDENE', cyrillic: 'Номин Эрдэнэ', katakana: 'ノミン エルデネ', jlpt: 'N5', department: 'Civil engineering' },
  { latin: 'SARUUL TSOG', cyrillic: 'Саруул Цог', katakana: 'サルール ツォグ', jlpt: 'none', department: 'Informatics' },
].map((s, i) => ({ ...s, email: `screening-${run}-${i}@example.mn` }));
const PEOPLE = { coordinator: `screening-coordinator-${run}@example.mn`, company: `screening-hr-${run}@example.jp` };

const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

async function ok<T>(response: Promise<{ ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<unknown> }>): Promise<T> {
  const r = await response;
  if (!r.ok()) throw new Error(`setup: ${r.status()} ${await r.text()}`);
  return (await r.json()) as T;
}

let programId = '';
const contexts: APIRequestContext[] = [];

/** The program, its college and company, and five students who consented and applied; all through the API. */
async function setUp(): Promise<void> {
  const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
  const base = b.baseUrl();
  const headers = { origin: base };
  const post = <T>(url: string, data: object) => ok<T>(admin.request.post(`${base}${url}`, { data, headers }));
  const account = await ok<{ memberships: { organization: { id: string; kind: string }; role: string }[] }>(admin.request.get(`${base}/api/account`));
  const operatorId = account.memberships.find((m) => m.role === 'operator_admin')!.organization.id;
  const org = (kind: string, name: string) => post<{ id: string }>('/api/organizations', { kind, name: { ja: name, en: name }, country: kind === 'college' ? 'MN' : 'JP', city: null, website: null });
  const college = await org('college', `Screening college ${run}`);
  const company = await org('company', `Screening company ${run}`);
  // A fiscal year no other test uses (the host-call test creates programs in FY2040–2100 too).
  ({ programId } = await createProgram(admin, { name: { ja: `選考テスト ${run}`, mn: `Шалгаруулалтын туршилт ${run}`, en: `Screening test ${run}` }, internCapPerCompany: 2 }));
  await post(`/api/programs/${programId}/participations`, { organizationId: college.id, role: 'sending_college' });
  await post(`/api/programs/${programId}/participations`, { organizationId: company.id, role: 'host_company' });
  await post('/api/invitations/bulk', { organizationId: college.id, rows: STUDENTS.map((s) => ({ name: s.cyrillic, email: s.email, language: 'mn' })) });
  await post('/api/invitations', { name: 'Coordinator', email: PEOPLE.coordinator, organizationId: college.id, role: 'college_coordinator', language: 'mn' });
  await post('/api/invitations', { name: 'HR', email: PEOPLE.company, organizationId: company.id, role: 'host_company', language: 'ja' });
  const outbox = await ok<{ items: { to: string; body: string }[] }>(admin.request.get(`${base}/api/outbox?pageSize=100`));
  await admin.context().close();
  const api = await request.newContext({ baseURL: base, extraHTTPHeaders: headers });
  contexts.push(api);
  const accept = async (email: string, name: string) => {
    const token = /token=([A-Za-z0-9_-]+)/.exec(outbox.items.find((m) => m.to === email)!.body)![1]!;
    const accepted = await api.post('/api/invitations/accept', { data: { token, name, password: DEMO_PASSWORD } });
    if (!accepted.ok()) throw new Error(`accept: ${accepted.status()} ${await accepted.text()}`);
  };
  await accept(PEOPLE.coordinator, 'Coordinator');
  await accept(PEOPLE.company, 'HR');
  for (const [i, s] of STUDENTS.entries()) {
    await accept(s.email, s.cyrillic);
    const signedIn = await api.post('/api/auth/sign-in', { data: { email: s.email, password: DEMO_PASSWORD } });
    if (!signedIn.ok()) throw new Error(`sign-in: ${signedIn.status()} ${await signedIn.text()}`);
    // The session cookie is a Secure __Host- cookie, which an API context over http does not keep: sent by hand.
    const cookie = signedIn
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value.split(';')[0])
      .join('; ');
    // The last student names only the operator: the company never sees them.
    const shares = i < STUDENTS.length - 1;
    await ok(api.post(`/api/programs/${programId}/consent`, { headers: { cookie }, data: { noticeVersion: CURRENT_NOTICE_VERSION, language: 'mn', recipientIds: shares ? [operatorId, company.id] : [operatorId] } }));
    await ok(
      api.post(`/api/programs/${programId}/applications`, {
        headers: { cookie },
        data: { nameLatin: s.latin, nameCyrillic: s.cyrillic, nameKatakana: s.katakana, department: s.department, graduationYear: 2041, jlptLevel: s.jlpt, skills: i % 2 ? ['Python'] : ['CAD'], companiesOfInterest: shares ? [company.id] : [] },
      }),
    );
  }
}

/** A count chip at the top of the board, by its whole label ("応募済み・3"). */
const chip = (page: Page, label: string) => page.getByRole('group', { name: '状況ごとの応募数' }).getByRole('checkbox', { name: label, exact: true });
const noChip = (page: Page, status: string) => page.getByRole('group', { name: '状況ごとの応募数' }).getByRole('checkbox', { name: new RegExp(`^${status}・`) });
const rows = (page: Page) => page.getByTestId('application-row');

describe.skipIf(skipBrowser)('the screening board and the student’s files', () => {
  beforeAll(async () => {
    if (!skipBrowser) await setUp();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.dispose();
  });

  it('the operator filters the board, moves a selection in one go and sees the counts change', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/applications`);
    await page.getByRole('heading', { name: '選考ボード' }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(5);
    await chip(page, 'すべて・5').waitFor({ state: 'attached' });
    await chip(page, '応募済み・5').waitFor({ state: 'attached' });

    // JLPT N3 or higher: two students; the counts follow the filter.
    await page.getByRole('combobox', { name: '日本語レベル' }).click();
    await page.getByRole('option', { name: 'N3 以上' }).click();
    await expect.poll(() => rows(page).count()).toBe(2);
    await chip(page, '応募済み・2').waitFor({ state: 'attached' });

    // A name in katakana (typed in hiragana) finds one of them.
    await page.getByRole('textbox', { name: '氏名' }).fill('おゆん');
    await expect.poll(() => rows(page).count()).toBe(1);
    await rows(page).getByText('OYUNCHIMEG DORJ').waitFor();
    await page.getByRole('textbox', { name: '氏名' }).fill('');
    await expect.poll(() => rows(page).count()).toBe(2);
    await screenshot(page, 'screening-board-filtered-ja');

    // The download holds the rows on screen (the level filter still set), headed as the screen is.
    await page.getByRole('button', { name: '選考ボードをダウンロード' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel（.xlsx）' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe('状況');
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value].sort()).toEqual(['ARIUNBOLD GANBAATAR', 'OYUNCHIMEG DORJ']);
    expect(sheet.rowCount).toBe(3);
    await expectAccessible(page);

    // Select both and move them together.
    await page.getByRole('checkbox', { name: 'すべて選択' }).check();
    await page.getByRole('button', { name: '選択した 2 件を移動' }).click();
    await page.getByRole('menuitem', { name: '「書類選考通過」に進める' }).click();
    await page.getByRole('dialog').getByText('選択した学生はまとめて移動します', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '「書類選考通過」に移動' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await chip(page, '書類選考通過・2').waitFor({ state: 'attached' });
    await expect.poll(() => noChip(page, '応募済み').count()).toBe(0);

    // Without the level filter: three applied, two screened.
    await page.getByRole('combobox', { name: '日本語レベル' }).click();
    await page.getByRole('option', { name: 'N3 以上' }).click(); // choosing it again clears it
    await expect.poll(() => rows(page).count()).toBe(5);
    await chip(page, '応募済み・3').waitFor({ state: 'attached' });
    await chip(page, '書類選考通過・2').waitFor({ state: 'attached' });
    await page.getByRole('group', { name: '状況ごとの応募数' }).getByText('書類選考通過・2', { exact: true }).click();
    await expect.poll(() => rows(page).count()).toBe(2);
    await screenshot(page, 'screening-board-moved-ja');
    await expectAccessible(page);
    await page.context().close();

    const mn = await signedIn(DEMO.hitachiStaff, LOCALES.mn, `/programs/${programId}/applications`);
    await mn.getByRole('heading', { name: 'Шалгаруулалтын самбар' }).waitFor();
    await expect.poll(() => rows(mn).count()).toBe(5);
    await screenshot(mn, 'screening-board-mn');
    await expectAccessible(mn);
    await mn.context().close();
  });

  it('a student on a phone uploads a CV and downloads their data', async () => {
    const s = STUDENTS[1]!;
    const page = await signedIn(s.email, LOCALES.mn, `/programs/${programId}/apply`, PHONE);
    await page.getByRole('heading', { name: 'CV ба портфолио' }).waitFor();
    await page.getByTestId('file-slot-cv').getByText('Одоогоор оруулаагүй.').waitFor();
    await page.getByTestId('file-slot-cv').locator('input[type="file"]').setInputFiles({ name: 'Оюунчимэг CV.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Oyunchimeg Dorj') });
    await page.getByTestId('file-slot-cv').getByRole('link', { name: 'Оюунчимэг CV.pdf' }).waitFor();
    await page.getByTestId('file-slot-cv').getByRole('button', { name: 'CV солих' }).waitFor();
    await screenshot(page, 'application-files-mn-phone');
    await expectAccessible(page);

    // A picture is not a CV: the server says so in Mongolian.
    await page.getByTestId('file-slot-cv').locator('input[type="file"]').setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) });
    await page.getByTestId('file-slot-cv').getByText('Энэ төрлийн файлыг хүлээн авахгүй', { exact: false }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Татах (JSON)' }).click()]);
    const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { account: { email: string }[]; applications: { nameLatin: string; status: string }[]; files: { originalName: string }[] };
    expect(data.account[0]!.email).toBe(s.email);
    expect(data.applications.map((a) => [a.nameLatin, a.status])).toEqual([[s.latin, 'screened']]);
    expect(data.files.map((f) => f.originalName)).toEqual(['Оюунчимэг CV.pdf']);
    expect(JSON.stringify(data)).not.toContain(STUDENTS[0]!.latin);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Татах (Excel-д зориулсан CSV)' }).click()]);
    expect(fs.readFileSync((await csv.path())!, 'utf8').split('\r\n')[0]).toBe('\uFEFFХэсэг,Бичлэг,Талбар,Утга');
    await page.context().close();

    const ja = await signedIn(s.email, LOCALES.ja, `/programs/${programId}/apply`);
    await ja.getByRole('heading', { name: '履歴書とポートフォリオ' }).waitFor();
    await ja.getByTestId('file-slot-cv').getByRole('link', { name: 'Оюунчимэг CV.pdf' }).waitFor();
    await screenshot(ja, 'application-files-ja');
    await expectAccessible(ja);
    await ja.context().close();
  });

  it('the company sees only the students who chose it under consent; the college reads its roster', async () => {
    const company = await signedIn(PEOPLE.company, LOCALES.ja, `/programs/${programId}/applications`);
    await company.getByRole('heading', { name: '貴社に関心のある学生' }).waitFor();
    await expect.poll(() => rows(company).count()).toBe(4);
    expect(await rows(company).filter({ hasText: STUDENTS[4]!.latin }).count()).toBe(0);
    await rows(company).filter({ hasText: STUDENTS[1]!.latin }).getByText('Python').waitFor();
    // The CV the student uploaded downloads under its own name.
    await company.getByRole('button', { name: `${STUDENTS[1]!.latin} のファイル` }).click();
    const [cv] = await Promise.all([company.waitForEvent('download'), company.getByRole('link', { name: 'Оюунчимэг CV.pdf' }).click()]);
    expect(cv.suggestedFilename()).toBe('Оюунчимэг CV.pdf');
    expect(fs.readFileSync((await cv.path())!, 'latin1').startsWith('%PDF-')).toBe(true);
    await company.keyboard.press('Escape');
    await screenshot(company, 'screening-company-ja');
    await expectAccessible(company);
    await company.context().close();

    const roster = await signedIn(PEOPLE.coordinator, LOCALES.mn, `/programs/${programId}/applications`, PHONE);
    await roster.getByRole('heading', { name: 'Танай коллежийн оюутнууд' }).waitFor();
    await expect.poll(() => rows(roster).count()).toBe(5);
    expect(await roster.getByRole('checkbox').count()).toBe(0);
    expect(await roster.getByRole('button', { name: /шилжүүлэх/ }).count()).toBe(0);
    await rows(roster).filter({ hasText: STUDENTS[1]!.latin }).getByText('CV ✓').waitFor();
    await screenshot(roster, 'screening-roster-mn-phone');
    await expectAccessible(roster);
    await roster.context().close();
  });
});
