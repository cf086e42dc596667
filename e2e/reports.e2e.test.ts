// The program dashboard (issue 9) in the browser: Hitachi's staff open the FY2024 program's
// reports and read its funnel 57 → 44 → 9 → 2 in each language, beside the operator's years and
// the region's working-age population; download every table as XLSX; a phone in Mongolian; and
// JICA's funder reads its program's reports with no student in them and nothing to change.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES, expectAccessible, newContext, screenshot, skipBrowser, useBrowser, type Lang } from './support/browser.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();

const TEXT: Record<Lang, { program: RegExp; open: string; stages: string[]; source: string; population: string }> = {
  ja: { program: /令和6年度 モンゴル寄付講座/, open: '実績レポート', stages: ['講座参加者', '面接参加者', 'インターン', '採用'], source: '実施団体の報告による', population: '100,611' },
  mn: { program: /2024 оны Монгол дахь хандивын лекц/, open: 'Тайлан', stages: ['Лекцэд оролцогч', 'Ярилцлагад орсон', 'Дадлагажигч', 'Ажилд орсон'], source: 'Хэрэгжүүлэгчийн өөрийн тайлангаас', population: '100' },
  en: { program: /FY2024 Mongolian donated lectures/, open: 'Reports', stages: ['Lecture attendees', 'Interviewees', 'Interns', 'Hires'], source: "From the operator's own report", population: '100,611' },
};

async function openReports(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('link', { name: TEXT[lang].program }).first().click();
  await page.getByRole('link', { name: TEXT[lang].open, exact: true }).click();
  await page.getByTestId('funnel-table').waitFor();
}

/** The funnel table's known counts, in stage order. */
async function funnelCounts(page: Page): Promise<Record<string, string>> {
  const rows = page.getByTestId('funnel-table').locator('tbody tr');
  const out: Record<string, string> = {};
  for (const row of await rows.all()) out[(await row.locator('td').nth(0).textContent())!] = (await row.locator('td').nth(1).textContent())!;
  return out;
}

describe.skipIf(skipBrowser)('the program dashboard', () => {
  for (const lang of Object.keys(LOCALES) as Lang[]) {
    it(`shows Hitachi FY2024's funnel 57 → 44 → 9 → 2 from its report, its years and population (${lang})`, async () => {
      const context = await newContext(b.browser(), LOCALES[lang]);
      const page = await context.newPage();
      await signInAs(page, DEMO.hitachiStaff);
      await openReports(page, lang);
      const counts = await funnelCounts(page);
      expect(TEXT[lang].stages.map((s) => counts[s])).toEqual(['57', '44', '9', '2']);
      await expect.poll(() => page.getByText(TEXT[lang].source).count()).toBeGreaterThan(0);
      expect(await page.getByTestId('funnel-chart').locator('svg').count()).toBe(1);
      // The operator's years: FY2024 from its report beside FY2025; the region's population.
      await page.getByTestId('years-table').waitFor();
      expect(await page.getByTestId('years-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('population-table').textContent()).toContain(lang === 'mn' ? '46' : '46,809');
      await page.mouse.move(0, 0);
      await screenshot(page, `reports-hitachi-fy2024-${lang}`);
      await expectAccessible(page);
      await context.close();
    });
  }

  it('downloads every table as one XLSX', async () => {
    const context = await newContext(b.browser(), LOCALES.ja);
    const page = await context.newPage();
    await signInAs(page, DEMO.hitachiStaff);
    await openReports(page, 'ja');
    await page.getByRole('button', { name: 'ダウンロード' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'すべての表（Excel）' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const funnel = book.getWorksheet('ファネル')!;
    const rows = funnel.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows.filter((r) => r[1] !== undefined && r[1] !== null)).toEqual([['講座参加者', 57], ['面接参加者', 44], ['インターン', 9], ['内定', 2], ['採用', 2]]);
    expect(book.worksheets.map((s) => s.name)).toContain('年度比較');
    await context.close();
  });

  it('reads on a phone in Mongolian', async () => {
    const context = await newContext(b.browser(), LOCALES.mn, { width: 390, height: 844 });
    const page = await context.newPage();
    await signInAs(page, DEMO.hitachiStaff);
    await openReports(page, 'mn');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.mouse.move(0, 0);
    await screenshot(page, 'reports-hitachi-fy2024-mn-phone');
    await context.close();
  });

  it('shows the funder its program’s aggregates, no student and nothing to change', async () => {
    const context = await newContext(b.browser(), LOCALES.ja);
    const page = await context.newPage();
    await signInAs(page, DEMO.funder);
    await page.getByRole('link', { name: /JICA草の根技術協力事業|産業DX人材育成プラットフォーム/ }).first().click();
    await page.getByRole('link', { name: '実績レポート', exact: true }).click();
    await page.getByRole('heading', { name: /実績レポート/ }).waitFor();
    await page.getByTestId('years-table').waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    // No person appears (the demo student, the college's coordinator, any e-mail): only counts and organizations.
    expect(body).not.toMatch(/Цэцэг|Батбаяр|@/);
    expect(await page.getByRole('button', { name: '数値を編集' }).count()).toBe(0);
    expect(await page.getByRole('switch').count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'reports-funder-ja');
    await expectAccessible(page);
    await context.close();
  });
});
