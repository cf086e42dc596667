// A college imports its students from a file (issue 4 item 4): the New Mongol KOSEN coordinator,
// reading Mongolian, opens Nagaoka's FY2022 program (about 70 applicants), downloads the
// template, imports the 70-student fixture and watches the progress until the summary; then
// imports a broken file and sees every error by row and column, with nothing written. The same
// errors in Japanese, and on a 390 px phone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { brokenRoster, rosterCsv, rosterStudents, rosterXlsx } from '../test/support/student-roster-fixture.ts';
import { expectAccessible, LOCALES, newContext, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-roster-'));

async function signedIn(locale: string, viewport?: { width: number; height: number }, email: string = DEMO.coordinator): Promise<Page> {
  const page = await (await newContext(b.browser() as Browser, locale, viewport)).newPage();
  await signInAs(page, email, '/programs');
  return page;
}

async function nagaokaFy2022(page: Page): Promise<string> {
  const programs = (await (await page.request.get(`${b.baseUrl()}/api/programs?fiscalYear=2022`)).json()) as { items: { id: string; operator: { name: { en?: string } } }[] };
  return programs.items.find((p) => p.operator.name.en?.includes('Nagaoka'))!.id;
}

const applicationCount = async (page: Page, programId: string) =>
  ((await (await page.request.get(`${b.baseUrl()}/api/programs/${programId}/applications`)).json()) as { items: unknown[] }).items.length;

/** Every text the progress line shows, recorded as it changes (the import of 70 rows takes a second or two). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="progressbar"]')) seen.push(`bar:${el.getAttribute('aria-valuenow')}`);
      for (const el of document.querySelectorAll('[role="status"][aria-live="polite"]')) seen.push(el.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

describe.skipIf(skipBrowser)('importing students from a file', () => {
  let programId = '';
  const broken = brokenRoster(14, { tag: 'e2e-broken', seed: 11 });
  const brokenFile = path.join(dir, 'broken-roster.csv');
  fs.writeFileSync(brokenFile, rosterCsv(broken.students, { language: 'mn' }));

  it('a Mongolian coordinator downloads the template and imports 70 students, seeing the progress, then the summary', async () => {
    const page = await signedIn(LOCALES.mn);
    programId = await nagaokaFy2022(page);
    await page.goto(`${b.baseUrl()}/programs/${programId}`);
    await page.getByRole('link', { name: 'Файлаас оруулах' }).click();
    await page.waitForURL(/\/applications\/import$/);
    await page.getByRole('heading', { name: 'Оюутнуудыг файлаас оруулах' }).waitFor();
    await screenshot(page, 'student-import-mn');
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Монгол · XLSX' }).click();
    const template = await download;
    expect(template.suggestedFilename()).toBe('kakehashi-students-mn.xlsx');
    expect(fs.statSync(await template.path()).size).toBeGreaterThan(1000);

    const before = await applicationCount(page, programId);
    const seventy = path.join(dir, 'new-mongol-kosen-70.xlsx');
    fs.writeFileSync(seventy, await rosterXlsx(rosterStudents(70, { tag: 'e2e', seed: 70 }), { language: 'mn' }));
    await page.locator('input[type="file"]').setInputFiles(seventy);
    await page.getByText('Сонгосон файл: new-mongol-kosen-70.xlsx').waitFor();
    await recordProgress(page);
    await page.getByRole('button', { name: 'Оруулах', exact: true }).click();
    await page.getByRole('heading', { name: 'Оруулж дууслаа: 70 оюутан' }).waitFor({ timeout: 30_000 });
    const summary = page.getByTestId('import-summary');
    expect(await summary.getByText('Шинэ өргөдөл').count()).toBe(1);
    expect(await summary.innerText()).toContain('70');
    await summary.getByText('70 оюутанд нууц үгээ тохируулах холбоосыг и-мэйлээр илгээлээ.').waitFor();
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((s) => s.startsWith('bar:'))).toBe(true);
    expect(seen.some((s) => /Файлыг илгээж байна|Файлыг уншиж байна|Мөрүүдийг шалгаж байна|Хадгалж байна/.test(s))).toBe(true);
    expect(await applicationCount(page, programId)).toBe(before + 70);
    await screenshot(page, 'student-import-summary-mn');
    await expectAccessible(page);

    // The same file again: nothing new.
    await page.getByRole('button', { name: 'Өөр файл оруулах' }).click();
    await page.locator('input[type="file"]').setInputFiles(seventy);
    await page.getByRole('button', { name: 'Оруулах', exact: true }).click();
    await page.getByTestId('import-summary').getByText('Өөрчлөгдөөгүй').waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/0\s*Шинэ өргөдөл/);
    expect(await applicationCount(page, programId)).toBe(before + 70);

    // A broken file: every error by row and column, and nothing written.
    await page.getByRole('button', { name: 'Өөр файл оруулах' }).click();
    await page.locator('input[type="file"]').setInputFiles(brokenFile);
    await page.getByRole('button', { name: 'Оруулах', exact: true }).click();
    const errors = page.getByTestId('import-errors');
    await errors.getByText('Юу ч оруулсангүй', { exact: true }).waitFor();
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBe(broken.errors.length);
    expect(await rows.nth(0).innerText()).toMatch(/^3\s+Овог нэр \(латинаар, паспортынх шиг\)\s+Нэрийг паспортын дагуу латин үсгээр бичнэ үү\./);
    expect(await rows.nth(1).innerText()).toMatch(/^5\s+Зөвшөөрлийн маягтад гарын үсэг зурсан\s+Оюутан зөвшөөрлийн маягтад гарын үсэг зурсан/);
    expect(await applicationCount(page, programId)).toBe(before + 70);
    await screenshot(page, 'student-import-errors-mn');
    await expectAccessible(page);
  });

  it('the program’s operator imports for a college it names, from the applications list, in Japanese', async () => {
    const page = await signedIn(LOCALES.ja, undefined, DEMO.nagaokaStaff);
    await page.goto(`${b.baseUrl()}/programs/${programId}/applications`);
    await page.getByRole('link', { name: 'ファイルから一括登録' }).click();
    await page.getByRole('heading', { name: '学生をファイルから一括登録' }).waitFor();
    const file = path.join(dir, 'three.csv');
    fs.writeFileSync(file, rosterCsv(rosterStudents(3, { tag: 'e2e-operator', seed: 3 }), { language: 'ja' }));
    await page.locator('input[type="file"]').setInputFiles(file);
    // The operator must say which college the students belong to.
    expect(await page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: /^大学/ }).click();
    await page.getByRole('option', { name: '新モンゴル高専' }).click();
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await page.getByRole('heading', { name: '取り込みが完了しました：3 人' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'student-import-operator-ja');
    await expectAccessible(page);
  });

  it('shows the same errors in Japanese, and on a phone in Mongolian', async () => {
    for (const [locale, viewport, name, nothing, firstColumn] of [
      [LOCALES.ja, undefined, 'student-import-errors-ja', '何も登録されませんでした', 'Овог нэр (латинаар, паспортынх шиг)'],
      [LOCALES.mn, PHONE, 'student-import-errors-mn-phone', 'Юу ч оруулсангүй', 'Овог нэр (латинаар, паспортынх шиг)'],
    ] as const) {
      const page = await signedIn(locale, viewport);
      await page.goto(`${b.baseUrl()}/programs/${programId}/applications/import`);
      await page.locator('input[type="file"]').setInputFiles(brokenFile);
      await page.getByRole('button', { name: locale === LOCALES.ja ? '取り込む' : 'Оруулах', exact: true }).click();
      const errors = page.getByTestId('import-errors');
      await errors.getByText(nothing, { exact: true }).waitFor();
      // The column is named as headed in the file (Mongolian here), the problem in the reader's language;
      // a table on a wide screen, one card a problem on a phone.
      const items = viewport ? errors.getByTestId('import-error-item') : errors.locator('tbody tr');
      expect(await items.count()).toBe(broken.errors.length);
      expect(await items.nth(0).innerText()).toContain(firstColumn);
      if (locale === LOCALES.ja) expect(await items.nth(0).innerText()).toContain('パスポートのとおりローマ字で入力してください。');
      await screenshot(page, name);
      await expectAccessible(page);
    }
  });
});
