import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, BAD_RESPONSE, NETWORK_UNREACHABLE, createClient, fillPath } from './client';

// A local HTTP server answering like the API does (same bodies and error shape).
let server: Server;
let base = '';
const seen: { method: string; url: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.setHeader('Content-Type', 'application/json');
      switch (req.url) {
        case '/api/v1/territories':
          res.end(JSON.stringify([{ code: 'DK', name: 'Denmark', region: 'eu', health: 'ok' }]));
          return;
        case '/api/v1/t/DK/status':
          res.end(JSON.stringify({ code: 'DK', migrations: 3, provisioned_at: '2026-01-01T00:00:00Z', served_by: 'eu-primary' }));
          return;
        case '/api/v1/territories/ZZ':
          res.statusCode = 404;
          res.end(JSON.stringify({ error: 'territory_not_found', message: 'There is no territory ZZ.' }));
          return;
        case '/readyz':
          res.statusCode = 503;
          res.end(JSON.stringify({ ready: false, control_plane: true, regions: [] }));
          return;
        case '/api/v1/form':
          res.statusCode = 422;
          res.end(JSON.stringify({ error: 'validation_failed', message: 'Some fields are invalid: name.', fields: { name: 'too long' } }));
          return;
        case '/api/v1/empty':
          res.statusCode = 204;
          res.end();
          return;
        case '/api/v1/html':
          res.setHeader('Content-Type', 'text/html');
          res.statusCode = 502;
          res.end('<html>bad gateway</html>');
          return;
        default:
          res.statusCode = 201;
          res.end(JSON.stringify({ created: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fillPath', () => {
  it('encodes parameters and refuses missing ones', () => {
    expect(fillPath('/api/v1/t/{territory}/status', { territory: 'D K' })).toBe('/api/v1/t/D%20K/status');
    expect(() => fillPath('/api/v1/t/{territory}/status', {})).toThrow(/territory/);
  });
});

describe('api client', () => {
  it('GETs typed JSON', async () => {
    const client = createClient(base);
    const territories = await client.get('/api/v1/territories');
    expect(territories[0]?.code).toBe('DK');
    const status = await client.get('/api/v1/t/{territory}/status', { params: { territory: 'DK' } });
    expect(status.served_by).toBe('eu-primary');
    expect(seen.at(-1)?.headers.accept).toBe('application/json');
  });

  it('turns the error body into an ApiError with code, status and fields', async () => {
    const client = createClient(base);
    const error = await client.get('/api/v1/territories/{code}', { params: { code: 'ZZ' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'territory_not_found', message: 'There is no territory ZZ.', fields: {} });
    const invalid = await client.write('POST', '/api/v1/form', { name: 'x' }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ status: 422, code: 'validation_failed', fields: { name: 'too long' } });
  });

  it('accepts listed non-2xx statuses as results (readiness 503)', async () => {
    const client = createClient(base);
    const ready = await client.get('/readyz', { acceptStatus: [503] });
    expect(ready.ready).toBe(false);
    await expect(client.get('/readyz')).rejects.toMatchObject({ status: 503, code: BAD_RESPONSE });
  });

  it('returns undefined for an empty 204 answer', async () => {
    const client = createClient(base);
    await expect(client.write('POST', '/api/v1/empty', {})).resolves.toBeUndefined();
  });

  it('reports a non-JSON answer as bad_response', async () => {
    const client = createClient(base);
    await expect(client.write('POST', '/api/v1/html', {})).rejects.toMatchObject({ status: 502, code: BAD_RESPONSE });
  });

  it('reports an unreachable server as network_unreachable', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = createClient(`http://127.0.0.1:${port}`);
    await expect(client.get('/api/v1/territories')).rejects.toMatchObject({ status: 0, code: NETWORK_UNREACHABLE });
  });

  it('sends writes as JSON with the Idempotency-Key', async () => {
    const client = createClient(base);
    const result = await client.write<{ created: boolean }>('POST', '/api/v1/things', { a: 1 }, { idempotencyKey: 'k-1' });
    expect(result.created).toBe(true);
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'POST', url: '/api/v1/things', body: '{"a":1}' });
    expect(request?.headers['idempotency-key']).toBe('k-1');
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('lets an abort through as an abort, not a network error', async () => {
    const client = createClient(base);
    const controller = new AbortController();
    controller.abort();
    await expect(client.get('/api/v1/territories', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
