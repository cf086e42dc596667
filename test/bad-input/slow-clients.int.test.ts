// Slow clients (issue 10 item 5): a client that dribbles its headers or its body, or opens a
// connection and says nothing, is cut off by the server's timeouts instead of holding a socket
// for ever, and other clients are served meanwhile. The app's own settings are asserted as
// built (requestTimeout 30 s, connectionTimeout 60 s); the cut-off itself is shown on the same
// Node server with the timers shortened, so the test takes seconds rather than a minute.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.ts';

const t = useTestApp();
let port: number;
const SHORT = { requestMs: 1_000, idleMs: 1_500, checkEveryMs: 200 };

beforeAll(async () => {
  // What buildApp configured, before this test shortens it.
  expect(t.app.initialConfig).toMatchObject({ requestTimeout: 30_000, connectionTimeout: 60_000, keepAliveTimeout: 10_000, bodyLimit: 1024 * 1024 });
  expect(t.app.server.requestTimeout).toBe(30_000);
  expect(t.app.server.timeout).toBe(60_000);
  t.app.server.requestTimeout = SHORT.requestMs;
  t.app.server.headersTimeout = SHORT.requestMs;
  t.app.server.setTimeout(SHORT.idleMs);
  // Node checks requests against their deadlines on this interval (30 s by default); read at listen.
  (t.app.server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval = SHORT.checkEveryMs;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});

type Outcome = { closedAfterMs: number; response: string };

/** Opens a raw socket and writes `chunks` one every `everyMs`, until the server closes it (or `giveUpMs`). */
function dribble(chunks: string[], everyMs: number, giveUpMs = 10_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect({ host: '127.0.0.1', port });
    let response = '';
    let i = 0;
    const timer = setInterval(() => {
      if (i < chunks.length && !socket.destroyed && socket.writable) socket.write(chunks[i++]!);
    }, everyMs);
    const giveUp = setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error(`still open after ${giveUpMs} ms (sent ${i} of ${chunks.length} chunks)`));
    }, giveUpMs);
    socket.on('data', (d) => (response += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ closedAfterMs: Date.now() - started, response });
    });
  });
}

const healthy = async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status;

describe('slow clients', () => {
  it('cuts off a client that dribbles its request line and headers (slowloris) with 408', async () => {
    const request = `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(200)}\r\n\r\n`;
    const slow = dribble([...request], 50);
    // Meanwhile everyone else is served.
    expect(await healthy()).toBe(200);
    const { closedAfterMs, response } = await slow;
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(SHORT.requestMs - 100);
    expect(closedAfterMs).toBeLessThan(SHORT.requestMs + 3 * SHORT.checkEveryMs + 1_000);
  });

  it('cuts off a client that sends its headers and then dribbles the body', async () => {
    const body = JSON.stringify({ email: 'slow@example.org', password: 'x'.repeat(40) });
    const head = `POST /api/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const slow = dribble([head, ...body], 60);
    expect(await healthy()).toBe(200);
    const { closedAfterMs, response } = await slow;
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeLessThan(SHORT.requestMs + 3 * SHORT.checkEveryMs + 1_000);
  });

  it('closes a connection that opens and says nothing', async () => {
    const { closedAfterMs, response } = await dribble([], 1_000);
    // The request deadline runs from the first moment of the connection: 408 and closed.
    expect(response === '' || response.startsWith('HTTP/1.1 408')).toBe(true);
    expect(closedAfterMs).toBeLessThan(SHORT.idleMs + 3 * SHORT.checkEveryMs + 1_000);
  });

  it('serves a client that is slow but within the limits', async () => {
    const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n';
    const { response } = await dribble([request.slice(0, 10), request.slice(10, 30), request.slice(30)], 150);
    expect(response).toMatch(/^HTTP\/1\.1 200/);
  });
});
