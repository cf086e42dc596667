// The dashboards' reads (migration 0019) return, in every scope, exactly the rows that the same
// queries return under row-level security: for an operator, a co-operator, a funder, a host
// company, a college, another operator, the system and a scope that sees nothing. The
// reference queries are the ones the reports ran before 0019, written with the policies on.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import { buildOrganizationInput, buildProgramInput } from '../../../test/support/factories.ts';
import { createPerson, programWithApplicants } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem, runInRequestScope, setActorOrganizations } from '../db/actor-scope.ts';
import type { Db } from '../db/database.ts';
import { employments, fairInterviews, hiringApplications, internshipPlans, interviewFairs, jobOffers, participations, pipelineTransitions, programs, studentApplications } from '../db/schema/index.ts';
import { applicationHistories, companyCounts, employmentsOf, furthestCounts, reportablePrograms } from './reports.repository.ts';

const t = useTestApp();
const day = (n: number) => new Date(Date.UTC(2025, 3, 1) + n * 86_400_000);
let a: Awaited<ReturnType<typeof programWithApplicants>>;
let b: Awaited<ReturnType<typeof programWithApplicants>>;
let funder: string;
let coOperator: string;
let archived: string;
let programIds: string[];

/** Six applications along the chain (one never moved, one withdrew), a fair, an internship, an offer and a hire. */
async function fill(db: Db, w: typeof a, program: string): Promise<void> {
  const [fair] = await db.insert(interviewFairs).values({ programId: program, title: { ja: '面接会' }, days: [{ date: '2025-06-15', start: '09:00', end: '17:00' }], rubric: [] }).returning({ id: interviewFairs.id });
  const chain: PipelineStatus[] = ['applied', 'lecture_attendee', 'interviewee', 'intern', 'offered', 'hired'];
  for (let i = 0; i < chain.length; i++) {
    const { userId } = await createPerson(db, t.hasher, w.college, 'student', `Student ${i}`);
    const [app] = await db
      .insert(studentApplications)
      .values({ programId: program, userId, collegeId: i % 2 ? w.college : w.otherCollege, nameLatin: `S ${i}`, nameCyrillic: `С ${i}`, nameKatakana: 'エス', department: 'M', graduationYear: 2026, jlptLevel: 'N3', createdAt: day(i) })
      .returning({ id: studentApplications.id });
    const id = app!.id;
    for (let k = 1; k <= i; k++) {
      await db.insert(pipelineTransitions).values({ applicationId: id, from: chain[k - 1]!, to: chain[k]!, byKind: 'operator', at: day(10 * k + i) });
      await db.update(studentApplications).set({ status: chain[k]! }).where(eq(studentApplications.id, id));
    }
    if (i === 2) await db.update(studentApplications).set({ status: 'withdrawn' }).where(eq(studentApplications.id, id));
    if (i >= 2) await db.insert(fairInterviews).values({ fairId: fair!.id, programId: program, applicationId: id, organizationId: i % 2 ? w.company : w.company2, status: i === 5 ? 'requested' : 'approved', requestedBy: 'operator' });
    if (i >= 3) await db.insert(internshipPlans).values({ programId: program, applicationId: id, companyId: w.company, startsOn: '2025-08-19', endsOn: '2025-08-30' });
    if (i >= 4) {
      const [hiring] = await db.insert(hiringApplications).values({ programId: program, applicationId: id, companyId: w.company2, outcome: 'offered' }).returning();
      const [offer] = await db.insert(jobOffers).values({ programId: program, hiringApplicationId: hiring!.id, position: 'Engineer', monthlySalaryYen: 220_000, startsOn: '2025-04-01', issuedOn: '2024-12-01', expiresOn: '2024-12-31', status: 'accepted' }).returning();
      if (i === 5) await db.insert(employments).values({ programId: program, applicationId: id, companyId: w.company2, offerId: offer!.id, startsOn: '2025-04-01', retention: 'leftJapan', retentionChangedOn: '2025-12-01' });
    }
  }
}

