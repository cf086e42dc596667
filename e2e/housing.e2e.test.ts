// Housing in the browser (issue 7's done-when): 8 interns of 4 Hitachi companies, placed by a
// frozen matching round, and Leopalace21's 8 one-person flats for the internship (19–30
// August). The operator proposes the allocation on the occupancy calendar, is refused a move
// into a full flat, moves one intern's arrival by hand (the stale refusal goes away), drags a
// stay onto a flat with a free bed and back, drafts the loan-for-use contract and
// opens its PDF (read back with pdftotext: the Japanese clauses intact); the housing partner
// signs in and sees only the occupancy of its own flats, the occupants' names and nothing else.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import jaHousing from '../src/i18n/locales/ja/housing.json' with { type: 'json' };
import mnHousing from '../src/i18n/locales/mn/housing.json' with { type: 'json' };
import { demoId } from '../src/server/seed/demo-seed.ts';
import { pageCaller } from '../test/support/lectures.ts';
import { rosterCsv, rosterStudents } from '../test/support/student-roster-fixture.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { createCompanyWithHr, createProgram, type TestCompany } from './support/host-calls.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const run = promisify(execFile);
const b = useBrowser();
const ja = jaHousing;
const tag = Date.now().toString(36);
const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

// Four companies spread along the coast from north to south, and two flats near each.
const SITES = [
  { latitude: 36.6041, longitude: 140.6499 },
  { latitude: 36.5952, longitude: 140.6613 },
  { latitude: 36.5621, longitude: 140.6431 },
  { latitude: 36.5119, longitude: 140.6187 },
];

/** One of the partner's flats near `site`, lent for the summer of `fiscalYear`. */
const flatInput = (name: string, i: number, site: { latitude: number; longitude: number }, fiscalYear: number, capacity = 1) => ({
  name,
  address: `茨城県日立市幸町${i}-1`,
  postalCode: '317-0073',
  location: site,
  layout: capacity === 1 ? '1K' : '2K',
  capacity,
  facilities: ['furniture', 'wifi', 'kitchen'],
  sameGenderOnly: false,
  rules: { ja: 'ゴミは分別して出してください。', mn: 'Хог хаягдлыг ангилж хаяна уу.' },
  lendingPeriods: [{ from: `${fiscalYear}-08-01`, to: `${fiscalYear}-09-15` }],
});

async function pdfText(bytes: Buffer): Promise<{ text: string; png: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'housing-e2e-'));
  const file = path.join(dir, 'contract.pdf');
  await fs.writeFile(file, bytes);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const out = path.resolve('test-results/screenshots/housing-contract-page1');
  await fs.mkdir(path.dirname(out), { recursive: true });
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, out]);
  await fs.rm(dir, { recursive: true });
  return { text: stdout, png: `${out}.png` };
}

