// Issue 8's "done when": one student from intern to hire, in the browser, on a server of this
// file's own with a local SMTP server and a settable clock. Set up through the API as the demo
// operator (the Hitachi center's FY2026 program, a 5-day internship 17–21 August 2026, the demo
// student of New Mongol KOSEN placed at the demo's company A by a frozen matching round, and a
// second host company with its HR person, invited by e-mail). Then, as the people would: the
// intern's daily reports over the 5 days in Mongolian on a phone and the mentor's comments; the
// final report meeting scored by the 2 companies; the student's application to company A, its
// steps, a mistaken offer withdrawn (kept on record) and the real one, accepted by the student;
// the residence facts and checklist ticked up to the Hello Work report; the 1-month check-in
// answered in Mongolian on a phone; the reminder e-mail received through SMTP 90 days before the
// residence card expires, in each recipient's language; and the operators' list of hires with
// its warnings. The clock moves through the dates in their order: the check-in (May 2027) comes
// before the card's 90-day reminder (December 2027).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EmploymentView, HiringBoard } from '../src/contracts/hiring.ts';
import { CURRENT_NOTICE_VERSION } from '../src/domain/consent/consent.ts';
import jaHiring from '../src/i18n/locales/ja/hiring.json' with { type: 'json' };
import jaInternship from '../src/i18n/locales/ja/internship.json' with { type: 'json' };
import jaMail from '../src/i18n/locales/ja/mail.json' with { type: 'json' };
import mnCommon from '../src/i18n/locales/mn/common.json' with { type: 'json' };
import mnHiring from '../src/i18n/locales/mn/hiring.json' with { type: 'json' };
import mnInternship from '../src/i18n/locales/mn/internship.json' with { type: 'json' };
import mnMail from '../src/i18n/locales/mn/mail.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts.ts';
import { demoId } from '../src/server/seed/demo-seed.ts';
import { formatYen } from '../src/web/features/hiring/components/hiring-format.ts';
import { dialogShown, expectAccessible, LOCALES, screenshotFromTop, skipBrowser, useBrowser } from './support/browser.ts';
import { useOwnServer, type ApiCall } from './support/own-server.ts';
import { DEMO } from './support/sign-in.ts';

const server = useOwnServer();
const b = useBrowser();
const PHONE = { width: 390, height: 844 };
const DAYS = ['2026-08-17', '2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21'];
const jaH = jaHiring;
const mnH = mnHiring;
const jaI = jaInternship;
const mnI = mnInternship;
/** 10:00 in Japan on a day. */
const morning = (day: string) => `${day}T10:00:00+09:00`;
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);
const signedIn = (email: string, locale: string, target: string, viewport?: { width: number; height: number }) => server.signedIn(b.browser() as Browser, email, locale, target, viewport);
const screenshot = (page: Page, name: string) => screenshotFromTop(page, `hire-${name}`);
const dialogScreenshot = (page: Page, name: string) => page.screenshot({ path: path.resolve(`test-results/screenshots/hire-${name}.png`) });
const STUDENT = { nameLatin: 'BATBAYAR TSETSEG', nameCyrillic: 'Батбаяр Цэцэг', nameKatakana: 'バトバヤル・ツェツェグ' };
const SECOND_HR = 'hr@taga-resin.example';
const COMPANY_A = { ja: '日立地区 受入企業A（デモ）', mn: 'Хитачи хүлээн авагч компани A (демо)' };

async function ok<T>(call: Promise<{ status: number; body: unknown }>, expected: number, what: string): Promise<T> {
  const res = await call;
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(expected);
  return res.body as T;
}

