// The first half of the yearly pipeline played end to end on one program, as issue 4 asks: the
// Hitachi staff opens the call for host companies; four companies apply and are accepted; a
// college coordinator, reading Mongolian, imports a 70-student roster (names in Latin, Cyrillic
// and katakana) and then a broken file whose errors are shown by row and column with nothing
// written; the staff screens all 70 on the board; the donated lectures (15 sessions of 90
// minutes, Hitachi FY2024) record attendance for 57 of them, one tick on a phone's tick list;
// and the screening board shows the counts: 57 attended, 44 met the attendance rule and go on
// to the interview fair (Hitachi FY2024: 57 → 44). Everything happens on a program, college and
// companies of the test's own, so no demo person's view changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts.ts';
import { lectureSeriesWithAttendance, pageCaller } from '../test/support/lectures.ts';
import { brokenRoster, rosterCsv, rosterStudents, rosterXlsx } from '../test/support/student-roster-fixture.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { HOST_CALLS_TEXT, applyThroughUi, createCompanyWithHr, createProgram, signInCompany, type TestCompany } from './support/host-calls.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36);
const ja = HOST_CALLS_TEXT.ja;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-flow-'));
const coordinatorEmail = `flow-coordinator-${run}@new-mongol-kosen.example`;

/** Attendance over 15 sessions: students 0–56 attend (13 of them, every 4th from the 4th to the 52nd, miss 6 sessions); 57–69 never come. */
const SESSIONS = 15;
const MINIMUM_SESSIONS = 10;
function attendanceOf(index: number): ('present' | 'late' | 'absent')[] {
  if (index >= 57) return Array.from({ length: SESSIONS }, () => 'absent');
  const missesSix = index % 4 === 3 && index < 52;
  return Array.from({ length: SESSIONS }, (_, s) => (missesSix && s < 6 ? 'absent' : s === index % SESSIONS && index % 5 === 0 ? 'late' : 'present'));
}

const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

/** A datetime-local value `days` from now in Asia/Tokyo, the browser contexts' time zone. */
const tokyoLocal = (days: number) => new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 16);

/** A count chip of the screening board, by its whole label ("書類選考通過・70"). */
const chip = (page: Page, label: string) => page.getByRole('group', { name: '状況ごとの応募数' }).getByRole('checkbox', { name: label, exact: true });
const boardRows = (page: Page) => page.getByTestId('application-row');

/** Selects every row the board shows and moves them to `status` in one all-or-nothing move. */
async function moveAllShown(page: Page, count: number, status: string): Promise<void> {
  await expect.poll(() => boardRows(page).count()).toBe(count);
  await page.getByRole('checkbox', { name: 'すべて選択' }).check();
  await page.getByRole('button', { name: `選択した ${count} 件を移動` }).click();
  await page.getByRole('menuitem', { name: `「${status}」に進める`, exact: true }).click();
  await dialogShown(page);
  await page.getByRole('dialog').getByRole('button', { name: `「${status}」に移動` }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 });
}