describe.skipIf(skipBrowser)('housing', () => {
  let programId = '';
  let fiscalYear = 0;
  const companies: TestCompany[] = [];
  const flats: { id: string; name: string }[] = [];
  const roster = rosterStudents(8, { tag: `house${tag}`, seed: 8 });
  const partner = demoId('leopalace21');

  it('sets up a program whose 8 interns were placed at 4 companies, and the partner’s 8 flats (API)', async () => {
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const call = pageCaller(admin.request, b.baseUrl());
    ({ programId, fiscalYear } = await createProgram(admin, { name: { ja: `日立 インターンシップ ${tag}`, mn: `Хитачи дадлага ${tag}`, en: `Hitachi internship ${tag}` } }));
    const phase = await call('POST', `/api/programs/${programId}/phases`, { kind: 'internship', startDate: `${fiscalYear}-08-19`, endDate: `${fiscalYear}-08-30`, label: { ja: 'インターンシップ' } });
    expect(phase.status, JSON.stringify(phase.body)).toBe(201);
    expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: partner, role: 'housing_partner' })).status).toBe(201);
    for (const [i, name] of ['日立精工', '常陸電機', '多賀樹脂', '大甕金属'].entries()) {
      const company = await createCompanyWithHr(admin, { name: { ja: `${name}（${tag}）`, mn: `${name} (${tag})`, en: `Company ${i + 1} (${tag})` }, hrName: `HR ${i + 1}`, email: `house-hr${i + 1}-${tag}@company.example` });
      const org = (await call('GET', `/api/organizations/${company.companyId}`)).body as { version: number };
      expect((await call('PATCH', `/api/organizations/${company.companyId}`, { version: org.version, location: SITES[i] })).status).toBe(200);
      expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: company.companyId, role: 'host_company' })).status).toBe(201);
      companies.push(company);
    }
    // The demo's New Mongol KOSEN sends them, so its demo coordinator follows their arrival.
    const college = { id: demoId('new-mongol-kosen') };
    expect((await call('POST', `/api/programs/${programId}/participations`, { organizationId: college.id, role: 'sending_college' })).status).toBe(201);
    const imported = await admin.request.fetch(`${b.baseUrl()}/api/programs/${programId}/applications/import?collegeId=${college.id}`, { method: 'POST', headers: { origin: b.baseUrl(), 'content-type': 'application/octet-stream' }, data: rosterCsv(roster, { language: 'en' }) });
    expect(imported.status(), await imported.text()).toBe(200);
    const applications = () => call('GET', `/api/programs/${programId}/applications?pageSize=50`).then((r) => (r.body as { items: { id: string; version: number; nameLatin: string }[] }).items);
    for (const to of ['screened', 'interviewee']) {
      const items = (await applications()).map((a) => ({ id: a.id, version: a.version }));
      expect((await call('POST', `/api/programs/${programId}/applications/transitions`, { items, to })).status).toBe(200);
    }
    // Selection: two students per company, placed by the operator's round and frozen (interns).
    const students = (await applications()).sort((x, y) => x.nameLatin.localeCompare(y.nameLatin));
    const round = (await call('POST', `/api/programs/${programId}/matchings`, { title: { ja: '選考' }, listsDeadline: '2099-01-01T00:00:00Z', totalCap: 8, requireInterviewed: false })).body as { id: string };
    for (const [s, student] of students.entries()) {
      const saved = await call('PUT', `/api/matchings/${round.id}/lists`, { owner: { kind: 'student', applicationId: student.id }, ranking: [companies[Math.floor(s / 2)]!.companyId], version: null });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    for (const [c, company] of companies.entries()) {
      const saved = await call('PUT', `/api/matchings/${round.id}/lists`, { owner: { kind: 'company', organizationId: company.companyId }, ranking: [students[2 * c]!.id, students[2 * c + 1]!.id], version: null });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    for (const step of ['run', 'publish', 'freeze']) {
      const current = (await call('GET', `/api/matchings/${round.id}`)).body as { version: number };
      const res = await call('POST', `/api/matchings/${round.id}/${step}`, { version: current.version });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect((await applications()).every((a) => (a as unknown as { status: string }).status === 'intern')).toBe(true);
    await admin.context().close();

    // The partner lists 8 one-person flats for the season, two near each company.
    const partnerPage = await signedIn(DEMO.housing, LOCALES.ja, '/housing');
    const asPartner = pageCaller(partnerPage.request, b.baseUrl());
    for (let i = 0; i < 8; i++) {
      const site = SITES[Math.floor(i / 2)]!;
      const name = `レオパレス日立 ${tag}-${i + 1}`;
      const res = await asPartner('POST', `/api/organizations/${partner}/housing-units`, flatInput(name, i + 1, { latitude: site.latitude + 0.001 * (i % 2), longitude: site.longitude }, fiscalYear));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      flats.push({ id: (res.body as { id: string }).id, name });
    }
    await partnerPage.context().close();
  }, 240_000);

  it('the operator proposes the allocation: 8 interns in the 8 flats for 18–31 August, each near their company', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/housing`);
    await page.getByRole('button', { name: ja.allocate.button }).click();
    await page.getByText(ja.allocate.allPlaced_other.replace('{{count}}', '8')).waitFor();
    const ours = (name: string) => page.getByTestId('calendar-unit').filter({ hasText: name });
    for (const flat of flats) await expect.poll(() => ours(flat.name).getByTestId('stay-bar').count()).toBe(1);
    await screenshot(page, 'housing-allocation-ja');
    await expectAccessible(page);
    const board = pageCaller(page.request, b.baseUrl());
    const stays = ((await board('GET', `/api/programs/${programId}/housing`)).body as { stays: { unitId: string; companyId: string; checkIn: string; checkOut: string }[] }).stays;
    expect(stays).toHaveLength(8);
    for (const stay of stays) {
      expect([stay.checkIn, stay.checkOut]).toEqual([`${fiscalYear}-08-18`, `${fiscalYear}-08-31`]);
      // Flats 2c and 2c+1 are the ones near company c.
      expect(Math.floor(flats.findIndex((f) => f.id === stay.unitId) / 2)).toBe(companies.findIndex((c) => c.companyId === stay.companyId));
    }
    await page.context().close();
  }, 120_000);

  it('refuses a drag into a full flat with the reason, and moves an intern’s arrival by hand (pinned)', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/housing`);
    const row = (i: number) => page.getByTestId('calendar-unit').filter({ hasText: flats[i]!.name });
    const bar = row(0).getByTestId('stay-bar');
    await bar.waitFor();
    await bar.dragTo(row(2));
    const refusal = page.getByText('この部屋はその期間の一部の夜に満室です。');
    await refusal.waitFor();
    expect(await row(0).getByTestId('stay-bar').count()).toBe(1);
    await screenshot(page, 'housing-move-refused-ja');
    await bar.click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ja.stay.checkIn).fill(`${fiscalYear}-08-19`);
    await dialog.getByRole('button', { name: ja.stay.move }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row(0).getByTestId('stay-bar').getAttribute('aria-label')).toContain(ja.calendar.pinned);
    // The move went through, so the earlier refusal no longer describes the calendar.
    await refusal.waitFor({ state: 'hidden' });
    await screenshot(page, 'housing-moved-ja');
    await page.context().close();
  }, 120_000);

  it('moves a stay by drag and drop onto a flat with a free bed, and back', async () => {
    // After the allocation the partner lends one more flat, with two beds: nobody is in it.
    const partnerPage = await signedIn(DEMO.housing, LOCALES.ja, '/housing');
    const spareName = `レオパレス日立 ${tag}-9`;
    const created = await pageCaller(partnerPage.request, b.baseUrl())('POST', `/api/organizations/${partner}/housing-units`, flatInput(spareName, 9, SITES[0]!, fiscalYear, 2));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const spareId = (created.body as { id: string }).id;
    await partnerPage.context().close();

    // Tall enough for both rows at once: a page scrolled in the middle of a drag drops nothing.
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/housing`, { width: 1280, height: 1400 });
    const row = (name: string) => page.getByTestId('calendar-unit').filter({ hasText: name });
    const board = pageCaller(page.request, b.baseUrl());
    const unitOf = async (stayId: string) => ((await board('GET', `/api/programs/${programId}/housing`)).body as { stays: { id: string; unitId: string }[] }).stays.find((st) => st.id === stayId)?.unitId;
    const stayId = ((await board('GET', `/api/programs/${programId}/housing`)).body as { stays: { id: string; unitId: string }[] }).stays.find((st) => st.unitId === flats[1]!.id)!.id;
    const spare = row(spareName);
    await spare.waitFor();
    const bar = row(flats[1]!.name).getByTestId('stay-bar');
    const occupant = (await bar.textContent())!;
    await bar.dragTo(spare);
    // Saved (the server's answer pins it), not only drawn in its new row on the way.
    await expect.poll(() => spare.getByTestId('stay-bar').getAttribute('aria-label')).toContain(ja.calendar.pinned);
    expect(await spare.getByTestId('stay-bar').textContent()).toBe(occupant);
    expect(await row(flats[1]!.name).getByTestId('stay-bar').count()).toBe(0);
    expect(await unitOf(stayId)).toBe(spareId);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'housing-dragged-ja');
    // And back, so that the season's contract below lists the eight flats as allocated.
    await spare.getByTestId('stay-bar').dragTo(row(flats[1]!.name));
    await expect.poll(() => unitOf(stayId)).toBe(flats[1]!.id);
    await expect.poll(() => row(flats[1]!.name).getByTestId('stay-bar').count()).toBe(1);
    expect(await spare.getByTestId('stay-bar').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('drafts the season’s loan-for-use contract; its PDF reads in Japanese with every flat', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/housing`);
    await page.getByRole('tab', { name: ja.tabs.contracts }).click();
    await page.getByRole('button', { name: ja.contract.draft }).click();
    const card = page.getByTestId('loan-contract');
    await card.getByText(ja.contract.status.draft, { exact: true }).first().waitFor();
    await screenshot(page, 'housing-contract-ja');
    const link = card.getByRole('link', { name: ja.contract.pdf.ja }).first();
    const href = await link.getAttribute('href');
    const pdf = await page.request.get(`${b.baseUrl()}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const { text } = await pdfText(await pdf.body());
    for (const expected of ['使用貸借契約書', '株式会社レオパレス２１', '公益財団法人日立地区産業支援センター', '第1条', '第4条', '無償', '第10条', '草案', `入居 ${fiscalYear}/08/19`]) expect(text).toContain(expected);
    // Each flat's row: its name (wrapped in its cell) and address.
    for (let i = 1; i <= 8; i++) for (const expected of [`${tag}-${i}`, `茨城県日立市幸町${i}-1`]) expect(text).toContain(expected);
    await page.context().close();
  }, 120_000);

  it('shows the housing partner the occupancy of its flats with the occupants’ names, and nothing else', async () => {
    const page = await signedIn(DEMO.housing, LOCALES.ja, '/housing');
    const program = page.getByTestId('partner-program').filter({ hasText: tag });
    await program.getByTestId('stay-bar').first().waitFor();
    expect(await program.getByTestId('stay-bar').count()).toBe(8);
    await screenshot(page, 'housing-partner-ja');
    await expectAccessible(page);
    // The partner adds a photo of a flat in its form; the card shows it.
    const card = page.getByTestId('unit-card').filter({ hasText: flats[0]!.name });
    await card.getByRole('button', { name: '編集' }).click();
    await dialogShown(page);
    const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 240 } });
    await page.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: 'flat.png', mimeType: 'image/png', buffer: photo });
    const alt = ja.photos.alt.replace('{{unit}}', flats[0]!.name).replace('{{n}}', '1');
    await page.getByRole('dialog').getByRole('img', { name: alt }).waitFor();
    await page.getByRole('dialog').getByRole('img', { name: alt }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.resolve('test-results/screenshots/housing-unit-photo-ja.png') });
    await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).click();
    await card.getByRole('img', { name: alt }).waitFor();
    const asPartner = pageCaller(page.request, b.baseUrl());
    const occupancy = (await asPartner('GET', `/api/programs/${programId}/occupancy`)).body as { stays: { applicationId: string | null; companyId: string | null; occupant: object }[] };
    expect(occupancy.stays).toHaveLength(8);
    for (const stay of occupancy.stays) expect([stay.applicationId, stay.companyId, Object.keys(stay.occupant).sort()]).toEqual([null, null, ['nameCyrillic', 'nameKatakana', 'nameLatin']]);
    for (const url of [`/api/programs/${programId}/housing`, `/api/programs/${programId}/applications`, `/api/programs/${programId}/arrivals`]) {
      const res = await asPartner('GET', url);
      expect(res.status === 403 || (res.body as { items?: unknown[] }).items?.length === 0, `${url}: ${res.status}`).toBe(true);
    }
    await page.context().close();
  }, 120_000);

  it('lets the sending college’s coordinator follow the arrival checklists in Mongolian on a phone and tick the college’s tasks', async () => {
    const admin = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    expect((await pageCaller(admin.request, b.baseUrl())('POST', `/api/programs/${programId}/arrivals/checklists`, {})).status).toBe(200);
    await admin.context().close();
    const mn = mnHousing;
    const page = await signedIn(DEMO.coordinator, LOCALES.mn, `/programs/${programId}`, { width: 390, height: 844 });
    await page.getByRole('link', { name: mn.link.arrivals }).click();
    await page.getByRole('heading', { name: mn.college.title }).waitFor();
    const insurance = page.getByRole('checkbox', { name: mn.arrival.doneOf.replace('{{task}}', mn.task.travelInsurance) });
    await expect.poll(() => insurance.count()).toBe(8);
    await insurance.first().click();
    await expect.poll(() => insurance.first().isChecked()).toBe(true);
    // The intern's own and the partner's tasks are not the college's to tick.
    expect(await page.getByRole('checkbox', { name: mn.arrival.doneOf.replace('{{task}}', mn.task.keyHandover) }).first().isDisabled()).toBe(true);
    await screenshot(page, 'housing-college-arrivals-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);
});
