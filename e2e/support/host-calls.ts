// Reusable steps for the call for host companies (issue 4 item 1), for this feature's browser
// test and the end-to-end test of the whole pipeline:
//  - createProgram / openCallByApi: a program of the operator and its call, through the API as
//    the signed-in operator admin (never the demo's programs, whose counts other tests check);
//  - createCompanyWithHr: a company registered by the operator and its HR person, invited and
//    accepted through the API (password: the demo password, so signInAs works);
//  - signInCompany: that HR person signed in, in their own browser context;
//  - applyThroughUi: the company's application through the real form, in the page's language.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import enErrors from '../../src/i18n/locales/en/errors.json' with { type: 'json' };
import en from '../../src/i18n/locales/en/host-calls.json' with { type: 'json' };
import jaErrors from '../../src/i18n/locales/ja/errors.json' with { type: 'json' };
import ja from '../../src/i18n/locales/ja/host-calls.json' with { type: 'json' };
import mnErrors from '../../src/i18n/locales/mn/errors.json' with { type: 'json' };
import mn from '../../src/i18n/locales/mn/host-calls.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { LOCALES, newContext, type Lang } from './browser.ts';
import { signInAs } from './sign-in.ts';

/** The host-calls catalog of each language, so steps find fields by the labels people read. */
export const HOST_CALLS_TEXT = { ja, mn, en } as const;
/** The server's message when a company writes after the deadline, per language. */
export const CLOSED_MESSAGE: Record<Lang, string> = { ja: jaErrors.codes.hostCall.closed, mn: mnErrors.codes.hostCall.closed, en: enErrors.codes.hostCall.closed };

const baseUrl = () => inject('baseUrl');
/** Writes with the session cookie must say they come from our own pages (the CSRF guard). */
const writeHeaders = () => ({ origin: baseUrl() });

async function ok<T>(response: { ok(): boolean; status(): number; text(): Promise<string> }, what: string): Promise<T> {
  const text = await response.text();
  if (!response.ok()) throw new Error(`${what}: HTTP ${response.status()} ${text}`);
  return JSON.parse(text) as T;
}

/** The organization the signed-in person administers as an operator admin. */
export async function administeredOperatorId(page: Page): Promise<string> {
  const account = await ok<{ memberships: { organization: { id: string }; role: string }[] }>(await page.request.get(`${baseUrl()}/api/account`), 'account');
  const admin = account.memberships.find((m) => m.role === 'operator_admin');
  if (!admin) throw new Error('the signed-in person is no operator admin');
  return admin.organization.id;
}

/**
 * Creates a program of the signed-in operator admin's operator in a fiscal year no other test
 * uses (FY2040–2100, the first free one from a random start), so the demo's programs and the
 * counts other tests check stay as they are. Returns its id and fiscal year.
 */
export async function createProgram(adminPage: Page, options: { name: { ja?: string; mn?: string; en?: string }; internCapPerCompany?: number }): Promise<{ programId: string; fiscalYear: number }> {
  const operatorId = await administeredOperatorId(adminPage);
  const start = 2040 + Math.floor(Math.random() * 60);
  for (let i = 0; i < 61; i += 1) {
    const fiscalYear = 2040 + ((start - 2040 + i) % 61);
    const response = await adminPage.request.post(`${baseUrl()}/api/programs`, {
      headers: writeHeaders(),
      data: { operatorId, fiscalYear, name: options.name, internCapPerCompany: options.internCapPerCompany ?? 2 },
    });
    if (response.status() === 409) continue; // that year is taken
    const program = await ok<{ id: string }>(response, 'create program');
    return { programId: program.id, fiscalYear };
  }
  throw new Error('no free fiscal year for a test program');
}

export type CallSetup = {
  deadline: string;
  internCapPerCompany?: number | null;
  questions?: { id: string; text: { ja?: string; mn?: string; en?: string } }[];
  rubric?: { id: string; label: { ja?: string; mn?: string; en?: string }; weight: number }[];
};

/** Opens the program's call through the API as the signed-in operator; returns the call's id. */
export async function openCallByApi(operatorPage: Page, programId: string, call: CallSetup): Promise<string> {
  const created = await ok<{ id: string }>(
    await operatorPage.request.post(`${baseUrl()}/api/programs/${programId}/host-call`, { headers: writeHeaders(), data: { ...call, status: 'open' } }),
    'open call',
  );
  return created.id;
}

/** Sets the call's deadline through the API as the signed-in operator (e.g. into the past). */
export async function setCallDeadlineByApi(operatorPage: Page, callId: string, deadline: string): Promise<void> {
  const call = await ok<{ version: number }>(await operatorPage.request.get(`${baseUrl()}/api/host-calls/${callId}`), 'read call');
  await ok(await operatorPage.request.patch(`${baseUrl()}/api/host-calls/${callId}`, { headers: writeHeaders(), data: { version: call.version, deadline } }), 'set deadline');
}

