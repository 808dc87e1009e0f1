import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSms } from './file-sms.ts';
import { httpGatewaySms } from './http-gateway-sms.ts';

const message = { noticeId: 'n-1', to: '13812345678', text: '核验码AB3D7K' };

describe('HTTP gateway adapter', () => {
  let server: Server;
  let url: string;
  const requests: { auth: string | undefined; body: unknown }[] = [];
  let reply: { status: number; body: string } = { status: 200, body: '{"messageId":"g-1"}' };

  const readBody = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    return JSON.parse(text) as unknown;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      void readBody(req).then((body) => {
        requests.push({ auth: req.headers.authorization, body });
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    url = `http://127.0.0.1:${address.port}/send`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the message with the key and the notice id as reference', async () => {
    const sms = httpGatewaySms({ url, apiKey: 'k-123' });
    expect(await sms.send(message)).toEqual({ ok: true, providerRef: 'g-1' });
    expect(requests.at(-1)).toEqual({
      auth: 'Bearer k-123',
      body: { to: '13812345678', text: '核验码AB3D7K', reference: 'n-1' },
    });
  });

  it('retries rate limits and outages, not refusals', async () => {
    const sms = httpGatewaySms({ url, apiKey: 'k' });
    reply = { status: 429, body: '{}' };
    expect(await sms.send(message)).toEqual({ ok: false, retriable: true, error: 'http_429' });
    reply = { status: 503, body: '{}' };
    expect(await sms.send(message)).toMatchObject({ ok: false, retriable: true });
    reply = { status: 400, body: '{"error":"bad number"}' };
    expect(await sms.send(message)).toEqual({ ok: false, retriable: false, error: 'http_400' });
    reply = { status: 200, body: '{"messageId":"g-1"}' };
  });

  it('treats an unreachable gateway as retriable', async () => {
    const sms = httpGatewaySms({ url: 'http://127.0.0.1:9/send', apiKey: 'k', timeoutMs: 2000 });
    expect(await sms.send(message)).toMatchObject({ ok: false, retriable: true });
  });
});

describe('file adapter', () => {
  it('writes each message as a JSON line with the number masked', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lifecert-sms-'));
    try {
      const file = path.join(dir, 'outbox.jsonl');
      const sms = fileSms({ path: file });
      await sms.send(message);
      await sms.send({ ...message, noticeId: 'n-2' });
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
        { noticeId: 'n-1', to: '138****5678', text: '核验码AB3D7K' },
        { noticeId: 'n-2', to: '138****5678', text: '核验码AB3D7K' },
      ]);
      expect(lines.join('')).not.toContain('13812345678');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