beforeAll(async () => {
  a = await programWithApplicants(t);
  b = await programWithApplicants(t);
  const created = async (url: string, payload: object) => {
    const res = await a.as({ method: 'POST', url, payload });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  funder = await created('/api/organizations', buildOrganizationInput({ kind: 'funding_agency' }));
  coOperator = await created('/api/organizations', buildOrganizationInput());
  archived = await created('/api/programs', buildProgramInput(a.operatorId, { fiscalYear: 2019 }));
  await runAsSystem(async () => {
    const db = t.database.db;
    await db.insert(participations).values([
      { programId: a.program, organizationId: funder, role: 'funder' },
      { programId: a.program, organizationId: coOperator, role: 'operator' },
    ]);
    await fill(db, a, a.program);
    await fill(db, b, b.program);
    await fill(db, a, archived);
    await db.update(programs).set({ archivedAt: new Date() }).where(eq(programs.id, archived));
  });
  programIds = [a.program, b.program, archived];
}, 180_000);

const inScope = <T>(organizations: string[] | '*', work: () => Promise<T>): Promise<T> =>
  organizations === '*' ? runAsSystem(work) : runInRequestScope(() => (setActorOrganizations(organizations), work()));

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v))).sort();

// The reads as they were before migration 0019, with every row under its policy.
const PROGRAM = sql.raw('"programs"');
const legacy = {
  furthest: (db: Db, ids: string[]) =>
    db
      .select({ programId: studentApplications.programId, collegeId: studentApplications.collegeId, status: studentApplications.furthestStatus, students: sql<number>`count(*)::int` })
      .from(studentApplications)
      .where(inArray(studentApplications.programId, ids))
      .groupBy(studentApplications.programId, studentApplications.furthestStatus, studentApplications.collegeId),
  employments: (db: Db, ids: string[]) =>
    db
      .select({ programId: employments.programId, companyId: employments.companyId, startsOn: employments.startsOn, retention: employments.retention, retentionChangedOn: employments.retentionChangedOn })
      .from(employments)
      .where(inArray(employments.programId, ids)),
  companies: async (db: Db, id: string) =>
    (
      await db.execute(sql`
        select organization_id as "companyId", 'interviewees' as stage, count(distinct application_id)::int as students from fair_interviews where program_id = ${id} and status = 'approved' group by organization_id
        union all select company_id, 'interns', count(distinct application_id)::int from internship_plans where program_id = ${id} group by company_id
        union all select h.company_id, 'offers', count(distinct h.application_id)::int from job_offers o join hiring_applications h on h.id = o.hiring_application_id where o.program_id = ${id} group by h.company_id
        union all select company_id, 'hires', count(*)::int from employments where program_id = ${id} group by company_id`)
    ).rows,
  histories: async (db: Db, id: string) => ({
    applications: await db.select({ id: studentApplications.id, createdAt: studentApplications.createdAt }).from(studentApplications).where(eq(studentApplications.programId, id)),
    moves: await db
      .select({ applicationId: pipelineTransitions.applicationId, status: pipelineTransitions.to, at: sql<Date>`min(${pipelineTransitions.at})`.mapWith((v: string | Date) => new Date(v)) })
      .from(pipelineTransitions)
      .innerJoin(studentApplications, eq(studentApplications.id, pipelineTransitions.applicationId))
      .where(and(eq(studentApplications.programId, id), sql`${pipelineTransitions.to} not in ('withdrawn', 'declined')`))
      .groupBy(pipelineTransitions.applicationId, pipelineTransitions.to),
  }),
  programs: (db: Db, operatorIds: string[]) =>
    db
      .select({
        id: programs.id,
        operatorId: programs.operatorId,
        fiscalYear: programs.fiscalYear,
        name: programs.name,
        reportedFigures: programs.reportedFigures,
        operatorIds: sql<string[]>`array(select ${PROGRAM}.operator_id union select pa.organization_id from ${participations} pa where pa.program_id = ${PROGRAM}.id and pa.role = 'operator')`,
        funderIds: sql<string[]>`array(select pa.organization_id from ${participations} pa where pa.program_id = ${PROGRAM}.id and pa.role = 'funder')`,
      })
      .from(programs)
      .where(and(inArray(programs.operatorId, operatorIds), sql`${programs.archivedAt} is null`))
      .orderBy(asc(programs.fiscalYear)),
};