describe.skipIf(skipBrowser)('recruitment, end to end', () => {
  let programId = '';
  let callId = '';
  let collegeId = '';
  const companies: TestCompany[] = [];

  it('sets up a program of its own: four companies with an HR person each, and a college with its coordinator (API)', async () => {
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    ({ programId } = await createProgram(admin, { name: { ja: `一気通貫テスト ${run}`, mn: `Бүтэн урсгалын туршилт ${run}`, en: `End-to-end test ${run}` }, internCapPerCompany: 2 }));
    for (const [i, name] of ['日立精工', '常陸電機', '北茨城樹脂', '高萩ロボティクス'].entries()) {
      companies.push(await createCompanyWithHr(admin, { name: { ja: `${name}（${run}）`, mn: `${name} (${run})`, en: `Company ${i + 1} (${run})` }, hrName: `HR ${i + 1}`, email: `flow-hr${i + 1}-${run}@company.example` }));
    }
    const call = pageCaller(admin.request, b.baseUrl());
    const college = await call('POST', '/api/organizations', { kind: 'college', name: { ja: `新モンゴル高専（${run}）`, mn: `Шинэ Монгол КОСЭН (${run})`, en: `New Mongol KOSEN (${run})` }, country: 'MN', city: 'Ulaanbaatar' });
    expect(college.status, JSON.stringify(college.body)).toBe(201);
    collegeId = (college.body as { id: string }).id;
    expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: collegeId, role: 'sending_college' })).status).toBe(201);
    expect((await call('POST', '/api/invitations', { name: 'Coordinator', email: coordinatorEmail, organizationId: collegeId, role: 'college_coordinator', language: 'mn' })).status).toBe(201);
    const outbox = (await call('GET', '/api/outbox?pageSize=50')).body as { items: { to: string; body: string }[] };
    const token = /\/invitations\/accept\?token=([^\s"<&]+)/.exec(outbox.items.find((m) => m.to === coordinatorEmail)!.body)![1]!;
    const accepted = await fetch(`${b.baseUrl()}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: decodeURIComponent(token), name: 'Coordinator', password: DEMO_PASSWORD }) });
    expect(accepted.status).toBe(200);
    await admin.context().close();
  });

  it('the operator opens the call for host companies on the program page', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: ja.link.manage }).click();
    await page.waitForURL(/\/host-call$/);
    await page.getByRole('button', { name: ja.operator.create }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByLabel(ja.fields.deadline).fill(tokyoLocal(14));
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: ja.operator.open }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: ja.operator.open }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByTestId('call-status').getByText(ja.callStatus.open).waitFor();
    const calls = (await (await page.request.get(`${b.baseUrl()}/api/host-calls`)).json()) as { items: { id: string; programId: string }[] };
    callId = calls.items.find((c) => c.programId === programId)!.id;
    await page.context().close();
  });

  it('four companies apply through the form, and the operator accepts all four as host companies', async () => {
    for (const [i, company] of companies.entries()) {
      const page = await signInCompany(b.browser() as Browser, company.email, 'ja');
      await applyThroughUi(page, 'ja', callId, { industry: '製造業', employeeCount: 30 + 10 * i, city: '日立市', positions: ['設計'], interviewers: [`面接官 ${i + 1}`], canHost: true, wantsToHire: i % 2 === 0 });
      await page.context().close();
    }
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/host-call`);
    const rows = page.getByTestId('host-application-row');
    await expect.poll(() => rows.count()).toBe(4);
    for (const company of companies) {
      await page.getByRole('link', { name: company.name.ja }).click();
      await page.getByRole('heading', { name: company.name.ja, level: 2 }).waitFor();
      await page.getByRole('button', { name: ja.review.accept, exact: true }).click();
      await dialogShown(page);
      await page.getByRole('dialog').getByRole('textbox', { name: ja.review.reason }).fill('受入体制が整っています。');
      await page.getByRole('dialog').getByRole('button', { name: ja.review.acceptConfirm }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByTestId('is-host').waitFor();
      await page.getByRole('main').getByRole('link', { name: ja.operator.breadcrumb }).click();
      await rows.first().waitFor();
    }
    await page.getByTestId('host-companies').getByText('（4 社）', { exact: false }).waitFor();
    await screenshot(page, 'flow-host-companies-ja');
    await page.context().close();
  }, 180_000);

  it('the college imports 70 students, then a broken file whose errors are named by row and column, with nothing written', async () => {
    const page = await signedIn(coordinatorEmail, LOCALES.mn, `/programs/${programId}`);
    await page.getByRole('link', { name: 'Файлаас оруулах' }).click();
    await page.waitForURL(/\/applications\/import$/);
    const roster = path.join(dir, 'roster-70.xlsx');
    fs.writeFileSync(roster, await rosterXlsx(rosterStudents(70, { tag: `flow${run}`, seed: 2024 }), { language: 'mn' }));
    await page.locator('input[type="file"]').setInputFiles(roster);
    await page.getByRole('button', { name: 'Оруулах', exact: true }).click();
    await page.getByRole('heading', { name: 'Оруулж дууслаа: 70 оюутан' }).waitFor({ timeout: 60_000 });

    const broken = brokenRoster(14, { tag: `flow-broken${run}`, seed: 7 });
    const brokenFile = path.join(dir, 'broken.csv');
    fs.writeFileSync(brokenFile, rosterCsv(broken.students, { language: 'mn' }));
    await page.getByRole('button', { name: 'Өөр файл оруулах' }).click();
    await page.locator('input[type="file"]').setInputFiles(brokenFile);
    await page.getByRole('button', { name: 'Оруулах', exact: true }).click();
    const errors = page.getByTestId('import-errors');
    await errors.getByText('Юу ч оруулсангүй', { exact: true }).waitFor();
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBe(broken.errors.length);
    // Each problem starts with its row number and names the column as the file heads it.
    for (const [i, error] of broken.errors.entries()) expect(await rows.nth(i).innerText()).toMatch(new RegExp(`^${error.row}\\s`));
    expect(await rows.nth(0).innerText()).toContain('Овог нэр (латинаар, паспортынх шиг)');
    await screenshot(page, 'flow-import-errors-mn');
    const listed = (await (await page.request.get(`${b.baseUrl()}/api/programs/${programId}/applications`)).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(70);
    await page.context().close();
  });

  it('the operator screens all 70 on the board; the lectures record attendance for 57 over 15 sessions; the board counts them', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/applications`);
    await page.getByRole('heading', { name: '選考ボード' }).waitFor();
    await chip(page, '応募済み・70').waitFor({ state: 'attached' });
    await moveAllShown(page, 70, '書類選考通過');
    await chip(page, '書類選考通過・70').waitFor({ state: 'attached' });

    // The donated lectures: 15 sessions of 90 minutes given by the first host company, attendance for every student (API).
    const staff = pageCaller(page.request, b.baseUrl());
    const items = ((await staff('GET', `/api/programs/${programId}/applications`)).body as { items: { id: string; nameLatin: string }[] }).items.sort((x, y) => x.nameLatin.localeCompare(y.nameLatin));
    const attendance = Object.fromEntries(items.map((item, index) => [item.id, attendanceOf(index)]));
    // The last session's first student is left for the tick list on a phone.
    const firstOfLast = items[1]!;
    attendance[firstOfLast.id] = attendanceOf(1).slice(0, SESSIONS - 1);
    const { sessionIds } = await lectureSeriesWithAttendance(staff, programId, { givingOrganizationId: companies[0]!.companyId, sessions: SESSIONS, attendance, minimumSessions: MINIMUM_SESSIONS, firstDate: '2025-03-03' });
    expect(sessionIds).toHaveLength(SESSIONS);

    const phone = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/lecture-sessions/${sessionIds.at(-1)}/attendance`, PHONE);
    const row = phone.getByRole('group', { name: `${firstOfLast.nameLatin} の出席` });
    await row.getByRole('button', { name: '出席' }).click();
    await expect.poll(() => row.getByRole('button', { name: '出席' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => phone.getByRole('status', { name: '集計' }).innerText()).toMatch(/\b\d+\s*出席/);
    await screenshot(phone, 'flow-tick-list-ja-phone');
    await phone.context().close();

    // Attended at least one session: 57; at least the rule's 10: 44. They move on together.
    await page.reload();
    await page.getByRole('textbox', { name: '講座の出席数（以上）' }).fill('1');
    await expect.poll(() => boardRows(page).count()).toBe(57);
    await chip(page, '書類選考通過・57').waitFor({ state: 'attached' });
    await moveAllShown(page, 57, '講座受講者');
    await page.getByRole('textbox', { name: '講座の出席数（以上）' }).fill(String(MINIMUM_SESSIONS));
    await expect.poll(() => boardRows(page).count()).toBe(44);
    await moveAllShown(page, 44, '面接対象者');
    await page.getByRole('textbox', { name: '講座の出席数（以上）' }).fill('');
    await expect.poll(() => boardRows(page).count()).toBe(70);
    await chip(page, 'すべて・70').waitFor({ state: 'attached' });
    await chip(page, '書類選考通過・13').waitFor({ state: 'attached' });
    await chip(page, '講座受講者・13').waitFor({ state: 'attached' });
    await chip(page, '面接対象者・44').waitFor({ state: 'attached' });
    await screenshot(page, 'flow-screening-board-ja');
    await expectAccessible(page);
    await page.context().close();
  }, 240_000);
});
