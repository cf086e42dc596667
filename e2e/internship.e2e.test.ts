// The internship and its final report meeting in the browser (issue 8 items 1–2). A program of
// this fiscal year whose internship runs around today, with 3 interns placed by a frozen round at
// the demo's company A (the demo student and one more) and a second company. The operator makes
// the plans; the company names the mentor, keeps weekends, plans today and records attendance,
// and is refused dates that would drop recorded days; the demo student writes today's report in
// Mongolian on a phone; the company comments (meeting someone else's change first), reports an
// incident and marks who was told; the operator sees the untold warning, the coordinator reads the
// plan in Mongolian. Then the final report meeting: set up and reordered by the operator, titled
// and given slides by the student on a phone, scored by the companies, results for the operator.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURRENT_NOTICE_VERSION } from '../src/domain/consent/consent.ts';
import { addDays } from '../src/domain/housing/dates.ts';
import { fiscalYearOf } from '../src/domain/programs/fiscal-year.ts';
import jaApplications from '../src/i18n/locales/ja/applications.json' with { type: 'json' };
import jaCommon from '../src/i18n/locales/ja/common.json' with { type: 'json' };
import jaErrors from '../src/i18n/locales/ja/errors.json' with { type: 'json' };
import jaInternship from '../src/i18n/locales/ja/internship.json' with { type: 'json' };
import mnCommon from '../src/i18n/locales/mn/common.json' with { type: 'json' };
import mnInternship from '../src/i18n/locales/mn/internship.json' with { type: 'json' };
import { demoId } from '../src/server/seed/demo-seed.ts';
import { formatScore } from '../src/web/features/internship/components/internship-format.ts';
import { todayInJapan } from '../src/web/lib/format.ts';
import { tinyPdf } from '../test/support/files.ts';
import { pageCaller, type ApiCall } from '../test/support/lectures.ts';
import { rosterCsv, rosterStudents } from '../test/support/student-roster-fixture.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { administeredOperatorId, createCompanyWithHr, signInCompany, type TestCompany } from './support/host-calls.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const tag = Date.now().toString(36);
const ja = jaInternship;
const mn = mnInternship;
const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);
const caller = (page: Page): ApiCall => pageCaller(page.request, b.baseUrl());
/** What a reader sees with a dialog open: the window, not the whole page behind it. */
const dialogScreenshot = async (page: Page, name: string) => page.screenshot({ path: path.resolve(`test-results/screenshots/${name}.png`) });
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

type Day = { id: string; on: string; version: number; tasks: string };
type Plan = { id: string; version: number; days: Day[]; today: string };

async function ok<T>(call: Promise<{ status: number; body: unknown }>, expected: number, what: string): Promise<T> {
  const res = await call;
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(expected);
  return res.body as T;
}

