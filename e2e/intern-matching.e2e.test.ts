// Intern selection in the browser, Hitachi-sized: 20 interviewed students and 5 host companies of
// 2 seats each under a cap of 8 flats (Leopalace21's). The operator opens the round on the program
// page; a student ranks companies in Mongolian on a phone and a company ranks the students it
// interviewed in Japanese, the others through the API as themselves; the operator previews, runs,
// takes one student out by hand (the page names the property that breaks), publishes; the
// student reads their result in Mongolian.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import jaMatching from '../src/i18n/locales/ja/matching.json' with { type: 'json' };
import mnMatching from '../src/i18n/locales/mn/matching.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts.ts';
import { pageCaller } from '../test/support/lectures.ts';
import { rosterCsv, rosterStudents } from '../test/support/student-roster-fixture.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { createCompanyWithHr, createProgram, signInCompany, type TestCompany } from './support/host-calls.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36);
const ja = jaMatching;
const mn = mnMatching;
const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

type Caller = (method: string, url: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
const sessions = new Map<string, Caller>();
const addresses = new Map<string, string>();

/** Each person the API plays gets an address of their own (the e2e server trusts a loopback proxy), as students on their own phones would. */
const addressOf = (email: string) => addresses.get(email) ?? addresses.set(email, `198.51.100.${addresses.size + 1}`).get(email)!;

/** A POST from the person's own address; past a rate limit, waits as the answer's Retry-After says and tries again, as a script would. */
async function postAs(email: string, url: string, body: unknown): Promise<Response> {
  for (;;) {
    const res = await fetch(`${b.baseUrl()}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: b.baseUrl(), 'x-forwarded-for': addressOf(email) }, body: JSON.stringify(body) });
    if (res.status !== 429) return res;
    await new Promise((resolve) => setTimeout(resolve, (Number(res.headers.get('retry-after')) || 10) * 1000));
  }
}

/** A person signed in through the API alone (no page), calling it as themselves; one session per person for the whole file. */
async function apiAs(email: string): Promise<Caller> {
  const known = sessions.get(email);
  if (known) return known;
  const res = await postAs(email, '/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const caller: Caller = async (method, url, body) => {
    const headers = { cookie, origin: b.baseUrl(), 'x-forwarded-for': addressOf(email), ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const r = await fetch(`${b.baseUrl()}${url}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: r.status, body: (await r.json()) as unknown };
  };
  sessions.set(email, caller);
  return caller;
}

describe.skipIf(skipBrowser)('intern selection', () => {
  /** The demo operator admin, signed in once for the set-up and the outbox (a second sign-in within 30 s would reuse the one-time code). */
  let admin: Page;
  let programId = '';
  let roundId = '';
  const companies: TestCompany[] = [];
  const applications: string[] = [];
  const roster = rosterStudents(20, { tag: `match${run}`, seed: 20 });
  /** Company c interviewed students c, c+1, c+2 (mod 5) and so on: 12 each; each student met 3 companies. */
  const interviewers = (s: number) => [s % 5, (s + 1) % 5, (s + 2) % 5];

  it('sets up a program with 5 host companies, 20 students, and a fair where each student met 3 companies (API)', async () => {
    admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const call = pageCaller(admin.request, b.baseUrl());
    ({ programId } = await createProgram(admin, { name: { ja: `マッチングテスト ${run}`, mn: `Хуваарилалтын туршилт ${run}`, en: `Matching test ${run}` } }));
    for (const [i, name] of ['日立精工', '常陸電機', '北茨城樹脂', '高萩ロボティクス', '大甕金属'].entries()) {
      const company = await createCompanyWithHr(admin, { name: { ja: `${name}（${run}）`, mn: `${name} (${run})`, en: `Company ${i + 1} (${run})` }, hrName: `HR ${i + 1}`, email: `match-hr${i + 1}-${run}@company.example` });
      expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: company.companyId, role: 'host_company' })).status).toBe(201);
      companies.push(company);
    }
    const college = (await call('POST', '/api/organizations', { kind: 'college', name: { ja: `新モンゴル高専（${run}）`, en: `New Mongol KOSEN (${run})` }, country: 'MN', city: 'Ulaanbaatar' })).body as { id: string };
    expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: college.id, role: 'sending_college' })).status).toBe(201);
    const imported = await admin.request.fetch(`${b.baseUrl()}/api/programs/${programId}/applications/import?collegeId=${college.id}`, { method: 'POST', headers: { origin: b.baseUrl(), 'content-type': 'application/octet-stream' }, data: rosterCsv(roster, { language: 'en' }) });
    expect(imported.status(), await imported.text()).toBe(200);
    // Every student sets a password from their invitation, as they would, and finds their application.
    const outbox = (await call('GET', '/api/outbox?pageSize=200')).body as { items: { to: string; body: string }[] };
    for (const student of roster) {
      const mail = outbox.items.find((m) => m.to === student.email && /invitations\/accept\?token=/.test(m.body))!;
      const token = /\/invitations\/accept\?token=([^\s"<&]+)/.exec(mail.body)![1]!;
      const accepted = await postAs(student.email, '/api/invitations/accept', { token: decodeURIComponent(token), name: student.nameLatin, password: DEMO_PASSWORD });
      expect(accepted.status, await accepted.text()).toBe(200);
      const own = (await (await apiAs(student.email))('GET', `/api/programs/${programId}/applications`)).body as { items: { id: string }[] };
      expect(own.items).toHaveLength(1);
      applications.push(own.items[0]!.id);
    }
    for (const to of ['screened', 'interviewee']) {
      const items = (((await call('GET', `/api/programs/${programId}/applications`)).body as { items: { id: string; version: number }[] }).items).map((a) => ({ id: a.id, version: a.version }));
      expect((await call('POST', `/api/programs/${programId}/applications/transitions`, { items, to })).status).toBe(200);
    }
    const fair = (await call('POST', `/api/programs/${programId}/fairs`, { title: { ja: '面接会' }, days: [{ date: '2025-06-22', start: '09:00', end: '17:00' }] })).body as { id: string; version: number };
    expect((await call('PUT', `/api/fairs/${fair.id}/companies`, { version: fair.version, companies: companies.map((c) => ({ organizationId: c.companyId })) })).status).toBe(200);
    for (let s = 0; s < 20; s++) {
      for (const c of interviewers(s)) expect((await call('POST', `/api/fairs/${fair.id}/interviews`, { applicationId: applications[s]!, organizationId: companies[c]!.companyId })).status).toBe(201);
    }
  }, 240_000);

  it('the operator opens the round on the program page: 5 companies × 2 seats, 8 flats', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: ja.link, exact: true }).click();
    await page.getByRole('button', { name: ja.list.add }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(`${ja.form.title}（日本語）`).fill('日立地区 インターン選考 2025');
    await dialog.getByLabel(`${ja.form.title}（英語）`).fill('Hitachi intern selection 2025');
    await dialog.getByLabel(ja.form.deadline).fill('2099-07-01T17:00');
    await dialog.getByLabel(ja.form.cap).fill('8');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/matchings\/[0-9a-f-]+$/);
    roundId = page.url().split('/').pop()!;
    await page.getByText(ja.header.companies_other.replace('{{count}}', '5').replace('{{seats}}', '10')).waitFor();
    await page.context().close();
  }, 120_000);

  it('a student ranks companies in Mongolian on a phone; the others send their lists through the API', async () => {
    const student = roster[0]!;
    const page = await signedIn(student.email, LOCALES.mn, `/matchings/${roundId}`, PHONE);
    const first = companies[interviewers(0)[1]!]!.name.mn;
    const second = companies[interviewers(0)[0]!]!.name.mn;
    await page.getByRole('button', { name: mn.ranking.add.replace('{{name}}', second) }).click();
    await page.getByRole('button', { name: mn.ranking.add.replace('{{name}}', first) }).click();
    await page.getByRole('button', { name: mn.ranking.up.replace('{{name}}', first) }).click();
    await page.getByRole('button', { name: mn.lists.save }).click();
    await page.getByText(mn.lists.sent, { exact: true }).waitFor();
    const list = page.getByRole('list', { name: mn.lists.mine });
    await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(first), expect.stringContaining(second)]);
    await screenshot(page, 'matching-student-list-mn-phone');
    await expectAccessible(page);
    await page.context().close();
    for (let s = 1; s < 20; s++) {
      const as = await apiAs(roster[s]!.email);
      const ranking = [...interviewers(s)].sort((x, y) => ((x + s) % 3) - ((y + s) % 3)).map((c) => companies[c]!.companyId);
      const saved = await as('PUT', `/api/matchings/${roundId}/lists`, { owner: { kind: 'student', applicationId: applications[s]! }, ranking, version: null });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
  }, 240_000);

  it('a company ranks the 12 students it interviewed in Japanese; the other four through the API', async () => {
    const page = await signInCompany(b.browser() as Browser, companies[0]!.email, 'ja', `/matchings/${roundId}`);
    const candidates = page.getByRole('button', { name: new RegExp(`^${ja.ranking.add.replace('{{name}}', '.+')}$`) });
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(12);
    while ((await candidates.count()) > 0) await candidates.first().click();
    await page.getByRole('button', { name: ja.lists.save }).click();
    await page.getByText(ja.lists.sent, { exact: true }).waitFor();
    await screenshot(page, 'matching-company-list-ja');
    await page.context().close();
    for (let c = 1; c < 5; c++) {
      const as = await apiAs(companies[c]!.email);
      const interviewed = applications.filter((_, s) => interviewers(s).includes(c));
      const ranking = interviewed.sort((x, y) => x.localeCompare(y));
      const saved = await as('PUT', `/api/matchings/${roundId}/lists`, { owner: { kind: 'company', organizationId: companies[c]!.companyId }, ranking, version: null });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
  }, 240_000);

  it('the operator previews, runs (8 placed under the cap), takes one student out by hand and sees what that breaks, then publishes', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/matchings/${roundId}`);
    await page.getByText(ja.lists.studentsIn.replace('{{n}}', '20').replace('{{of}}', '20')).waitFor();
    await page.getByRole('button', { name: ja.actions.preview }).click();
    await page.getByText(ja.result.preview, { exact: true }).waitFor();
    await page.getByText(ja.result.summary.replace('{{matched}}', '8').replace('{{cap}}', '8')).waitFor();
    await page.getByRole('button', { name: ja.actions.run }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: ja.actions.run }).click();
    await page.getByText(ja.result.saved, { exact: true }).waitFor();
    await screenshot(page, 'matching-operator-result-ja');
    const change = page.getByRole('button', { name: new RegExp(`${ja.override.open.replace('{{name}}', '.+')}`) });
    // The first placed student in the table: take them out.
    const placedRow = page.getByRole('row').filter({ hasNot: page.getByText(ja.result.unmatched, { exact: true }) }).filter({ has: change });
    await placedRow.first().getByRole('button', { name: ja.override.button }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ja.override.company).click();
    await page.getByRole('option', { name: ja.override.none }).click();
    await dialog.getByLabel(ja.override.reason).fill('健康診断の結果待ち');
    await dialog.getByRole('button', { name: ja.override.save }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const broken = page.getByRole('alert').filter({ hasText: ja.broken.title });
    await broken.waitFor();
    expect(await broken.textContent()).toContain('枠の無駄なし');
    await page.getByText(ja.result.summary.replace('{{matched}}', '7').replace('{{cap}}', '8')).waitFor();
    await screenshot(page, 'matching-operator-override-ja');
    await expectAccessible(page);
    await page.getByRole('button', { name: ja.actions.publish }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: ja.actions.publish }).click();
    await page.getByText(ja.status.published, { exact: true }).waitFor();
    // The outbox is the operator admin's to read: the session from the set-up, so that the admin
    // signs in (with a one-time code) only once in this file.
    // Other browser tests publish rounds of their own: count the mails to this file's students.
    const outbox = (await pageCaller(admin.request, b.baseUrl())('GET', '/api/outbox?pageSize=200')).body as { items: { kind: string; to: string }[] };
    const ours = new Set(roster.map((s) => s.email));
    expect(outbox.items.filter((m) => (m.kind === 'matchedStudent' || m.kind === 'unmatchedStudent') && ours.has(m.to))).toHaveLength(20);
    await admin.context().close();
    await page.context().close();
  }, 240_000);

  it('the student reads their result in Mongolian on a phone, with why not a higher choice', async () => {
    const page = await signedIn(roster[0]!.email, LOCALES.mn, `/matchings/${roundId}`, PHONE);
    await page.getByRole('heading', { name: mn.result.title }).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: new RegExp(`${mn.result.placedTitle}|${mn.result.notPlacedTitle}`) });
    await alert.waitFor();
    await screenshot(page, 'matching-student-result-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);
});
