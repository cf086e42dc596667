// The interview fair in the browser, Hitachi-sized (FY2024: the day after the lectures, 4
// companies interviewed 44 students): the operator creates the fair on the program page, picks
// the four companies, approves the 44 interviews the companies asked for, runs the scheduler
// (44 placed in 11 slots, proved optimal), moves one interview by hand on the grid (a move onto
// a taken room is refused with the reason), downloads a company's timetable as .ics and prints
// it, and publishes. A company evaluates an interview in English; a student reads their
// timetable in Mongolian on a phone.
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import jaFairs from '../src/i18n/locales/ja/fairs.json' with { type: 'json' };
import jaErrors from '../src/i18n/locales/ja/errors.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts.ts';
import { pageCaller } from '../test/support/lectures.ts';
import { rosterCsv, rosterStudents } from '../test/support/student-roster-fixture.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { createCompanyWithHr, createProgram, signInCompany, type TestCompany } from './support/host-calls.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36);
const ja = jaFairs;
const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

/**
 * Drags with the mouse in small steps, as a person does, so Chromium's drag and drop sees every
 * move. Both ends must be on screen first: scrolling during the drag would move another card
 * under the pointer.
 */
async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height / 2, { steps: 2 });
  await page.mouse.up();
}

describe.skipIf(skipBrowser)('the interview fair', () => {
  let programId = '';
  let fairId = '';
  let collegeId = '';
  const companies: TestCompany[] = [];
  let applications: { id: string }[] = [];
  const roster = rosterStudents(44, { tag: `fair${run}`, seed: 44 });

  it('sets up a program with four host companies and 44 students of a college (API)', async () => {
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const call = pageCaller(admin.request, b.baseUrl());
    ({ programId } = await createProgram(admin, { name: { ja: `面接会テスト ${run}`, mn: `Ярилцлагын туршилт ${run}`, en: `Interview fair test ${run}` } }));
    for (const [i, name] of ['日立精工', '常陸電機', '北茨城樹脂', '高萩ロボティクス'].entries()) {
      const company = await createCompanyWithHr(admin, { name: { ja: `${name}（${run}）`, mn: `${name} (${run})`, en: `Company ${i + 1} (${run})` }, hrName: `HR ${i + 1}`, email: `fair-hr${i + 1}-${run}@company.example` });
      expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: company.companyId, role: 'host_company' })).status).toBe(201);
      companies.push(company);
    }
    const college = await call('POST', '/api/organizations', { kind: 'college', name: { ja: `新モンゴル高専（${run}）`, en: `New Mongol KOSEN (${run})` }, country: 'MN', city: 'Ulaanbaatar' });
    collegeId = (college.body as { id: string }).id;
    expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: collegeId, role: 'sending_college' })).status).toBe(201);
    // The roster import records the paper consent naming the program's operator and host companies.
    const file = rosterCsv(roster, { language: 'en' });
    const imported = await admin.request.fetch(`${b.baseUrl()}/api/programs/${programId}/applications/import?collegeId=${collegeId}`, { method: 'POST', headers: { origin: b.baseUrl(), 'content-type': 'application/octet-stream' }, data: file });
    expect(imported.status(), await imported.text()).toBe(200);
    const listed = (await call('GET', `/api/programs/${programId}/applications`)).body as { items: { id: string }[] };
    expect(listed.items).toHaveLength(44);
    applications = listed.items;
    await admin.context().close();
  }, 180_000);

  it('the operator creates the fair on the program page and picks the four companies', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: ja.link, exact: true }).click();
    await page.getByRole('button', { name: ja.list.add }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(`${ja.form.title}（日本語）`).fill('日立地区 面接会');
    await dialog.getByLabel(`${ja.form.title}（英語）`).fill('Hitachi interview fair');
    const day = dialog.getByRole('group', { name: ja.form.dayN.replace('{{n}}', '1') });
    await day.getByLabel(ja.form.date).fill('2025-06-22');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/fairs\/[0-9a-f-]+$/);
    fairId = page.url().split('/').pop()!;
    await page.getByRole('tab', { name: ja.tabs.setup }).click();
    for (const company of companies) await page.getByRole('checkbox', { name: company.name.ja }).check();
    await page.getByRole('button', { name: ja.setup.saveCompanies }).click();
    await expect.poll(async () => ((await (await page.request.get(`${b.baseUrl()}/api/fairs/${fairId}`)).json()) as { companies: unknown[] }).companies.length).toBe(4);
    await screenshot(page, 'fair-setup-ja');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);

  it('the companies ask for 11 students each, and the operator approves all 44 at once', async () => {
    for (const [c, company] of companies.entries()) {
      const hr = await signInCompany(b.browser() as Browser, company.email, 'ja', `/fairs/${fairId}`);
      const call = pageCaller(hr.request, b.baseUrl());
      for (let s = c; s < 44; s += 4) {
        const res = await call('POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[s]!.id, organizationId: company.companyId, needsInterpreter: s % 5 === 0 });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
      await hr.context().close();
    }
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/fairs/${fairId}`);
    await page.getByRole('tab', { name: ja.tabs.interviews }).click();
    await page.getByRole('checkbox', { name: ja.interviews.selectAll }).check();
    await page.getByRole('button', { name: ja.interviews.approveSelected.replace('{{count}}', '44') }).click();
    await expect.poll(() => page.getByText(ja.interviewStatus.approved, { exact: true }).count(), { timeout: 30_000 }).toBe(44);
    await page.context().close();
  }, 180_000);

  it('runs the scheduler: 44 interviews in 11 slots, proved optimal; moves one by hand and is refused a taken room', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/fairs/${fairId}`);
    await page.getByRole('button', { name: ja.run.button }).click();
    const summary = page.getByRole('status', { name: ja.run.summaryLabel });
    await summary.getByText(ja.run.placed.replace('{{placed}}', '44').replace('{{total}}', '44')).waitFor();
    await summary.getByText(ja.run.makespan.replace('{{slots}}', '11').replace('{{bound}}', '11')).waitFor();
    await summary.getByText(ja.run.proved, { exact: true }).waitFor();
    const cards = page.getByTestId('grid-interview');
    await expect.poll(() => cards.count()).toBe(44);
    await screenshot(page, 'fair-grid-ja');
    await expectAccessible(page);

    // Onto a room already taken: refused, with the reason.
    const first = companies[0]!.name.ja;
    const cell = (time: string) => page.getByRole('cell', { name: `${first} 部屋1 ${time}`, exact: true });
    const dragged = cell('13:20').getByTestId('grid-interview');
    const who = (await dragged.getAttribute('aria-label'))!.split('（')[0]!;
    const refetched = page.waitForResponse((r) => r.url().endsWith(`/api/fairs/${fairId}/interviews`) && r.request().method() === 'GET');
    await drag(page, dragged, cell('13:00'));
    await page.getByRole('alert').getByText(jaErrors.codes.fair.roomTaken).waitFor();
    await refetched;
    // Into the free slot after it: moved and pinned.
    await drag(page, dragged, cell('13:40'));
    const moved = cell('13:40').getByTestId('grid-interview');
    await expect.poll(async () => (await moved.count()) === 1 && ((await moved.getAttribute('aria-label')) ?? '').startsWith(who)).toBe(true);
    await moved.getByLabel(ja.grid.pinned).waitFor();
    await expect.poll(() => cell('13:20').getByTestId('grid-interview').count()).toBe(0);
    await screenshot(page, 'fair-grid-moved-ja');
    await page.context().close();
  }, 180_000);

  it('downloads a company’s timetable as .ics, prints it, and publishes the fair', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/fairs/${fairId}`);
    await page.getByRole('link', { name: ja.timetable.link }).click();
    await page.waitForURL(/\/timetable/);
    await page.getByRole('table').waitFor();
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(11);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: ja.timetable.ics }).click()]);
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(11);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'fair-timetable-print-ja');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: ja.timetable.back }).click();
    await page.getByRole('button', { name: ja.publish.button }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: ja.publish.confirm }).click();
    await page.getByText(ja.status.published, { exact: true }).first().waitFor();
    await page.context().close();
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const outbox = (await (await admin.request.get(`${b.baseUrl()}/api/outbox?pageSize=200`)).json()) as { items: { to: string; subject: string }[] };
    expect(outbox.items.filter((m) => m.to === companies[0]!.email && /Hitachi interview fair|日立地区 面接会/.test(m.subject))).toHaveLength(1);
    await admin.context().close();
  }, 180_000);

  it('a company evaluates an interview in English', async () => {
    const page = await signInCompany(b.browser() as Browser, companies[1]!.email, 'en', `/fairs/${fairId}`);
    await page.getByRole('heading', { name: 'Our interviews' }).waitFor();
    await page.getByRole('button', { name: 'Evaluate' }).first().click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    for (const [criterion, score] of [['Technical knowledge and skill', '4'], ['Japanese', '3'], ['Motivation', '5'], ['Fit with the workplace', '4']] as const) {
      await dialog.getByRole('group', { name: criterion }).getByText(score, { exact: true }).click();
    }
    await dialog.getByLabel('Notes').fill('Reads drawings well; keen on CAD.');
    await dialog.getByRole('combobox', { name: 'Recommendation for an internship' }).click();
    await page.getByRole('option', { name: 'Recommend', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    // (4×2 + 3 + 5 + 4) / 5: technical skill weighs double.
    await page.getByText('4 · Recommend').waitFor();
    await screenshot(page, 'fair-company-en');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);

  it('a student reads their timetable in Mongolian on a phone', async () => {
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const outbox = (await (await admin.request.get(`${b.baseUrl()}/api/outbox?pageSize=200`)).json()) as { items: { to: string; body: string }[] };
    const student = roster[0]!;
    const invitation = outbox.items.find((m) => m.to === student.email && /invitations\/accept\?token=/.test(m.body));
    const token = /\/invitations\/accept\?token=([^\s"<&]+)/.exec(invitation!.body)![1]!;
    const accepted = await fetch(`${b.baseUrl()}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: decodeURIComponent(token), name: 'Student', password: DEMO_PASSWORD }) });
    expect(accepted.status, await accepted.text()).toBe(200);
    await admin.context().close();
    const page = await signedIn(student.email, LOCALES.mn, `/fairs/${fairId}/timetable`, PHONE);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'fair-student-timetable-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);
});

