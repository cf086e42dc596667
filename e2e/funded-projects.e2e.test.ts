// Funder reporting in the browser (issue 9 item 4): Nagaoka's operator opens the JICA project
// of the demo program, enters an actual with its evidence, and downloads the report as XLSX
// (its sheets read back with exceljs) and as a Japanese PDF (read with pdftotext); JICA's
// funder account sees the same figures with no button to change them and no person's name.
// Screenshots in ja, and in mn on a 390 px phone.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ja from '../src/i18n/locales/ja/projects.json' with { type: 'json' };
import mn from '../src/i18n/locales/mn/projects.json' with { type: 'json' };
import { DEMO_JICA_PROJECT } from '../src/server/seed/demo-reports.ts';
import { demoId } from '../src/server/seed/demo-seed.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const run = promisify(execFile);
const b = useBrowser();
const url = `/programs/${demoId('nagaoka-jica')}/projects`;
const projectName = DEMO_JICA_PROJECT.name.ja;
const teachers = DEMO_JICA_PROJECT.indicators[3]!.name.ja; // 6 entered by the demo for June 2024
const signedIn = (email: string, locale: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, url, viewport);

async function downloaded(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return fs.readFileSync(await download.path());
}

describe.skipIf(skipBrowser)('funder reporting', () => {
  it('the operator enters an actual with evidence and downloads the report as XLSX and PDF', async () => {
    const page = await signedIn(DEMO.nagaokaStaff, LOCALES.ja);
    await page.getByRole('heading', { name: projectName }).waitFor();
    const row = page.getByTestId('indicator-row').filter({ hasText: teachers });
    await row.getByRole('button', { name: ja.indicators.enter }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ja.actual.periodStart).fill('2025-06-01');
    await dialog.getByLabel(ja.actual.periodEnd).fill('2025-06-30');
    await dialog.getByLabel(ja.actual.value, { exact: false }).fill('4');
    // Evidence is required: the server names the field.
    await dialog.getByRole('button', { name: ja.actual.submit }).click();
    await expect.poll(() => dialog.getByText('根拠').count()).toBeGreaterThan(1);
    await dialog.locator('textarea').fill('DX研修 修了証の写し（2025年6月、e2e）');
    await dialog.getByRole('button', { name: ja.actual.submit }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // 6 (June 2024) + 4 (June 2025) over the whole project.
    await expect.poll(() => row.getByTestId('indicator-actual').innerText()).toContain('10');
    await page.mouse.move(0, 0);
    await expectAccessible(page);
    await screenshot(page, 'funded-project-operator-ja');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await downloaded(page, ja.downloads.xlsx)) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['概要', '指標', '予算', '支出']);
    expect(book.getWorksheet('概要')!.getRow(1).getCell(2).value).toBe(projectName);
    expect(book.getWorksheet('概要')!.getRow(5).getCell(2).value).toBe(60_000_000);
    const indicatorRows = book.getWorksheet('指標')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(indicatorRows.find((r) => r.includes(teachers))?.[7]).toBe(10);
    expect(book.getWorksheet('予算')!.rowCount).toBeGreaterThan(8);

    const pdf = await downloaded(page, ja.downloads.pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = `${await fs.promises.mkdtemp('/tmp/funder-report-')}/report.pdf`;
    fs.writeFileSync(file, pdf);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
    for (const expected of ['助成事業 実績報告書', projectName, '2. 活動と指標', '60,000,000円', '令和5年', teachers]) expect(text).toContain(expected);
    await page.context().close();
  }, 180_000);

  it('the funder sees the project’s figures, no edit buttons and no person’s name', async () => {
    const page = await signedIn(DEMO.funder, LOCALES.ja);
    await page.getByRole('heading', { name: projectName }).waitFor();
    await page.getByText(ja.readOnly).waitFor();
    expect(await page.getByTestId('header-budget').innerText()).toBe('60,000,000円');
    await expect.poll(() => page.getByTestId('indicator-row').count()).toBe(DEMO_JICA_PROJECT.indicators.length);
    for (const name of [ja.indicators.enter, ja.expenses.add, ja.expenses.edit, ja.expenses.delete]) expect(await page.getByRole('button', { name }).count()).toBe(0);
    const main = await page.locator('main').innerText();
    // The operator who entered figures and the demo's students are named nowhere.
    for (const person of ['長岡 担当者', 'Цэцэг', '日立 担当者']) expect(main).not.toContain(person);
    await page.mouse.move(0, 0);
    await expectAccessible(page);
    await screenshot(page, 'funded-project-funder-ja');
    expect((await downloaded(page, ja.downloads.pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();

    const phone = await signedIn(DEMO.funder, LOCALES.mn, { width: 390, height: 844 });
    await phone.getByRole('heading', { name: mn.indicators.title }).waitFor();
    await phone.mouse.move(0, 0);
    await expectAccessible(phone);
    await screenshot(phone, 'funded-project-funder-mn-phone');
    await phone.context().close();
  }, 180_000);
});
