// Identity documents end to end: encrypted at rest, masked when shown, revealed one field at a
// time by those the policy allows and audited each time, refused (and audited) for everyone
// else, and never in a log line.
import { Writable } from 'node:stream';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { operatorWithPartners } from '../../../test/support/invitations.ts';
import { createPerson, injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});
const t = useTestApp({ logger: pino({ level: 'trace' }, logStream) });

const PASSPORT = 'E1234567';
let world: Awaited<ReturnType<typeof operatorWithPartners>>;
let coordinator: SignedIn;
let student: SignedIn;
let company: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  world = await operatorWithPartners(t);
  coordinator = await signInAs(t, world.college, 'college_coordinator');
  student = await signInAs(t, world.college, 'student', 'Batbayar Dorj');
  company = await signInAs(t, world.company, 'host_company');
  staff = await signInAs(t, world.operatorId, 'operator_staff');
});

const identityUrl = () => `/api/members/${student.userId}/identity`;
const reveal = (who: SignedIn, field = 'passportNumber') => injectAs(t.app, who)({ method: 'POST', url: `${identityUrl()}/reveal`, payload: { field } });

describe('identity documents', () => {
  it('are entered by the college, stored encrypted and shown masked', async () => {
    const saved = await injectAs(t.app, coordinator)({
      method: 'PUT',
      url: identityUrl(),
      payload: { version: 0, passportNumber: ` ${PASSPORT.toLowerCase()} `, passportExpiresOn: '2031-05-01', birthDate: '2005-03-14', nationality: 'mn' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ passportNumber: '••••4567', passportExpiresOn: '2031-05-01', birthDateOnFile: true, nationality: 'MN', residenceCardNumber: null, version: 1 });
    expect(saved.body).not.toContain(PASSPORT);
    expect(saved.body).not.toContain('2005-03-14');

    const { rows } = await t.database.pool.query('select * from identity_documents where user_id = $1', [student.userId]);
    expect(JSON.stringify(rows)).not.toContain(PASSPORT);
    expect(JSON.stringify(rows)).not.toContain('2005-03-14');
    expect(rows[0].passport_number_encrypted).toMatch(/^v1\./);

    const events = await listAuditEvents(t.database.db, 'identity_document', student.userId);
    expect(events.map((e) => [e.action, e.fields, e.actorUserId])).toEqual([['create', ['birthDate', 'nationality', 'passportExpiresOn', 'passportNumber'], coordinator.userId]]);
  });

  it('are revealed to an operator admin and to the student, and each reveal is audited', async () => {
    for (const reader of [world.admin, student]) {
      const res = await reveal(reader);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ field: 'passportNumber', value: PASSPORT });
    }
    expect((await reveal(world.admin, 'birthDate')).json().value).toBe('2005-03-14');
    const reads = (await listAuditEvents(t.database.db, 'identity_document', student.userId)).filter((e) => e.action === 'read_sensitive');
    expect(reads.map((e) => [e.actorUserId, e.fields])).toEqual([
      [world.admin.userId, ['birthDate']],
      [student.userId, ['passportNumber']],
      [world.admin.userId, ['passportNumber']],
    ]);
  });

  it('are refused to a host company and operator staff, and the attempt is audited', async () => {
    for (const reader of [company, staff]) {
      const res = await reveal(reader);
      expect(res.statusCode).toBe(404); // the student is not theirs to see at all
      expect(res.body).not.toContain(PASSPORT);
      expect((await injectAs(t.app, reader)({ method: 'GET', url: identityUrl() })).statusCode).toBe(404);
    }
    const refused = (await listAuditEvents(t.database.db, 'identity_document', student.userId)).filter((e) => e.action === 'read_sensitive_refused');
    expect(refused.map((e) => [e.actorUserId, e.fields])).toEqual([
      [staff.userId, ['passportNumber']],
      [company.userId, ['passportNumber']],
    ]);
  });

  it('hides a student’s documents from classmates, while their coordinator sees that none are on file', async () => {
    const classmate = await signInAs(t, world.college, 'student');
    expect((await reveal(classmate)).statusCode).toBe(404);
    const other = await createPerson(t.database.db, t.hasher, world.college, 'student');
    expect((await injectAs(t.app, coordinator)({ method: 'GET', url: `/api/members/${other.userId}/identity` })).json()).toMatchObject({ passportNumber: null, version: 0 });
  });

  it('names a malformed number, keeps the first of two concurrent edits and never logs a value', async () => {
    const bad = await injectAs(t.app, coordinator)({ method: 'PUT', url: identityUrl(), headers: { 'accept-language': 'en' }, payload: { version: 1, residenceCardNumber: 'AB 12' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([expect.objectContaining({ field: 'residenceCardNumber', code: 'documentNumber.invalid' })]);

    const edits = await Promise.all(
      ['AB12345678CD', 'ZX98765432QW'].map((residenceCardNumber) => injectAs(t.app, world.admin)({ method: 'PUT', url: identityUrl(), payload: { version: 1, residenceCardNumber } })),
    );
    expect(edits.map((r) => r.statusCode).sort()).toEqual([200, 409]);

    const logged = logLines.join('');
    expect(logged).toContain('/api/members/:userId/identity/reveal'); // the route pattern is logged...
    for (const secret of [PASSPORT, '2005-03-14', 'AB12345678CD', 'ZX98765432QW']) expect(logged).not.toContain(secret); // ...never a value
  });

  it('shows the operator admin every read and refused read in the audit search', async () => {
    const res = await injectAs(t.app, world.admin)({ method: 'GET', url: '/api/audit-events?resourceType=identity_document&pageSize=200' });
    expect(res.statusCode).toBe(200);
    const events = (res.json() as { items: { action: string; actor: { id: string } | null }[] }).items;
    const seen = new Set(events.map((e) => `${e.action}:${e.actor?.id}`));
    for (const expected of [`read_sensitive:${world.admin.userId}`, `read_sensitive_refused:${company.userId}`, `create:${coordinator.userId}`]) expect(seen).toContain(expected);
  });
});
