// A program ready for housing: a housing partner with flats, the FY2025 internship phase
// (19–30 August), and interns placed at the program's two companies by a published matching
// round. The interns and the round go straight into the database (their own paths are tested
// elsewhere); everything housing does goes through the API.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { UnitInput } from '../../src/contracts/housing.ts';
import type { Db } from '../../src/server/db/database.ts';
import { runAsSystem } from '../../src/server/db/actor-scope.ts';
import { matchingResults, matchingRounds, studentApplications, users } from '../../src/server/db/schema/index.ts';
import type { PasswordHasher } from '../../src/server/auth/password-hasher.ts';
import { buildOrganizationInput, buildPhaseInput } from './factories.ts';
import { createPerson, programWithApplicants, sameOrigin, signIn, type SignedIn } from './people.ts';

type T = { app: FastifyInstance; database: { db: Db }; hasher: PasswordHasher };

/** A one-person flat near Hitachi station, lent for the summer. */
export function buildUnitInput(overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    name: 'レオパレス日立 101',
    address: '茨城県日立市幸町1-1-1',
    postalCode: '317-0073',
    location: { latitude: 36.5911, longitude: 140.6606 },
    layout: '1K',
    capacity: 1,
    facilities: ['furniture', 'wifi', 'kitchen'],
    sameGenderOnly: false,
    rules: { ja: 'ゴミは分別して出してください。', mn: 'Хог хаягдлыг ангилж хаяна уу.' },
    lendingPeriods: [{ from: '2025-08-01', to: '2025-09-15' }],
    ...overrides,
  };
}

export async function housingWorld(t: T, internCount: number) {
  const w = await programWithApplicants(t);
  const created = await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'housing_company', name: { ja: '株式会社レオパレス２１', en: 'Leopalace21' } }) });
  const partner = (created.json() as { id: string }).id;
  for (const payload of [{ organizationId: partner, role: 'housing_partner' }]) {
    const res = await w.as({ method: 'POST', url: `/api/programs/${w.program}/participations`, payload });
    if (res.statusCode !== 201) throw new Error(`participation: ${res.body}`);
  }
  const phase = await w.as({ method: 'POST', url: `/api/programs/${w.program}/phases`, payload: buildPhaseInput() });
  if (phase.statusCode !== 201) throw new Error(`phase: ${phase.body}`);
  const interns = await addInterns(t, w, internCount);
  return { ...w, partner, interns };
}

/** Interns straight into the database: applications moved to `intern`, placed alternately at the two companies. */
export async function addInterns(t: Pick<T, 'database' | 'hasher'>, w: { program: string; college: string; company: string; company2: string }, count: number): Promise<{ applicationId: string; userId: string; companyId: string }[]> {
  return runAsSystem(async () => {
    const db = t.database.db;
    const [round] = await db
      .insert(matchingRounds)
      .values({ programId: w.program, ordinal: 100 + Math.floor(Math.random() * 1e6), title: { ja: '選考' }, listsDeadline: new Date('2025-07-01T00:00:00Z'), status: 'published' })
      .returning({ id: matchingRounds.id });
    const interns = [];
    for (let i = 0; i < count; i++) {
      const { userId } = await createPerson(db, t.hasher, w.college, 'student', `Intern ${i + 1}`);
      const [app] = await db
        .insert(studentApplications)
        .values({ programId: w.program, userId, collegeId: w.college, nameLatin: `INTERN ${String(i + 1).padStart(3, '0')}`, nameCyrillic: `Дадлагажигч ${i + 1}`, nameKatakana: `インターン${i + 1}`, department: 'Mechatronics', graduationYear: 2026, jlptLevel: 'N3', status: 'intern' })
        .returning({ id: studentApplications.id });
      const companyId = i % 2 === 0 ? w.company : w.company2;
      await db.insert(matchingResults).values({ roundId: round!.id, programId: w.program, applicationId: app!.id, organizationId: companyId });
      interns.push({ applicationId: app!.id, userId, companyId });
    }
    return interns;
  });
}

/** An intern of addInterns, signed in with the test password. */
export async function signInIntern(t: T, userId: string): Promise<SignedIn> {
  const email = await runAsSystem(async () => (await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]!.email);
  const { cookie } = await signIn(t.app, email);
  return { userId, email, headers: sameOrigin(cookie), totpSecret: null };
}

/** The intern was offered a job and took it (the hiring issue's own path is tested there). */
export async function hire(t: T, applicationId: string): Promise<void> {
  await runAsSystem(async () => {
    await t.database.db.update(studentApplications).set({ status: 'hired' }).where(eq(studentApplications.id, applicationId));
  });
}
