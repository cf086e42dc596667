// The call for host companies as people run it: the Hitachi staff drafts the call of a new
// program on its page (deadline, cap, a question in three languages, a weighted rubric) and
// opens it; four companies' HR people find it among the open calls (one in Mongolian on a
// phone) and apply through the form; the staff scores each against the rubric and accepts all
// four with a reason, and they appear as the program's host companies; a company that tries to
// change its application after the deadline is refused with a clear message and then sees it
// read-only.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialogShown, expectAccessible, LOCALES, newContext, screenshotFromTop as screenshot, skipBrowser, type Lang, useBrowser } from './support/browser.ts';
import { CLOSED_MESSAGE, HOST_CALLS_TEXT, applyThroughUi, closeCallByApi, createCompanyWithHr, createProgram, field, fillCompanyForm, openCallByApi, setCallDeadlineByApi, signInCompany, type CompanyAnswers, type TestCompany } from './support/host-calls.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36);
const ja = HOST_CALLS_TEXT.ja;

/** A datetime-local value `days` from now in Asia/Tokyo, the browser contexts' time zone. */
function tokyoLocal(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000);
  return at.toISOString().slice(0, 16);
}

const COMPANIES: { lang: Lang; phone?: boolean; name: { ja: string; mn: string; en: string }; answers: CompanyAnswers; scores: [number, number] }[] = [
  {
    lang: 'ja',
    name: { ja: `日立精密加工（試験${run}）`, mn: `Хитачи нарийн боловсруулалт (${run})`, en: `Hitachi Precision (${run})` },
    answers: { industry: '精密機械加工', employeeCount: 50, city: '日立市', positions: ['CNCオペレーター', '品質管理'], skills: ['CAD'], interviewers: ['佐藤 一郎'], canHost: true, wantsToHire: true, answers: ['社員寮があります（徒歩5分）。'] },
    scores: [5, 4],
  },
  {
    lang: 'mn',
    phone: true,
    name: { ja: `常陸電子（試験${run}）`, mn: `Хитачи электрон (${run})`, en: `Hitachi Electronics (${run})` },
    answers: { industry: 'Электроник', employeeCount: 120, city: 'Хитачи', positions: ['Угсрагч'], skills: ['Гагнуур'], interviewers: ['Сузуки'], canHost: true, wantsToHire: false, answers: ['Компанийн байр бий.'] },
    scores: [4, 3],
  },
  {
    lang: 'en',
    name: { ja: `北茨城樹脂（試験${run}）`, mn: `Хойд Ибараки пластик (${run})`, en: `Kita-Ibaraki Plastics (${run})` },
    answers: { industry: 'Plastic moulding', employeeCount: 35, city: 'Kitaibaraki', positions: ['Mould maintenance'], interviewers: ['Tanaka'], canHost: true, wantsToHire: true, answers: ['A flat near the plant.'] },
    scores: [3, 5],
  },
  {
    lang: 'ja',
    name: { ja: `高萩ロボティクス（試験${run}）`, mn: `Такахаги роботикс (${run})`, en: `Takahagi Robotics (${run})` },
    answers: { industry: '産業用ロボット', employeeCount: 80, city: '高萩市', positions: ['ロボット保守'], skills: ['Python', 'PLC'], interviewers: ['高橋', '伊藤'], canHost: false, wantsToHire: true, answers: ['近隣のアパートを借り上げます。'] },
    scores: [2, 4],
  },
];

