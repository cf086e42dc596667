import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { connect } from '../db/database.ts';
import { createOutboxMailer } from '../mail/mailer.ts';
import { TEST_AUTH, TEST_FIELD_KEY, filesDir, useTestApp } from '../../../test/support/test-app.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';

const t = useTestApp();

describe('operations endpoints', () => {
  it('reports liveness and readiness with every migration applied', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'up' });
    expect(ready.json().migrations.applied).toBe(ready.json().migrations.expected);
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/programs', '/api/programs/{id}', '/api/organizations', '/api/programs/{id}/phases']));
    expect(doc.components.schemas).toHaveProperty('ProgramDetail');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route.notFound');
  });

  it('turns readiness red when the database is unreachable', async () => {
    const dead = connect('external', 'postgres://nobody:x@127.0.0.1:1/none', 1, null);
    const app = await buildApp({ database: dead, logger: pino({ level: 'silent' }), webRoot: null, auth: TEST_AUTH, mailer: createOutboxMailer(dead.db), demoAccounts: false, fieldCipher: createFieldCipher(TEST_FIELD_KEY), filesDir: filesDir() });
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', database: 'down' });
    await app.close();
    await dead.close();
  });
});

describe('the single-page app', () => {
  it('serves index.html for client routes without caching it, and hashed assets for good', async () => {
    const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-web-'));
    fs.mkdirSync(path.join(webRoot, 'assets'));
    fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>k</title>');
    fs.writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = await buildApp({ database: t.database, logger: pino({ level: 'silent' }), webRoot, auth: TEST_AUTH, mailer: createOutboxMailer(t.database.db), demoAccounts: false, fieldCipher: createFieldCipher(TEST_FIELD_KEY), filesDir: filesDir() });
    const page = await app.inject({ method: 'GET', url: '/programs/123', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<title>k</title>');
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const api = await app.inject({ method: 'GET', url: '/api/missing', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('route.notFound');
    await app.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });
});
