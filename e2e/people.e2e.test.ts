// People management as a person does it: an admin invites someone, finds the mail in the
// outbox, the invitee accepts in a browser of their own and is signed in; the admin switches
// them off and their next page is the sign-in page. A Mongolian coordinator sends a class list
// on a phone, fixes the row the server refused, and the audit log shows all of it.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialogShown, expectAccessible, LOCALES, newContext, screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36);
const invitee = { name: 'Ariunaa Ganbold', email: `ariunaa-${run}@example.mn` };
const students = [
  { name: 'Бат-Эрдэнэ Болд', email: `bat-erdene-${run}@example.mn` },
  { name: 'Сараа Туяа', email: `saraa-${run}@example.mn` },
  { name: 'Тэмүүлэн Дорж', email: `temuulen-${run}@example.mn` },
];

/** Waits until the opened outbox message has finished unfolding. */
async function mailOpened(page: Page): Promise<void> {
  await page.getByTestId('mail-body').waitFor();
  await page.waitForFunction(() => {
    const panel = document.querySelector('[id^="mail-"]');
    return panel !== null && panel.getBoundingClientRect().height >= panel.scrollHeight - 1;
  });
}

/** Picks `option` in the Mantine select labelled `label` inside `scope`. */
async function choose(page: Page, label: string, option: string, scope = page.getByRole('dialog')): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(skipBrowser)('people management', () => {
  it('an admin invites a person by e-mail; the person accepts from the outbox mail and is signed in; deactivated, they are signed out', async () => {
    const admin = await (await newContext(b.browser(), LOCALES.en)).newPage();
    await signInAs(admin, DEMO.admin, '/people');
    await admin.getByRole('heading', { name: 'People', level: 2 }).waitFor();
    await expect.poll(() => admin.getByRole('table', { name: 'Members' }).locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(admin, 'people-en');
    await expectAccessible(admin);

    // The members download holds the list, headed as the screen's table.
    await admin.getByRole('button', { name: 'Download Members' }).click();
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Name', 'E-mail address', 'Organization', 'Role', 'Status', 'Two-step verification']);
    expect(sheet.rowCount).toBeGreaterThan(1);
    await admin.keyboard.press('Escape');

    await admin.getByRole('button', { name: 'Invite', exact: true }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await dialog.getByText('Choose an organization.').waitFor();
    await choose(admin, 'Organization', 'Hitachi host company A (demo)');
    // A company takes one role only: it is chosen already.
    expect(await dialog.getByRole('combobox', { name: 'Role', exact: true }).inputValue()).toBe('Host company (HR)');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
    await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(invitee.email);
    await dialogShown(admin);
    await screenshot(admin, 'people-invite-en');
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await admin.getByRole('status').getByText(`An invitation has been sent to ${invitee.email}.`).waitFor();
    await admin.getByRole('table', { name: 'Open invitations' }).getByText(invitee.email).waitFor();

    await admin.getByRole('link', { name: 'Outbox' }).click();
    await admin.getByText('E-mail is not being sent').waitFor();
    const mail = admin.getByTestId('outbox-message').filter({ hasText: invitee.email });
    await mail.getByRole('button', { name: 'Show' }).click();
    await mailOpened(admin);
    const link = await admin.getByTestId('mail-body').getByRole('link', { name: /\/invitations\/accept\?token=/ }).getAttribute('href');
    expect(link).toMatch(/\/invitations\/accept\?token=/);
    await admin.mouse.move(0, 0); // no button left in its hover state
    await screenshot(admin, 'outbox-en');
    await expectAccessible(admin);

    // The invitee opens the link in a browser of their own.
    const person = await (await newContext(b.browser(), LOCALES.en)).newPage();
    await person.goto(new URL(new URL(link!).pathname + new URL(link!).search, b.baseUrl()).href);
    await person.getByText('You are invited to join Hitachi host company A (demo) on Kakehashi.').waitFor();
    await person.getByText('Host company (HR)').waitFor();
    expect(await person.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe(invitee.name);
    await person.locator('input[autocomplete="new-password"]').nth(0).fill('a-long-password-1');
    await person.locator('input[autocomplete="new-password"]').nth(1).fill('a-long-password-1');
    await screenshot(person, 'invitation-accept-en');
    await expectAccessible(person);
    await person.getByRole('button', { name: 'Accept and sign in' }).click();
    await person.getByTestId('user-menu').waitFor();
    await person.waitForURL(/\/programs$/);

    // The admin switches the person off; the person's next page is the sign-in page.
    await admin.getByRole('link', { name: 'People' }).click();
    await admin.getByRole('searchbox', { name: 'Search by name or e-mail' }).fill(invitee.email);
    const row = admin.getByRole('table', { name: 'Members' }).locator('tbody tr').filter({ hasText: invitee.email });
    await row.getByText('Active').waitFor();
    await expect.poll(() => admin.getByRole('table', { name: 'Open invitations' }).getByText(invitee.email).count()).toBe(0);
    await row.getByRole('button', { name: `Deactivate ${invitee.name}` }).click();
    await admin.getByRole('dialog').getByText(`${invitee.name} (${invitee.email}) will be signed out everywhere at once`).waitFor();
    await dialogShown(admin);
    await screenshot(admin, 'people-deactivate-en');
    await admin.getByRole('dialog').getByRole('button', { name: 'Deactivate', exact: true }).click();
    await row.getByText('Deactivated').waitFor();
    await person.getByRole('link', { name: 'Organizations' }).click();
    await person.waitForURL(/\/sign-in/);
    await admin.context().close();
    await person.context().close();
  }, 120_000); // two browsers, a mail, a download and a deactivation

  it('someone who already has an account accepts with its password and gains the membership', async () => {
    // A person of our own (no demo account: other tests count what those see) with an account
    // in company A, then invited to company B as well.
    const email = `existing-${run}@example.mn`;
    const password = 'an-existing-password';
    const admin = await (await newContext(b.browser(), LOCALES.en)).newPage();
    await signInAs(admin, DEMO.admin, '/people');
    const invite = async (organization: string): Promise<string> => {
      await admin.getByRole('button', { name: 'Invite', exact: true }).click();
      await choose(admin, 'Organization', organization);
      await admin.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Existing Person');
      await admin.getByRole('dialog').getByRole('textbox', { name: 'E-mail address' }).fill(email);
      await admin.getByRole('dialog').getByRole('button', { name: 'Send the invitation' }).click();
      await admin.getByRole('status').waitFor();
      await admin.getByRole('dialog').waitFor({ state: 'detached' });
      const outbox = (await (await admin.request.get(`${b.baseUrl()}/api/outbox?pageSize=50`)).json()) as { items: { to: string; body: string }[] };
      return /\/invitations\/accept\?token=\S+/.exec(outbox.items.find((m) => m.to === email)!.body)![0];
    };
    const first = await invite('Hitachi host company A (demo)');
    const token = new URL(first, b.baseUrl()).searchParams.get('token')!;
    // Accepted from another device (no session there: a plain API call).
    const created = await fetch(`${b.baseUrl()}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, name: 'Existing Person', password }) });
    expect(created.status).toBe(200);
    const link = await invite('Hitachi host company B (demo)');
    await admin.context().close();

    const person = await (await newContext(b.browser(), LOCALES.ja)).newPage();
    await person.goto(`${b.baseUrl()}${link}`);
    // The mail was in English, so the page is too.
    await person.getByText(`You already have an account with ${email}.`, { exact: false }).waitFor();
    await person.locator('input[autocomplete="current-password"]').fill('not-the-password');
    await person.getByRole('button', { name: 'Accept and sign in' }).click();
    await person.getByRole('alert').getByText('The e-mail address or password is not correct.').waitFor();
    await person.locator('input[autocomplete="current-password"]').fill(password);
    await person.getByRole('button', { name: 'Accept and sign in' }).click();
    await person.waitForURL(/\/programs$/);
    await person.goto(`${b.baseUrl()}/account`);
    const memberships = person.getByRole('table', { name: /Organizations and roles|所属団体と役割/ });
    await memberships.getByText(/Hitachi host company B|日立地区 受入企業B/).waitFor();
    await memberships.getByText(/Hitachi host company A|日立地区 受入企業A/).waitFor();
    await person.context().close();
  });

  it('a Mongolian coordinator pastes a class list on a phone, sees the refused address on its row, fixes it and sends', async () => {
    const context = await newContext(b.browser(), LOCALES.mn, PHONE);
    const page = await context.newPage();
    await signInAs(page, DEMO.coordinator, '/people');
    await page.getByRole('heading', { name: 'Хэрэглэгчид', level: 2 }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Гишүүд' }).locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'people-mn-phone');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Ангийн жагсаалт' }).click();
    const dialog = page.getByRole('dialog');
    const list = (second: string) => [`${students[0]!.name}, ${students[0]!.email}`, `${students[1]!.name}, ${second}`, `${students[2]!.name}\t${students[2]!.email}\ten`].join('\n');
    await dialog.getByRole('textbox', { name: 'Оюутнууд' }).fill(list(`saraa-${run}-at-example.mn`));
    const rows = dialog.getByTestId('class-list-row');
    await expect.poll(() => rows.count()).toBe(3);
    await dialog.getByRole('button', { name: '3 оюутан урих' }).click();
    await dialog.getByRole('alert').getByText('Юу ч илгээгдээгүй.', { exact: false }).waitFor();
    await expect.poll(() => dialog.locator('[data-testid="class-list-row"][data-invalid]').count()).toBe(1);
    expect(await rows.nth(1).getAttribute('data-invalid')).toBe('true');
    await dialog.locator('[data-testid="class-list-problem"][data-row="1"]').getByText(/И-мэйл хаягийн хэлбэр буруу/).waitFor();
    await dialogShown(page);
    await screenshot(page, 'class-list-error-mn-phone');
    await expectAccessible(page);

    await dialog.getByRole('textbox', { name: 'Оюутнууд' }).fill(list(students[1]!.email));
    await expect.poll(() => dialog.locator('[data-testid="class-list-row"][data-invalid]').count()).toBe(0);
    await dialog.getByRole('button', { name: '3 оюутан урих' }).click();
    await page.getByRole('status').getByText('3 оюутанд урилга илгээлээ.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const invitations = page.getByRole('table', { name: 'Хүлээгдэж буй урилгууд' });
    for (const s of students) await invitations.getByText(s.email).waitFor();
    await screenshot(page, 'people-invited-mn-phone');

    // One student will not come after all: the coordinator revokes that invitation.
    await invitations.getByRole('button', { name: `${students[2]!.email} руу илгээсэн урилгыг цуцлах` }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Цуцлах' }).click();
    await expect.poll(() => invitations.getByText(students[2]!.email).count()).toBe(0);
    await context.close();
  });

  it('the audit log shows the invitations, the acceptance and the deactivation', async () => {
    const context = await newContext(b.browser(), LOCALES.ja);
    const page = await context.newPage();
    await signInAs(page, DEMO.admin, '/audit-log');
    await page.getByRole('heading', { name: '操作履歴', level: 2 }).waitFor();
    const table = page.getByRole('table', { name: '操作履歴' });
    await choose(page, '操作', '招待', page.getByRole('main'));
    await expect.poll(() => table.locator('tbody tr').filter({ hasText: 'Батбаяр Д. (демо)' }).count()).toBe(3);
    await expect.poll(() => table.locator('tbody tr').filter({ hasText: '日立 管理者（デモ）' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'audit-log-ja');
    await expectAccessible(page);

    await choose(page, '操作', '招待を承諾', page.getByRole('main'));
    await table.locator('tbody tr').filter({ hasText: invitee.name }).first().waitFor();
    await choose(page, '操作', '利用停止', page.getByRole('main'));
    const stop = table.locator('tbody tr').filter({ hasText: '日立 管理者（デモ）' }).first();
    await stop.getByText('利用停止').first().waitFor();
    // Clicking a name keeps only that person's events.
    await stop.getByRole('button', { name: '日立 管理者（デモ）' }).click();
    await page.getByTestId('actor-filter').getByText('操作した人：日立 管理者（デモ）').waitFor();
    await expect.poll(() => table.locator('tbody tr').filter({ hasNotText: '日立 管理者（デモ）' }).count()).toBe(0);
    await page.getByRole('button', { name: '全員の操作を表示（現在は 日立 管理者（デモ） のみ）' }).click();
    await page.getByTestId('actor-filter').waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows the people, audit log and outbox links only to those who may use them', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const page = await context.newPage();
    await signInAs(page, DEMO.hitachiStaff);
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.getByRole('link', { name: 'Organizations' }).waitFor();
    for (const name of ['People', 'Audit log', 'Outbox']) expect(await nav.getByRole('link', { name }).count()).toBe(0);
    await context.close();
  });

  it('a used or unknown link says so in Mongolian on a phone, with what to do', async () => {
    const context = await newContext(b.browser(), LOCALES.mn, PHONE);
    const page = await context.newPage();
    await page.goto(`${b.baseUrl()}/invitations/accept?token=not-a-real-invitation-token`);
    await page.getByRole('alert').getByText('Энэ холбоос хүчингүй эсвэл хугацаа нь дууссан байна.', { exact: false }).waitFor();
    await page.getByText('Таныг урьсан хүнээс шинэ урилга илгээхийг хүснэ үү.').waitFor();
    await screenshot(page, 'invitation-invalid-mn-phone');
    await expectAccessible(page);
    await context.close();
  });

  it('the audit log and the outbox read well in Mongolian on a phone', async () => {
    const context = await newContext(b.browser(), LOCALES.mn, PHONE);
    const page = await context.newPage();
    await signInAs(page, DEMO.admin, '/audit-log');
    await expect.poll(() => page.getByRole('table', { name: 'Үйлдлийн бүртгэл' }).locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'audit-log-mn-phone');
    await expectAccessible(page);
    await page.goto(`${b.baseUrl()}/outbox`);
    await page.getByText('Имэйл илгээгдэхгүй байна').waitFor();
    await page.getByTestId('outbox-message').first().getByRole('button', { name: 'Харах' }).click();
    await mailOpened(page);
    await page.mouse.move(0, 0);
    await screenshot(page, 'outbox-mn-phone');
    await expectAccessible(page);
    await context.close();
  });
});
