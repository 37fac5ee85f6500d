import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createLogger } from '@certflow/observability';
import { cycleSchedule } from '@certflow/testing';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

type Line = Record<string, unknown> & { level: number; msg?: string };

const INFO = 30;
const DEBUG = 20;
const ERROR = 50;
const openCycle = (year: number) => ({ rulesetId: 'ganzhou-2013', noticeTitle: `${year}年度认定通知`, ...cycleSchedule(year) });

describe('logs: one JSON line per request and per command', () => {
  let t: TestApp;
  let lines: Line[];

  beforeEach(async () => {
    lines = [];
    const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Line) } });
    t = await startTestApp('sqlite', undefined, { logger });
  });
  afterEach(async () => t?.close());

  const post = async (path: string, body: object, headers: Record<string, string> = {}) => {
    let request = t.http.post(path).set('Authorization', `Bearer ${await t.token('city')}`);
    for (const [name, value] of Object.entries(headers)) request = request.set(name, value);
    return request.send(body);
  };

  it("carries the client's request id, the command id and the correlation id", async () => {
    const answer = await post('/api/v1/cycles/2027/open-cycle', openCycle(2027), {
      'X-Request-Id': 'req-7f3a',
      'X-Correlation-Id': 'corr-bureau-42',
      'Idempotency-Key': 'open-2027',
    });
    expect(answer.status).toBe(201);
    expect(answer.headers['x-request-id']).toBe('req-7f3a');

    const command = lines.filter((line) => line.msg === 'command');
    expect(command).toHaveLength(1);
    expect(command[0]).toMatchObject({
      level: INFO,
      requestId: 'req-7f3a',
      commandId: expect.stringMatching(/^idem-[0-9a-f]{64}$/),
      correlationId: 'corr-bureau-42',
      command: 'OpenCycle',
      stream: 'cycle-2027',
      outcome: 'accepted',
      durationMs: expect.any(Number),
    });
    const events = await t.store.readStream('cycle-2027');
    expect(command[0]!.commandId).toBe(events[0]!.metadata.commandId);

    const request = lines.filter((line) => line.msg === 'request');
    expect(request).toEqual([
      expect.objectContaining({
        level: INFO,
        requestId: 'req-7f3a',
        method: 'POST',
        url: '/api/v1/cycles/2027/open-cycle',
        route: '/api/v1/cycles/:year/open-cycle',
        status: 201,
      }),
    ]);
    // Neither the token nor the body reaches the log.
    expect(JSON.stringify(lines)).not.toMatch(/Bearer|年度认定通知/);
  });

  it('makes up a request id when none or an invalid one is sent, and answers it', async () => {
    const none = await t.http.get('/health');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const invalid = await t.http.get('/health').set('X-Request-Id', 'has spaces');
    expect(invalid.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const tooLong = await t.http.get('/health').set('X-Request-Id', 'x'.repeat(201));
    expect(tooLong.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a refusal as a refused command and a problem at debug, without a stack', async () => {
    await post('/api/v1/cycles/2027/open-cycle', openCycle(2027));
    lines.length = 0;
    const refused = await post('/api/v1/cycles/2027/open-cycle', openCycle(2027), { 'X-Request-Id': 'req-twice' });
    expect(refused.status).toBe(409);
    expect(lines.find((line) => line.msg === 'command')).toMatchObject({
      level: INFO,
      requestId: 'req-twice',
      outcome: 'refused',
      code: 'cycle.already-opened',
    });
    const problem = lines.find((line) => line.msg === 'problem');
    expect(problem).toMatchObject({ level: DEBUG, requestId: 'req-twice', status: 409, code: 'cycle.already-opened' });
    expect(problem).not.toHaveProperty('err');
    expect(JSON.stringify(lines)).not.toContain('    at ');
  });

  it('logs a failure of ours at error with its stack', async () => {
    // The database going away under a running server.
    await t.store.close();
    const failed = await post('/api/v1/cycles/2027/open-cycle', openCycle(2027), { 'X-Request-Id': 'req-down' });
    expect(failed.status).toBe(500);
    const problem = lines.find((line) => line.msg === 'problem') as Line & { err: { stack: string } };
    expect(problem).toMatchObject({ level: ERROR, requestId: 'req-down', status: 500, code: 'internal' });
    expect(problem.err.stack).toContain('    at ');
    expect(lines.find((line) => line.msg === 'command')).toMatchObject({ requestId: 'req-down', outcome: 'failed' });
    expect(lines.find((line) => line.msg === 'request failed')).toMatchObject({ level: ERROR, requestId: 'req-down', status: 500 });
  });
});
