// Donated lectures as people use them, on the Hitachi FY2025 program (the applications test
// uses FY2024): the demo student applies and the Hitachi staff screens them (through the API);
// the staff creates a course with two sessions and the attendance rule on the lectures page;
// on a 390 px phone they fill the first session's roster and tick the student present; the QR
// screen shows a code; the student, reading Mongolian on a phone, opens the code's link, signs
// in, is checked in to the second session, and sees their attendance against the rule.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop as screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signedInPage } from './support/sign-in.ts';
import { pageCaller } from '../test/support/lectures.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };

const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => signedInPage(b.browser() as Browser, email, locale, target, viewport);

/** Tomorrow in Ulaanbaatar, so that a check-in now is before the start (present). */
const tomorrow = () => new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);

describe.skipIf(skipBrowser)('donated lectures', () => {
  let programId = '';
  let sessionIds: string[] = [];

  it('the student has applied and been screened (API)', async () => {
    const student = await signedIn(DEMO.student, LOCALES.mn, '/programs');
    const call = pageCaller(student.request, b.baseUrl());
    const programs = (await call('GET', '/api/programs?fiscalYear=2025')).body as { items: { id: string; operator: { id: string; name: { en?: string } } }[] };
    const program = programs.items.find((p) => p.operator.name.en === 'Hitachi Area Industry Support Center')!;
    programId = program.id;
    expect((await call('POST', `/api/programs/${programId}/consent`, { noticeVersion: '2026-11', language: 'mn', recipientIds: [program.operator.id] })).status).toBe(201);
    const applied = await call('POST', `/api/programs/${programId}/applications`, {
      nameLatin: 'TSETSEG BATBAYAR',
      nameCyrillic: 'Цэцэг Батбаяр',
      nameKatakana: 'ツェツェグ バトバヤル',
      department: 'Mechatronics',
      graduationYear: 2027,
      jlptLevel: 'N3',
      jlptDate: '2025-12-07',
      skills: ['CAD'],
      companiesOfInterest: [],
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const staff = await signedIn(DEMO.hitachiStaff, LOCALES.ja, '/programs');
    const moved = await pageCaller(staff.request, b.baseUrl())('POST', `/api/applications/${(applied.body as { id: string }).id}/transitions`, { version: 1, to: 'screened' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await student.context().close();
    await staff.context().close();
  });

  it('the staff creates a course with two sessions and sets the rule (ja)', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: '講義' }).click();
    await page.waitForURL(/\/lectures$/);
    await page.getByRole('heading', { name: '寄付講義' }).waitFor();
    await page.getByRole('button', { name: '講座を追加' }).click();
    await dialogShown(page);
    await page.getByRole('textbox', { name: 'タイトル（日本語）' }).fill('日立 DX 寄付講義');
    await page.getByRole('textbox', { name: 'タイトル（英語）' }).fill('Hitachi DX lectures');
    await page.getByRole('combobox', { name: '提供組織' }).click();
    await page.getByRole('option', { name: /MOJC|モンゴル日本/ }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const course = page.getByRole('region', { name: '日立 DX 寄付講義' });
    for (const time of ['09:00', '10:40']) {
      await course.getByRole('button', { name: '回を追加' }).click();
      await dialogShown(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^日付/).fill(tomorrow());
      await dialog.getByLabel(/^開始/).fill(time);
      await dialog.getByRole('textbox', { name: '会場', exact: true }).fill('MOJC');
      await dialog.getByRole('textbox', { name: '教室', exact: true }).fill('3F Hall');
      await dialog.getByRole('textbox', { name: '講師', exact: true }).fill('Sato Kenji');
      await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByRole('region', { name: '時間割' }).getByText('10:40–12:10').filter({ visible: true }).waitFor();
    await page.getByRole('textbox', { name: '必要出席回数' }).fill('2');
    await page.getByRole('region', { name: '面接会の出席要件' }).getByRole('button', { name: '保存' }).click();
    await page.getByText('面接会には 2 回以上の出席（出席または遅刻）が必要です。').waitFor();

    // A curriculum (Nagaoka's DX course) with a module and a learning material.
    await page.getByRole('button', { name: '講座を追加' }).click();
    await dialogShown(page);
    await page.getByRole('textbox', { name: 'タイトル（日本語）' }).fill('DX カリキュラム');
    await page.getByRole('combobox', { name: '提供組織' }).click();
    await page.getByRole('option', { name: /MOJC|モンゴル日本/ }).first().click();
    await page.getByRole('combobox', { name: '種類' }).click();
    await page.getByRole('option', { name: 'カリキュラム' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const curriculum = page.getByRole('region', { name: 'DX カリキュラム' });
    await curriculum.getByRole('button', { name: 'モジュールを追加' }).click();
    await dialogShown(page);
    await page.getByRole('textbox', { name: 'タイトル（日本語）' }).fill('AI 入門');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await curriculum.getByRole('button', { name: 'AI 入門 の新しい教材' }).click();
    await dialogShown(page);
    await page.getByRole('textbox', { name: 'タイトル（日本語）' }).fill('機械学習スライド');
    await page.getByRole('textbox', { name: 'リンク（URL）' }).fill('ftp://example.org/ml.pdf');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').getByText(/URL/).first().waitFor();
    await page.getByRole('textbox', { name: 'リンク（URL）' }).fill('https://example.org/ml.pdf');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await curriculum.getByRole('link', { name: '機械学習スライド' }).waitFor();
    await screenshot(page, 'lectures-program-ja');
    await expectAccessible(page);
    const courses = (await pageCaller(page.request, b.baseUrl())('GET', `/api/programs/${programId}/courses`)).body as { courses: { sessions: { id: string }[] }[] };
    sessionIds = courses.courses.find((c) => c.sessions.length > 0)!.sessions.map((s) => s.id);
    expect(sessionIds).toHaveLength(2);
    await page.context().close();
  });

  it('the staff fills the roster and ticks the student present on a phone', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}/lectures`, PHONE);
    await page.getByRole('region', { name: '時間割' }).waitFor();
    await screenshot(page, 'lectures-program-ja-phone');
    await expectAccessible(page);
    await page.getByRole('link', { name: '出席簿' }).filter({ visible: true }).first().click();
    await page.waitForURL(new RegExp(`/lecture-sessions/${sessionIds[0]}/attendance$`));
    await page.getByRole('button', { name: '書類選考を通過した全員を追加' }).click();
    const row = page.getByRole('group', { name: 'TSETSEG BATBAYAR の出席' });
    await row.waitFor();
    await page.getByText('Цэцэг Батбаяр').waitFor();
    await row.getByRole('button', { name: '出席' }).click();
    await expect.poll(() => row.getByRole('button', { name: '出席' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('status', { name: '集計' }).innerText()).toMatch(/1\s*出席/);
    await screenshot(page, 'lectures-tick-list-ja-phone');
    await expectAccessible(page);
    // Reloaded, the tick is still there.
    await page.reload();
    await expect.poll(() => page.getByRole('group', { name: 'TSETSEG BATBAYAR の出席' }).getByRole('button', { name: '出席' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${b.baseUrl()}/lecture-sessions/${sessionIds[1]}/qr`);
    await page.getByRole('img', { name: 'この回の出席登録用 QR コード' }).waitFor();
    await page.getByText(/あと \d+ 秒で新しいコード/).waitFor();
    await screenshot(page, 'lectures-qr-ja-phone');
    await page.context().close();
  });

  it('the student checks in by the QR link and sees their attendance (mn, phone)', async () => {
    const staff = await signedIn(DEMO.hitachiStaff, LOCALES.ja, '/programs');
    const { token } = (await pageCaller(staff.request, b.baseUrl())('GET', `/api/lecture-sessions/${sessionIds[1]}/qr-token`)).body as { token: string };
    await staff.context().close();
    const page = await signedIn(DEMO.student, LOCALES.mn, `/attend?t=${encodeURIComponent(token)}`, PHONE);
    await page.getByText('Ирц бүртгэгдлээ: ирсэн').waitFor();
    await screenshot(page, 'lectures-check-in-mn-phone');
    await expectAccessible(page);

    // A forged code is refused with a message in Mongolian.
    await page.goto(`${b.baseUrl()}/attend?t=${encodeURIComponent(token.replace(/\.(\d+)\./, (_m, s: string) => `.${Number(s) + 600}.`))}`);
    await page.getByText('Энэ ирцийн код хүчингүй байна', { exact: false }).waitFor();

    await page.goto(`${b.baseUrl()}/programs/${programId}/lectures`);
    await page.getByRole('link', { name: 'Миний ирц' }).click();
    await page.getByText('2 хичээлээс 2-д суусан').waitFor();
    await page.getByText('Та ярилцлагын өдөрлөгт шаардлагатай 2 хичээлд суусан байна.').waitFor();
    // The curriculum's material, ticked off by the student.
    await page.getByRole('checkbox', { name: 'Дууссан: 機械学習スライド' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Дууссан: 機械学習スライド' }).isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Дууссан: 機械学習スライド' }).isChecked()).toBe(true);
    await screenshot(page, 'lectures-mine-mn-phone');
    await expectAccessible(page);
    // The certificate downloads as a PDF.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Гэрчилгээ (Монгол)' }).click()]);
    expect(download.suggestedFilename()).toBe('attendance-certificate-mn.pdf');
    expect(fs.readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');

    // The timetable, read-only for a student.
    await page.goto(`${b.baseUrl()}/programs/${programId}/lectures`);
    await page.getByRole('region', { name: 'Хуваарь' }).waitFor();
    expect(await page.getByRole('button', { name: 'Сургалт нэмэх' }).count()).toBe(0);
    await screenshot(page, 'lectures-program-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  });
});
