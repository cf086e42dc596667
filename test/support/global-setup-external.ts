// Migrates a template database on the external server of TEST_EXTERNAL_DATABASE_URL (a role
// with CREATEDB, e.g. the throwaway PostgreSQL 15 cluster that .ci/run starts).
import crypto from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../../src/server/db/migrate.ts';
import { databaseUrl } from './test-database.ts';

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_EXTERNAL_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_EXTERNAL_DATABASE_URL is not set');
  const template = `kakehashi_template_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await runMigrations(databaseUrl(adminUrl, template), null);
  project.provide('testDatabase', { kind: 'external', adminUrl, template, owner: null, appRole: null, appUrlTemplate: adminUrl });
  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).finally(() => c.end());
  };
}
