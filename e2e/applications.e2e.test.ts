// A student's application as people make it: the demo student of New Mongol KOSEN, reading
// Mongolian on a phone, consents to the Hitachi FY2024 program's notice (naming host company A)
// and applies with Cyrillic and katakana names; the Hitachi staff finds the application and
// moves it to screened; the student sees the new status and its history. The company sees the
// application it was chosen for, the college coordinator reads it without moving it, and when
// the student withdraws consent the company no longer sees it.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const student = { latin: 'TSETSEG BATBAYAR', cyrillic: 'Цэцэг Батбаяр', katakana: 'ツェツェグ バトバヤル' };

const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

/** Hitachi FY2024: New Mongol KOSEN sends students, four host companies take part. */
async function hitachiFy2024(page: Page): Promise<string> {
  const programs = (await (await page.request.get(`${b.baseUrl()}/api/programs?fiscalYear=2024`)).json()) as { items: { id: string; fiscalYear: number; operator: { name: { en?: string } } }[] };
  return programs.items.find((p) => p.operator.name.en === 'Hitachi Area Industry Support Center')!.id;
}

describe.skipIf(skipBrowser)('student applications', () => {
  let programId = '';

  it('a Mongolian student consents and applies on a phone, with field errors under their fields', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, '/programs', PHONE);
    programId = await hitachiFy2024(page);
    await page.goto(`${b.baseUrl()}/programs/${programId}`);
    await page.getByRole('link', { name: 'Миний өргөдөл' }).click();
    await page.waitForURL(/\/apply$/);
    await page.getByRole('heading', { name: 'Хувийн мэдээллээ ашиглуулах зөвшөөрөл' }).waitFor();
    await page.getByText('Хитачи бүсийн аж үйлдвэрийг дэмжих төв').waitFor();
    await page.getByText('Мэдэгдлийн хувилбар 2026-11').waitFor();
    await page.getByRole('checkbox', { name: 'Хитачи хүлээн авагч компани A (демо)' }).check();
    await screenshot(page, 'application-consent-mn-phone');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Би зөвшөөрч байна' }).click();

    // The form offers only the company named in the consent.
    await page.getByRole('heading', { name: 'Өргөдөл', exact: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Хитачи хүлээн авагч компани/ }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Нэр (латинаар, паспортынх шиг)' }).fill(student.latin);
    await page.getByRole('textbox', { name: 'Нэр (кириллээр)' }).fill(student.cyrillic);
    await page.getByRole('textbox', { name: 'Нэр (катаканагаар)' }).fill('Tsetseg'); // not katakana: refused
    await page.getByRole('textbox', { name: 'Тэнхим, мэргэжил' }).fill('Мехатроник');
    await page.getByRole('textbox', { name: 'Төгсөх он' }).fill('2027');
    await page.getByRole('combobox', { name: 'Япон хэлний түвшин (JLPT)' }).click();
    await page.getByRole('option', { name: 'N3', exact: true }).click();
    await page.getByLabel('JLPT өгсөн огноо').fill('2025-07-06');
    await page.getByRole('textbox', { name: 'Ур чадвар' }).fill('Python, CAD');
    await page.getByRole('checkbox', { name: 'Хитачи хүлээн авагч компани A (демо)' }).check();
    await page.getByRole('button', { name: 'Өргөдөл илгээх' }).click();
    const katakana = page.getByRole('textbox', { name: 'Нэр (катаканагаар)' });
    await expect.poll(() => katakana.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Нэр (кириллээр)' }).getAttribute('aria-invalid')).not.toBe('true');
    await screenshot(page, 'application-form-error-mn-phone');
    await expectAccessible(page);

    await katakana.fill(student.katakana);
    await page.getByRole('button', { name: 'Өргөдөл илгээх' }).click();
    await page.getByRole('heading', { name: 'Миний өргөдлийн төлөв' }).waitFor();
    await page.getByTestId('pipeline-status').getByText('Өргөдөл гаргасан').waitFor();
    await page.getByText(student.katakana).waitFor();
    await page.getByText(student.cyrillic).waitFor();
    await screenshot(page, 'application-applied-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  });

  it('the Hitachi staff finds the application and moves it to screened', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: '学生の応募一覧' }).click();
    await page.waitForURL(/\/applications$/);
    // The pointer stays where the link was, over whatever the new page puts there: move it off, so
    // the page is checked at rest rather than with a button under the pointer.
    await page.mouse.move(0, 0);
    const row = page.getByTestId('application-row').filter({ hasText: student.latin });
    await row.getByText(student.katakana).waitFor();
    await row.getByText(student.cyrillic).waitFor();
    await row.getByText('応募済み').waitFor();
    await screenshot(page, 'applications-list-ja');
    await expectAccessible(page);

    await page.getByRole('combobox', { name: '状況' }).click();
    await page.getByRole('option', { name: '書類選考通過', exact: true }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByRole('combobox', { name: '状況' }).click();
    await page.getByRole('option', { name: '応募済み', exact: true }).click();
    await row.waitFor();

    await row.getByRole('button', { name: `${student.latin} を移動` }).click();
    await page.getByRole('menuitem', { name: '「書類選考通過」に進める' }).click();
    await dialogShown(page);
    await screenshot(page, 'applications-move-ja');
    await expectAccessible(page);
    await page.getByRole('dialog').getByRole('button', { name: '「書類選考通過」に移動' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: '状況' }).click();
    await page.getByRole('option', { name: '書類選考通過', exact: true }).click();
    await row.getByText('書類選考通過').waitFor();
    await page.context().close();
  });

  it('the student sees the new status and its history', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, `/programs/${programId}/apply`, PHONE);
    await page.getByTestId('pipeline-status').getByText('Шалгаруулалтад тэнцсэн').waitFor();
    await page.getByTestId('application-history').getByText('зохион байгуулагч', { exact: false }).waitFor();
    await screenshot(page, 'application-screened-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  });

  it('the chosen company sees the application, the coordinator reads it without moves; withdrawing consent hides it from the company', async () => {
    const company = await signedIn(DEMO.company, LOCALES.en, `/programs/${programId}/applications`);
    await company.getByTestId('application-row').filter({ hasText: student.latin }).waitFor();
    await company.context().close();

    const coordinator = await signedIn(DEMO.coordinator, LOCALES.mn, `/programs/${programId}/applications`, PHONE);
    const row = coordinator.getByTestId('application-row').filter({ hasText: student.latin });
    await row.getByText('Шалгаруулалтад тэнцсэн').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await screenshot(coordinator, 'applications-coordinator-mn-phone');
    await expectAccessible(coordinator);
    await coordinator.context().close();

    const page = await signedIn(DEMO.student, LOCALES.mn, `/programs/${programId}/apply`, PHONE);
    await page.getByRole('button', { name: 'Зөвшөөрлөө цуцлах' }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByText('хүлээн авагч компаниуд таны өргөдлийг харахгүй', { exact: false }).waitFor();
    await screenshot(page, 'application-withdraw-mn-phone');
    await expectAccessible(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Цуцлах', exact: true }).click();
    await page.getByText('зөвшөөрлөө цуцалсан', { exact: false }).waitFor();
    await page.context().close();

    const after = await signedIn(DEMO.company, LOCALES.en, `/programs/${programId}/applications`);
    await after.getByText('0 applications').waitFor();
    await after.context().close();
  });
});
