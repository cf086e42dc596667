// Arrival and after hiring on the API (issue 7 items 5 and 6): each intern's checklist seeded
// from the Nagaoka roles with due dates from their stay, overdue items flagged on a given day,
// each party ticking only its own tasks; a hiring company asking the partner for a flat for its
// hire, the partner answering, both told by mail.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArrivalView, HousingRequestView } from '../../contracts/housing.ts';
import { buildUnitInput, housingWorld, signInIntern } from '../../../test/support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { outboxMessages, studentApplications } from '../db/schema/index.ts';

const t = useTestApp({ now: () => new Date('2025-08-20T03:00:00Z') });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
let partnerStaff: SignedIn;
let hr: SignedIn;
let student: SignedIn;
let unitId = '';

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null, raw: res.body };
};

beforeAll(async () => {
  w = await housingWorld(t, 2);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  partnerStaff = await signInAs(t, w.partner, 'housing_partner');
  hr = await signInAs(t, w.company, 'host_company');
  for (let i = 0; i < 2; i++) unitId = (await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `Flat ${i}` }))).body.id;
  expect((await call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true })).status).toBe(200);
  student = await signInIntern(t, w.interns[0]!.userId);
}, 120_000);

describe('the arrival checklist', () => {
  it('is seeded for every intern with the Nagaoka roles’ tasks, due from the stay, once', async () => {
    const seeded = await call(staff, 'POST', `/api/programs/${w.program}/arrivals/checklists`);
    expect(seeded.status, seeded.raw).toBe(200);
    const items = seeded.body.items as ArrivalView[];
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(first.tasks.map((task) => task.kind)).toEqual(['flight', 'travelInsurance', 'emergencyContacts', 'simOrWifi', 'houseRules', 'airportPickup', 'keyHandover', 'keyReturn', 'checkOutInspection']);
    expect(first.tasks.find((task) => task.kind === 'keyHandover')).toMatchObject({ owner: 'housing_partner', dueOn: '2025-08-18', overdue: true });
    expect(first.tasks.find((task) => task.kind === 'keyReturn')).toMatchObject({ dueOn: '2025-08-31', overdue: false });
    expect(first.overdue).toBe(7);
    const again = await call(staff, 'POST', `/api/programs/${w.program}/arrivals/checklists`);
    expect((again.body.items as ArrivalView[])[0]!.tasks).toHaveLength(9);
  });

  it('shows the intern only their own list; they tick their own task, not the partner’s', async () => {
    const mine = await call(student, 'GET', `/api/programs/${w.program}/arrivals`);
    expect(mine.body.items.map((a: ArrivalView) => a.applicationId)).toEqual([w.interns[0]!.applicationId]);
    const tasks = (mine.body.items[0] as ArrivalView).tasks;
    const flight = tasks.find((task) => task.kind === 'flight')!;
    const ticked = await call(student, 'PATCH', `/api/arrival-tasks/${flight.id}`, { version: flight.version, done: true, note: 'MIAT OM501, 18 Aug 14:05 NRT' });
    expect(ticked.status, ticked.raw).toBe(200);
    expect(ticked.body).toMatchObject({ done: true, overdue: false, note: 'MIAT OM501, 18 Aug 14:05 NRT' });
    const keys = tasks.find((task) => task.kind === 'keyHandover')!;
    expect((await call(student, 'PATCH', `/api/arrival-tasks/${keys.id}`, { version: keys.version, done: true })).status).toBe(403);
    expect((await call(staff, 'PATCH', `/api/arrival-tasks/${keys.id}`, { version: keys.version, done: true })).status).toBe(200);
    const stale = await call(staff, 'PATCH', `/api/arrival-tasks/${keys.id}`, { version: keys.version, done: false });
    expect(stale.body.error.code).toBe('resource.versionConflict');
  });

  it('shows a company its own interns only, and the partner none', async () => {
    const seen = await call(hr, 'GET', `/api/programs/${w.program}/arrivals`);
    expect(seen.body.items.map((a: ArrivalView) => a.companyId)).toEqual([w.company]);
    expect((await call(partnerStaff, 'GET', `/api/programs/${w.program}/arrivals`)).body.items).toEqual([]);
  });

  it('takes a task added by hand', async () => {
    const added = await call(staff, 'POST', `/api/programs/${w.program}/arrivals/${w.interns[1]!.applicationId}/tasks`, { title: { ja: '自転車の貸し出し', mn: 'Унадаг дугуй олгох' }, owner: 'company', dueOn: '2025-08-19' });
    expect(added.status, added.raw).toBe(201);
    const arrival = (added.body.items as ArrivalView[]).find((a) => a.applicationId === w.interns[1]!.applicationId)!;
    expect(arrival.tasks.find((task) => task.kind === null)).toMatchObject({ title: { ja: '自転車の貸し出し' }, owner: 'company', overdue: true });
  });
});

