// The agreement and the season's loan-for-use contract on the API (issue 7 item 4): the
// Hitachi agreement of 17 July 2025 (one year, renewed automatically, a reminder before the
// renewal), a draft drawn from the season's stays and printed as a Japanese PDF (read back with
// pdftotext), revisions kept, the partner seeing it only once sent and uploading the signed scan.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgreementView, ContractView } from '../../contracts/housing.ts';
import { tinyPdf } from '../../../test/support/files.ts';
import { buildUnitInput, housingWorld } from '../../../test/support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const run = promisify(execFile);
const t = useTestApp({ now: () => new Date('2026-06-20T03:00:00Z') });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
let partnerStaff: SignedIn;
let agreement: AgreementView;
let contract: ContractView;

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}), headers });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : null, raw: res.rawPayload, headers: res.headers };
};

async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-'));
  const file = path.join(dir, 'contract.pdf');
  await fs.writeFile(file, bytes);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  await fs.rm(dir, { recursive: true });
  return stdout;
}

beforeAll(async () => {
  w = await housingWorld(t, 3);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  partnerStaff = await signInAs(t, w.partner, 'housing_partner');
  for (let i = 1; i <= 3; i++) expect((await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `レオパレス日立 10${i}`, address: `茨城県日立市幸町1-1-${i}` }))).status).toBe(201);
  expect((await call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true })).status).toBe(200);
}, 120_000);

describe('the framework agreement', () => {
  it('starts on 17 July 2025 for a year, renews itself and reminds the operator a month before', async () => {
    const res = await call(staff, 'POST', '/api/housing-agreements', { operatorId: w.operatorId, partnerId: w.partner, title: { ja: '住居の提供に関する連携協定' }, startsOn: '2025-07-17' });
    expect(res.status).toBe(201);
    agreement = res.body;
    expect(agreement).toMatchObject({ termMonths: 12, autoRenew: true, currentTermEnds: '2026-07-16', nextRenewal: '2026-07-17', remindFrom: '2026-06-17', reminderDue: true });
    const seen = await call(partnerStaff, 'GET', '/api/housing-agreements');
    expect(seen.body.items.map((a: AgreementView) => a.id)).toEqual([agreement.id]);
    expect((await call(partnerStaff, 'PATCH', `/api/housing-agreements/${agreement.id}`, { version: agreement.version, reminderDays: 60 })).status).toBe(403);
  });

  it('is refused with a company as the partner, and by another operator', async () => {
    const bad = await call(staff, 'POST', '/api/housing-agreements', { operatorId: w.operatorId, partnerId: w.company, title: { ja: '協定' }, startsOn: '2025-07-17' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject([{ field: 'partnerId', code: 'housing.partnerUnknown' }]);
    expect((await call(partnerStaff, 'POST', '/api/housing-agreements', { operatorId: w.operatorId, partnerId: w.partner, title: { ja: '協定' }, startsOn: '2025-07-17' })).status).toBe(403);
  });
});

describe('the season’s loan-for-use contract', () => {
  it('is drafted from the season’s stays and prints in Japanese with the flats, the dates and the draft mark', async () => {
    const res = await call(staff, 'POST', `/api/programs/${w.program}/loan-contracts`, { agreementId: agreement.id, conditions: [{ ja: '鍵は退去日に返却する。' }] });
    expect(res.status).toBe(201);
    contract = res.body;
    expect(contract).toMatchObject({ contractNumber: '2025-01', status: 'draft', revision: 1 });
    expect(contract.units.map((u) => [u.name, u.from, u.to])).toEqual([1, 2, 3].map((i) => [`レオパレス日立 10${i}`, '2025-08-18', '2025-08-31']));
    const pdf = await call(staff, 'GET', `/api/loan-contracts/${contract.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.raw);
    for (const expected of ['使用貸借契約書', '第1条', '第10条', '第11条', '鍵は退去日に返却する。', 'レオパレス日立 102', '茨城県日立市幸町1-1-3', '草案', '令和7年']) expect(text).toContain(expected);
  });

  it('keeps every revision, and prints the reference translation after the Japanese', async () => {
    const revised = await call(staff, 'PATCH', `/api/loan-contracts/${contract.id}`, { version: contract.version, conditions: [] });
    expect(revised.body).toMatchObject({ revision: 2, conditions: [] });
    contract = revised.body;
    expect(await pdfText((await call(staff, 'GET', `/api/loan-contracts/${contract.id}/pdf`)).raw)).not.toContain('第11条');
    expect(await pdfText((await call(staff, 'GET', `/api/loan-contracts/${contract.id}/pdf?revision=1`)).raw)).toContain('第11条');
    const english = await pdfText((await call(staff, 'GET', `/api/loan-contracts/${contract.id}/pdf?translation=en`)).raw);
    expect(english.indexOf('使用貸借契約書')).toBeLessThan(english.search(/reference/i));
  });

  it('is hidden from the partner as a draft, then sent, signed with the scan, and no longer editable', async () => {
    expect((await call(partnerStaff, 'GET', `/api/programs/${w.program}/loan-contracts`)).body.items).toEqual([]);
    expect((await call(partnerStaff, 'GET', `/api/loan-contracts/${contract.id}/pdf`)).status).toBe(404);
    const early = await call(partnerStaff, 'PUT', `/api/loan-contracts/${contract.id}/signed-scan`, tinyPdf('signed'), { 'content-type': 'application/pdf' });
    expect(early.status).toBe(404);
    const sent = await call(staff, 'POST', `/api/loan-contracts/${contract.id}/send`, { version: contract.version });
    expect(sent.body.status).toBe('sent');
    expect((await call(partnerStaff, 'GET', `/api/programs/${w.program}/loan-contracts`)).body.items).toHaveLength(1);
    const notAScan = await call(partnerStaff, 'PUT', `/api/loan-contracts/${contract.id}/signed-scan`, Buffer.from('hello'), { 'content-type': 'application/octet-stream' });
    expect(notAScan.status).toBe(400);
    expect(notAScan.body.error.fields).toMatchObject([{ field: 'file', code: 'housing.fileType' }]);
    const signed = await call(partnerStaff, 'PUT', `/api/loan-contracts/${contract.id}/signed-scan`, tinyPdf('signed'), { 'content-type': 'application/pdf' });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', hasSignedScan: true });
    const scan = await call(staff, 'GET', `/api/loan-contracts/${contract.id}/signed-scan`);
    expect(scan.raw.equals(tinyPdf('signed'))).toBe(true);
    const edit = await call(staff, 'PATCH', `/api/loan-contracts/${contract.id}`, { version: signed.body.version, conditions: [] });
    expect([edit.status, edit.body.error.code]).toEqual([409, 'housing.contractNotDraft']);
    const reopen = await call(staff, 'POST', `/api/loan-contracts/${contract.id}/reopen`, { version: signed.body.version });
    expect([reopen.status, reopen.body.error.code]).toEqual([409, 'housing.contractNotSent']);
    expect(await pdfText((await call(partnerStaff, 'GET', `/api/loan-contracts/${contract.id}/pdf`)).raw)).not.toContain('草案');
  });
});