describe.skipIf(skipBrowser)('the internship', () => {
  const today = todayInJapan();
  // The internship runs from six days ago to five days from now, in Japan.
  const startsOn = addDays(today, -6);
  const endsOn = addDays(today, 5);
  let programId = '';
  let planId = '';
  let second: TestCompany;
  const roster = rosterStudents(2, { tag: `intern${tag}`, seed: 3 });
  const companyA = demoId('hitachi-company-1');
  const college = demoId('new-mongol-kosen');
  const planOf = (call: ApiCall) => ok<Plan>(call('GET', `/api/internship-plans/${planId}`), 200, 'plan');

  it('sets up a program of this year with 3 interns placed at 2 companies (API)', async () => {
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const call = caller(admin);
    const operatorId = await administeredOperatorId(admin);
    // A fiscal year the operator has no program in yet, holding the internship's first day.
    for (let fiscalYear = fiscalYearOf(startsOn); !programId && fiscalYear > fiscalYearOf(startsOn) - 5; fiscalYear--) {
      const res = await call('POST', '/api/programs', { operatorId, fiscalYear, name: { ja: `実習テスト ${tag}`, mn: `Дадлагын туршилт ${tag}`, en: `Internship test ${tag}` }, internCapPerCompany: 2 });
      if (res.status === 201) programId = (res.body as { id: string }).id;
    }
    expect(programId).not.toBe('');
    await ok(call('POST', `/api/programs/${programId}/phases`, { kind: 'internship', startDate: startsOn, endDate: endsOn, label: { ja: 'インターンシップ' } }), 201, 'phase');
    second = await createCompanyWithHr(admin, { name: { ja: `多賀樹脂（${tag}）`, mn: `Тага хуванцар (${tag})`, en: `Taga Resin (${tag})` }, hrName: 'HR Taga', email: `intern-hr-${tag}@company.example` });
    for (const [organizationId, role] of [[companyA, 'host_company'], [second.companyId, 'host_company'], [college, 'sending_college']] as const) {
      await ok(call('POST', `/api/programs/${programId}/participations`, { organizationId, role }), 201, `participation ${role}`);
    }
    // The demo student consents and applies, as on the apply page.
    const student = await signedIn(DEMO.student, LOCALES.mn, '/programs');
    const asStudent = caller(student);
    await ok(asStudent('POST', `/api/programs/${programId}/consent`, { noticeVersion: CURRENT_NOTICE_VERSION, language: 'mn', recipientIds: [operatorId, companyA, second.companyId] }), 201, 'consent');
    await ok(
      asStudent('POST', `/api/programs/${programId}/applications`, { nameLatin: 'BATBAYAR TSETSEG', nameCyrillic: 'Батбаяр Цэцэг', nameKatakana: 'バトバヤル・ツェツェグ', department: 'Мехатроник', graduationYear: 2027, jlptLevel: 'N3', skills: ['CAD'], companiesOfInterest: [companyA] }),
      201,
      'apply',
    );
    await student.context().close();
    const imported = await admin.request.fetch(`${b.baseUrl()}/api/programs/${programId}/applications/import?collegeId=${college}`, { method: 'POST', headers: { origin: b.baseUrl(), 'content-type': 'application/octet-stream' }, data: rosterCsv(roster, { language: 'en' }) });
    expect(imported.status(), await imported.text()).toBe(200);
    const applications = async () => (await ok<{ items: { id: string; version: number; nameLatin: string; status: string }[] }>(call('GET', `/api/programs/${programId}/applications?pageSize=50`), 200, 'applications')).items;
    for (const to of ['screened', 'interviewee']) {
      const items = (await applications()).map((a) => ({ id: a.id, version: a.version }));
      await ok(call('POST', `/api/programs/${programId}/applications/transitions`, { items, to }), 200, to);
    }
    // The demo student and the first of the roster to company A, the other to the second company.
    const students = (await applications()).sort((x, y) => (x.nameLatin === 'BATBAYAR TSETSEG' ? -1 : y.nameLatin === 'BATBAYAR TSETSEG' ? 1 : x.nameLatin.localeCompare(y.nameLatin)));
    const placeAt = [companyA, companyA, second.companyId];
    const round = await ok<{ id: string }>(call('POST', `/api/programs/${programId}/matchings`, { title: { ja: '選考' }, listsDeadline: '2099-01-01T00:00:00Z', totalCap: 3, requireInterviewed: false }), 201, 'round');
    for (const [s, student] of students.entries()) {
      await ok(call('PUT', `/api/matchings/${round.id}/lists`, { owner: { kind: 'student', applicationId: student.id }, ranking: [placeAt[s]], version: null }), 200, 'student list');
    }
    for (const company of [companyA, second.companyId]) {
      const ranking = students.filter((_, s) => placeAt[s] === company).map((st) => st.id);
      await ok(call('PUT', `/api/matchings/${round.id}/lists`, { owner: { kind: 'company', organizationId: company }, ranking, version: null }), 200, 'company list');
    }
    for (const step of ['run', 'publish', 'freeze']) {
      const current = await ok<{ version: number }>(call('GET', `/api/matchings/${round.id}`), 200, 'round');
      await ok(call('POST', `/api/matchings/${round.id}/${step}`, { version: current.version }), 200, step);
    }
    expect((await applications()).map((a) => a.status)).toEqual(['intern', 'intern', 'intern']);
    await admin.context().close();
  }, 240_000);

  it('the operator makes the plans from the program page and sees every intern (ja)', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: ja.link.interns }).click();
    await page.getByRole('heading', { name: ja.overview.title }).waitFor();
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: fill(ja.overview.createPlans_other, { count: 3 }) }).click();
    const rows = page.getByTestId('intern-row');
    await expect.poll(() => rows.getByRole('link').count()).toBe(3);
    expect(await page.getByRole('button', { name: /実習計画を作成/ }).count()).toBe(0);
    await rows.filter({ hasText: 'バトバヤル・ツェツェグ' }).getByRole('link').click();
    await page.waitForURL(/\/internship-plans\/[0-9a-f-]+$/);
    planId = page.url().split('/').pop()!;
    await page.context().close();
  }, 120_000);

  it('the company names the mentor, keeps weekends, plans today and records attendance; dates that drop recorded days are refused (ja)', async () => {
    const page = await signedIn(DEMO.company, LOCALES.ja, '/programs');
    await page.getByRole('navigation').getByRole('link', { name: ja.nav.follow }).click();
    await page.getByRole('region', { name: `実習テスト ${tag}` }).waitFor();
    await screenshot(page, 'internship-programs-company-ja');
    await expectAccessible(page);
    await page.getByRole('region', { name: `実習テスト ${tag}` }).getByRole('link', { name: ja.link.interns }).click();
    // Company A sees its own two interns, not the other company's.
    await expect.poll(() => page.getByTestId('intern-row').count()).toBe(2);
    await page.getByTestId('intern-row').filter({ hasText: 'バトバヤル・ツェツェグ' }).getByRole('link').click();
    await page.getByRole('button', { name: ja.plan.edit }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ja.plan.mentor).fill('佐藤 一郎');
    await dialog.getByRole('switch', { name: ja.plan.weekends }).check({ force: true });
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('佐藤 一郎').first().waitFor();
    await expect.poll(() => page.getByTestId('day-card').count()).toBe(12);

    const todayCard = page.locator('#ip-today').getByTestId('day-card');
    await todayCard.getByLabel(ja.day.tasks).fill('旋盤の基本操作（指導：佐藤）、安全確認');
    await todayCard.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => todayCard.getByRole('button', { name: '保存' }).count()).toBe(0);
    await todayCard.getByRole('radiogroup', { name: ja.day.attendance }).getByText(ja.attendance.present, { exact: true }).click();
    await expect.poll(async () => (await planOf(caller(page))).days.find((d) => d.on === today)).toMatchObject({ tasks: '旋盤の基本操作（指導：佐藤）、安全確認', attendance: 'present' });

    // The other days through the API, as the company would over the week.
    const call = caller(page);
    const plan = await planOf(call);
    const TASKS = ['安全教育、工場見学', '生産ラインの見学', '旋盤の実習', 'CAD演習', '品質検査の補助', '5S活動'];
    for (const [i, day] of plan.days.entries()) {
      if (day.on >= today) continue;
      const attendance = i === 2 ? 'late' : i === 4 ? 'absent' : 'present';
      await ok(call('PATCH', `/api/internship-days/${day.id}`, { version: day.version, tasks: TASKS[i % TASKS.length], attendance, ...(i === 2 ? { attendanceNote: '電車の遅延' } : {}) }), 200, 'day');
    }
    await page.reload();
    await page.getByRole('button', { name: ja.plan.edit }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByLabel(ja.plan.startsOn).fill(addDays(startsOn, 2));
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').getByText(jaErrors.codes.internship.daysHaveRecords).waitFor();
    // The refused dates would drop the first two days, which hold attendance: the dialog names them.
    await page.getByRole('dialog').getByText(fill(ja.plan.recordedDays, { days: '' }).trim(), { exact: false }).waitFor();
    await dialogScreenshot(page, 'internship-plan-dates-refused-ja');
    await page.getByRole('dialog').getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.context().close();
  }, 120_000);

  it('the intern finds their plan from the menu and writes today’s report in Mongolian on a phone', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, '/programs', PHONE);
    // Two reports of past days, written late (the API, as the student did over the week).
    const call = caller(page);
    const plan = await planOf(call);
    for (const day of plan.days.slice(0, 2)) {
      await ok(call('PUT', `/api/internship-days/${day.id}/report`, { version: day.version, body: 'Өнөөдөр аюулгүй ажиллагааны сургалтад хамрагдаж, үйлдвэртэй танилцлаа.', language: 'mn' }), 200, 'report');
    }
    await page.getByRole('button', { name: mnCommon.nav.menu }).click();
    await page.getByRole('navigation').getByRole('link', { name: mn.nav.mine }).click();
    await page.waitForURL(/\/internship-plans\//);
    const todayCard = page.locator('#ip-today').getByTestId('day-card');
    await todayCard.getByText('旋盤の基本操作', { exact: false }).waitFor();
    expect(await todayCard.getByLabel(mn.report.language).inputValue()).toBe('mn');
    await todayCard.getByLabel(mn.report.title).fill('Өнөөдөр токарийн машины үндсэн ажиллагааг сурлаа. Аюулгүй байдлын шалгалт хийсэн.');
    await todayCard.getByRole('button', { name: mn.report.submit }).click();
    await todayCard.getByText(mn.reportState.submitted, { exact: true }).waitFor();
    // A day to come cannot be written yet, and says from when.
    expect(await page.locator('.ip-day[data-when="future"]').first().getByText(mn.report.beforeDay.split('(')[0]!.trim(), { exact: false }).count()).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(0); // no incidents for the intern
    await screenshot(page, 'internship-plan-student-mn-phone');
    await expectAccessible(page);
    // The same page in Japanese, for an intern who reads it.
    await page.getByRole('radiogroup', { name: mnCommon.language.choose }).getByText('日本語', { exact: true }).click();
    await page.locator('#ip-today').getByText(ja.day.today, { exact: true }).waitFor();
    await screenshot(page, 'internship-plan-student-ja-phone');
    await page.context().close();
  }, 120_000);

  it('the company comments (meeting someone else’s change first), reports an incident and marks who was told (ja)', async () => {
    const page = await signedIn(DEMO.company, LOCALES.ja, `/internship-plans/${planId}`);
    const todayCard = page.locator('#ip-today').getByTestId('day-card');
    await todayCard.getByLabel(ja.comment.title).fill('よく頑張りました。明日はCAD演習です。');
    // Meanwhile someone else changes the day: the comment meets their version, the page says so and reloads.
    const call = caller(page);
    const day = (await planOf(call)).days.find((d) => d.on === today)!;
    await ok(call('PATCH', `/api/internship-days/${day.id}`, { version: day.version, tasks: `${day.tasks}、工具の片付け` }), 200, 'concurrent change');
    await todayCard.getByRole('button', { name: ja.comment.send }).click();
    await todayCard.getByText(ja.conflict.title).waitFor();
    await expect.poll(() => todayCard.getByLabel(ja.day.tasks).inputValue()).toContain('工具の片付け');
    await todayCard.getByRole('button', { name: ja.comment.send }).click();
    await todayCard.getByText(ja.reportState.commented, { exact: true }).waitFor();
    await expect.poll(() => todayCard.getByText(ja.conflict.title).count()).toBe(0);
    // The first past report too.
    const first = page.getByTestId('day-card').first();
    await first.getByLabel(ja.comment.title).fill('初日お疲れさまでした。');
    await first.getByRole('button', { name: ja.comment.send }).click();
    await first.getByText(ja.reportState.commented, { exact: true }).waitFor();
    await screenshot(page, 'internship-plan-company-ja');
    await expectAccessible(page);

    await page.getByRole('tab', { name: ja.incidents.title }).click();
    await page.getByRole('button', { name: ja.incidents.add }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radiogroup', { name: ja.incidents.severity }).getByText(ja.severity.high, { exact: true }).click();
    await dialog.getByLabel(ja.incidents.description).fill('発熱（38.5℃）のため早退し、病院を受診。');
    await dialog.getByLabel(ja.incidents.actionTaken).fill('社用車で市内の病院へ送迎。');
    await dialog.getByRole('checkbox', { name: ja.party.operator }).check();
    await dialogScreenshot(page, 'internship-incident-form-ja');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    const incident = page.getByTestId('incident');
    const untold = incident.getByRole('group', { name: ja.incidents.untold });
    await expect.poll(() => untold.getByRole('button').count()).toBe(3); // company, college, family
    await untold.getByRole('button', { name: fill(ja.incidents.markToldOf, { party: ja.party.company }) }).click();
    await expect.poll(() => untold.getByRole('button').count()).toBe(2);
    await incident.getByRole('listitem').filter({ hasText: ja.party.company }).waitFor();
    await screenshot(page, 'internship-incidents-ja');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);

  it('the operator sees the progress and the untold warning; the coordinator reads the plan in Mongolian on a phone', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/internship`);
    const row = page.getByTestId('intern-row').filter({ hasText: 'バトバヤル・ツェツェグ' });
    await row.getByText(fill(ja.overview.untold_other, { count: 1 })).waitFor();
    await row.getByText('佐藤 一郎').waitFor();
    expect(await row.getByRole('img').getAttribute('aria-label')).toBe(fill(ja.progress.barLabel, { commented: 2, submitted: 0, late: 1, missing: 4, notDue: 5 }));
    await screenshot(page, 'internship-overview-ja');
    // The interns as an Excel file: the table's headers in Japanese, a row per intern.
    await page.getByRole('button', { name: fill(jaCommon.download.menu, { list: ja.overview.tableLabel }) }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: jaCommon.download.xlsx }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual([jaApplications.fields.nameLatin, jaApplications.fields.nameCyrillic, jaApplications.fields.nameKatakana, ja.overview.company]);
    expect(sheet.rowCount).toBe(4);
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await page.context().close();

    const phone = await signedIn(DEMO.coordinator, LOCALES.mn, `/programs/${programId}/internship`, PHONE);
    await expect.poll(() => phone.getByTestId('intern-row').count()).toBe(3);
    await screenshot(phone, 'internship-overview-mn-phone');
    await phone.getByTestId('intern-row').filter({ hasText: 'Батбаяр Цэцэг' }).getByRole('link').click();
    await phone.getByRole('tab', { name: mn.incidents.title }).click();
    await phone.getByTestId('incident').waitFor();
    expect(await phone.getByRole('button', { name: mn.incidents.add }).count()).toBe(0);
    expect(await phone.getByTestId('incident').getByRole('button').count()).toBe(0);
    await screenshot(phone, 'internship-incidents-coordinator-mn-phone');
    await expectAccessible(phone);
    await phone.context().close();
  }, 120_000);

  it('the operator sets up the final report meeting and moves a talk up (ja)', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: ja.link.meeting }).click();
    await page.getByRole('heading', { name: ja.meeting.title }).waitFor();
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: ja.meeting.setUp }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ja.meeting.heldOn).fill(endsOn);
    await dialog.getByLabel(ja.meeting.startsAt).fill('13:30');
    await dialog.getByLabel(ja.meeting.place).fill('日立地区産業支援センター 大会議室');
    await dialog.getByLabel(ja.meeting.minutesPerTalk).fill('15');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    const talks = page.getByTestId('talk');
    await expect.poll(() => talks.count()).toBe(3);
    expect(await talks.locator('.ip-talk-time p:first-child').allTextContents()).toEqual(['13:30', '13:45', '14:00']);
    const names = async () => (await ok<{ talks: { student: { nameKatakana: string } }[] }>(caller(page)('GET', `/api/programs/${programId}/report-meeting`), 200, 'meeting')).talks.map((x) => x.student.nameKatakana);
    const before = await names();
    await page.getByRole('button', { name: fill(ja.meeting.moveUp, { name: before[2]! }) }).click();
    await expect.poll(names).toEqual([before[0], before[2], before[1]]);
    await talks.nth(1).getByText(before[2]!, { exact: true }).waitFor();
    await screenshot(page, 'internship-meeting-ja');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);

  it('the intern titles the talk and uploads slides on a phone (mn)', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, `/programs/${programId}`, PHONE);
    await page.getByRole('link', { name: mn.link.meeting }).click();
    const mine = page.locator('.ip-talk[data-mine]');
    await mine.getByText(mn.meeting.yours, { exact: true }).waitFor();
    await mine.getByLabel(mn.meeting.talkTitle).fill('Токарийн машины аюулгүй ажиллагааг сайжруулах санал');
    await mine.getByRole('button', { name: 'Хадгалах' }).click();
    await mine.getByText('Токарийн машины аюулгүй ажиллагааг сайжруулах санал', { exact: true }).waitFor();
    await mine.locator('input[type=file]').setInputFiles({ name: 'Тайлан.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Final report') });
    await mine.getByRole('link', { name: /Тайлан\.pdf/ }).waitFor();
    const href = await mine.getByRole('link', { name: /Тайлан\.pdf/ }).getAttribute('href');
    const slides = await page.request.get(`${b.baseUrl()}${href}`);
    expect(slides.status()).toBe(200);
    expect((await slides.body()).toString('latin1')).toContain('Final report');
    await screenshot(page, 'internship-meeting-student-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);

  it('the companies score the talks; the operator sees the results per student (ja)', async () => {
    const page = await signedIn(DEMO.company, LOCALES.ja, `/programs/${programId}/report-meeting`);
    const talk = page.getByTestId('talk').filter({ hasText: 'バトバヤル・ツェツェグ' });
    await talk.getByRole('button', { name: fill(ja.score.giveOf, { name: 'バトバヤル・ツェツェグ' }) }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    for (const [label, score] of [['成果の内容', '5'], ['説明のわかりやすさ', '4'], ['日本語での発表', '3'], ['質疑応答', '4']] as const) {
      await dialog.getByRole('radiogroup', { name: label }).getByText(score, { exact: true }).click();
    }
    await dialog.getByLabel(ja.score.comment).fill('実務に直結する提案でした。');
    await dialogScreenshot(page, 'internship-score-ja');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    // (2×5 + 4 + 3 + 4) / 5 = 4.2
    await talk.getByText(fill(ja.score.yours, { score: '4.2' })).waitFor();
    // The rest through the API: company A scores its other intern, the second company all three.
    const view = await ok<{ talks: { id: string; student: { nameLatin: string } }[] }>(caller(page)('GET', `/api/programs/${programId}/report-meeting`), 200, 'meeting');
    const other = view.talks.find((x) => x.student.nameLatin !== 'BATBAYAR TSETSEG')!;
    await ok(caller(page)('PUT', `/api/report-presentations/${other.id}/score`, { scores: { outcome: 3, clarity: 3, japanese: 2, answers: 3 } }), 204, 'score');
    await page.context().close();
    const taga = await signInCompany(b.browser() as Browser, second.email, 'ja', `/programs/${programId}/report-meeting`);
    for (const [i, t] of view.talks.entries()) {
      await ok(caller(taga)('PUT', `/api/report-presentations/${t.id}/score`, { scores: { outcome: 4 - i, clarity: 4, japanese: 3, answers: 4 - i } }), 204, 'score');
    }
    await taga.context().close();

    const staff = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/report-meeting`);
    const chart = staff.locator('.ip-chart-row');
    await expect.poll(() => chart.count()).toBe(3);
    const values = (await staff.locator('.ip-chart-value').allTextContents()).map(Number);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    const results = await ok<{ talks: { student: { nameLatin: string }; result: { overall: number; scorers: number } }[] }>(caller(staff)('GET', `/api/programs/${programId}/report-meeting`), 200, 'results');
    const demo = results.talks.find((x) => x.student.nameLatin === 'BATBAYAR TSETSEG')!.result;
    expect(demo.scorers).toBe(2);
    expect(await staff.getByTestId('result-row').filter({ hasText: 'バトバヤル・ツェツェグ' }).locator('td').nth(1).textContent()).toBe(formatScore(demo.overall, 'ja'));
    await screenshot(staff, 'internship-meeting-results-ja');
    await expectAccessible(staff);
    await staff.context().close();

    // The college follows the running order in Mongolian; the scores are the companies' and the operators'.
    const coordinator = await signedIn(DEMO.coordinator, LOCALES.mn, `/programs/${programId}/report-meeting`);
    await expect.poll(() => coordinator.getByTestId('talk').count()).toBe(3);
    expect(await coordinator.getByRole('heading', { name: mn.results.title }).count()).toBe(0);
    expect(await coordinator.getByRole('button', { name: /Үнэлэх/ }).count()).toBe(0);
    await screenshot(coordinator, 'internship-meeting-coordinator-mn');
    await expectAccessible(coordinator);
    await coordinator.context().close();
  }, 180_000);
  it('the operator records the letterhead, issues the visa documents and downloads them; the intern finds them on a phone (ja, mn)', async () => {
    const staff = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/internship`);
    const call = caller(staff);
    await staff.getByRole('link', { name: ja.link.visaPacks }).click();
    await staff.getByRole('heading', { name: ja.visaPacks.title }).waitFor();
    const row = staff.getByTestId('visa-pack-row').filter({ hasText: 'バトバヤル・ツェツェグ' });
    // Nothing is on record yet: the page says what, and where to record it.
    await row.getByTestId('visa-pack-gaps').waitFor();
    // The operator's own details once above the table; the company's and the intern's on the row.
    expect(await staff.getByTestId('visa-pack-gaps').first().textContent()).toContain(ja.visaPacks.gap.inviter.address);
    for (const gap of [ja.visaPacks.gap.hostCompany.address, ja.visaPacks.gap.invitee.birthDate]) expect(await row.getByTestId('visa-pack-gaps').textContent()).toContain(gap);
    await screenshot(staff, 'visa-packs-gaps-ja');
    await expectAccessible(staff);

    // The operator's letterhead on the organization form; the company's address and the intern's birth date by the API.
    await row.getByRole('link', { name: ja.visaPacks.where.organizations }).first().click();
    await staff.getByRole('heading', { name: '団体', level: 2 }).waitFor();
    await staff.getByRole('row').filter({ hasText: '公益財団法人日立地区産業支援センター' }).getByRole('button', { name: '編集' }).click();
    await dialogShown(staff);
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('所在地（日本語）').fill('茨城県日立市西成沢町2丁目20番1号');
    await dialog.getByLabel('電話番号').fill('0294-24-1411');
    await dialog.getByLabel('代表者の役職（日本語）').fill('理事長');
    await dialog.getByLabel('代表者の氏名（日本語）').fill('日立 太郎');
    await dialog.getByLabel('代表者の氏名（英語）').fill('Taro Hitachi');
    await dialogScreenshot(staff, 'organization-letterhead-ja');
    await dialog.getByRole('button', { name: '保存' }).click();
    await staff.getByRole('dialog').waitFor({ state: 'detached' });
    const company = await ok<{ version: number }>(call('GET', `/api/organizations/${companyA}`), 200, 'company');
    await ok(call('PATCH', `/api/organizations/${companyA}`, { version: company.version, address: { ja: '茨城県日立市城南町1丁目3番5号', en: '1-3-5 Jonancho, Hitachi, Ibaraki' } }), 200, 'company address');
    const overview = await ok<{ interns: { planId: string; userId: string; defaults: { arrivalOn: string } }[] }>(call('GET', `/api/programs/${programId}/visa-packs`), 200, 'visa packs');
    const intern = overview.interns.find((i) => i.planId === planId)!;
    const coordinator = await signedIn(DEMO.coordinator, LOCALES.mn, '/people');
    const identity = await ok<{ version: number }>(caller(coordinator)('GET', `/api/members/${intern.userId}/identity`), 200, 'identity');
    await ok(caller(coordinator)('PUT', `/api/members/${intern.userId}/identity`, { version: identity.version, birthDate: '2004-03-05' }), 200, 'birth date');
    await coordinator.context().close();

    // Issued today, the documents would be dated after the arrival: refused under the date, in Japanese.
    await staff.goto(`${b.baseUrl()}/programs/${programId}/visa-packs`);
    await row.waitFor();
    expect(await row.getByTestId('visa-pack-gaps').count()).toBe(0);
    expect(await staff.getByText(ja.visaPacks.programGapsTitle).count()).toBe(0);
    await row.getByRole('button', { name: ja.visaPacks.issue }).click();
    await dialogShown(staff);
    await staff.getByRole('dialog').getByText(ja.visaPacks.gender.female).click();
    await staff.getByRole('dialog').getByLabel(ja.visaPacks.field.internshipWork + '（日本語）').fill('生産設備の保全業務');
    await staff.getByRole('dialog').getByRole('button', { name: ja.visaPacks.issue }).click();
    await staff.getByRole('dialog').getByText(jaErrors.fieldIssues.visaPack.issuedAfterArrival).waitFor();
    await staff.getByRole('dialog').getByLabel(ja.visaPacks.field.issuedOn).fill(addDays(intern.defaults.arrivalOn, -40));
    await dialogScreenshot(staff, 'visa-pack-issue-ja');
    await staff.getByRole('dialog').getByRole('button', { name: ja.visaPacks.issue }).click();
    await staff.getByRole('dialog').waitFor({ state: 'detached' });
    await row.getByText(ja.visaPacks.status.valid).waitFor();
    await staff.mouse.move(0, 0);
    await screenshot(staff, 'visa-packs-issued-ja');
    await expectAccessible(staff);

    // The PDF as the browser downloads it: the three documents with the program's data.
    const href = await row.getByRole('link', { name: ja.visaPacks.download.all }).getAttribute('href');
    const pdf = await staff.request.get(`${b.baseUrl()}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await staff.context().close();

    // The intern finds the pack on their plan, on a phone, in Mongolian.
    const student = await signedIn(DEMO.student, LOCALES.mn, `/internship-plans/${planId}`, PHONE);
    const card = student.getByTestId('plan-visa-pack');
    await card.waitFor();
    expect(await card.textContent()).toContain(mn.visaPacks.status.valid);
    expect(await card.getByRole('link', { name: mn.visaPacks.document.invitationLetter }).count()).toBe(1);
    await screenshot(student, 'visa-pack-intern-mn-phone');
    await expectAccessible(student);
    await student.context().close();
  }, 180_000);
});
