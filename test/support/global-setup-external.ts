// Migrates a template database on the external server of TEST_EXTERNAL_DATABASE_URL (a role
// with CREATEDB, e.g. the throwaway PostgreSQL 15 cluster that .ci/run starts). With
// TEST_EXTERNAL_APP_DATABASE_URL (required in CI) the app connects as that second role, with
// row access only and subject to row-level security, as in production.
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
  const appUrl = process.env.TEST_EXTERNAL_APP_DATABASE_URL;
  if (!appUrl && process.env.CI === 'true') throw new Error('CI=true but TEST_EXTERNAL_APP_DATABASE_URL is not set: the app must connect as a role of its own');
  const appRole = appUrl ? decodeURIComponent(new URL(appUrl).username) : null;
  await runMigrations(databaseUrl(adminUrl, template), appRole);
  project.provide('testDatabase', { kind: 'external', adminUrl, template, owner: null, appRole, appUrlTemplate: appUrl ?? adminUrl });
  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).finally(() => c.end());
  };
}
