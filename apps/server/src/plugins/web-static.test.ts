import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebStatic } from './web-static.ts';

describe('registerWebStatic', () => {
  let dir: string;
  let staff: string;
  const app = Fastify();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'web-static-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(dir, 'sw.js'), 'self.x = 1;');
    await writeFile(join(dir, 'sw.js.gz'), gzipSync('self.x = 1;'));
    await writeFile(join(dir, 'sw.js.br'), brotliCompressSync('self.x = 1;'));
    await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
    await writeFile(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync('console.log(1);'));
    await writeFile(join(dir, 'index.html.gz'), gzipSync('<!doctype html><title>app</title>'));
    await writeFile(join(dir, 'manifest.webmanifest'), '{}');
    staff = await mkdtemp(join(tmpdir(), 'staff-web-static-'));
    await mkdir(join(staff, 'assets'), { recursive: true });
    await writeFile(join(staff, 'index.html'), '<!doctype html><title>staff</title>');
    await writeFile(join(staff, 'index.html.gz'), gzipSync('<!doctype html><title>staff</title>'));
    await writeFile(join(staff, 'assets', 'index-def456.js'), 'console.log(2);');
    await writeFile(
      join(staff, 'assets', 'index-def456.js.br'),
      brotliCompressSync('console.log(2);'),
    );
    app.get('/api/known', () => ({ ok: true }));
    await registerWebStatic(app, { distDir: dir, staffDistDir: staff });
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
    await rm(staff, { recursive: true, force: true });
  });

  it('serves hashed assets for a year and the page and worker revalidated', async () => {
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const sw = await app.inject('/sw.js');
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    const root = await app.inject('/');
    expect(root.statusCode).toBe(200);
    expect(root.headers['cache-control']).toBe('no-cache');
    expect(root.body).toContain('<title>app</title>');
  });

  it('falls back to the app for client routes but not for API paths', async () => {
    const page = await app.inject('/poster?x=1');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/api/unknown')).statusCode).toBe(404);
    expect((await app.inject('/api/known')).json()).toEqual({ ok: true });
    expect((await app.inject('/docs/nothing')).statusCode).toBe(404);
  });

  it('sends the precompressed file to clients that accept it', async () => {
    const asset = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.rawPayload).toString()).toBe('console.log(1);');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const sw = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(sw.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(sw.rawPayload).toString()).toBe('self.x = 1;');
    expect(sw.headers['cache-control']).toBe('no-cache');
    const page = await app.inject({ url: '/help', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.rawPayload).toString()).toContain('<title>app</title>');
  });

  it('serves the staff console at /staff and below, with the same caching rules', async () => {
    for (const url of ['/staff', '/staff/', '/staff/people/123?x=1', '/staff/search']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.body, url).toContain('<title>staff</title>');
    }
    const asset = await app.inject('/staff/assets/index-def456.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(2);');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // the pensioner app's files are not the console's, and the reverse
    expect((await app.inject('/assets/index-def456.js')).body).toContain('<title>app</title>');
    expect((await app.inject('/staff/assets/index-abc123.js')).body).toContain(
      '<title>staff</title>',
    );
    // pages that merely start with the same letters stay the pensioner app's
    expect((await app.inject('/staffing')).body).toContain('<title>app</title>');
  });

  it('sends the console precompressed', async () => {
    const asset = await app.inject({
      url: '/staff/assets/index-def456.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe('console.log(2);');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await app.inject({ url: '/staff/search', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.rawPayload).toString()).toContain('<title>staff</title>');
  });

  it('registers nothing when the apps are not built', async () => {
    const bare = Fastify();
    await registerWebStatic(bare, {
      distDir: join(dir, 'missing'),
      staffDistDir: join(dir, 'missing-too'),
    });
    expect((await bare.inject('/')).statusCode).toBe(404);
    expect((await bare.inject('/staff')).statusCode).toBe(404);
    await bare.close();
  });

  it('never shows the pensioner app at /staff when only the console is missing', async () => {
    const half = Fastify();
    await registerWebStatic(half, { distDir: dir, staffDistDir: join(dir, 'missing') });
    expect((await half.inject('/')).statusCode).toBe(200);
    expect((await half.inject('/staff')).statusCode).toBe(404);
    expect((await half.inject('/staff/search')).statusCode).toBe(404);
    await half.close();
  });
});
