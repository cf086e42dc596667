import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.ts';

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
    const { buildApp } = await import('../app.ts');
    const { connect } = await import('../db/database.ts');
    const pino = (await import('pino')).default;
    const dead = connect('external', 'postgres://nobody:x@127.0.0.1:1/none', 1, null);
    const app = await buildApp({ database: dead, logger: pino({ level: 'silent' }), webRoot: null });
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', database: 'down' });
    await app.close();
    await dead.close();
  });
});
