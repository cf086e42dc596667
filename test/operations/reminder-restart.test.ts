// A residence reminder queued before a restart of the server is sent after it (issue 8's done
// when): a real `kakehashi serve` on a data folder with the demo and the local SMTP server. A hire
// of the demo company A (straight into the database, as the owner role) has a residence card that
// expires on 31 March 2027. The company's HR moves the test clock to 20 s before 09:00 in Japan on
// 1 March 2027, the day of the 30-day reminder, which queues it 20 s ahead in real time; the
// server is stopped at once. A new server on the same folder, whose clock starts on that day, sends
// it: the job was in PostgreSQL all along. No 30-day reminder arrives before the restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../src/server/auth/password-hasher.ts';
import * as schema from '../../src/server/db/schema/index.ts';
import { demoId } from '../../src/server/seed/demo-seed.ts';
import { createPerson } from '../support/people.ts';
import { useSmtpServer } from '../support/smtp.ts';
import { signInToServer, startServer, stopServer, type ServerProcess } from './server-process.ts';

const smtp = useSmtpServer();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-reminders-'));
let running: ServerProcess | null = null;
afterAll(async () => {
  if (running) await stopServer(running);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const SEND_AT = Date.parse('2027-03-01T00:00:00Z'); // 09:00 in Japan
const thirtyDays = () => smtp.received.filter((m) => /あと30日|30 days|30 хоног/.test(m.subject ?? ''));

/** The demo company A's hire with a card expiring on 31 March 2027, written as the schema's owner. */
async function addHire(): Promise<void> {
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { ownerPassword: string };
  const port = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'kakehashi_owner', password: secrets.ownerPassword, database: 'kakehashi', max: 1 });
  try {
    const db = drizzle(pool, { schema });
    const programId = demoId('hitachi-fy2024');
    const collegeId = demoId('new-mongol-kosen');
    const companyId = demoId('hitachi-company-1');
    const { userId } = await createPerson(db, createPasswordHasher(), collegeId, 'student', 'Restart Hire');
    const [application] = await db
      .insert(schema.studentApplications)
      .values({ programId, userId, collegeId, nameLatin: 'RESTART HIRE', nameCyrillic: 'Рестарт Хайр', nameKatakana: 'リスタート', department: 'Mechatronics', graduationYear: 2026, jlptLevel: 'N3', status: 'hired' })
      .returning();
    const [hiring] = await db.insert(schema.hiringApplications).values({ programId, applicationId: application!.id, companyId, stage: 'decision', outcome: 'offered' }).returning();
    const [offer] = await db
      .insert(schema.jobOffers)
      .values({ programId, hiringApplicationId: hiring!.id, position: '設計技術者', monthlySalaryYen: 220_000, startsOn: '2026-04-01', issuedOn: '2025-10-15', expiresOn: '2025-10-31', status: 'accepted' })
      .returning();
    const [employment] = await db.insert(schema.employments).values({ programId, applicationId: application!.id, companyId, offerId: offer!.id, startsOn: '2026-04-01' }).returning();
    await db.insert(schema.residenceCases).values({ programId, employmentId: employment!.id, arrivedOn: '2026-03-25', employmentStartedOn: '2026-04-01', residenceCardExpiresOn: '2027-03-31' });
  } finally {
    await pool.end();
  }
}

describe('residence reminders across a restart', () => {
  it('are sent by the next server when the first stopped between queueing and sending', async () => {
    const env = { SMTP_URL: smtp.url(), KAKEHASHI_TEST_CLOCK: 'true' };
    running = await startServer(dataDir, env);
    await addHire();
    const hr = await signInToServer(running, 'hr@company-a.kakehashi.example', 'kakehashi-demo-2026');
    const set = await fetch(`${running.url}/api/test-clock`, { method: 'PUT', headers: { ...hr, 'content-type': 'application/json' }, body: JSON.stringify({ now: new Date(SEND_AT - 20_000).toISOString() }) });
    expect(set.status, await set.text()).toBe(200);
    await stopServer(running);
    running = null;
    expect(thirtyDays()).toEqual([]);

    running = await startServer(dataDir, { ...env, KAKEHASHI_TEST_CLOCK: new Date(SEND_AT + 3_600_000).toISOString() });
    // The employee, the company's HR and the operator's people, each in their language.
    const toHr = () => thirtyDays().some((m) => (m.subject ?? '').includes('在留カードの有効期限まであと30日です'));
    const deadline = Date.now() + 60_000;
    while (!toHr() && Date.now() < deadline) await sleep(500);
    const sent = thirtyDays();
    expect(toHr()).toBe(true);
    expect(sent.some((m) => (m.subject ?? '').includes('The residence card expires in 30 days'))).toBe(true);
    expect(sent.every((m) => (m.text ?? '').includes('2027-03-31'))).toBe(true);
  }, 180_000);
});
