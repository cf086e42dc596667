// Debian's Chromium driven by playwright-core (never a downloaded browser), screenshots under
// test-results/, and axe-core on every page.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
/** Outside CI a machine without Chromium skips the browser tests; in CI nothing is skipped. */
export const skipBrowser = !hasChromium && process.env.CI !== 'true';
if (skipBrowser) console.warn(`[e2e] ${CHROMIUM} not found: browser tests skipped (apt-get install chromium).`);

export const LOCALES = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-US' } as const;
export type Lang = keyof typeof LOCALES;

export function useBrowser(): { browser: () => Browser; baseUrl: () => string } {
  let browser: Browser | null = null;
  beforeAll(async () => {
    if (skipBrowser) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: () => browser!, baseUrl: () => inject('baseUrl') };
}

export async function newContext(browser: Browser, locale: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport, timezoneId: 'Asia/Tokyo' });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve('test-results/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** A full-page screenshot from the top, so the fixed header sits where a reader sees it. */
export async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Waits until the open dialog has finished fading in (Mantine animates its opacity). */
export async function dialogShown(page: Page): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.mantine-Modal-content')].every((el) => getComputedStyle(el).opacity === '1'));
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}