describe.skipIf(skipBrowser)('from intern to hire', () => {
  const companyA = demoId('hitachi-company-1');
  const college = demoId('new-mongol-kosen');
  let programId = '';
  let planId = '';
  let employmentId = '';
  let secondCompany = '';
  const employment = (call: ApiCall) => ok<EmploymentView>(call('GET', `/api/employments/${employmentId}`), 200, 'employment');

  it('sets up the FY2026 program, its companies and the demo student as an intern at company A (API)', async () => {
    const admin = await signedIn(DEMO.admin, LOCALES.en, '/programs');
    const call = server.caller(admin);
    await server.setClock(admin, morning('2026-06-01'));
    const account = await ok<{ memberships: { organization: { id: string }; role: string }[] }>(call('GET', '/api/account'), 200, 'account');
    const operatorId = account.memberships.find((m) => m.role === 'operator_admin')!.organization.id;
    programId = (
      await ok<{ id: string }>(
        call('POST', '/api/programs', { operatorId, fiscalYear: 2026, name: { ja: '令和8年度 モンゴル寄付講座及びインターンシップ', mn: '2026 оны Монгол дахь хандивын лекц ба дадлага', en: 'FY2026 Mongolian donated lectures and internships' }, internCapPerCompany: 2 }),
        201,
        'program',
      )
    ).id;
    await ok(call('POST', `/api/programs/${programId}/phases`, { kind: 'internship', startDate: DAYS[0], endDate: DAYS[4], label: { ja: 'インターンシップ（5日間）', mn: 'Дадлага (5 өдөр)', en: 'Internship (5 days)' } }), 201, 'phase');
    // The second host company and its HR person, invited by e-mail (received through SMTP).
    secondCompany = (await ok<{ id: string }>(call('POST', '/api/organizations', { kind: 'company', name: { ja: '多賀樹脂工業', mn: 'Тага хуванцар', en: 'Taga Resin' }, country: 'JP', city: 'Hitachi' }), 201, 'company')).id;
    const before = server.mail.length;
    await ok(call('POST', '/api/invitations', { name: '多賀 人事', email: SECOND_HR, organizationId: secondCompany, role: 'host_company', language: 'ja' }), 201, 'invitation');
    const invitation = await server.waitForMail((m) => JSON.stringify(m.to).includes(SECOND_HR), { after: before });
    const token = /\/invitations\/accept\?token=([^\s"<&]+)/.exec(invitation.text ?? '')?.[1];
    expect(token, invitation.text).toBeTruthy();
    const accepted = await fetch(`${server.url()}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: decodeURIComponent(token!), name: '多賀 人事', password: DEMO_PASSWORD }) });
    expect(accepted.status, await accepted.text()).toBe(200);
    for (const [organizationId, role] of [[companyA, 'host_company'], [secondCompany, 'host_company'], [college, 'sending_college']] as const) {
      await ok(call('POST', `/api/programs/${programId}/participations`, { organizationId, role }), 201, `participation ${role}`);
    }
    // The demo student consents and applies, as on the apply page.
    const student = await signedIn(DEMO.student, LOCALES.mn, '/programs');
    const asStudent = server.caller(student);
    await ok(asStudent('POST', `/api/programs/${programId}/consent`, { noticeVersion: CURRENT_NOTICE_VERSION, language: 'mn', recipientIds: [operatorId, companyA, secondCompany] }), 201, 'consent');
    await ok(asStudent('POST', `/api/programs/${programId}/applications`, { ...STUDENT, department: 'Мехатроник', graduationYear: 2027, jlptLevel: 'N3', skills: ['CAD'], companiesOfInterest: [companyA] }), 201, 'apply');
    await student.context().close();
    const applications = async () => (await ok<{ items: { id: string; version: number; status: string }[] }>(call('GET', `/api/programs/${programId}/applications?pageSize=50`), 200, 'applications')).items;
    for (const to of ['screened', 'interviewee']) {
      await ok(call('POST', `/api/programs/${programId}/applications/transitions`, { items: (await applications()).map((a) => ({ id: a.id, version: a.version })), to }), 200, to);
    }
    // Selection: a round placing the student at company A, published and frozen.
    const [application] = await applications();
    const round = await ok<{ id: string }>(call('POST', `/api/programs/${programId}/matchings`, { title: { ja: '実習先の選考' }, listsDeadline: '2099-01-01T00:00:00Z', totalCap: 2, requireInterviewed: false }), 201, 'round');
    await ok(call('PUT', `/api/matchings/${round.id}/lists`, { owner: { kind: 'student', applicationId: application!.id }, ranking: [companyA], version: null }), 200, 'student list');
    await ok(call('PUT', `/api/matchings/${round.id}/lists`, { owner: { kind: 'company', organizationId: companyA }, ranking: [application!.id], version: null }), 200, 'company list');
    for (const step of ['run', 'publish', 'freeze']) {
      const current = await ok<{ version: number }>(call('GET', `/api/matchings/${round.id}`), 200, 'round');
      await ok(call('POST', `/api/matchings/${round.id}/${step}`, { version: current.version }), 200, step);
    }
    expect((await applications()).map((a) => a.status)).toEqual(['intern']);
    await admin.context().close();
  }, 240_000);

  it('the operator makes the intern’s plan from the program page (ja)', async () => {
    const page = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await page.getByRole('link', { name: jaI.link.interns }).click();
    await page.getByRole('heading', { name: jaI.overview.title }).waitFor();
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: fill(jaI.overview.createPlans_other, { count: 1 }) }).click();
    const row = page.getByTestId('intern-row');
    await row.getByRole('link').waitFor();
    await row.getByRole('link').click();
    await page.waitForURL(/\/internship-plans\/[0-9a-f-]+$/);
    planId = page.url().split('/').pop()!;
    await expect.poll(() => page.getByTestId('day-card').count()).toBe(5);
    await page.context().close();
  }, 120_000);

  it('the intern writes a daily report in Mongolian on a phone each of the 5 days, and the mentor comments on each (mn, ja)', async () => {
    const student = await signedIn(DEMO.student, LOCALES.mn, '/programs', PHONE);
    const mentor = await signedIn(DEMO.company, LOCALES.ja, `/internship-plans/${planId}`);
    const REPORTS = [
      'Өнөөдөр аюулгүй ажиллагааны сургалтад хамрагдаж, үйлдвэртэй танилцлаа.',
      'Үйлдвэрлэлийн шугамыг үзэж, чанарын шалгалтын аргыг сурлаа.',
      'Токарийн машины үндсэн ажиллагааг сурлаа. Аюулгүй байдлын шалгалт хийсэн.',
      'CAD программ дээр эд ангийн зураг зурлаа.',
      'Эцсийн тайлангаа бэлтгэж, багийнхандаа танилцууллаа.',
    ];
    const COMMENTS = ['初日お疲れさまでした。安全第一で。', 'よく観察できていました。', '旋盤の扱いが丁寧でした。', '図面の寸法の入れ方が上手です。', '5日間よく頑張りました。報告会も期待しています。'];
    for (const [i, day] of DAYS.entries()) {
      await server.setClock(student, morning(day));
      if (i === 0) {
        // The intern finds the plan from the menu, as on the first morning.
        await student.getByRole('button', { name: mnCommon.nav.menu }).click();
        await student.getByRole('navigation').getByRole('link', { name: mnI.nav.mine }).click();
        await student.waitForURL(/\/internship-plans\//);
      } else {
        await student.reload();
      }
      const today = student.locator('#ip-today').getByTestId('day-card');
      expect(await today.getByLabel(mnI.report.language).inputValue()).toBe('mn');
      await today.getByLabel(mnI.report.title).fill(REPORTS[i]!);
      await today.getByRole('button', { name: mnI.report.submit }).click();
      await today.getByText(mnI.reportState.submitted, { exact: true }).waitFor();
      if (i === 4) {
        await screenshot(student, 'internship-report-student-mn-phone');
        await expectAccessible(student);
      }
      await mentor.reload();
      const card = mentor.locator('#ip-today').getByTestId('day-card');
      await card.getByText(REPORTS[i]!).waitFor();
      await card.getByLabel(jaI.comment.title).fill(COMMENTS[i]!);
      await card.getByRole('button', { name: jaI.comment.send }).click();
      await card.getByText(jaI.reportState.commented, { exact: true }).waitFor();
    }
    const plan = await ok<{ days: { on: string; report: { language: string } | null; mentorComment: unknown }[] }>(server.caller(mentor)('GET', `/api/internship-plans/${planId}`), 200, 'plan');
    expect(plan.days.map((d) => [d.on, d.report?.language, d.mentorComment !== null])).toEqual(DAYS.map((d) => [d, 'mn', true]));
    await screenshot(mentor, 'internship-plan-mentor-ja');
    await student.context().close();
    await mentor.context().close();
  }, 240_000);

  it('the final report meeting is set up by the operator and scored by the 2 companies (ja)', async () => {
    const staff = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await server.setClock(staff, morning(DAYS[4]!));
    await staff.getByRole('link', { name: jaI.link.meeting }).click();
    await staff.getByRole('heading', { name: jaI.meeting.title }).waitFor();
    await staff.mouse.move(0, 0);
    await staff.getByRole('button', { name: jaI.meeting.setUp }).click();
    await dialogShown(staff);
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel(jaI.meeting.heldOn).fill(DAYS[4]!);
    await dialog.getByLabel(jaI.meeting.startsAt).fill('15:00');
    await dialog.getByLabel(jaI.meeting.place).fill('日立地区産業支援センター 大会議室');
    await dialog.getByLabel(jaI.meeting.minutesPerTalk).fill('20');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff.getByTestId('talk').waitFor();

    const scoreAs = async (email: string, marks: string[]) => {
      const page = await signedIn(email, LOCALES.ja, `/programs/${programId}/report-meeting`);
      const talk = page.getByTestId('talk').filter({ hasText: STUDENT.nameKatakana });
      await talk.getByRole('button', { name: fill(jaI.score.giveOf, { name: STUDENT.nameKatakana }) }).click();
      await dialogShown(page);
      const scoring = page.getByRole('dialog');
      for (const [i, label] of ['成果の内容', '説明のわかりやすさ', '日本語での発表', '質疑応答'].entries()) {
        await scoring.getByRole('radiogroup', { name: label }).getByText(marks[i]!, { exact: true }).click();
      }
      await scoring.getByLabel(jaI.score.comment).fill('実務に直結する提案でした。');
      await scoring.getByRole('button', { name: '保存' }).click();
      await scoring.waitFor({ state: 'detached' });
      return page;
    };
    const first = await scoreAs(DEMO.company, ['5', '4', '3', '4']);
    await first.context().close();
    const second = await scoreAs(SECOND_HR, ['4', '4', '3', '5']);
    await screenshot(second, 'meeting-second-company-ja');
    await second.context().close();

    await staff.reload();
    await staff.locator('.ip-chart-row').first().waitFor();
    const results = await ok<{ talks: { student: { nameLatin: string }; result: { overall: number; scorers: number } }[] }>(server.caller(staff)('GET', `/api/programs/${programId}/report-meeting`), 200, 'results');
    expect(results.talks.find((x) => x.student.nameLatin === STUDENT.nameLatin)!.result.scorers).toBe(2);
    await screenshot(staff, 'meeting-results-ja');
    await staff.context().close();
  }, 180_000);

  it('the intern applies to company A on a phone (mn)', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, `/programs/${programId}`, PHONE);
    await server.setClock(page, morning('2026-09-15'));
    await page.getByRole('link', { name: mnH.link.mine }).click();
    await page.getByRole('heading', { name: mnH.board.mineTitle }).waitFor();
    await page.getByText(mnH.mine.noneYet).waitFor();
    await page.getByRole('button', { name: mnH.apply.button }).click();
    await dialogShown(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(mnH.apply.company).click();
    await page.getByRole('option', { name: COMPANY_A.mn }).click();
    await dialog.getByLabel(mnH.apply.motivation).fill('Дадлагын үеэр танай компанийн хамт олон, ажлын соёл надад маш их таалагдсан. Механик инженерээр ажиллахыг хүсэж байна.');
    await dialogScreenshot(page, 'apply-student-mn-phone');
    await dialog.getByRole('button', { name: mnH.apply.send }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('my-application').waitFor();
    await screenshot(page, 'my-applications-mn-phone');
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);

  it('company A takes the application through its steps, withdraws a mistaken offer and offers again; the history stays (ja)', async () => {
    const page = await signedIn(DEMO.company, LOCALES.ja, '/programs');
    await server.setClock(page, morning('2026-10-01'));
    await page.getByRole('navigation').getByRole('link', { name: jaH.nav.follow }).click();
    await page.getByRole('region', { name: '令和8年度 モンゴル寄付講座及びインターンシップ' }).getByRole('link', { name: jaH.link.board }).click();
    await page.getByRole('heading', { name: jaH.board.title }).waitFor();
    const card = page.getByTestId('hiring-card').filter({ hasText: STUDENT.nameKatakana });
    const stage = card.getByRole('combobox', { name: fill(jaH.card.stageOf, { name: STUDENT.nameKatakana }) });
    for (const next of ['documentScreening', 'interview']) {
      await stage.selectOption(next);
      await page.locator(`[data-stage="${next}"]`).getByTestId('hiring-card').filter({ hasText: STUDENT.nameKatakana }).waitFor();
    }
    await screenshot(page, 'board-company-ja');
    await expectAccessible(page);

    const offer = async (salary: string) => {
      await card.getByRole('button', { name: jaH.offer.make }).click();
      await dialogShown(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(jaH.offer.position).fill('生産技術エンジニア');
      await dialog.getByLabel(jaH.offer.salary).fill(salary);
      await dialog.getByLabel(jaH.offer.startsOn).fill('2027-04-01');
      await dialog.getByLabel(jaH.offer.workplace).fill('茨城県日立市 本社工場');
      await dialog.getByLabel(jaH.offer.conditions).fill('正社員、試用期間3か月、社員寮あり');
      await dialog.getByLabel(jaH.offer.expiresOn).fill('2026-10-31');
      return dialog;
    };
    // A missing zero, seen on the list after sending: withdrawn with its reason.
    let dialog = await offer('23000');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-stage="decision"]').getByTestId('hiring-card').filter({ hasText: STUDENT.nameKatakana }).waitFor();
    await card.getByRole('button', { name: fill(jaH.card.openOf, { name: STUDENT.nameKatakana }) }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: jaH.offer.withdraw }).click();
    const withdrawal = page.getByRole('dialog', { name: jaH.offer.withdrawTitle });
    await withdrawal.waitFor();
    await withdrawal.getByLabel(jaH.offer.withdrawnReason).fill('月給の金額に誤りがあったため（正しくは230,000円）');
    await withdrawal.getByRole('button', { name: '保存' }).click();
    await withdrawal.waitFor({ state: 'detached' });
    await page.getByRole('dialog').getByTestId('offer').filter({ hasText: jaH.offerState.withdrawn }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).first().click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    dialog = await offer('230000');
    await dialog.getByText(fill(jaH.offer.salaryShown, { amount: formatYen(230_000, 'ja') })).waitFor();
    await dialogScreenshot(page, 'offer-form-ja');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText(jaH.offerState.issued).waitFor();
    await card.getByRole('button', { name: fill(jaH.card.openOf, { name: STUDENT.nameKatakana }) }).click();
    await dialogShown(page);
    await expect.poll(() => page.getByRole('dialog').getByTestId('offer').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['issued', 'withdrawn']);
    await dialogScreenshot(page, 'offer-history-ja');
    await expectAccessible(page);
    await page.context().close();
  }, 180_000);

  it('the student sees both offers and accepts the issued one on a phone, after a confirmation (mn)', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, `/programs/${programId}/hiring`, PHONE);
    const mine = page.getByTestId('my-application');
    await expect.poll(() => mine.getByTestId('offer').count()).toBe(2);
    await mine.getByTestId('offer').filter({ hasText: mnH.offer.withdrawnReason }).getByText('月給の金額に誤り', { exact: false }).waitFor();
    const issued = mine.locator('[data-testid="offer"][data-state="issued"]');
    await issued.getByText(formatYen(230_000, 'mn')).waitFor();
    await screenshot(page, 'offers-student-mn-phone');
    await expectAccessible(page);
    await issued.getByRole('button', { name: mnH.offer.accept }).click();
    await dialogShown(page);
    await dialogScreenshot(page, 'offer-accept-confirm-mn-phone');
    await page.getByRole('dialog').getByRole('button', { name: mnH.offer.accept }).click();
    await mine.locator('[data-testid="offer"][data-state="accepted"]').waitFor();
    await mine.getByRole('link', { name: mnH.link.myHire }).click();
    await page.waitForURL(/\/employments\/[0-9a-f-]+$/);
    employmentId = page.url().split('/').pop()!;
    const board = await ok<HiringBoard>(server.caller(page)('GET', `/api/programs/${programId}/hiring`), 200, 'board');
    expect(board.items[0]).toMatchObject({ outcome: 'offered', employmentId });
    await page.context().close();
  }, 120_000);

  it('the residence checklist is kept by the operator, the company and the employee up to the Hello Work report (ja, mn)', async () => {
    // February 2027: the COE is issued.
    const staff = await signedIn(DEMO.hitachiStaff, LOCALES.ja, `/programs/${programId}`);
    await server.setClock(staff, morning('2027-02-12'));
    await staff.getByRole('link', { name: jaH.link.hires }).click();
    await staff.getByTestId('hire-row').getByRole('link').click();
    await staff.waitForURL(/\/employments\//);
    await staff.getByTestId('not-legal-advice').waitFor();
    const tick = async (page: Page, kind: string, doneOn: string, text: typeof jaH) => {
      const step = page.locator(`[data-testid="residence-step"][data-kind="${kind}"]`);
      await step.getByRole('button', { name: fill(text.steps.markDoneOf, { step: (text.step as Record<string, string>)[kind]! }) }).click();
      await dialogShown(page);
      await page.getByRole('dialog').getByLabel(text.steps.doneOnLabel).fill(doneOn);
      await page.getByRole('dialog').getByRole('button', { name: text === jaH ? '保存' : 'Хадгалах' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.locator(`[data-testid="residence-step"][data-kind="${kind}"][data-status="done"]`).waitFor();
    };
    await tick(staff, 'eligibilityCheck', '2026-11-20', jaH);
    await staff.context().close();

    const company = await signedIn(DEMO.company, LOCALES.ja, `/employments/${employmentId}`);
    await company.getByLabel(jaH.facts.coeIssuedOn).fill('2027-02-10');
    await company.getByRole('button', { name: jaH.facts.save }).click();
    await expect.poll(async () => (await employment(server.caller(company))).residence.coeIssuedOn).toBe('2027-02-10');
    await tick(company, 'coeApplication', '2026-12-15', jaH);
    await tick(company, 'coeIssued', '2027-02-10', jaH);
    await company.context().close();

    // April 2027: the employee has landed and ticks their own steps on a phone; the company's are not theirs.
    const employee = await signedIn(DEMO.student, LOCALES.mn, `/employments/${employmentId}`, PHONE);
    await server.setClock(employee, morning('2027-04-02'));
    await employee.reload();
    expect(await employee.locator('[data-testid="residence-step"][data-kind="helloWorkReport"]').getByRole('button').count()).toBe(0);
    for (const [kind, on] of [['visaApplication', '2027-02-20'], ['visaIssued', '2027-03-05'], ['arrival', '2027-03-25'], ['residenceCard', '2027-03-25'], ['addressRegistration', '2027-03-30']] as const) {
      await tick(employee, kind, on, mnH);
    }
    await screenshot(employee, 'residence-employee-mn-phone');
    await expectAccessible(employee);
    await employee.context().close();

    const hr = await signedIn(DEMO.company, LOCALES.ja, `/employments/${employmentId}`);
    await hr.getByLabel(jaH.facts.arrivedOn).fill('2027-03-25');
    await hr.getByLabel(jaH.facts.employmentStartedOn).fill('2027-04-01');
    await hr.getByRole('switch', { name: jaH.facts.employmentInsured }).check({ force: true });
    // A card number in the wrong shape is refused on the page, before it is sent.
    const cardNumber = hr.getByLabel(jaH.facts.cardNumber);
    await cardNumber.fill('AB1234567CD');
    await hr.getByRole('button', { name: jaH.facts.save }).click();
    await hr.getByText(jaH.facts.cardNumberInvalid).waitFor();
    await cardNumber.fill('ab12345678cd');
    await hr.getByLabel(jaH.facts.residenceCardExpiresOn).fill('2028-03-25');
    await hr.getByRole('button', { name: jaH.facts.save }).click();
    await hr.getByText(fill(jaH.facts.cardNumberSaved, { masked: '••••••••78CD' })).waitFor();
    const hello = hr.locator('[data-testid="residence-step"][data-kind="helloWorkReport"]');
    // Insured, started 1 April: by 10 May, a legal deadline.
    await hello.getByText(jaH.dueKind.legal.label).waitFor();
    await hello.getByText('2027年5月10日', { exact: false }).waitFor();
    await screenshot(hr, 'residence-company-ja');
    await tick(hr, 'helloWorkReport', '2027-04-02', jaH);
    const view = await employment(server.caller(hr));
    const upToHelloWork = view.residence.steps.slice(0, view.residence.steps.findIndex((s) => s.kind === 'helloWorkReport') + 1);
    expect(upToHelloWork.map((s) => s.kind)).toEqual(['eligibilityCheck', 'coeApplication', 'coeIssued', 'visaApplication', 'visaIssued', 'arrival', 'residenceCard', 'addressRegistration', 'helloWorkReport']);
    expect(upToHelloWork.every((s) => s.status === 'done')).toBe(true);
    expect(view.residence).toMatchObject({ residenceCardNumberMasked: '••••••••78CD', residenceCardExpiresOn: '2028-03-25', employmentInsured: true });
    expect(view.residence.steps.find((s) => s.kind === 'renewal')).toMatchObject({ dueOn: '2028-03-25', opensOn: '2027-12-25', dueKind: 'legal' });
    await screenshot(hr, 'residence-done-company-ja');
    await expectAccessible(hr);
    await hr.context().close();
  }, 240_000);

  it('the 1-month check-in is answered by the employee in Mongolian on a phone, and by the company (mn, ja)', async () => {
    const page = await signedIn(DEMO.student, LOCALES.mn, '/programs', PHONE);
    await server.setClock(page, morning('2027-05-03'));
    // "My job" leads straight to the hire's page.
    await page.getByRole('button', { name: mnCommon.nav.menu }).click();
    await page.getByRole('navigation').getByRole('link', { name: mnH.nav.mine }).click();
    await page.waitForURL(/\/employments\//);
    const month1 = page.locator('[data-testid="check-in"][data-month="1"]');
    await month1.getByText(mnH.checkInState.open, { exact: true }).waitFor();
    const form = month1.getByRole('form', { name: mnH.checkIn.formTitle.employee });
    expect(await form.getByLabel(mnH.checkIn.language).inputValue()).toBe('mn');
    await screenshot(page, 'check-in-form-mn-phone');
    await expectAccessible(page);
    const answers = { work: '4', japanese: '3', living: '2', health: '4', colleagues: '5' } as const;
    for (const [question, score] of Object.entries(answers)) {
      await form.getByRole('radiogroup', { name: (mnH.checkIn.question as Record<string, string>)[question]!, exact: true }).getByText(score, { exact: true }).click();
    }
    await form.getByRole('radio', { name: mnH.checkIn.stay.yes }).check();
    await form.getByLabel(mnH.checkIn.comment).fill('Байр жаахан хүйтэн байна. Ажил сонирхолтой, хамт олон тусархаг.');
    await form.getByRole('button', { name: mnH.checkIn.send }).click();
    await month1.locator('[data-testid="check-in-answer"][data-respondent="employee"]').waitFor();
    await month1.getByText(mnH.checkInState.answered, { exact: true }).waitFor();
    await screenshot(page, 'check-in-answered-mn-phone');
    // The same page in Japanese, for an employee who reads it.
    await page.getByRole('radiogroup', { name: mnCommon.language.choose }).getByText('日本語', { exact: true }).click();
    await page.getByRole('heading', { name: jaH.checkIn.title }).waitFor();
    await screenshot(page, 'employment-employee-ja-phone');
    const answered = (await employment(server.caller(page))).checkIns.find((c) => c.month === 1)!;
    expect(answered.answers[0]).toMatchObject({ respondent: 'employee', language: 'mn', scores: { work: 4, japanese: 3, living: 2, health: 4, colleagues: 5 }, stay: 'yes', warnings: ['lowScore'] });
    await page.context().close();

    const hr = await signedIn(DEMO.company, LOCALES.ja, `/employments/${employmentId}`);
    const companyForm = hr.locator('[data-testid="check-in"][data-month="1"]').getByRole('form', { name: jaH.checkIn.formTitle.company });
    for (const [question, score] of [['performance', '4'], ['integration', '4'], ['communication', '3']] as const) {
      await companyForm.getByRole('radiogroup', { name: jaH.checkIn.question[question], exact: true }).getByText(score, { exact: true }).click();
    }
    await companyForm.getByRole('button', { name: jaH.checkIn.send }).click();
    await hr.locator('[data-testid="check-in"][data-month="1"] [data-testid="check-in-answer"][data-respondent="company"]').waitFor();
    await screenshot(hr, 'check-ins-company-ja');
    await hr.context().close();
  }, 180_000);

  it('90 days before the residence card expires, the reminder e-mail reaches each recipient through SMTP in their language', async () => {
    const hr = await signedIn(DEMO.company, LOCALES.ja, `/employments/${employmentId}`);
    const before = server.mail.length;
    await server.setClock(hr, morning('2027-12-26')); // 90 days before 25 March 2028
    const cardExpiry = (language: 'ja' | 'mn') => fill((language === 'ja' ? jaMail : mnMail).residenceReminderKind.cardExpiry, { days: 90 });
    const toStudent = await server.waitForMail((m) => JSON.stringify(m.to).includes(DEMO.student) && m.subject!.includes(cardExpiry('mn')), { after: before });
    expect(toStudent.headers.get('content-language')).toBe('mn');
    expect(toStudent.subject).toContain(STUDENT.nameCyrillic);
    expect(toStudent.text).toContain(`/employments/${employmentId}`);
    const toHr = await server.waitForMail((m) => JSON.stringify(m.to).includes(DEMO.company) && m.subject!.includes(cardExpiry('ja')), { after: before });
    expect(toHr.headers.get('content-language')).toBe('ja');
    // The page says the reminder went out.
    await expect
      .poll(async () => (await employment(server.caller(hr))).residence.reminders.find((r) => r.key === 'cardExpiry90:2028-03-25')?.sent)
      .toBe(true);
    await hr.reload();
    await hr.locator('[data-testid="reminder"][data-sent]').filter({ hasText: fill(jaH.reminderKind.cardExpiry, { days: 90 }) }).waitFor();
    await hr.locator('[data-testid="residence-step"][data-kind="renewal"]').getByText(jaH.stepStatus.open).waitFor();
    await screenshot(hr, 'reminders-company-ja');
    await hr.context().close();
  }, 120_000);

  it('the operators’ pages in ja and mn, on a desktop and a phone: the hires with what needs attention (the low score, the check-ins missed since), the board, the hire', async () => {
    const views = [
      ['ja', undefined],
      ['ja', PHONE],
      ['mn', undefined],
      ['mn', PHONE],
    ] as const;
    for (const [lang, viewport] of views) {
      const text = lang === 'ja' ? jaH : mnH;
      const suffix = `operator-${lang}${viewport ? '-phone' : ''}`;
      const page = await signedIn(DEMO.hitachiStaff, LOCALES[lang], `/programs/${programId}/employments`, viewport);
      const row = page.getByTestId('hire-row').filter({ hasText: lang === 'ja' ? STUDENT.nameKatakana : STUDENT.nameCyrillic });
      for (const [warning, month] of [['lowScore', 1], ['missed', 3], ['missed', 6]] as const) {
        await row.getByText(fill(text.warning.atMonth, { warning: text.warning[warning], month })).waitFor();
      }
      await row.getByText(lang === 'ja' ? '2028年3月25日' : '2028.03.25').waitFor();
      await screenshot(page, `hires-${suffix}`);
      await expectAccessible(page);
      await page.goto(`${server.url()}/programs/${programId}/hiring`);
      await page.getByTestId('hiring-card').waitFor();
      await screenshot(page, `board-${suffix}`);
      await expectAccessible(page);
      await page.goto(`${server.url()}/employments/${employmentId}`);
      await page.getByTestId('not-legal-advice').waitFor();
      await page.locator('[data-testid="check-in"][data-month="1"] [data-testid="check-in-answer"]').first().waitFor();
      await screenshot(page, `employment-${suffix}`);
      await expectAccessible(page);
      await page.context().close();
    }
  }, 240_000);
});
