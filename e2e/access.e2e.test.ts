// Every demo role signs in through the page and sees what its role should, nothing more.
import { describe, expect, it } from 'vitest';
import { demoId } from '../src/server/seed/demo-seed.ts';
import { LOCALES, expectAccessible, newContext, screenshot, skipBrowser, useBrowser, type Lang } from './support/browser.ts';
import { DEMO, freshTotpCode, signInAs } from './support/sign-in.ts';

const b = useBrowser();

/** What each role finds on the programs page of the demo (see src/server/seed/demo-programs.ts). */
const SEES: { who: keyof typeof DEMO; programs: number; mayCreate: boolean }[] = [
  { who: 'admin', programs: 2, mayCreate: true }, // Hitachi's two programs
  { who: 'hitachiStaff', programs: 2, mayCreate: false },
  { who: 'nagaokaStaff', programs: 2, mayCreate: false }, // Nagaoka's pilot and JICA project
  { who: 'company', programs: 1, mayCreate: false }, // the one program it hosts in
  { who: 'coordinator', programs: 4, mayCreate: false }, // its college takes part in all four, in public form
  { who: 'student', programs: 4, mayCreate: false },
  { who: 'housing', programs: 1, mayCreate: false }, // FY2025, with the Leopalace21 flats
  { who: 'education', programs: 2, mayCreate: false },
  { who: 'funder', programs: 1, mayCreate: false }, // the JICA project
];

describe.skipIf(skipBrowser)('signing in as each role', () => {
  for (const { who, programs, mayCreate } of SEES) {
    it(`${who} sees ${programs} program(s)`, async () => {
      const context = await newContext(b.browser(), LOCALES.en);
      const page = await context.newPage();
      await signInAs(page, DEMO[who]);
      // The demo's programs are FY2022–FY2025; other browser tests may add later ones.
      await expect.poll(() => page.getByRole('table').locator('tbody tr').filter({ hasText: /FY202[2-5]/ }).count()).toBe(programs);
      expect(await page.getByRole('button', { name: 'New program' }).count()).toBe(mayCreate ? 1 : 0);
      await context.close();
    });
  }

  it('answers "not found" for another operator’s program, even by its address', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const page = await context.newPage();
    await signInAs(page, DEMO.hitachiStaff);
    await page.goto(`${b.baseUrl()}/programs/${demoId('nagaoka-jica')}`);
    await page.getByRole('alert').getByText(/not found/i).waitFor();
    expect(await page.getByText(/JICA/).count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(skipBrowser)('the sign-in pages', () => {
  for (const lang of Object.keys(LOCALES) as Lang[]) {
    it(`are readable and accessible in ${lang}`, async () => {
      const context = await newContext(b.browser(), LOCALES[lang]);
      const page = await context.newPage();
      await page.goto(`${b.baseUrl()}/programs`);
      await page.waitForURL(/\/sign-in\?next=%2Fprograms/);
      await page.locator('input[autocomplete="username"]').waitFor();
      await screenshot(page, `sign-in-${lang}`);
      await expectAccessible(page);
      await context.close();
    });
  }

  it('says in Japanese when the password is wrong, and fills in a demo account', async () => {
    const context = await newContext(b.browser(), LOCALES.ja);
    const page = await context.newPage();
    await page.goto(`${b.baseUrl()}/sign-in`);
    await page.locator('input[autocomplete="username"]').fill(DEMO.funder);
    await page.locator('input[autocomplete="current-password"]').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
    await page.getByRole('button', { name: `${DEMO.funder} でログイン` }).click();
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/programs$/);
    await context.close();
  });

  it('asks an administrator for the authenticator code, and signs out', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const page = await context.newPage();
    await signInAs(page, DEMO.admin); // sets up two-step verification if no test has yet
    await page.getByRole('button', { name: /Account menu of/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[autocomplete="username"]').fill(DEMO.admin);
    await page.locator('input[autocomplete="current-password"]').fill('kakehashi-demo-2026');
    await page.locator('form button[type="submit"]').click();
    const code = page.locator('input[autocomplete="one-time-code"]');
    await code.waitFor();
    await screenshot(page, 'two-factor-code-en');
    await code.fill('000000');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').waitFor();
    await code.fill(await freshTotpCode(DEMO.admin));
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/programs$/);
    await context.close();
  });

  it('shows a person their account, memberships and sessions in Mongolian', async () => {
    const context = await newContext(b.browser(), LOCALES.mn);
    const page = await context.newPage();
    await signInAs(page, DEMO.coordinator, '/account');
    await page.getByRole('heading', { name: 'Миний бүртгэл' }).waitFor();
    await page.getByText('Коллежийн зохицуулагч').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Нэвтэрсэн төхөөрөмжүүд' }).locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'account-mn');
    await expectAccessible(page);
    await context.close();
  });
});
