// Loads the demo programs: on the first start of an empty database, and on demand with
// `kakehashi seed --demo`. One transaction: the demo is loaded whole or not at all.
import crypto from 'node:crypto';
import { runAsSystem } from '../db/actor-scope.ts';
import type { Db } from '../db/database.ts';
import { countOrganizations, replaceProgram, upsertAgreement, upsertOrganization, upsertUnit } from '../repositories/demo-data.repository.ts';
import { locationColumns } from '../repositories/organizations.repository.ts';
import { DEMO_AGREEMENT, DEMO_COMPANY_SITES, DEMO_FLATS } from './demo-housing.ts';
import { DEMO_ORGANIZATIONS } from './demo-organizations.ts';
import { DEMO_PROGRAMS } from './demo-programs.ts';
import { loadDemoReports } from './demo-reports.ts';

/** A fixed UUID per demo record, so reloading finds and replaces the same rows. */
export function demoId(key: string): string {
  const h = crypto.createHash('sha256').update(`kakehashi-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type DemoSeedResult = { organizations: number; programs: number; phases: number };

/** A system job: it writes every operator's programs, past row-level security. */
export async function loadDemoData(db: Db): Promise<DemoSeedResult> {
  return runAsSystem(() => db.transaction(async (tx) => {
    for (const { key, ...org } of DEMO_ORGANIZATIONS) {
      await upsertOrganization(tx, { id: demoId(key), kind: org.kind, name: org.name, country: org.country, city: org.city ?? null, website: org.website ?? null, publishesAggregates: org.publishesAggregates ?? false, ...locationColumns(DEMO_COMPANY_SITES[key] ?? null) });
    }
    for (const { key, location, rules, ...flat } of DEMO_FLATS) {
      await upsertUnit(tx, { id: demoId(key), organizationId: demoId('leopalace21'), ...flat, ...locationColumns(location), rules: rules ?? {} });
    }
    const { key, operator, partner, ...agreement } = DEMO_AGREEMENT;
    await upsertAgreement(tx, { id: demoId(key), operatorId: demoId(operator), partnerId: demoId(partner), ...agreement });
    let phaseCount = 0;
    for (const program of DEMO_PROGRAMS) {
      const programId = demoId(program.key);
      const cohortId = (ordinal: number) => demoId(`${program.key}:cohort:${ordinal}`);
      await replaceProgram(
        tx,
        {
          id: programId,
          operatorId: demoId(program.operator),
          fiscalYear: program.fiscalYear,
          name: program.name,
          summary: program.summary,
          internCapPerCompany: program.internCapPerCompany,
          plannedInterns: program.plannedInterns,
          reportedFigures: program.reportedFigures,
        },
        {
          cohorts: program.cohorts.map((c) => ({ id: cohortId(c.ordinal), programId, ...c })),
          phases: program.phases.map((p) => ({
            programId,
            kind: p.kind,
            label: p.label,
            startDate: p.startDate,
            endDate: p.endDate,
            location: p.location ?? null,
            note: p.note ?? null,
            cohortId: p.cohort ? cohortId(p.cohort) : null,
          })),
          participations: program.participations.map(([org, role]) => ({ programId, organizationId: demoId(org), role })),
        },
      );
      phaseCount += program.phases.length;
    }
    await loadDemoReports(tx, demoId);
    return { organizations: DEMO_ORGANIZATIONS.length, programs: DEMO_PROGRAMS.length, phases: phaseCount };
  }));
}

/** The first start of an empty database gets the demo; a database with any data is never touched. */
export async function loadDemoDataIfEmpty(db: Db): Promise<DemoSeedResult | null> {
  if ((await countOrganizations(db)) > 0) return null;
  return loadDemoData(db);
}
