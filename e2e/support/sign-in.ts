// Signing in through the real sign-in page, as a person would. The demo's operator admin
// must set up two-step verification at first sign-in: whichever test signs in as them first
// does it on the page, and keeps the key in the run's state folder for the others.
import fs from 'node:fs';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { newContext } from './browser.ts';

export const DEMO = {
  admin: 'admin@hitachi.kakehashi.example',
  hitachiStaff: 'staff@hitachi.kakehashi.example',
  nagaokaStaff: 'staff@nagaoka.kakehashi.example',
  company: 'hr@company-a.kakehashi.example',
  coordinator: 'coordinator@new-mongol-kosen.kakehashi.example',
  student: 'student@new-mongol-kosen.kakehashi.example',
  housing: 'housing@leopalace21.kakehashi.example',
  education: 'education@mojc.kakehashi.example',
  funder: 'funder@jica.kakehashi.example',
} as const;

const secretFile = (email: string) => path.join(inject('stateDir'), `totp-${email}`);
export const totpCode = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

/** Opens `target` (default /programs), signs in as `email` on the page it lands on, and waits to be back at `target`. */
export async function signInAs(page: Page, email: string, target = '/programs'): Promise<void> {
  await page.goto(`${inject('baseUrl')}${target}`);
  await page.waitForURL(/\/sign-in/);
  await page.locator('input[autocomplete="username"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  // Whichever comes first; the others end quietly at their time-out.
  const landed = await Promise.race([
    page.waitForURL(/\/two-factor-setup/).then(() => 'setup' as const, () => 'none' as const),
    page.locator('input[autocomplete="one-time-code"]').waitFor().then(() => 'code' as const, () => 'none' as const),
    // Signed in: the app's frame (with the account menu) is shown, past every redirect.
    page.getByTestId('user-menu').waitFor().then(() => 'in' as const, () => 'none' as const),
  ]);
  if (landed === 'none') throw new Error(`signing in as ${email} led nowhere (at ${page.url()})`);
  if (landed === 'setup') await enrolOnPage(page, email);
  if (landed === 'code') {
    await page.locator('input[autocomplete="one-time-code"]').fill(await freshTotpCode(email));
    await page.locator('form button[type="submit"]').click();
  }
  if (landed !== 'in') await page.getByTestId('user-menu').waitFor();
  if (new URL(page.url()).pathname !== target) await page.goto(`${inject('baseUrl')}${target}`);
  await page.getByTestId('user-menu').waitFor();
  await page.mouse.move(0, 0); // no row left under the pointer of the last click
}

/**
 * A code for the current 30-second period, but never one of a period already used for this
 * person: the server refuses a code twice (replay), so a second sign-in within the same period —
 * by this file or the one before — waits for the next.
 */
export async function freshTotpCode(email: string): Promise<string> {
  const usedFile = path.join(inject('stateDir'), `totp-used-${email}`);
  const period = () => Math.floor(Date.now() / 30_000);
  const last = fs.existsSync(usedFile) ? Number(fs.readFileSync(usedFile, 'utf8')) : -1;
  while (period() <= last) await new Promise((resolve) => setTimeout(resolve, 500));
  fs.writeFileSync(usedFile, String(period()));
  return totpCode(fs.readFileSync(secretFile(email), 'utf8'));
}

/** The first sign-in of an administrator: set up two-step verification on the page. */
async function enrolOnPage(page: Page, email: string): Promise<void> {
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  const secret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
  fs.writeFileSync(secretFile(email), secret);
  fs.writeFileSync(path.join(inject('stateDir'), `totp-used-${email}`), String(Math.floor(Date.now() / 30_000)));
  await page.locator('input[autocomplete="one-time-code"]').fill(totpCode(secret));
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/two-factor-setup'));
}

/** A page of its own browser context (language, optional viewport) signed in as `email` at `target`. */
export async function signedInPage(browser: Browser, email: string, locale: string, target: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await newContext(browser, locale, viewport)).newPage();
  await signInAs(page, email, target);
  return page;
}
