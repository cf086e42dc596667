// Company readiness in the browser (issue 8 item 7): the demo company A's HR ticks what it has
// arranged for its intern and a training module in the Hitachi FY2024 program (its four companies), with a note; the
// record stays after a reload; the operator sees the company's progress among the program's
// companies. Screenshots in ja and mn (the company's page on a phone).
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import jaCommon from '../src/i18n/locales/ja/common.json' with { type: 'json' };
import jaHiring from '../src/i18n/locales/ja/hiring.json' with { type: 'json' };
import jaReadiness from '../src/i18n/locales/ja/readiness.json' with { type: 'json' };
import mnReadiness from '../src/i18n/locales/mn/readiness.json' with { type: 'json' };
import { demoId } from '../src/server/seed/demo-seed.ts';
import { expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';

const b = useBrowser();
const program = demoId('hitachi-fy2024');
const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

describe.skipIf(skipBrowser)('company readiness', () => {
  it('is ticked by the company on its own checklist and kept', async () => {
    const page = await signedIn(DEMO.company, LOCALES.ja, `/programs/${program}/readiness`);
    await page.getByRole('heading', { name: jaReadiness.title }).waitFor();
    await page.getByRole('checkbox', { name: jaReadiness.items.mentorNamed }).check();
    await page.getByLabel(jaReadiness.noteFor.replace('{{item}}', jaReadiness.items.mentorNamed)).fill('製造部 佐藤 一郎');
    await page.getByRole('checkbox', { name: jaReadiness.items.prayerAndDietAsked }).check();
    await page.getByRole('checkbox', { name: jaReadiness.modules.plainJapanese }).check();
    await page.getByRole('button', { name: jaReadiness.save }).click();
    await page.getByText(jaReadiness.saved).waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: jaReadiness.items.mentorNamed }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: jaReadiness.items.housingArranged }).isChecked()).toBe(false);
    expect(await page.getByLabel(jaReadiness.noteFor.replace('{{item}}', jaReadiness.items.mentorNamed)).inputValue()).toBe('製造部 佐藤 一郎');
    await expectAccessible(page);
    await screenshot(page, 'readiness-company-ja');
    await page.close();

    const phone = await signedIn(DEMO.company, LOCALES.mn, `/programs/${program}/readiness`, { width: 390, height: 844 });
    await phone.getByRole('heading', { name: mnReadiness.title }).waitFor();
    await expect.poll(() => phone.getByRole('checkbox', { name: mnReadiness.items.mentorNamed }).isChecked()).toBe(true);
    await expectAccessible(phone);
    await screenshot(phone, 'readiness-company-mn-phone');
    await phone.close();
  }, 120_000);

  it('shows the operator every company’s progress', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${program}/readiness`);
    await page.getByRole('heading', { name: jaReadiness.title }).waitFor();
    const bars = page.getByRole('progressbar');
    await expect.poll(() => bars.count()).toBeGreaterThan(1);
    // Company A did 3 of its 13 things: 23 %.
    await expect.poll(async () => (await page.locator('.mantine-Card-root').allInnerTexts()).some((text) => text.includes('23%'))).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'readiness-operator-ja');
    // The companies as a CSV file: headed in Japanese, a row per company (issue 9 item 5).
    await page.getByRole('button', { name: jaCommon.download.menu.replace('{{list}}', jaReadiness.title) }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: jaCommon.download.csv }).click()]);
    const lines = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 2)).toEqual([jaHiring.apply.company, jaReadiness.export.progress]);
    expect(lines.length - 1).toBe(await bars.count());
    await page.close();
  }, 120_000);
});
