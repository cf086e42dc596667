// The dashboards at scale (issue 9 item 6): 20 operators × 10 fiscal years of generated data —
// 200 programs, 100,000 students' applications with their dated moves along the pipeline, fair
// interviews, internships, offers and hires — on the embedded PostgreSQL, written straight in SQL
// as the schema owner. Then, through inject() as a signed-in operator and as a funder, with the
// app's pool of 10 connections: every dashboard request of the reports page (the funnel of one of
// the operator's programs, its years, the regions of all 20 operators, which every operator
// publishes here so the comparison sums all 100,000) and the XLSX of all its tables, each asked
// REQUESTS times in turn over the operator's programs. Target: p99 under 200 ms for each.
// BENCH_QUICK=1 makes 2,000 students (trying it out).
// The generated world is vacuumed before it is measured, as ten years of a real database have
// been by autovacuum: freshly bulk-loaded, no page is yet marked all-visible, so every
// index-only count reads the table too (the regions' count of all 100,000 applications ~2.5×
// slower), and autovacuum would start on the new rows in the middle of the measurements.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/server/app.ts';
import { DEFAULT_AUTH_TIMEOUTS } from '../src/server/auth/auth.ts';
import { createPasswordHasher } from '../src/server/auth/password-hasher.ts';
import { createFieldCipher } from '../src/server/crypto/field-cipher.ts';
import { connect, prepareEmbeddedDatabase } from '../src/server/db/database.ts';
import { startEmbeddedCluster } from '../src/server/db/embedded/embedded-cluster.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { DATABASE_NAME } from '../src/server/db/roles.ts';
import { createOutboxMailer } from '../src/server/mail/mailer.ts';
import { injectAs, signInAs, type SignedIn } from '../test/support/people.ts';
import { median, writeResult } from './bench-result.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const OPERATORS = 20;
const YEARS = 10;
const STUDENTS_PER_PROGRAM = QUICK ? 10 : 500;
const REQUESTS = QUICK ? 20 : 200;
const WARMUP = 10;
const POOL_MAX = 10;

const round = (ms: number) => Math.round(ms * 100) / 100;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)]!;
const summary = (values: number[]) => ({ median: round(median(values)), p95: round(percentile(values, 95)), p99: round(percentile(values, 99)), max: round(Math.max(...values)) });
const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The generated world, in one SQL script run as the owner (no row-level security, no triggers
 * to fight): operators, three colleges, ten companies per operator, a funder, the programs with
 * their participations, students and applications spread along the pipeline (each student's
 * furthest status drawn once: 20 % stop at applied, then lectures, interviews, …, 2 % hired),
 * a dated transition per step, fair interviews for interviewees, internship plans for interns,
 * accepted offers and employments for hires (10 % of whom left within the year).
 */
