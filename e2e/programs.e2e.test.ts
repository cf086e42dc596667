import { describe, expect, it } from 'vitest';
import { LOCALES, expectAccessible, newContext, screenshot, skipBrowser, useBrowser, type Lang } from './support/browser.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();

const HEADINGS: Record<Lang, { programs: string; organizations: string; timeline: string; internship: string }> = {
  ja: { programs: 'プログラム', organizations: '団体', timeline: '年間スケジュール', internship: 'インターンシップ実施' },
  mn: { programs: 'Хөтөлбөрүүд', organizations: 'Байгууллагууд', timeline: 'Жилийн хуваарь', internship: 'Хитачи дахь дадлага' },
  en: { programs: 'Programs', organizations: 'Organizations', timeline: 'Year at a glance', internship: 'Internship in Hitachi' },
};

describe.skipIf(skipBrowser)('the demo programs in each language', () => {
  for (const lang of Object.keys(LOCALES) as Lang[]) {
    it(`lists programs, shows the Hitachi FY2025 timeline and the organizations in ${lang}`, async () => {
      const context = await newContext(b.browser(), LOCALES[lang]);
      const page = await context.newPage();
      await signInAs(page, DEMO.hitachiStaff);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(HEADINGS[lang].programs);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // Hitachi's staff see Hitachi's two demo programs (and any a browser test added), never Nagaoka's.
      const rows = page.getByRole('table').locator('tbody tr');
      await expect.poll(() => rows.filter({ hasText: /2024|2025/ }).count()).toBe(2);
      expect(await rows.filter({ hasText: /長岡|Nagaoka|Нагаока/ }).count()).toBe(0);
      await screenshot(page, `programs-list-${lang}`);
      await expectAccessible(page);

      await rows.filter({ hasText: lang === 'ja' ? '令和7年度 外国中核人材' : '2025' }).first().getByRole('link').click();
      await page.getByRole('heading', { name: HEADINGS[lang].timeline }).waitFor();
      await expect.poll(() => page.getByTestId('timeline-row').count()).toBe(8);
      expect(await page.getByTestId('timeline-row').filter({ hasText: HEADINGS[lang].internship }).count()).toBe(1);
      // The click left the pointer where the program page's link buttons now are: check them at rest.
      await page.mouse.move(0, 0);
      await screenshot(page, `program-hitachi-fy2025-${lang}`);
      await expectAccessible(page);

      await page.getByRole('link', { name: HEADINGS[lang].organizations }).click();
      await page.getByRole('heading', { name: HEADINGS[lang].organizations, level: 2 }).waitFor();
      await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(5);
      await screenshot(page, `organizations-${lang}`);
      await expectAccessible(page);
      await context.close();
    });
  }

  it('shows the Hitachi FY2024 results 57 → 44 → 9 → 2', async () => {
    const context = await newContext(b.browser(), LOCALES.ja);
    const page = await context.newPage();
    await signInAs(page, DEMO.hitachiStaff);
    await page.getByRole('link', { name: '令和6年度 モンゴル寄付講座及びインターンシップ' }).click();
    const figures = page.getByTestId('reported-figures');
    await figures.waitFor();
    const text = await figures.textContent();
    for (const expected of ['講座参加者（延べ）57', '面接人数44', 'インターン生9', '採用2']) expect(text).toContain(expected);
    await context.close();
  });

  it('draws a multi-year program one fiscal year at a time', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const page = await context.newPage();
    await signInAs(page, DEMO.nagaokaStaff);
    await page.getByRole('link', { name: /JICA grassroots/ }).click();
    await page.getByRole('heading', { name: 'Year at a glance' }).waitFor();
    for (const turn of ['Turn 1', 'Turn 2', 'Turn 3']) await expect.poll(() => page.getByText(turn, { exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'FY2026' }).click();
    await expect.poll(() => page.getByTestId('timeline-row').count()).toBe(3);
    await screenshot(page, 'program-nagaoka-jica-fy2026-en');
    await context.close();
  });

  it('shows Japanese to a first visitor whose browser prefers neither Mongolian nor English', async () => {
    const context = await newContext(b.browser(), 'fr-FR');
    const page = await context.newPage();
    await page.goto(`${b.baseUrl()}/programs`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('ログイン');
    await context.close();
  });

  it('keeps the chosen language across visits', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const page = await context.newPage();
    await page.goto(`${b.baseUrl()}/programs`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Sign in');
    await page.getByText('Монгол', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Нэвтрэх');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Нэвтрэх');
    expect(await page.locator('html').getAttribute('lang')).toBe('mn');
    await context.close();
  });

  it('fits a phone screen in Mongolian', async () => {
    const context = await newContext(b.browser(), LOCALES.mn, { width: 390, height: 844 });
    const page = await context.newPage();
    await signInAs(page, DEMO.hitachiStaff);
    await page.getByRole('link', { name: /Хандивын лекц ба дадлага|Монгол дахь хандивын лекц ба дадлага/ }).first().click();
    await page.getByRole('heading', { name: 'Жилийн хуваарь' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'program-phone-mn');
    await context.close();
  });
});

describe.skipIf(skipBrowser)('the API documentation page', () => {
  it('renders under the content security policy', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await page.goto(`${b.baseUrl()}/api/docs/`);
    await page.getByText('Kakehashi API').first().waitFor();
    // Swagger UI 5.3x renders only the operations near the viewport: scroll to them as a reader does.
    const programsPath = page.getByText('/api/programs', { exact: true }).first();
    await page.mouse.move(600, 400);
    for (let i = 0; i < 80 && !(await programsPath.isVisible()); i++) {
      await page.mouse.wheel(0, 500);
      await page.waitForTimeout(100);
    }
    await programsPath.waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
