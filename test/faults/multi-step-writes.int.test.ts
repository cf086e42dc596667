// Issue 10, faults: a multi-step write leaves no partial state when one of its steps fails. The
// chain is the hire's: the student accepts an offer (offer → employment → residence case → the
// pipeline moves to hired → audit → the residence reminders queued as jobs), then the company asks
// the housing partner for a flat (request → audit → e-mail in the outbox). A failure is injected
// into each step in turn — a trigger that raises on the step's table, the real database refusing
// the statement — and also at commit (a deferred constraint trigger). After each failure nothing
// of the request is there; once the fault is gone, the same request with the same
// Idempotency-Key has its effect once, and a third send is answered from the record.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { HiringApplicationView } from '../../src/contracts/hiring.ts';
import { housingWorld, signInIntern } from '../support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../support/people.ts';
import { useTestApp } from '../support/test-app.ts';
import { databaseUrl } from '../support/test-database.ts';

const t = useTestApp({ now: () => new Date('2025-10-15T01:00:00Z'), withJobQueue: true });
let w: Awaited<ReturnType<typeof housingWorld>>;
let hr: SignedIn;
let student: SignedIn;
let offer: { id: string; version: number };
/** The test database as its owner, who may add and drop triggers. */
let owner: pg.Client;

const offerInput = { position: '設計技術者', monthlySalaryYen: 220_000, startsOn: '2026-04-01', workplace: '茨城県日立市', conditions: '正社員', issuedOn: '2025-10-15', expiresOn: '2025-10-31' };

beforeAll(async () => {
  w = await housingWorld(t, 1);
  hr = await signInAs(t, w.company, 'host_company');
  await signInAs(t, w.partner, 'housing_partner'); // someone at the partner to be told by e-mail
  student = await signInIntern(t, w.interns[0]!.userId);
  const applied = await injectAs(t.app, student)({ method: 'POST', url: `/api/programs/${w.program}/hiring-applications`, payload: { applicationId: w.interns[0]!.applicationId, companyId: w.company } });
  const offered = await injectAs(t.app, hr)({ method: 'POST', url: `/api/hiring-applications/${(applied.json() as HiringApplicationView).id}/offers`, payload: offerInput });
  expect(offered.statusCode, offered.body).toBe(201);
  offer = (offered.json() as HiringApplicationView).offers[0]!;
  const name = new URL(t.database.pool.options.connectionString!).pathname.slice(1);
  owner = new pg.Client({ connectionString: databaseUrl(inject('testDatabase').adminUrl, name) });
  await owner.connect();
  await owner.query(`CREATE FUNCTION injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault on %', TG_TABLE_NAME; END $$`);
}, 120_000);

afterAll(async () => {
  await owner?.end();
});

type Fault = { table: string; at: 'statement' | 'commit' };

/** Runs `send` with the fault in place: a row trigger that fails the step's statement, or a deferred one that fails the commit. */
async function withFault<T>(fault: Fault, send: () => Promise<T>): Promise<T> {
  const trigger =
    fault.at === 'statement'
      ? `CREATE TRIGGER injected_fault BEFORE INSERT OR UPDATE ON ${fault.table} FOR EACH ROW EXECUTE FUNCTION injected_fault()`
      : `CREATE CONSTRAINT TRIGGER injected_fault AFTER INSERT OR UPDATE ON ${fault.table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION injected_fault()`;
  await owner.query(trigger);
  try {
    return await send();
  } finally {
    await owner.query(`DROP TRIGGER injected_fault ON ${fault.table}`);
  }
}

const count = async (query: string, values: unknown[] = []) => Number((await owner.query(query, values)).rows[0].count);

