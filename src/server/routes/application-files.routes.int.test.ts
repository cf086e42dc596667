// CV and portfolio uploads end to end: the content decides the type, limits answer 413 with the
// kind's limit, bytes live in the file store under a random name with their SHA-256, a
// replacement removes the old bytes, a failed database write leaves no orphan, downloads are
// attachments with nosniff and audited, and who may do what (a company only under consent).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { PNG_BYTES, ZIP_BYTES, tinyPdf } from '../../../test/support/files.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { MAX_FILE_BYTES } from '../../domain/applications/application-file.ts';
import { SYSTEM_CONTEXT } from '../../domain/audit/audit-event.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-files-int-'));
afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));
const t = useTestApp({ filesDir });

let w: Awaited<ReturnType<typeof programWithApplicants>>;
let student: SignedIn;
let classmate: SignedIn;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let companyUser: SignedIn;
let company2User: SignedIn;
let staff: SignedIn;
let applicationId: string;
let classmateApplicationId: string;

const upload = (who: SignedIn, id: string, kind: string, body: Buffer, name?: string, contentType = 'application/octet-stream') =>
  injectAs(t.app, who)({ method: 'PUT', url: `/api/applications/${id}/files/${kind}`, payload: body, headers: { 'content-type': contentType, ...(name ? { 'x-file-name': encodeURIComponent(name) } : {}) } });
const list = (who: SignedIn, id = applicationId) => injectAs(t.app, who)({ method: 'GET', url: `/api/applications/${id}/files` });
const download = (who: SignedIn, fileId: string, id = applicationId) => injectAs(t.app, who)({ method: 'GET', url: `/api/applications/${id}/files/${fileId}` });
const stored = () => fs.readdirSync(filesDir).sort();

beforeAll(async () => {
  w = await programWithApplicants(t);
  student = await signInAs(t, w.college, 'student', 'Batbayar');
  classmate = await signInAs(t, w.college, 'student', 'Classmate');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  otherCoordinator = await signInAs(t, w.otherCollege, 'college_coordinator');
  companyUser = await signInAs(t, w.company, 'host_company');
  company2User = await signInAs(t, w.company2, 'host_company');
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  await giveConsent(t.app, student, w.program, [w.operatorId, w.company]);
  applicationId = (await applyAs(t.app, student, w.program, { nameLatin: 'Batbayar', companiesOfInterest: [w.company] })).json().id;
  await giveConsent(t.app, classmate, w.program, [w.operatorId]);
  classmateApplicationId = (await applyAs(t.app, classmate, w.program, { nameLatin: 'Classmate' })).json().id;
}, 60_000);

describe('uploading', () => {
  it('stores a PDF CV under a random name with its SHA-256, the name sanitized, and audits it', async () => {
    const pdf = tinyPdf();
    const res = await upload(student, applicationId, 'cv', pdf, '../Батбаяр CV.pdf', 'text/html');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ kind: 'cv', originalName: 'Батбаяр CV.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length, sha256: crypto.createHash('sha256').update(pdf).digest('hex') });
    const names = stored();
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.readFileSync(path.join(filesDir, names[0]!)).equals(pdf)).toBe(true);
    const events = await runAsSystem(() => listAuditEvents(t.database.db, 'application_file', file.id));
    expect(events.map((e) => e.action)).toEqual(['create']);
    expect(events[0]!.actorUserId).toBe(student.userId);
  });

  it('refuses a CV that is not a PDF by its content, whatever its name or type say (415, nothing stored)', async () => {
    const before = stored();
    const res = await upload(student, applicationId, 'cv', PNG_BYTES, 'cv.pdf', 'application/pdf');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('file.unsupportedType');
    expect(res.json().error.message).toContain('PDF');
    const html = await upload(student, applicationId, 'portfolio', Buffer.from('<html><script>alert(1)</script></html>'), 'works.pdf');
    expect(html.statusCode).toBe(415);
    expect(stored()).toEqual(before);
  });

  it('takes a PNG or a ZIP as a portfolio, the ZIP stored as it came', async () => {
    const png = await upload(student, applicationId, 'portfolio', PNG_BYTES, 'drawing.png');
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json().mediaType).toBe('image/png');
    const zip = await upload(student, applicationId, 'portfolio', ZIP_BYTES, 'works.zip');
    expect(zip.statusCode, zip.body).toBe(201);
    expect(zip.json().mediaType).toBe('application/zip');
    expect(fs.readFileSync(path.join(filesDir, stored().find((n) => fs.readFileSync(path.join(filesDir, n)).equals(ZIP_BYTES))!)).equals(ZIP_BYTES)).toBe(true);
  });

  it('replaces a file of the same kind: one row of each kind, the old bytes deleted after the commit', async () => {
    const files = (await list(student)).json().items as { kind: string; originalName: string }[];
    expect(files.map((f) => [f.kind, f.originalName])).toEqual([
      ['cv', 'Батбаяр CV.pdf'],
      ['portfolio', 'works.zip'],
    ]);
    expect(stored()).toHaveLength(2); // the replaced PNG's bytes are gone
  });

  it('answers 413 with the kind’s limit, in the request’s language, before reading an oversized body', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES.cv + 1, 0x20);
    tinyPdf().copy(big);
    const res = await injectAs(t.app, student)({ method: 'PUT', url: `/api/applications/${applicationId}/files/cv`, payload: big, headers: { 'content-type': 'application/pdf', 'accept-language': 'mn' } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('file.tooLarge');
    expect(res.json().error.message).toContain('10 МБ');
  });

  it('refuses an empty body', async () => {
    const res = await upload(student, applicationId, 'cv', Buffer.alloc(0));
    expect(res.statusCode).toBe(400);
  });

  it('leaves no orphan file when the database write fails', async () => {
    const before = stored();
    // Behind the route: the bytes are written first, then the transaction finds no application and rolls back.
    const attempt = runAsSystem(() => t.app.services.applicationFiles.upload(SYSTEM_CONTEXT, crypto.randomUUID(), 'cv', tinyPdf(), 'cv.pdf'));
    await expect(attempt).rejects.toMatchObject({ code: 'resource.notFound' });
    expect(stored()).toEqual(before);
  });
});

