// A person's own data export: JSON and CSV, exactly their records (never another student's),
// consents in every version with channel and recipients, applications with their history, file
// details without bytes, identity documents masked, the audit trail about them; CSV cells that a
// spreadsheet would run as formulas are neutralised; the export is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { tinyPdf } from '../../../test/support/files.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let student: SignedIn;
let other: SignedIn;
let applicationId: string;

beforeAll(async () => {
  w = await programWithApplicants(t);
  student = await signInAs(t, w.college, 'student', 'Export Student');
  other = await signInAs(t, w.college, 'student', 'OTHER-STUDENT-MARKER');
  expect((await giveConsent(t.app, student, w.program, [w.operatorId])).statusCode).toBe(201);
  expect((await giveConsent(t.app, student, w.program, [w.operatorId, w.company])).statusCode).toBe(201);
  const applied = await applyAs(t.app, student, w.program, { nameLatin: 'Export Student', skills: ['=HYPERLINK("http://evil")', 'Welding'], companiesOfInterest: [w.company] });
  expect(applied.statusCode, applied.body).toBe(201);
  applicationId = applied.json().id;
  const cv = await injectAs(t.app, student)({ method: 'PUT', url: `/api/applications/${applicationId}/files/cv`, payload: tinyPdf(), headers: { 'content-type': 'application/pdf', 'x-file-name': 'my-cv.pdf' } });
  expect(cv.statusCode).toBe(201);
  const identity = await injectAs(t.app, student)({ method: 'PUT', url: `/api/members/${student.userId}/identity`, payload: { version: 0, passportNumber: 'E12345678' } });
  expect(identity.statusCode, identity.body).toBe(200);
  // Another student of the same college with an application of their own.
  expect((await giveConsent(t.app, other, w.program, [w.operatorId])).statusCode).toBe(201);
  expect((await applyAs(t.app, other, w.program, { nameLatin: 'OTHER-STUDENT-MARKER' })).statusCode).toBe(201);
  const screened = await w.as({ method: 'POST', url: `/api/applications/${applicationId}/transitions`, payload: { version: 1, to: 'screened' } });
  expect(screened.statusCode, screened.body).toBe(200);
}, 60_000);

const exportAs = (who: SignedIn, format: 'json' | 'csv', language = 'en') =>
  injectAs(t.app, who)({ method: 'GET', url: `/api/me/data-export?format=${format}`, headers: { 'accept-language': language } });

describe('the data export', () => {
  it('gives the student exactly their own data as JSON, and never another student’s', async () => {
    const res = await exportAs(student, 'json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kakehashi-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.body).not.toContain('OTHER-STUDENT-MARKER');
    expect(res.body).not.toContain(other.userId);
    const data = res.json();
    expect(data.account).toEqual([expect.objectContaining({ id: student.userId, name: 'Export Student', email: student.email, language: 'en' })]);
    expect(data.memberships).toEqual([expect.objectContaining({ organizationId: w.college, role: 'student' })]);
    expect(data.consents.map((c: { recipients: { id: string }[]; channel: string; withdrawnAt: string | null }) => [c.recipients.map((r) => r.id), c.channel, c.withdrawnAt === null])).toEqual([
      [[w.operatorId], 'self', false],
      [[w.operatorId, w.company], 'self', true],
    ]);
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({ id: applicationId, nameLatin: 'Export Student', status: 'screened', history: [{ from: 'applied', to: 'screened', byKind: 'operator', byYou: false }] });
    expect(data.files).toEqual([expect.objectContaining({ kind: 'cv', originalName: 'my-cv.pdf', mediaType: 'application/pdf' })]);
    expect(JSON.stringify(data.files)).not.toContain('storage');
    expect(data.identityDocuments[0]).toMatchObject({ passportNumber: expect.stringMatching(/5678$/) });
    expect(res.body).not.toContain('E12345678');
    expect(data.identityDocuments[0].note).toContain('reveal');
    const resources = new Set(data.auditEvents.map((e: { resourceType: string }) => e.resourceType));
    for (const r of ['consent', 'student_application', 'application_file', 'identity_document']) expect(resources).toContain(r);
  });

  it('gives the same as one flat CSV (section, record, field, value) with formulas neutralised, headers in the person’s language', async () => {
    const res = await exportAs(student, 'csv', 'ja');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = res.body.replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('区分,記録,項目,値');
    expect(lines).toContain(`account,1,email,${student.email}`);
    expect(lines).toContain('applications,1,history.1.to,screened');
    expect(text).toContain(`"'=HYPERLINK(""http://evil""); Welding"`);
    expect(text).not.toContain('OTHER-STUDENT-MARKER');
  });

  it('is audited as a read of the person’s data', async () => {
    const events = await runAsSystem(() => listAuditEvents(t.database.db, 'user', student.userId));
    expect(events.filter((e) => e.action === 'read_sensitive' && e.fields.includes('dataExport')).length).toBeGreaterThanOrEqual(2);
  });

  it('gives another student only theirs, and refuses a bad format', async () => {
    const res = await exportAs(other, 'json');
    expect(res.json().applications.map((a: { nameLatin: string }) => a.nameLatin)).toEqual(['OTHER-STUDENT-MARKER']);
    expect(res.body).not.toContain('Export Student');
    expect((await exportAs(other, 'xml' as never)).statusCode).toBe(400);
  });
});
