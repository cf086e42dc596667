// Identity documents in the browser: a college coordinator enters a student's passport number,
// the page shows it masked; Hitachi's admin shows it in full, which the audit log records; a
// host company cannot open the page at all.
import { describe, expect, it } from 'vitest';
import { LOCALES, expectAccessible, newContext, screenshot, skipBrowser, useBrowser } from './support/browser.ts';
import { DEMO, signInAs } from './support/sign-in.ts';

const b = useBrowser();
const PASSPORT = 'E7654321';

describe.skipIf(skipBrowser)('identity documents', () => {
  it('are entered by the coordinator, shown masked, revealed to the admin on request and audited', async () => {
    const coordinatorContext = await newContext(b.browser(), LOCALES.mn);
    const coordinator = await coordinatorContext.newPage();
    await signInAs(coordinator, DEMO.coordinator, '/people');
    // Other browser tests import dozens of students into this college: find her by name, not by page.
    await coordinator.getByRole('searchbox', { name: 'Нэр эсвэл имэйлээр хайх' }).fill('Цэцэг Б.');
    await coordinator.getByRole('link', { name: /Цэцэг Б\..*бичиг баримт/ }).click();
    await coordinator.getByRole('heading', { name: /Цэцэг Б\./ }).waitFor();
    // Another browser test may have recorded her birth date already (the visa documents): enter or edit.
    await coordinator.getByRole('button', { name: /^Бичиг баримт (оруулах|засах)$/ }).click();
    await coordinator.getByLabel('Гадаад паспортын дугаар').fill('bad number');
    await coordinator.getByRole('button', { name: 'Хадгалах' }).click();
    await coordinator.getByText(/5–20 латин том үсэг/).waitFor();
    await coordinator.getByLabel('Гадаад паспортын дугаар').fill(PASSPORT.toLowerCase());
    await coordinator.getByLabel('Иргэншил').fill('mn');
    await coordinator.getByRole('button', { name: 'Хадгалах' }).click();
    await expect.poll(() => coordinator.getByTestId('identity-passportNumber').textContent()).toBe('••••4321');
    await screenshot(coordinator, 'identity-documents-mn');
    await expectAccessible(coordinator);
    const studentUrl = coordinator.url();
    await coordinatorContext.close();

    const adminContext = await newContext(b.browser(), LOCALES.en);
    const admin = await adminContext.newPage();
    await signInAs(admin, DEMO.admin);
    await admin.goto(studentUrl);
    await admin.getByRole('button', { name: 'Show the Passport number in full' }).click();
    await expect.poll(() => admin.getByTestId('identity-passportNumber').textContent()).toBe(PASSPORT);
    await screenshot(admin, 'identity-documents-revealed-en');
    await admin.getByRole('link', { name: 'Audit log' }).click();
    const rows = admin.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: 'Read sensitive data' }).count()).toBeGreaterThan(0);
    await adminContext.close();

    const companyContext = await newContext(b.browser(), LOCALES.en);
    const company = await companyContext.newPage();
    await signInAs(company, DEMO.company);
    await company.goto(studentUrl);
    await company.getByRole('alert').getByText(/not found/i).first().waitFor();
    expect(await company.getByText(PASSPORT).count()).toBe(0);
    await companyContext.close();
  });
});
