import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Outbox, type Send } from './outbox';

// A local HTTP server standing in for the API: it applies each Idempotency-Key once, and can be
// told to answer 503 or to refuse with a 422 error body.
interface Received {
  key: string;
  method: string;
  url: string;
  body: unknown;
}
let server: Server;
let base = '';
const applied = new Map<string, Received>();
const requests: Received[] = [];
let mode: 'ok' | 'unavailable' | 'refuse' = 'ok';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => resolve(data));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const key = String(req.headers['idempotency-key'] ?? '');
    const body = JSON.parse((await readBody(req)) || 'null') as unknown;
    const received = { key, method: req.method ?? '', url: req.url ?? '', body };
    requests.push(received);
    res.setHeader('Content-Type', 'application/json');
    if (mode === 'unavailable') {
      res.statusCode = 503;
      res.end(JSON.stringify({ error: 'database_unavailable', message: 'down' }));
      return;
    }
    if (mode === 'refuse') {
      res.statusCode = 422;
      res.end(JSON.stringify({ error: 'validation_failed', message: 'Some fields are invalid: answer.', fields: { answer: 'required' } }));
      return;
    }
    if (!applied.has(key)) applied.set(key, received);
    res.statusCode = 201;
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let dbCounter = 0;
let outbox: Outbox;
beforeEach(() => {
  applied.clear();
  requests.length = 0;
  mode = 'ok';
  dbCounter += 1;
  outbox = new Outbox(`test-outbox-${dbCounter}`);
});

const send: Send = (url, init) => fetch(base + url, init);
const offline: Send = () => Promise.reject(new TypeError('Failed to fetch'));

describe('Outbox', () => {
  it('keeps queued items in order with a distinct idempotency key each', async () => {
    const a = await outbox.enqueue({ method: 'POST', url: '/a', body: { n: 1 }, label: 'first' });
    const b = await outbox.enqueue({ method: 'PUT', url: '/b', body: { n: 2 }, label: 'second' });
    const items = await outbox.list();
    expect(items.map((i) => i.label)).toEqual(['first', 'second']);
    expect(a.idempotencyKey).not.toEqual(b.idempotencyKey);
    expect(items.every((i) => i.state === 'waiting' && i.attempts === 0)).toBe(true);
  });

  it('survives reopening the database (a reload while offline)', async () => {
    const name = `persist-${Date.now()}`;
    const first = new Outbox(name);
    await first.enqueue({ method: 'POST', url: '/p', body: 1, label: 'kept' });
    const reopened = new Outbox(name);
    expect((await reopened.list()).map((i) => i.label)).toEqual(['kept']);
  });

  it('sends waiting items with their Idempotency-Key and removes them', async () => {
    const item = await outbox.enqueue({ method: 'POST', url: '/answers', body: { q: 1, a: 'x' }, label: 'answer' });
    const result = await outbox.flush(send);
    expect(result).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ key: item.idempotencyKey, method: 'POST', url: '/answers', body: { q: 1, a: 'x' } });
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps everything while offline, then delivers each item exactly once', async () => {
    const first = await outbox.enqueue({ method: 'POST', url: '/one', body: 1, label: 'one' });
    await outbox.enqueue({ method: 'POST', url: '/two', body: 2, label: 'two' });
    expect(await outbox.flush(offline)).toEqual({ sent: 0, failed: 0, waiting: 2 });
    const waiting = await outbox.list();
    expect(waiting).toHaveLength(2);
    // Only the first was tried: later writes never overtake earlier ones.
    expect(waiting.map((i) => i.attempts)).toEqual([1, 0]);
    expect(waiting[0]?.idempotencyKey).toBe(first.idempotencyKey);

    expect(await outbox.flush(send)).toEqual({ sent: 2, failed: 0, waiting: 0 });
    expect(applied.size).toBe(2);
    expect(requests.map((r) => r.url)).toEqual(['/one', '/two']);
  });

  it('retries with the same key after a 503, so the server applies it once', async () => {
    const item = await outbox.enqueue({ method: 'POST', url: '/x', body: 'x', label: 'x' });
    mode = 'unavailable';
    expect(await outbox.flush(send)).toEqual({ sent: 0, failed: 0, waiting: 1 });
    mode = 'ok';
    expect(await outbox.flush(send)).toEqual({ sent: 1, failed: 0, waiting: 0 });
    // A duplicate delivery of the same item (e.g. from a second tab) is a no-op on the server.
    await send('/x', { method: 'POST', headers: { 'Idempotency-Key': item.idempotencyKey }, body: '"x"' });
    expect(requests.map((r) => r.key)).toEqual([item.idempotencyKey, item.idempotencyKey, item.idempotencyKey]);
    expect(applied.size).toBe(1);
  });

  it('marks an item the server refuses as failed with the error, and goes on', async () => {
    await outbox.enqueue({ method: 'POST', url: '/bad', body: {}, label: 'bad' });
    mode = 'refuse';
    expect(await outbox.flush(send)).toEqual({ sent: 0, failed: 1, waiting: 0 });
    const [failed] = await outbox.list();
    expect(failed?.state).toBe('failed');
    expect(failed?.error).toEqual({ status: 422, code: 'validation_failed', message: 'Some fields are invalid: answer.' });
    // Failed items are not re-sent; the person decides (discard).
    mode = 'ok';
    expect(await outbox.flush(send)).toEqual({ sent: 0, failed: 0, waiting: 0 });
    await outbox.remove(failed!.id);
    expect(await outbox.list()).toEqual([]);
  });

  it('shares one run between concurrent flushes (no double sends)', async () => {
    await outbox.enqueue({ method: 'POST', url: '/c', body: 1, label: 'c' });
    const [r1, r2] = await Promise.all([outbox.flush(send), outbox.flush(send)]);
    expect(r1).toEqual(r2);
    expect(requests).toHaveLength(1);
  });

  it('can carry the key in a body field for routes that take it there', async () => {
    const item = await outbox.enqueue({ method: 'POST', url: '/answers', body: { answer: 'B' }, label: 'q1', keyField: 'client_id' });
    expect(item.body).toEqual({ answer: 'B', client_id: item.idempotencyKey });
    await outbox.flush(send);
    expect(requests[0]).toMatchObject({ key: item.idempotencyKey, body: { answer: 'B', client_id: item.idempotencyKey } });
  });

  it('tells subscribers about changes', async () => {
    let calls = 0;
    const stop = outbox.subscribe(() => (calls += 1));
    await outbox.enqueue({ method: 'POST', url: '/s', body: 1, label: 's' });
    await outbox.flush(send);
    stop();
    await outbox.enqueue({ method: 'POST', url: '/s', body: 1, label: 's' });
    expect(calls).toBe(2);
  });
});