describe('the dashboards’ reads', () => {
  const scopes: [string, () => string[] | '*', number][] = [
    // [who, their organizations, how many of the three programs they see]
    ['the system', () => '*', 3],
    ['the operator', () => [a.operatorId], 2],
    ['a co-operator', () => [coOperator], 1],
    ['the funder', () => [funder], 1],
    ['a host company', () => [a.company], 1],
    ['another operator', () => [b.operatorId], 1],
    ['a person of two organizations', () => [b.operatorId, funder], 2],
    ['nobody', () => [], 0],
  ];

  it.each(scopes)('give %s exactly the rows the policies give', async (_who, organizations, visible) => {
    const db = t.database.db;
    await inScope(organizations(), async () => {
      const furthest = await furthestCounts(db, programIds);
      expect(new Set(furthest.map((r) => r.programId)).size).toBe(visible);
      expect(sorted(furthest)).toEqual(sorted(await legacy.furthest(db, programIds)));
      expect(sorted(await employmentsOf(db, programIds))).toEqual(sorted(await legacy.employments(db, programIds)));
      expect(sorted(await reportablePrograms(db, [a.operatorId, b.operatorId]))).toEqual(sorted(await legacy.programs(db, [a.operatorId, b.operatorId])));
      for (const program of programIds) {
        expect(sorted(await companyCounts(db, program))).toEqual(sorted(await legacy.companies(db, program)));
        const [mine, theirs] = [await applicationHistories(db, program), await legacy.histories(db, program)];
        expect(sorted(mine.applications)).toEqual(sorted(theirs.applications));
        expect(sorted(mine.moves)).toEqual(sorted(theirs.moves));
      }
    });
  });

  it('list the programs by fiscal year with who operates and funds each', async () => {
    const listed = await inScope('*', () => reportablePrograms(t.database.db, [a.operatorId, b.operatorId]));
    expect(listed.map((p) => p.id).sort()).toEqual([a.program, b.program].sort());
    expect(listed.map((p) => p.fiscalYear)).toEqual([...listed.map((p) => p.fiscalYear)].sort((x, y) => x - y));
    const ofA = listed.find((p) => p.id === a.program)!;
    expect([...ofA.operatorIds].sort()).toEqual([a.operatorId, coOperator].sort());
    expect(ofA.funderIds).toEqual([funder]);
    expect(listed.find((p) => p.id === b.program)!.funderIds).toEqual([]);
  });

  it('count what was filled in, so that the comparison above compares something', async () => {
    const db = t.database.db;
    await inScope('*', async () => {
      expect((await furthestCounts(db, [a.program])).reduce((n, r) => n + r.students, 0)).toBe(6);
      expect(await companyCounts(db, a.program)).toEqual(
        expect.arrayContaining([
          { companyId: a.company, stage: 'interviewees', students: 1 },
          { companyId: a.company2, stage: 'interviewees', students: 2 },
          { companyId: a.company, stage: 'interns', students: 3 },
          { companyId: a.company2, stage: 'offers', students: 2 },
          { companyId: a.company2, stage: 'hires', students: 1 },
        ]),
      );
      const histories = await applicationHistories(db, a.program);
      expect(histories.applications).toHaveLength(6);
      expect(histories.moves).toHaveLength(1 + 2 + 3 + 4 + 5);
      expect(histories.moves.every((m) => m.at instanceof Date)).toBe(true);
      expect((await employmentsOf(db, [a.program]))[0]).toEqual({ programId: a.program, companyId: a.company2, startsOn: '2025-04-01', retention: 'leftJapan', retentionChangedOn: '2025-12-01' });
    });
  });
});
