// Interns' short-stay visa packs on the API (issue 8 item 5): what is missing is named before
// anything is issued, and an issue with gaps changes nothing; the pack is drawn from the
// program's data (the operator's and the company's letterheads, the application, the birth date
// and passport number, the flat, the internship's days, the report meeting), stored encrypted,
// printed the same later, and read by the operators, the company and the intern, audited; its
// validity (3 months) is judged on the planned application day or today; a new pack supersedes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InternshipOverview } from '../../contracts/internship.ts';
import type { VisaPackOverview, VisaPackView } from '../../contracts/visa-packs.ts';
import { buildUnitInput, housingWorld, signInIntern } from '../../../test/support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { visaPacks } from '../db/schema/index.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'visa-packs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let clock = new Date('2025-06-01T01:00:00Z'); // 10:00 in Hitachi, 1 June 2025
const t = useTestApp({ now: () => clock });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
let hr: SignedIn;
let hr2: SignedIn;
let coordinator: SignedIn;
let student: SignedIn;
let planId: string;

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object, language = 'en') => {
  const res = await injectAs(t.app, who)({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : null, raw: res.rawPayload, text: res.body };
};
const overview = async () => (await call(staff, 'GET', `/api/programs/${w.program}/visa-packs`)).body as VisaPackOverview;
const mine = async () => (await overview()).interns.find((i) => i.planId === planId)!;
const issue = { issuedOn: '2025-06-01', plannedApplicationOn: '2025-07-10', guarantor: 'inviter', gender: 'female', arrivalOn: '2025-08-18', departureOn: '2025-08-31' };

async function pdfText(bytes: Buffer): Promise<string> {
  const file = path.join(dir, `pack-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 })).stdout;
}

async function setLetterhead(org: string, letterhead: object) {
  const current = await call(staff, 'GET', `/api/organizations/${org}`);
  const res = await call(staff, 'PATCH', `/api/organizations/${org}`, { version: current.body.version, ...letterhead });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

beforeAll(async () => {
  w = await housingWorld(t, 2);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  hr2 = await signInAs(t, w.company2, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  student = await signInIntern(t, w.interns[0]!.userId);
  const plans = (await call(staff, 'POST', `/api/programs/${w.program}/internship/plans`)).body as InternshipOverview;
  planId = plans.items.find((i) => i.applicationId === w.interns[0]!.applicationId)!.planId!;
  // The plan's first day has tasks; the report meeting is on its last day; the intern has a flat.
  const plan = (await call(staff, 'GET', `/api/internship-plans/${planId}`)).body as { days: { id: string; version: number }[] };
  await call(hr, 'PATCH', `/api/internship-days/${plan.days[0]!.id}`, { version: plan.days[0]!.version, tasks: '安全教育、工場見学' });
  await call(staff, 'PUT', `/api/programs/${w.program}/report-meeting`, { heldOn: '2025-08-29', startsAt: '13:30', minutesPerTalk: 10, place: '日立地区産業支援センター' });
  const unit = await w.as({ method: 'POST', url: `/api/organizations/${w.partner}/housing-units`, payload: buildUnitInput({ name: 'レオパレス日立幸町 103', address: '茨城県日立市幸町2-5-8', lendingPeriods: [{ from: '2025-01-01', to: '2026-12-31' }] }) });
  expect(unit.statusCode, unit.body).toBe(201);
  const stay = await w.as({ method: 'POST', url: `/api/programs/${w.program}/stays`, payload: { applicationId: w.interns[0]!.applicationId, unitId: unit.json().id, checkIn: '2025-08-17', checkOut: '2025-08-31' } });
  expect(stay.statusCode, stay.body).toBe(201);
}, 120_000);

describe('a visa pack', () => {
  it('names what is missing before it can be issued, and an issue with gaps stores nothing', async () => {
    const intern = await mine();
    expect(intern.gaps.inviter).toEqual(['inviter.address', 'inviter.phone', 'inviter.representative', 'hostCompany.address', 'invitee.birthDate']);
    expect(intern.gaps.hostCompany).toEqual(['inviter.address', 'inviter.phone', 'inviter.representative', 'hostCompany.address', 'hostCompany.phone', 'hostCompany.representative', 'invitee.birthDate']);
    // The form starts from the flat's check-in and check-out.
    expect(intern.defaults).toEqual({ arrivalOn: '2025-08-17', departureOn: '2025-08-31', gender: null });
    const refused = await call(staff, 'POST', `/api/internship-plans/${planId}/visa-packs`, issue, 'ja');
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f: { field: string }) => f.field)).toEqual(intern.gaps.inviter);
    expect(refused.body.error.fields[0].message).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect((await mine()).packs).toEqual([]);
  });

  it('is refused when the stay does not hold the internship or it would be issued after arrival', async () => {
    await setLetterhead(w.operatorId, { address: { ja: '茨城県日立市西成沢町2-20-1', en: '2-20-1 Nishinarusawacho, Hitachi' }, phone: '0294-24-1411', representative: { title: { ja: '理事長', en: 'Chairman' }, name: { ja: '上原 健一', en: 'Kenichi Uehara' } } });
    await setLetterhead(w.company, { address: { ja: '茨城県日立市城南町1-3-5' } });
    const identity = await call(coordinator, 'GET', `/api/members/${student.userId}/identity`);
    const written = await call(coordinator, 'PUT', `/api/members/${student.userId}/identity`, { version: identity.body.version, birthDate: '2004-03-05', passportNumber: 'E1234567' });
    expect(written.status, written.text).toBe(200);
    expect((await mine()).gaps.inviter).toEqual([]);
    const late = await call(staff, 'POST', `/api/internship-plans/${planId}/visa-packs`, { ...issue, arrivalOn: '2025-08-20' });
    expect(late.status).toBe(400);
    expect(late.body.error.fields).toEqual([expect.objectContaining({ field: 'arrivalOn', code: 'visaPack.arrivalAfterInternshipStarts' })]);
    const after = await call(staff, 'POST', `/api/internship-plans/${planId}/visa-packs`, { ...issue, issuedOn: '2025-08-19', plannedApplicationOn: null });
    expect(after.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['issuedOn']);
    // The host company as guarantor also signs: its telephone and representative are needed.
    const guarantor = await call(staff, 'POST', `/api/internship-plans/${planId}/visa-packs`, { ...issue, guarantor: 'hostCompany' });
    expect(guarantor.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['hostCompany.phone', 'hostCompany.representative']);
    expect((await mine()).packs).toEqual([]);
  });

  it('is issued by the operators only, and prints the program’s data in Japanese with an English translation', async () => {
    expect((await call(hr, 'POST', `/api/internship-plans/${planId}/visa-packs`, issue)).status).toBe(403);
    expect((await call(coordinator, 'POST', `/api/internship-plans/${planId}/visa-packs`, issue)).status).toBe(404);
    const made = await call(staff, 'POST', `/api/internship-plans/${planId}/visa-packs`, { ...issue, background: { ja: '申請人は2025年3月の寄付講座を受講した。' } });
    expect(made.status, made.text).toBe(201);
    const pack = made.body as VisaPackView;
    expect(pack).toMatchObject({ issuedOn: '2025-06-01', validUntil: '2025-09-01', plannedApplicationOn: '2025-07-10', status: 'valid', superseded: false, guarantor: 'inviter' });

    const pdf = await call(hr, 'GET', `/api/visa-packs/${pack.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.raw);
    for (const expected of ['招へい理由書', '身元保証書', '滞在予定表', 'INTERN 001', '2004年3月5日', 'E1234567', '理事長', '上原 健一', '茨城県日立市城南町1-3-5', 'レオパレス日立幸町 103', '安全教育、工場見学', '最終報告会', '申請人は2025年3月の寄付講座を受講した。', 'Letter of Invitation', 'Kenichi Uehara']) {
      expect(text).toContain(expected);
    }
    // One document alone, and the file name says whose and which.
    const one = await call(student, 'GET', `/api/visa-packs/${pack.id}/pdf?document=scheduleOfStay`);
    expect(one.status).toBe(200);
    const oneText = await pdfText(one.raw);
    expect(oneText).toContain('滞在予定表');
    expect(oneText).not.toContain('身元保証書');
  });

  it('keeps its documents encrypted, audits every download, and is not shown to others', async () => {
    const rows = await runAsSystem(async () => await t.database.db.select().from(visaPacks).where(eq(visaPacks.planId, planId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contentEncrypted).not.toContain('E1234567');
    expect(rows[0]!.contentEncrypted).not.toContain('INTERN 001');
    const packId = (await mine()).packs[0]!.id;
    const reads = (await listAuditEvents(t.database.db, 'visa_pack', packId)).filter((e) => e.action === 'read_sensitive');
    expect(reads).toHaveLength(2);
    expect((await listAuditEvents(t.database.db, 'identity_document', student.userId)).some((e) => e.action === 'read_sensitive' && e.fields?.includes('birthDate'))).toBe(true);
    expect((await call(hr2, 'GET', `/api/visa-packs/${packId}/pdf`)).status).toBe(404);
    expect((await call(coordinator, 'GET', `/api/visa-packs/${packId}/pdf`)).status).toBe(404);
    expect((await call(hr, 'GET', `/api/programs/${w.program}/visa-packs`)).status).toBe(403);
    const own = await call(student, 'GET', `/api/internship-plans/${planId}/visa-packs`);
    expect(own.body.items.map((p: VisaPackView) => p.id)).toEqual([packId]);
  });

  it('is judged on the planned application day, or today, and a new pack supersedes it', async () => {
    const pack = (await mine()).packs[0]!;
    const late = await call(staff, 'PATCH', `/api/visa-packs/${pack.id}`, { version: pack.version, plannedApplicationOn: '2025-08-25' });
    expect(late.body).toMatchObject({ status: 'expiresSoon', plannedApplicationOn: '2025-08-25' });
    expect((await call(staff, 'PATCH', `/api/visa-packs/${pack.id}`, { version: pack.version, plannedApplicationOn: '2025-07-01' })).status).toBe(409);
    const before = await call(staff, 'PATCH', `/api/visa-packs/${pack.id}`, { version: late.body.version, plannedApplicationOn: '2025-05-01' });
    expect(before.body.error.fields[0]).toMatchObject({ field: 'plannedApplicationOn', code: 'visaPack.applicationBeforeIssue' });
    clock = new Date('2025-09-02T01:00:00Z');
    expect((await mine()).packs[0]).toMatchObject({ status: 'expired' });
    clock = new Date('2025-06-01T01:00:00Z');
    const again = await call(staff, 'POST', `/api/internship-plans/${planId}/visa-packs`, { ...issue, issuedOn: '2025-06-20' });
    expect(again.status, again.text).toBe(201);
    const packs = (await mine()).packs;
    expect(packs.map((p) => [p.issuedOn, p.superseded])).toEqual([
      ['2025-06-20', false],
      ['2025-06-01', true],
    ]);
  });
});