/** Everything the hire's two requests write, counted. */
async function hireState() {
  const app = w.interns[0]!.applicationId;
  return {
    offer: (await owner.query('SELECT status, version FROM job_offers WHERE id = $1', [offer.id])).rows[0],
    application: (await owner.query('SELECT status FROM student_applications WHERE id = $1', [app])).rows[0].status,
    employments: await count('SELECT count(*) FROM employments WHERE application_id = $1', [app]),
    residenceCases: await count('SELECT count(*) FROM residence_cases c JOIN employments e ON e.id = c.employment_id WHERE e.application_id = $1', [app]),
    transitions: await count('SELECT count(*) FROM pipeline_transitions WHERE application_id = $1', [app]),
    reminderJobs: await count(`SELECT count(*) FROM pgboss.job WHERE name = 'residence-reminder'`),
    housingRequests: await count('SELECT count(*) FROM housing_requests WHERE application_id = $1', [app]),
    // A reminder that falls due runs on its own (the job queue is live); only the requests' mails count here.
    mails: await count(`SELECT count(*) FROM outbox_messages WHERE kind <> 'residenceReminder'`),
    audit: await count('SELECT count(*) FROM audit_events'),
  };
}

const accept = (key: string) => injectAs(t.app, student)({ method: 'POST', url: `/api/job-offers/${offer.id}/answer`, payload: { version: offer.version, accept: true }, headers: { 'idempotency-key': key } });
const askForFlat = (key: string) =>
  injectAs(t.app, hr)({ method: 'POST', url: `/api/programs/${w.program}/housing-requests`, payload: { applicationId: w.interns[0]!.applicationId, partnerId: w.partner, moveInOn: '2026-04-01', note: '4月入社' }, headers: { 'idempotency-key': key } });

describe('a multi-step write whose step fails', () => {
  const acceptSteps: Fault[] = [
    { table: 'job_offers', at: 'statement' },
    { table: 'employments', at: 'statement' },
    { table: 'residence_cases', at: 'statement' },
    { table: 'student_applications', at: 'statement' },
    { table: 'pipeline_transitions', at: 'statement' },
    { table: 'audit_events', at: 'statement' },
    { table: 'pgboss.job', at: 'statement' },
    { table: 'audit_events', at: 'commit' },
  ];

  it.each(acceptSteps)('accepting an offer, failing at $table ($at), leaves nothing behind', async (fault) => {
    const before = await hireState();
    const failed = await withFault(fault, () => accept('accept-once'));
    expect(failed.statusCode, failed.body).toBe(500);
    expect(failed.json().error.code).toBe('internal.unexpected');
    expect(failed.body).not.toContain('injected fault'); // the database's words stay in the log
    expect(await hireState()).toEqual(before);
  });

  it('accepting an offer, retried with the same key once the fault is gone, hires once with its reminders', async () => {
    const before = await hireState();
    const accepted = await accept('accept-once');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const after = await hireState();
    expect(after).toMatchObject({ offer: { status: 'accepted' }, application: 'hired', employments: 1, residenceCases: 1, transitions: before.transitions + 1 });
    expect(after.reminderJobs).toBeGreaterThan(before.reminderJobs);
    const replayed = await accept('accept-once');
    expect([replayed.statusCode, replayed.headers['idempotent-replayed']]).toEqual([200, 'true']);
    expect(replayed.json().employmentId).toBe(accepted.json().employmentId);
    expect(await hireState()).toEqual(after);
  });

  it.each<Fault>([
    { table: 'housing_requests', at: 'statement' },
    { table: 'audit_events', at: 'statement' },
    { table: 'outbox_messages', at: 'statement' },
    { table: 'outbox_messages', at: 'commit' },
  ])('asking for a flat for the hire, failing at $table ($at), leaves nothing behind', async (fault) => {
    const before = await hireState();
    const failed = await withFault(fault, () => askForFlat('flat-once'));
    expect(failed.statusCode, failed.body).toBe(500);
    expect(await hireState()).toEqual(before);
  });

  it('asking for a flat, retried with the same key once the fault is gone, asks once and e-mails the partner once', async () => {
    const before = await hireState();
    const asked = await askForFlat('flat-once');
    expect(asked.statusCode, asked.body).toBe(201);
    const after = await hireState();
    expect(after).toMatchObject({ housingRequests: 1, mails: before.mails + 1 });
    const replayed = await askForFlat('flat-once');
    expect([replayed.statusCode, replayed.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expect(replayed.json().id).toBe(asked.json().id);
    expect(await hireState()).toEqual(after);
  });
});