describe('downloading', () => {
  it('sends the bytes as an attachment with the sniffed type and nosniff, and audits the read', async () => {
    const cv = ((await list(staff)).json().items as { id: string; kind: string; sizeBytes: number }[]).find((f) => f.kind === 'cv')!;
    const res = await download(staff, cv.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="_______ CV.pdf"; filename*=UTF-8''${encodeURIComponent('Батбаяр CV.pdf')}`);
    expect(res.rawPayload.equals(tinyPdf())).toBe(true);
    const events = await runAsSystem(() => listAuditEvents(t.database.db, 'application_file', cv.id));
    expect(events[0]).toMatchObject({ action: 'read_sensitive', actorUserId: staff.userId });
  });

  it('lets the operators, the student’s coordinator and the company under consent read; nobody else', async () => {
    for (const who of [student, staff, w.admin, coordinator, companyUser]) expect((await list(who)).statusCode).toBe(200);
    for (const who of [classmate, otherCoordinator, company2User]) expect((await list(who)).statusCode).toBe(404);
  });

  it('stops a company’s access to the files when the student withdraws consent', async () => {
    const cv = ((await list(companyUser)).json().items as { id: string; kind: string }[]).find((f) => f.kind === 'cv')!;
    expect((await download(companyUser, cv.id)).statusCode).toBe(200);
    const withdrawn = await injectAs(t.app, student)({ method: 'POST', url: `/api/programs/${w.program}/consent/withdraw` });
    expect(withdrawn.statusCode).toBe(200);
    expect((await download(companyUser, cv.id)).statusCode).toBe(404);
    expect((await list(companyUser)).statusCode).toBe(404);
    await giveConsent(t.app, student, w.program, [w.operatorId, w.company]);
    expect((await download(companyUser, cv.id)).statusCode).toBe(200);
  });

  it('does not serve one application’s file through another’s URL', async () => {
    const cv = ((await list(student)).json().items as { id: string; kind: string }[]).find((f) => f.kind === 'cv')!;
    const classmateFile = await upload(classmate, classmateApplicationId, 'cv', tinyPdf('Classmate'));
    expect(classmateFile.statusCode).toBe(201);
    expect((await download(classmate, cv.id, classmateApplicationId)).statusCode).toBe(404);
  });
});

describe('changing and deleting', () => {
  it('lets the student’s coordinator upload on their behalf; operators and companies read only (403)', async () => {
    expect((await upload(coordinator, applicationId, 'portfolio', PNG_BYTES, 'by-college.png')).statusCode).toBe(201);
    expect((await upload(staff, applicationId, 'cv', tinyPdf())).statusCode).toBe(403);
    expect((await upload(companyUser, applicationId, 'cv', tinyPdf())).statusCode).toBe(403);
    expect((await upload(classmate, applicationId, 'cv', tinyPdf())).statusCode).toBe(404);
  });

  it('deletes the row and the bytes, audited; a second delete is 404', async () => {
    const before = stored();
    const portfolio = ((await list(student)).json().items as { id: string; kind: string }[]).find((f) => f.kind === 'portfolio')!;
    const res = await injectAs(t.app, student)({ method: 'DELETE', url: `/api/applications/${applicationId}/files/${portfolio.id}` });
    expect(res.statusCode, res.body).toBe(204);
    expect(stored()).toHaveLength(before.length - 1);
    expect((await injectAs(t.app, student)({ method: 'DELETE', url: `/api/applications/${applicationId}/files/${portfolio.id}` })).statusCode).toBe(404);
    const events = await runAsSystem(() => listAuditEvents(t.database.db, 'application_file', portfolio.id));
    expect(events[0]).toMatchObject({ action: 'delete', actorUserId: student.userId });
  });

  it('refuses the student’s uploads once the application is withdrawn, but they still read their files', async () => {
    const detail = await injectAs(t.app, classmate)({ method: 'GET', url: `/api/applications/${classmateApplicationId}` });
    const moved = await injectAs(t.app, classmate)({ method: 'POST', url: `/api/applications/${classmateApplicationId}/transitions`, payload: { version: detail.json().version, to: 'withdrawn', reasonCode: 'personal' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await upload(classmate, classmateApplicationId, 'cv', tinyPdf())).statusCode).toBe(403);
    expect((await list(classmate, classmateApplicationId)).statusCode).toBe(200);
  });
});
