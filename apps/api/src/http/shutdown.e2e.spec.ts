import { afterAll, describe, expect, it } from '@jest/globals';
import { Controller, Get } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@certflow/application';
import { openEventStore } from '@certflow/event-store';
import { testLogger } from '@certflow/testing';
import { BeforeStoreCloses } from '../event-store.module.js';
import { createApp } from '../main.js';
import { mintToken } from '../auth/keys.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a request that reaches a closing server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is refused as problem+json 503 server.shutting-down, with its request id, and the connection closed; the request already in flight is answered', async () => {
    const store = await openEventStore({ store: 'sqlite', dataDir });
    const app = await createApp({ store, signingKey: new Uint8Array(32), clock: systemClock, logger: testLogger(), rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 } });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // The first request is routed before the close begins; its body is still on the way.
    const body = JSON.stringify({ note: 'trickled' });
    socket.write(`POST /api/v1/cycles/2027/open-cycle HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 4)}`);
    await pause(100);
    const closed = app.close();
    await pause(100);
    socket.write(`${body.slice(4)}GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: closing-1\r\nAccept-Language: en\r\n\r\n`);
    await ended;
    await closed;
    const answers = received.split(/(?=HTTP\/1\.1 )/);
    expect(answers).toHaveLength(2);
    // The request in flight got its own answer (no token: 401), not the refusal.
    expect(answers[0]).toMatch(/^HTTP\/1\.1 401 /);
    const [head, refusal] = answers[1]!.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    expect(head).toMatch(/\r\nconnection: close/i);
    expect(head).toMatch(/\r\nretry-after: 1/i);
    expect(head).toMatch(/\r\nx-request-id: closing-1/i);
    expect(JSON.parse(refusal!)).toMatchObject({ status: 503, code: 'server.shutting-down', detail: 'the server is shutting down; retry shortly', instance: '/health' });
  });

  it('writes what is buffered (audit reads) after the requests in flight are answered, then closes the store', async () => {
    const order: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    @Controller('api/v1/test-drain')
    class SlowController {
      constructor(beforeClose: BeforeStoreCloses) {
        beforeClose.add(async () => void order.push('buffered writes'));
      }

      @Get()
      async slow() {
        await released;
        order.push('answered');
        return { ok: true };
      }
    }
    const store = await openEventStore({ store: 'sqlite', dataDir: join(dataDir, 'drain') });
    const signingKey = new Uint8Array(32).fill(7);
    const app = await createApp({ store, signingKey, clock: systemClock, logger: testLogger(), rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 } }, [SlowController]);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const answer = fetch(`http://127.0.0.1:${port}/api/v1/test-drain`, { headers: { authorization: `Bearer ${await mintToken(signingKey, { role: 'auditor' })}` } });
    await pause(200);
    const closed = app.close();
    await pause(200);
    // The request is still in flight: nothing buffered is written yet, and the store is open.
    expect(order).toEqual([]);
    await expect(store.headPosition()).resolves.toBe(0);
    release();
    expect((await answer).status).toBe(200);
    await closed;
    expect(order).toEqual(['answered', 'buffered writes']);
    await expect(store.headPosition()).rejects.toThrow();
  });
});