describe.skipIf(skipBrowser)('the call for host companies', () => {
  let programId = '';
  let callId = '';
  let programName = '';
  const companies: TestCompany[] = [];

  it('the operator drafts the call of a new program on its page, with field errors under their fields, and opens it', async () => {
    // Set up as the operator admin through the API: a program no other test counts, four companies with an HR person each.
    const admin = await (await newContext(b.browser() as Browser, LOCALES.en)).newPage();
    await signInAs(admin, DEMO.admin);
    programName = `受入企業募集テスト ${run}`;
    ({ programId } = await createProgram(admin, { name: { ja: programName, en: `Host call test ${run}` }, internCapPerCompany: 2 }));
    for (const [i, c] of COMPANIES.entries()) {
      companies.push(await createCompanyWithHr(admin, { name: c.name, hrName: `HR ${i + 1} ${run}`, email: `hr${i + 1}-${run}@company.example` }));
    }
    await admin.context().close();

    const page = await (await newContext(b.browser() as Browser, LOCALES.ja)).newPage();
    await signInAs(page, DEMO.hitachiStaff, `/programs/${programId}`);
    await page.getByRole('link', { name: ja.link.manage }).click();
    await page.waitForURL(/\/host-call$/);
    await page.getByRole('button', { name: ja.operator.create }).click();
    const dialog = page.getByRole('dialog');
    await dialogShown(page);
    // An empty question is refused by the server, under the question.
    await dialog.getByRole('button', { name: ja.form.addQuestion }).click();
    await dialog.getByLabel(ja.fields.deadline).fill(tokyoLocal(14));
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('日本語・モンゴル語・英語のいずれかで入力してください。').waitFor();
    await screenshot(page, 'host-call-form-error-ja');
    await expectAccessible(page);

    await dialog.getByRole('textbox', { name: `${ja.form.question.replace('{{n}}', '1')}（日本語）` }).fill('インターンの住居をどのように用意しますか？');
    await dialog.getByRole('textbox', { name: `${ja.form.question.replace('{{n}}', '1')}（モンゴル語）` }).fill('Дадлагажигчийн байрыг хэрхэн зохион байгуулах вэ?');
    await dialog.getByRole('textbox', { name: `${ja.form.question.replace('{{n}}', '1')}（英語）` }).fill('How will you house the interns?');
    await dialog.getByRole('button', { name: ja.form.addCriterion }).click();
    await dialog.getByRole('textbox', { name: `${ja.form.criterion.replace('{{n}}', '1')}（日本語）` }).fill('住居');
    await dialog.getByRole('textbox', { name: `${ja.form.criterion.replace('{{n}}', '1')}（英語）` }).fill('Housing');
    await dialog.getByRole('textbox', { name: ja.form.weight.replace('{{n}}', '1') }).fill('2');
    await dialog.getByRole('button', { name: ja.form.addCriterion }).click();
    await dialog.getByRole('textbox', { name: `${ja.form.criterion.replace('{{n}}', '2')}（日本語）` }).fill('指導体制');
    await dialog.getByRole('textbox', { name: `${ja.form.criterion.replace('{{n}}', '2')}（英語）` }).fill('Mentoring');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('call-status').getByText(ja.callStatus.draft).waitFor();

    await page.getByRole('button', { name: ja.operator.open }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: ja.operator.open }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByTestId('call-status').getByText(ja.callStatus.open).waitFor();
    await page.getByText('住居（重み 2）').waitFor();
    await screenshot(page, 'host-call-open-ja');
    await expectAccessible(page);
    const calls = (await (await page.request.get(`${b.baseUrl()}/api/host-calls`)).json()) as { items: { id: string; programId: string }[] };
    callId = calls.items.find((c) => c.programId === programId)!.id;
    await page.context().close();
  });

  it('four companies find the open call and apply through the form, one in Mongolian on a phone', async () => {
    for (const [i, c] of COMPANIES.entries()) {
      const text = HOST_CALLS_TEXT[c.lang];
      const page = await signInCompany(b.browser() as Browser, companies[i]!.email, c.lang, '/programs', c.phone ? PHONE : undefined);
      if (c.phone) await page.getByRole('button', { name: 'Цэс нээх' }).click();
      await page.getByRole('link', { name: text.nav }).click();
      await page.waitForURL(/\/host-calls$/);
      const card = page.getByTestId('call-card').filter({ has: page.locator(`a[href="/host-calls/${callId}"]`) });
      await card.waitFor();
      expect(await card.getByTestId('deadline').textContent()).toContain('Asia/Tokyo');
      if (i < 2) {
        await screenshot(page, `host-calls-list-${c.lang}${c.phone ? '-phone' : ''}`);
        await expectAccessible(page);
      }
      await card.getByRole('link', { name: text.list.apply }).click();
      await page.waitForURL(new RegExp(`/host-calls/${callId}$`));
      if (i === 1) {
        // Nothing filled in: the server names each missing field under it.
        await page.getByRole('button', { name: text.form.submitApplication }).click();
        await expect.poll(() => page.getByRole('textbox', { name: text.fields.industry }).getAttribute('aria-invalid')).toBe('true');
        await screenshot(page, 'host-call-apply-errors-mn-phone');
        await expectAccessible(page);
      }
      if (i < 3) {
        // The filled form, in each language (Mongolian on a phone), before it is sent.
        await fillCompanyForm(page, c.lang, c.answers);
        await screenshot(page, `host-call-form-${c.lang}${c.phone ? '-phone' : ''}`);
        await expectAccessible(page);
        await page.getByRole('button', { name: text.form.submitApplication }).click();
        await page.getByTestId('own-application').waitFor();
      } else {
        await applyThroughUi(page, c.lang, callId, c.answers);
      }
      await page.getByTestId('decision').getByText(text.decision.pending).waitFor();
      if (i < 3) {
        await screenshot(page, `host-call-applied-${c.lang}${c.phone ? '-phone' : ''}`);
        await expectAccessible(page);
      }
      await page.context().close();
    }
  }, 180_000);

  it('the operator scores each company against the rubric and accepts all four; they become the program’s host companies', async () => {
    const page = await (await newContext(b.browser() as Browser, LOCALES.ja)).newPage();
    await signInAs(page, DEMO.hitachiStaff, `/programs/${programId}/host-call`);
    const rows = page.getByTestId('host-application-row');
    await expect.poll(() => rows.count()).toBe(4);
    await screenshot(page, 'host-call-applications-ja');
    await expectAccessible(page);
    for (const [i, c] of COMPANIES.entries()) {
      await page.getByRole('link', { name: c.name.ja }).click();
      await page.getByRole('heading', { name: c.name.ja, level: 2 }).waitFor();
      await page.getByText(c.answers.answers![0]!).waitFor();
      await page.getByTestId('score-row').nth(1).waitFor();
      const [housing, mentoring] = await page.getByTestId('score-row').all();
      await housing!.getByText(String(c.scores[0]), { exact: true }).click();
      await mentoring!.getByText(String(c.scores[1]), { exact: true }).click();
      const expected = ((2 * c.scores[0] + c.scores[1]) / 3).toFixed(2);
      await page.getByTestId('score-preview').getByText(expected, { exact: false }).waitFor();
      await page.getByRole('button', { name: ja.review.saveScores }).click();
      await page.getByText(ja.review.scoresSaved).waitFor();
      await page.getByRole('button', { name: ja.review.accept, exact: true }).click();
      await dialogShown(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: ja.review.acceptConfirm }).click();
      await dialog.getByText(ja.review.reasonRequired).waitFor(); // a reason is required
      await dialog.getByRole('textbox', { name: ja.review.reason }).fill(`住居と指導体制が整っています（${i + 1}）。`);
      if (i === 0) {
        await screenshot(page, 'host-call-accept-ja');
        await expectAccessible(page);
      }
      await dialog.getByRole('button', { name: ja.review.acceptConfirm }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('is-host').waitFor();
      if (i === 0) await screenshot(page, 'host-call-review-ja');
      await page.getByRole('main').getByRole('link', { name: ja.operator.breadcrumb }).click();
      await rows.first().waitFor();
    }
    for (const c of COMPANIES) {
      const row = rows.filter({ hasText: c.name.ja });
      await row.getByText(ja.decision.accepted).waitFor();
      expect(await row.getByTestId('weighted-score').textContent()).toBe(((2 * c.scores[0] + c.scores[1]) / 3).toFixed(2));
    }
    const hosts = page.getByTestId('host-companies');
    for (const c of COMPANIES) await hosts.getByText(c.name.ja).waitFor();
    await hosts.getByText('（4 社）', { exact: false }).waitFor();
    await screenshot(page, 'host-call-accepted-ja');
    // The program page counts them as host companies too.
    const program = (await (await page.request.get(`${b.baseUrl()}/api/programs/${programId}`)).json()) as { hostCompanyCount: number };
    expect(program.hostCompanyCount).toBe(4);
    await page.context().close();
  });

  it('a company that edits after the deadline is refused with a clear message, then sees its application read-only with the decision', async () => {
    const company = await signInCompany(b.browser() as Browser, companies[1]!.email, 'mn', `/host-calls/${callId}`, PHONE);
    const mn = HOST_CALLS_TEXT.mn;
    await company.getByTestId('decision').getByText(mn.decision.accepted).waitFor();
    await company.getByTestId('decision-reason').getByText('住居と指導体制が整っています（2）。').waitFor();
    await company.getByRole('button', { name: mn.company.edit }).click();

    // Meanwhile the operator moves the deadline into the past on the call's page.
    const operator = await (await newContext(b.browser() as Browser, LOCALES.ja)).newPage();
    await signInAs(operator, DEMO.hitachiStaff, `/programs/${programId}/host-call`);
    await operator.getByRole('button', { name: ja.operator.edit }).click();
    await dialogShown(operator);
    await operator.getByRole('dialog').getByLabel(ja.fields.deadline).fill(tokyoLocal(-1));
    await operator.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await operator.getByRole('dialog').waitFor({ state: 'detached' });
    await operator.getByText(ja.deadline.passed).waitFor();

    await fillCompanyForm(company, 'mn', { ...COMPANIES[1]!.answers, positions: [], employeeCount: 130 });
    await company.getByRole('button', { name: mn.form.saveApplication }).click();
    await company.getByRole('alert').getByText(CLOSED_MESSAGE.mn).waitFor();
    await company.getByTestId('closed-notice').waitFor(); // the page reads the call again and says why
    await screenshot(company, 'host-call-late-edit-mn-phone');
    await expectAccessible(company);
    await company.reload();
    await company.getByTestId('closed-notice').waitFor();
    expect(await company.getByRole('button', { name: mn.company.edit }).count()).toBe(0);
    await company.getByTestId('own-application').getByText('120').waitFor(); // unchanged
    await screenshot(company, 'host-call-read-only-mn-phone');
    await expectAccessible(company);
    await company.context().close();

    // After the deadline the operator still edits on the company's behalf.
    await operator.getByRole('link', { name: COMPANIES[1]!.name.ja }).click();
    await operator.getByRole('button', { name: ja.review.editOnBehalf }).click();
    await operator.getByLabel(field(ja.fields.employeeCount)).fill('125');
    await operator.getByRole('button', { name: ja.form.saveApplication }).click();
    await operator.getByText('125', { exact: true }).waitFor();
    await screenshot(operator, 'host-call-edit-on-behalf-ja');
    // A second editor with the older version is told someone else changed it.
    const stale = await (await newContext(b.browser() as Browser, LOCALES.en)).newPage();
    await signInAs(stale, DEMO.hitachiStaff, new URL(operator.url()).pathname);
    await stale.getByRole('button', { name: HOST_CALLS_TEXT.en.review.editOnBehalf }).click();
    await operator.getByRole('button', { name: ja.review.editOnBehalf }).click();
    await operator.getByLabel(field(ja.fields.employeeCount)).fill('126');
    await operator.getByRole('button', { name: ja.form.saveApplication }).click();
    await operator.getByText('126', { exact: true }).waitFor();
    await stale.getByLabel(field(HOST_CALLS_TEXT.en.fields.city)).fill('Hitachi City');
    await stale.getByRole('button', { name: HOST_CALLS_TEXT.en.form.saveApplication }).click();
    await stale.getByRole('alert').getByText('Someone else has changed this record. Reload the latest version and try again.').waitFor();
    await screenshot(stale, 'host-call-conflict-en');
    await stale.context().close();
    await operator.getByRole('main').getByRole('link', { name: ja.operator.breadcrumb }).click();

    // The operator closes the call, so no open call of this test is left for other tests' companies.
    await operator.getByRole('button', { name: ja.operator.close }).click();
    await dialogShown(operator);
    await operator.getByRole('dialog').getByRole('button', { name: ja.operator.close }).click();
    await operator.getByTestId('call-status').getByText(ja.callStatus.closed).waitFor();
    await operator.context().close();

    // The closed call stays in the list of a company that applied, with its decision.
    const first = await signInCompany(b.browser() as Browser, companies[0]!.email, 'ja');
    const card = first.getByTestId('call-card').filter({ has: first.locator(`a[href="/host-calls/${callId}"]`) });
    await card.getByTestId('call-status').getByText(ja.callStatus.closed).waitFor();
    await card.getByTestId('decision').getByText(ja.decision.accepted).waitFor();
    await card.getByText(programName).waitFor(); // a host company of the program now, it reads the program's name
    await screenshot(first, 'host-calls-list-closed-ja');
    await expectAccessible(first);
    await first.context().close();
  });

  it('the reusable steps: a program and its open call through the API, a company applying through the form, a deadline moved by the API', async () => {
    const admin = await (await newContext(b.browser() as Browser, LOCALES.en)).newPage();
    await signInAs(admin, DEMO.admin);
    const { programId: other } = await createProgram(admin, { name: { en: `Helper steps ${run}` } });
    const otherCall = await openCallByApi(admin, other, {
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      questions: [{ id: 'q1', text: { en: 'Who mentors the interns?' } }],
      rubric: [{ id: 'fit', label: { en: 'Fit' }, weight: 1 }],
    });
    const company = await createCompanyWithHr(admin, { name: { ja: `補助企業（${run}）`, mn: `Туслах компани (${run})`, en: `Helper Works (${run})` }, hrName: `HR helper ${run}`, email: `hr-helper-${run}@company.example` });
    const page = await signInCompany(b.browser() as Browser, company.email, 'en', `/host-calls/${otherCall}`);
    await applyThroughUi(page, 'en', otherCall, { industry: 'Casting', employeeCount: 40, city: 'Hitachi', positions: ['Caster'], canHost: true, wantsToHire: false, answers: ['Our plant manager.'] });
    await page.getByTestId('own-application').getByText('Our plant manager.').waitFor();
    await setCallDeadlineByApi(admin, otherCall, new Date(Date.now() - 60_000).toISOString());
    await page.reload();
    await page.getByTestId('closed-notice').waitFor();
    await closeCallByApi(admin, otherCall);
    await page.reload();
    await page.getByTestId('call-status').getByText(HOST_CALLS_TEXT.en.callStatus.closed).waitFor();
    await page.context().close();
    await admin.context().close();
  });
});