/** Closes the call through the API as the signed-in operator (a test leaves no open call behind). */
export async function closeCallByApi(operatorPage: Page, callId: string): Promise<void> {
  const call = await ok<{ version: number }>(await operatorPage.request.get(`${baseUrl()}/api/host-calls/${callId}`), 'read call');
  await ok(await operatorPage.request.patch(`${baseUrl()}/api/host-calls/${callId}`, { headers: writeHeaders(), data: { version: call.version, status: 'closed' } }), 'close call');
}

export type TestCompany = { companyId: string; name: { ja: string; mn: string; en: string }; hrName: string; email: string };

/**
 * Registers a company as the signed-in operator admin, invites its HR person as a host-company
 * member and accepts the invitation from the outbox mail (password: the demo password).
 */
export async function createCompanyWithHr(adminPage: Page, company: { name: { ja: string; mn: string; en: string }; city?: string; hrName: string; email: string }): Promise<TestCompany> {
  const organization = await ok<{ id: string }>(
    await adminPage.request.post(`${baseUrl()}/api/organizations`, { headers: writeHeaders(), data: { kind: 'company', name: company.name, country: 'JP', city: company.city ?? 'Hitachi' } }),
    'register company',
  );
  await ok(
    await adminPage.request.post(`${baseUrl()}/api/invitations`, {
      headers: writeHeaders(),
      data: { name: company.hrName, email: company.email, organizationId: organization.id, role: 'host_company', language: 'ja' },
    }),
    'invite HR',
  );
  const outbox = await ok<{ items: { to: string; body: string }[] }>(await adminPage.request.get(`${baseUrl()}/api/outbox?pageSize=50`), 'outbox');
  const mail = outbox.items.find((m) => m.to === company.email);
  const token = mail && /\/invitations\/accept\?token=([^\s"<&]+)/.exec(mail.body)?.[1];
  if (!token) throw new Error(`no invitation mail to ${company.email}`);
  const accepted = await fetch(`${baseUrl()}/api/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: decodeURIComponent(token), name: company.hrName, password: DEMO_PASSWORD }),
  });
  if (!accepted.ok) throw new Error(`accepting the invitation of ${company.email}: HTTP ${accepted.status} ${await accepted.text()}`);
  return { companyId: organization.id, name: company.name, hrName: company.hrName, email: company.email };
}

/** The company's HR person signed in through the page, in a browser context of their own. */
export async function signInCompany(browser: Browser, email: string, lang: Lang, target = '/host-calls', viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await newContext(browser, LOCALES[lang], viewport)).newPage();
  await signInAs(page, email, target);
  return page;
}

export type CompanyAnswers = {
  industry: string;
  employeeCount: number;
  city: string;
  positions: string[];
  skills?: string[];
  interviewers?: string[];
  interviewerCount?: number;
  canHost: boolean;
  wantsToHire: boolean;
  /** Answers in the order of the call's questions. */
  answers?: string[];
};

/** Fills the company's form on /host-calls/:callId (in the page's language) and sends it; waits for the sent application. */
export async function applyThroughUi(page: Page, lang: Lang, callId: string, answers: CompanyAnswers): Promise<void> {
  const text = HOST_CALLS_TEXT[lang];
  if (!new URL(page.url()).pathname.endsWith(`/host-calls/${callId}`)) await page.goto(`${baseUrl()}/host-calls/${callId}`);
  await fillCompanyForm(page, lang, answers);
  await page.getByRole('button', { name: text.form.submitApplication }).click();
  await page.getByTestId('own-application').waitFor();
}

/** Fills the company's form as it is on the page (to apply or to edit); does not send it. */
export async function fillCompanyForm(page: Page, lang: Lang, a: CompanyAnswers): Promise<void> {
  const text = HOST_CALLS_TEXT[lang].fields;
  const form = page.locator('form').filter({ has: page.getByLabel(field(text.industry)) });
  await form.getByLabel(field(text.industry)).fill(a.industry);
  await form.getByLabel(field(text.employeeCount)).fill(String(a.employeeCount));
  await form.getByLabel(field(text.city)).fill(a.city);
  await fillTags(form.getByLabel(field(text.positions)), a.positions);
  await fillTags(form.getByLabel(field(text.skills)), a.skills ?? []);
  await fillTags(form.getByLabel(field(text.interviewerNames)), a.interviewers ?? []);
  await form.getByLabel(field(text.interviewerCount)).fill(String(a.interviewerCount ?? Math.max(1, a.interviewers?.length ?? 1)));
  await form.getByRole('checkbox', { name: text.canHost }).setChecked(a.canHost);
  await form.getByRole('checkbox', { name: text.wantsToHire }).setChecked(a.wantsToHire);
  const answerBoxes = form.locator('textarea:not([aria-hidden="true"])');
  for (const [i, answer] of (a.answers ?? []).entries()) await answerBoxes.nth(i).fill(answer);
}

/** A field by its whole label (a required one ends in " *"): "Interviewers" is not "Number of interviewers". */
export const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

async function fillTags(input: ReturnType<Page['getByLabel']>, values: string[]): Promise<void> {
  for (const value of values) {
    await input.fill(value);
    await input.press('Enter');
  }
}
