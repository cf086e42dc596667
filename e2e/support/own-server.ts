// A browser test's own server (not the run's shared one), for flows that need what the shared
// server has not: a real SMTP server on loopback that receives the mail (SMTP_URL) and a
// settable clock (KAKEHASHI_TEST_CLOCK, then PUT /api/test-clock). It runs `kakehashi serve` on a
// fresh data folder with the demo data, as the shared server does, and signs people in through
// the real sign-in page (an administrator's two-step set-up included, the key kept in memory).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { startServer, stopServer, type ServerProcess } from '../../test/operations/server-process.ts';
import { useSmtpServer } from '../../test/support/smtp.ts';
import { newContext, skipBrowser } from './browser.ts';

export type ApiCall = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

export type OwnServer = {
  url: () => string;
  /** Every message the server sent, parsed, in the order received. */
  mail: ParsedMail[];
  /** A page of its own browser context (language, viewport) signed in as `email` at `target`. */
  signedIn: (browser: Browser, email: string, locale: string, target: string, viewport?: { width: number; height: number }) => Promise<Page>;
  /** The API as the page's signed-in person (the session cookie, and the origin the CSRF guard wants). */
  caller: (page: Page) => ApiCall;
  /** Moves the services' clock (and the queued reminders with it); any signed-in person may. */
  setClock: (page: Page, isoInstant: string) => Promise<void>;
  /** Waits for a message that `match` accepts, received after the `after`-th message. */
  waitForMail: (match: (mail: ParsedMail) => boolean, options?: { after?: number; timeoutMs?: number }) => Promise<ParsedMail>;
};

export function useOwnServer(): OwnServer {
  const smtp = useSmtpServer();
  let server: ServerProcess | null = null;
  let dataDir = '';
  const secrets = new Map<string, { secret: string; lastPeriod: number }>();
  beforeAll(async () => {
    if (skipBrowser) return;
    const root = path.resolve(import.meta.dirname, '../..');
    const build = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web app did not build');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-e2e-own-'));
    server = await startServer(dataDir, { SMTP_URL: smtp.url(), KAKEHASHI_TEST_CLOCK: 'true', TRUST_PROXY: '127.0.0.1' });
  }, 180_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const url = () => server!.url;
  const caller =
    (page: Page): ApiCall =>
    async (method, target, body) => {
      const res = await page.request.fetch(`${url()}${target}`, { method, headers: { origin: url(), 'content-type': 'application/json' }, ...(body === undefined ? {} : { data: body }) });
      const text = await res.text();
      return { status: res.status(), body: text ? (JSON.parse(text) as unknown) : null };
    };

  /** A TOTP code of a 30-second period not used yet for this person (the server refuses a replay). */
  async function freshCode(email: string): Promise<string> {
    const kept = secrets.get(email)!;
    const period = () => Math.floor(Date.now() / 30_000);
    while (period() <= kept.lastPeriod) await new Promise((resolve) => setTimeout(resolve, 500));
    kept.lastPeriod = period();
    return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(kept.secret), digits: 6, period: 30 }).generate();
  }

  async function signIn(page: Page, email: string, target: string): Promise<void> {
    await page.goto(`${url()}${target}`);
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[autocomplete="username"]').fill(email);
    await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    const landed = await Promise.race([
      page.waitForURL(/\/two-factor-setup/).then(() => 'setup' as const, () => 'none' as const),
      page.locator('input[autocomplete="one-time-code"]').waitFor().then(() => 'code' as const, () => 'none' as const),
      page.getByTestId('user-menu').waitFor().then(() => 'in' as const, () => 'none' as const),
    ]);
    if (landed === 'none') throw new Error(`signing in as ${email} led nowhere (at ${page.url()})`);
    if (landed === 'setup') {
      await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      const secret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
      secrets.set(email, { secret, lastPeriod: -1 });
      await page.locator('input[autocomplete="one-time-code"]').fill(await freshCode(email));
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((u) => !u.pathname.startsWith('/two-factor-setup'));
    }
    if (landed === 'code') {
      await page.locator('input[autocomplete="one-time-code"]').fill(await freshCode(email));
      await page.locator('form button[type="submit"]').click();
    }
    if (landed !== 'in') await page.getByTestId('user-menu').waitFor();
    if (new URL(page.url()).pathname !== target) await page.goto(`${url()}${target}`);
    await page.getByTestId('user-menu').waitFor();
    await page.mouse.move(0, 0);
  }

  return {
    url,
    mail: smtp.received,
    caller,
    signedIn: async (browser, email, locale, target, viewport) => {
      const page = await (await newContext(browser, locale, viewport)).newPage();
      await signIn(page, email, target);
      return page;
    },
    setClock: async (page, isoInstant) => {
      const res = await caller(page)('PUT', '/api/test-clock', { now: isoInstant });
      if (res.status !== 200) throw new Error(`setting the clock to ${isoInstant}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    },
    waitForMail: async (match, { after = 0, timeoutMs = 30_000 } = {}) => {
      const started = Date.now();
      for (;;) {
        const found = smtp.received.slice(after).find(match);
        if (found) return found;
        if (Date.now() - started > timeoutMs) throw new Error(`no matching mail in ${timeoutMs} ms; received: ${smtp.received.map((m) => `${String(m.to && 'text' in m.to ? m.to.text : '')} ${m.subject}`).join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  };
}
