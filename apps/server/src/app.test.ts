import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('server foundation', () => {
  it('reports a healthy database', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: 'ok',
      databaseKind: app.testDb.kind,
    });
  });

  it('reports an unreachable database as 503 instead of failing', async () => {
    const broken = await buildTestApp();
    await broken.testDb.close();
    const res = await broken.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: 'unavailable' });
    await broken.close().catch(() => undefined);
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const json = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(json.statusCode).toBe(200);
    const doc = json.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/health');
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('answers unknown routes with the one error model, in Chinese by default', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    const body = res.json<{
      error: { code: string; message: string; messages: Record<string, string> };
    }>();
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toBe(body.error.messages['zh-CN']);
    expect(body.error.messages.en).toMatch(/found/i);
  });

  it('speaks English on request', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope?lang=en' });
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/found/i);
    const viaHeader = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(viaHeader.json<{ error: { message: string } }>().error.message).toMatch(/found/i);
  });

  it('sends security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });
});