function worldSql(studentsPerProgram: number): string {
  return `
    create temp table ops as select gen_random_uuid() id, o from generate_series(1, ${OPERATORS}) o;
    insert into organizations (id, kind, name, country, publishes_aggregates) select id, 'support_center', jsonb_build_object('ja', '実施団体' || o, 'en', 'Operator ' || o), 'JP', true from ops;
    create temp table colleges as select gen_random_uuid() id, c from generate_series(1, 3) c;
    insert into organizations (id, kind, name, country) select id, 'college', jsonb_build_object('en', 'KOSEN ' || c), 'MN' from colleges;
    create temp table companies as select gen_random_uuid() id, ops.id operator_id, k from ops, generate_series(1, 10) k;
    insert into organizations (id, kind, name, country) select id, 'company', jsonb_build_object('ja', '企業' || k), 'JP' from companies;
    create temp table funder as select gen_random_uuid() id;
    insert into organizations (id, kind, name, country) select id, 'funding_agency', '{"en":"Funder"}', 'JP' from funder;
    create temp table progs as select gen_random_uuid() id, ops.id operator_id, 2015 + y fiscal_year from ops, generate_series(1, ${YEARS}) y;
    insert into programs (id, operator_id, fiscal_year, name) select id, operator_id, fiscal_year, jsonb_build_object('en', 'Program ' || fiscal_year) from progs;
    insert into participations (program_id, organization_id, role) select id, operator_id, 'operator' from progs;
    insert into participations (program_id, organization_id, role) select p.id, c.id, 'sending_college' from progs p, colleges c;
    insert into participations (program_id, organization_id, role) select p.id, k.id, 'host_company' from progs p join companies k on k.operator_id = p.operator_id;
    insert into participations (program_id, organization_id, role) select id, (select id from funder), 'funder' from progs;
    create temp table apps as
      select gen_random_uuid() id, gen_random_uuid() user_id, p.id program_id, p.operator_id, (select id from colleges order by id offset (s % 3) limit 1) college_id, s,
        (case when r < 0.20 then 'applied' when r < 0.35 then 'screened' when r < 0.55 then 'lecture_attendee' when r < 0.85 then 'interviewee'
              when r < 0.90 then 'intern_candidate' when r < 0.96 then 'intern' when r < 0.98 then 'offered' else 'hired' end)::pipeline_status furthest,
        make_date(p.fiscal_year, 4, 1)::timestamptz + (s % 40) * interval '1 day' applied_at
      -- random() in a subquery's select list: once per row (a lateral without a reference to the row runs once).
      from (select progs.*, s, random() r from progs, generate_series(1, ${studentsPerProgram}) s) p;
    insert into users (id, name, email) select user_id, 'Student ' || s, 'student-' || id || '@bench.example' from apps;
    insert into student_applications (id, program_id, user_id, college_id, name_latin, name_cyrillic, name_katakana, department, graduation_year, jlpt_level, status, furthest_status, created_at)
      select id, program_id, user_id, college_id, 'STUDENT ' || s, 'Оюутан ' || s, 'ガクセイ', 'Mechatronics', 2026, 'N3', furthest, furthest, applied_at from apps;
    update student_applications a set status = 'withdrawn' from apps where apps.id = a.id and apps.s % 10 = 0 and apps.furthest not in ('hired');
    insert into pipeline_transitions (application_id, "from", "to", by_kind, at)
      select a.id, (enum_range(null::pipeline_status))[i], (enum_range(null::pipeline_status))[i + 1], 'operator', a.applied_at + i * interval '9 days'
      from apps a, generate_series(1, 7) i where i + 1 <= array_position(enum_range(null::pipeline_status), a.furthest);
    insert into interview_fairs (id, program_id, title, days, rubric) select id, id, '{"ja":"面接会"}', '[{"date":"2025-06-15","start":"09:00","end":"17:00"}]', '[]' from progs;
    insert into fair_interviews (fair_id, program_id, application_id, organization_id, status, requested_by)
      select a.program_id, a.program_id, a.id, (select id from companies k where k.operator_id = a.operator_id order by id offset (a.s % 10) limit 1), 'approved', 'operator'
      from apps a where a.furthest >= 'interviewee';
    insert into internship_plans (program_id, application_id, company_id, starts_on, ends_on)
      select a.program_id, a.id, (select id from companies k where k.operator_id = a.operator_id order by id offset (a.s % 10) limit 1), '2025-08-19', '2025-08-30'
      from apps a where a.furthest >= 'intern';
    insert into hiring_applications (id, program_id, application_id, company_id, outcome)
      select a.id, a.program_id, a.id, (select id from companies k where k.operator_id = a.operator_id order by id offset (a.s % 10) limit 1), 'offered' from apps a where a.furthest >= 'offered';
    insert into job_offers (id, program_id, hiring_application_id, position, monthly_salary_yen, starts_on, issued_on, expires_on, status)
      select h.id, h.program_id, h.id, 'Engineer', 220000, '2020-04-01', '2019-12-01', '2019-12-31', 'accepted' from hiring_applications h;
    insert into employments (program_id, application_id, company_id, offer_id, starts_on, retention, retention_changed_on)
      select h.program_id, h.application_id, h.company_id, h.id, make_date(p.fiscal_year + 1, 4, 1),
        (case when a.s % 10 = 1 then 'leftJapan' else 'employed' end)::retention_status, case when a.s % 10 = 1 then make_date(p.fiscal_year + 1, 10, 1) end
      from hiring_applications h join apps a on a.id = h.id join progs p on p.id = h.program_id where a.furthest = 'hired';`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-reports-bench-'));
  const cluster = await startEmbeddedCluster({ dataDir: path.join(dir, 'data') });
  try {
    const target = await prepareEmbeddedDatabase(cluster, DATABASE_NAME);
    await runMigrations(target.ownerUrl, target.appRole);
    const owner = new pg.Client({ connectionString: target.ownerUrl });
    await owner.connect();
    let t0 = performance.now();
    await owner.query(worldSql(STUDENTS_PER_PROGRAM));
    // Outside the script's transaction: VACUUM refuses to run inside one.
    await owner.query('vacuum (analyze)');
    const counts = (await owner.query<{ applications: number; transitions: number; programs: number; interviews: number; hires: number; postgres: string }>(
      `select (select count(*)::int from student_applications) applications, (select count(*)::int from pipeline_transitions) transitions, (select count(*)::int from programs) programs,
              (select count(*)::int from fair_interviews) interviews, (select count(*)::int from employments) hires, current_setting('server_version') postgres`,
    )).rows[0]!;
    const operatorId = (await owner.query<{ id: string }>(`select id from organizations where kind = 'support_center' order by name->>'en' limit 1`)).rows[0]!.id;
    const programIds = (await owner.query<{ id: string }>('select id from programs where operator_id = $1 order by fiscal_year', [operatorId])).rows.map((r) => r.id);
    const funderId = (await owner.query<{ id: string }>(`select id from organizations where kind = 'funding_agency'`)).rows[0]!.id;
    await owner.end();
    const seedMs = performance.now() - t0;
    log(`generated ${counts.programs} programs, ${counts.applications} applications, ${counts.transitions} moves, ${counts.interviews} interviews, ${counts.hires} hires in ${Math.round(seedMs)} ms (PostgreSQL ${counts.postgres})`);

    const database = connect('embedded', target.appUrl, POOL_MAX, cluster);
    const hasher = createPasswordHasher();
    const app = await buildApp({
      database,
      logger: pino({ level: 'silent' }),
      webRoot: null,
      auth: { secret: 'bench-secret-bench-secret-bench-secret-01', publicUrl: 'http://localhost:3000', ...DEFAULT_AUTH_TIMEOUTS },
      mailer: createOutboxMailer(database.db),
      demoAccounts: false,
      fieldCipher: createFieldCipher(Buffer.alloc(32, 7)),
      hasher,
      filesDir: path.join(dir, 'files'),
    });
    await app.ready();
    try {
      const t = { app, database, hasher };
      const staff = await signInAs(t, operatorId, 'operator_staff');
      const funder = await signInAs(t, funderId, 'funder');
      const routes: [string, SignedIn, (program: string) => string][] = [
        ['funnel', staff, (p) => `/api/programs/${p}/reports/funnel`],
        ['years', staff, (p) => `/api/programs/${p}/reports/years`],
        ['regions', staff, (p) => `/api/programs/${p}/reports/regions`],
        ['exportXlsx', staff, (p) => `/api/programs/${p}/reports/export?format=xlsx`],
        ['funnelAsFunder', funder, (p) => `/api/programs/${p}/reports/funnel`],
        ['yearsAsFunder', funder, (p) => `/api/programs/${p}/reports/years`],
      ];
      const figures: Record<string, ReturnType<typeof summary>> = {};
      for (const [name, who, url] of routes) {
        const call = injectAs(app, who);
        const times: number[] = [];
        for (let i = 0; i < WARMUP + REQUESTS; i++) {
          t0 = performance.now();
          const res = await call({ method: 'GET', url: url(programIds[i % programIds.length]!) });
          const ms = performance.now() - t0;
          if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          if (i >= WARMUP) times.push(ms);
        }
        figures[name] = summary(times);
        log(`  ${name.padEnd(16)} median ${figures[name].median} ms, p95 ${figures[name].p95} ms, p99 ${figures[name].p99} ms, max ${figures[name].max} ms`);
      }
      const worst = Math.max(...Object.values(figures).map((f) => f.p99));
      log(`worst p99 ${worst} ms (target < 200 ms): ${worst < 200 ? 'met' : 'missed'}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      writeResult('reports', { quick: QUICK, world: { operators: OPERATORS, years: YEARS, ...counts, seedMs: Math.round(seedMs) }, requests: REQUESTS, poolMax: POOL_MAX, figures, worstP99: worst, loadAverage: os.loadavg() });
    } finally {
      await app.close();
      await database.close();
    }
  } finally {
    await cluster.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