describe('a flat for a new employee', () => {
  it('is asked for only for someone the company offered a job or hired', async () => {
    const early = await call(hr, 'POST', `/api/programs/${w.program}/housing-requests`, { applicationId: w.interns[0]!.applicationId, partnerId: w.partner, moveInOn: '2026-04-01', note: null });
    expect(early.status).toBe(400);
    expect(early.body.error.fields).toMatchObject([{ field: 'applicationId', code: 'housing.notHired' }]);
  });

  it('reaches the partner by mail, is answered with a flat, and the company hears back', async () => {
    await runAsSystem(async () => {
      await t.database.db.update(studentApplications).set({ status: 'hired' }).where(eq(studentApplications.id, w.interns[0]!.applicationId));
    });
    const otherCompany = await signInAs(t, w.company2, 'host_company');
    expect((await call(otherCompany, 'POST', `/api/programs/${w.program}/housing-requests`, { applicationId: w.interns[0]!.applicationId, partnerId: w.partner, moveInOn: '2026-04-01', note: null })).status).toBe(403);
    const asked = await call(hr, 'POST', `/api/programs/${w.program}/housing-requests`, { applicationId: w.interns[0]!.applicationId, partnerId: w.partner, moveInOn: '2026-04-01', note: '4月入社、1年間' });
    expect(asked.status, asked.raw).toBe(201);
    const request = asked.body as HousingRequestView;
    expect(request).toMatchObject({ status: 'requested', moveInOn: '2026-04-01', company: { id: w.company } });
    const seen = await call(partnerStaff, 'GET', `/api/programs/${w.program}/housing-requests`);
    expect(seen.body.items.map((r: HousingRequestView) => r.id)).toEqual([request.id]);
    expect((await call(otherCompany, 'GET', `/api/programs/${w.program}/housing-requests`)).body.items).toEqual([]);
    expect((await call(hr, 'POST', `/api/housing-requests/${request.id}/answer`, { version: request.version, status: 'accepted', answer: null, unitId })).status).toBe(403);
    const answered = await call(partnerStaff, 'POST', `/api/housing-requests/${request.id}/answer`, { version: request.version, status: 'accepted', answer: '4月1日から入居できます。', unitId });
    expect(answered.status, answered.raw).toBe(200);
    expect(answered.body).toMatchObject({ status: 'accepted', unit: { id: unitId } });
    const again = await call(partnerStaff, 'POST', `/api/housing-requests/${request.id}/answer`, { version: answered.body.version, status: 'declined', answer: null, unitId: null });
    expect([again.status, again.body.error.code]).toEqual([409, 'housing.requestAnswered']);
    expect((await call(hr, 'POST', `/api/housing-requests/${request.id}/withdraw`, { version: answered.body.version })).body.error.code).toBe('housing.requestAnswered');
    const mails = await runAsSystem(async () => await t.database.db.select({ kind: outboxMessages.kind, subject: outboxMessages.subject, text: outboxMessages.bodyText }).from(outboxMessages));
    expect(mails.filter((m) => m.kind === 'housingRequested').length).toBeGreaterThan(0);
    const answer = mails.find((m) => m.kind === 'housingAnswered')!;
    expect(answer.text).toContain('Flat 1');
  });
});
