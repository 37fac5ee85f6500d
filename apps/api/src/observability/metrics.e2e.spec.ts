import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cycleSchedule } from '@certflow/testing';
import { api, type Caller } from '../../../../test/support/journey.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

const CITY: Caller = { role: 'city' };
const openCycle = (year: number) => ({ rulesetId: 'ganzhou-2013', noticeTitle: `${year}年度认定通知`, ...cycleSchedule(year) });

/** The value of one series in Prometheus text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2]!.split(/,(?=[a-z_]+=")/);
    if (wanted.every((pair) => present.includes(pair)) && present.length === wanted.length) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let t: TestApp;
  let http: ReturnType<typeof api>;

  beforeEach(async () => {
    t = await startTestApp('sqlite', undefined, { readModels: 'memory', rateLimits: { anonymousPerMinute: 2, authenticatedPerMinute: 0 } });
    http = api(t);
  });
  afterEach(async () => t?.close());

  it('counts commands by type and outcome, HTTP requests by route pattern and status, and append latency', async () => {
    expect((await http.post('/api/v1/cycles/2027/open-cycle', CITY, openCycle(2027))).status).toBe(201);
    await http.refused(() => http.post('/api/v1/cycles/2027/open-cycle', CITY, openCycle(2027)), 409, { code: 'cycle.already-opened' });
    const replayKey = 'open-2028';
    for (let i = 0; i < 2; i += 1) {
      const answer = await t.http
        .post('/api/v1/cycles/2028/open-cycle')
        .set('Authorization', `Bearer ${await t.token('city')}`)
        .set('Idempotency-Key', replayKey)
        .send(openCycle(2028));
      expect(answer.status).toBe(201);
    }
    await t.http.get('/api/v1/no-such-route');

    const scraped = await t.http.get('/metrics');
    expect(scraped.status).toBe(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = scraped.text;

    expect(sample(text, 'certflow_commands_total', { type: 'OpenCycle', outcome: 'accepted', code_family: '' })).toBe(2);
    expect(sample(text, 'certflow_commands_total', { type: 'OpenCycle', outcome: 'refused', code_family: 'cycle' })).toBe(1);
    expect(sample(text, 'certflow_commands_total', { type: 'OpenCycle', outcome: 'replayed', code_family: '' })).toBe(1);

    const route = '/api/v1/cycles/:year/open-cycle';
    expect(sample(text, 'certflow_http_requests_total', { method: 'POST', route, status: '201' })).toBe(3);
    expect(sample(text, 'certflow_http_requests_total', { method: 'POST', route, status: '409' })).toBe(1);
    expect(sample(text, 'certflow_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(sample(text, 'certflow_http_request_duration_seconds_count', { method: 'POST', route, status: '201' })).toBe(3);
    expect(text).not.toContain('/api/v1/cycles/2027');

    // Two accepted commands appended; the replay and the refusal appended nothing.
    expect(sample(text, 'certflow_event_store_append_seconds_count', { store: 'sqlite', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'certflow_event_store_head_position', {})).toBeUndefined();
    expect(text).toMatch(/^certflow_event_store_head_position 2$/m);
    expect(text).toMatch(/^certflow_projection_lag_events\{projection="public-registry"\} \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('is public, outside the rate limit and outside the OpenAPI document', async () => {
    for (let i = 0; i < 4; i += 1) expect((await t.http.get('/metrics')).status).toBe(200);
    const document = await t.http.get('/api/docs-json');
    expect(Object.keys((document.body as { paths: object }).paths)).not.toContain('/metrics');
  });
});
