import { describe, expect, it } from 'vitest';
import { LOCALES, expectAccessible, newContext, screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();

describe.skipIf(skipBrowser)('an operator edits programs', () => {
  it('creates a program, sees field errors in Japanese, adds a phase that appears on the timeline', async () => {
    const context = await newContext(b.browser(), LOCALES.ja);
    const page = await context.newPage();
    await signInAs(page, DEMO.admin);
    await page.getByRole('button', { name: 'プログラムを作成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('運営団体: 入力してください。').waitFor();
    await expect.poll(() => dialog.getByText('日本語・モンゴル語・英語のいずれかで入力してください。').count()).toBe(1);
    await screenshot(page, 'program-create-errors-ja');
    await expectAccessible(page);

    await dialog.getByRole('combobox', { name: '運営団体' }).fill('日立');
    await page.getByRole('option', { name: '公益財団法人日立地区産業支援センター', exact: true }).click();
    await dialog.getByRole('textbox', { name: '年度' }).fill('2031');
    await dialog.getByRole('textbox', { name: '名称（日本語）' }).fill('令和13年度 ブラウザテスト');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '令和13年度 ブラウザテスト' }).waitFor();
    expect(await page.getByText('2031年度（令和13年度）').count()).toBe(1);

    await page.getByRole('button', { name: '日程を追加' }).click();
    const phase = page.getByRole('dialog');
    await phase.getByRole('textbox', { name: '表示名（日本語）' }).fill('夏のインターンシップ');
    await phase.getByLabel(/^開始日/).fill('2031-08-20');
    await phase.getByLabel(/^終了日/).fill('2031-08-10');
    await phase.getByRole('button', { name: '保存' }).click();
    await phase.getByText('終了日: 終了日は開始日（2031-08-20）以降にしてください。').waitFor();
    await phase.getByLabel(/^終了日/).fill('2031-08-31');
    await phase.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('timeline-row').filter({ hasText: '夏のインターンシップ' }).count()).toBe(1);
    await screenshot(page, 'program-created-ja');
    await context.close();
  });

  it('tells the second of two editors that the program changed, and keeps the first edit', async () => {
    const context = await newContext(b.browser(), LOCALES.en);
    const [first, second] = [await context.newPage(), await context.newPage()];
    await signInAs(first, DEMO.hitachiStaff);
    for (const page of [first, second]) {
      await page.goto(`${b.baseUrl()}/programs`);
      await page.getByRole('link', { name: /FY2025 Foreign core talent/ }).click();
      await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    }
    await first.getByRole('textbox', { name: 'Planned interns' }).fill('9');
    await first.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await first.getByRole('dialog').waitFor({ state: 'detached' });
    await second.getByRole('textbox', { name: 'Planned interns' }).fill('3');
    await second.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await second.getByText('Someone else has changed this record. Reload the latest version and try again.').waitFor();
    await screenshot(second, 'program-conflict-en');
    const programUrl = first.url().replace('/programs/', '/api/programs/');
    expect(((await (await first.request.get(programUrl)).json()) as { plannedInterns: number }).plannedInterns).toBe(9);
    await context.close();
  });
});
