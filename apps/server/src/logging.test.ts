import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scrubText } from './logger.ts';
import { buildTestApp } from './test-app.ts';

const ID = '410302195003150012';
const MOBILE = '13803790000';

describe('logs', () => {
  it('scrubs ID numbers and mobile numbers from free text', () => {
    expect(scrubText(`/api/pensioners/${ID}?m=${MOBILE}`)).not.toMatch(/\d{6,}/);
    expect(scrubText('4103021950031500X1')).not.toContain('41030219');
  });

  it('never writes ID numbers, mobiles or secrets, even for failed requests', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    const app = await buildTestApp({}, sink);
    await app.inject({
      method: 'GET',
      url: `/api/pensioners/${ID}?mobile=${MOBILE}`,
      headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret-cookie' },
    });
    await app.close();
    expect(out.length).toBeGreaterThan(0);
    expect(out).not.toContain(ID);
    expect(out).not.toContain(MOBILE);
    expect(out).not.toContain('secret-token');
    expect(out).not.toContain('secret-cookie');
  });
});

describe('rate limits', () => {
  it('answers with 429 in the error model once a client exceeds its budget', async () => {
    const app = await buildTestApp({
      settings: { rateLimitPerMinute: 3, noticeSecret: 'logging-test' },
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await app.inject({ method: 'GET', url: '/docs/json' })).statusCode);
    const last = await app.inject({ method: 'GET', url: '/docs/json?lang=en' });
    await app.close();
    expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
    expect(last.statusCode).toBe(429);
    expect(last.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
  });
});
