import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Admin } from 'kafkajs';
import { startServer, type RunningServer } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { openEventStore } from '@certflow/event-store';
import { testLogger } from '@certflow/testing';
import { connectAdmin, kafkaBrokers, uniqueTopic, waitFor } from './testing/kafka-test-topic.js';

// `certflow serve` with KAFKA_BROKERS runs the relay beside the API; /health and /metrics show it.
describe('certflow serve with KAFKA_BROKERS: the relay on /health and /metrics (issue 11)', () => {
  const folders: string[] = [];
  const servers: RunningServer[] = [];
  let admin: Admin | undefined;
  const topics: string[] = [];

  afterAll(async () => {
    for (const server of servers) {
      await server.stopBackground();
      await server.app.close();
    }
    if (admin && topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin?.disconnect();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  async function serve(env: Record<string, string>, events = 0): Promise<RunningServer> {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-relay-health-'));
    folders.push(folder);
    if (events > 0) {
      const store = await openEventStore({ store: 'sqlite', dataDir: folder });
      for (let i = 0; i < events; i++) await store.append('health-probe', [{ type: 'Probe.Written', data: { i } }]);
      await store.close();
    }
    const server = await startServer(loadConfig({ CERTFLOW_DATA_DIR: folder, ...env }), 'all', testLogger());
    servers.push(server);
    await server.app.init();
    return server;
  }

  it('reports the topic, no lag and a reachable broker once caught up; the relay gauges on /metrics', async () => {
    const brokers = kafkaBrokers();
    admin = await connectAdmin(brokers);
    const topic = uniqueTopic('health');
    topics.push(topic);
    const { app } = await serve({ KAFKA_BROKERS: brokers.join(','), CERTFLOW_KAFKA_TOPIC: topic });
    const health = async () => (await request(app.getHttpServer()).get('/health').expect(200)).body as { relay?: { lag: number } };
    await waitFor('the relay to catch up', async () => (await health()).relay?.lag === 0, 30_000);
    expect(await health()).toMatchObject({ status: 'ok', relay: { topic, lag: 0, broker: 'reachable', failures: 0 } });
    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toContain(`certflow_relay_lag_events{topic="${topic}"} 0`);
    expect(metrics).toContain(`certflow_relay_broker_up{topic="${topic}"} 1`);
  }, 60_000);

  it('says when no broker answers, and keeps serving: lag of the unrelayed events, broker unreachable', async () => {
    // A port nothing listens on: the relay cannot reach a broker (the shared broker is never stopped).
    const { app } = await serve({ KAFKA_BROKERS: '127.0.0.1:1', CERTFLOW_KAFKA_TOPIC: uniqueTopic('nobroker') }, 3);
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    // Internal events only, yet the relay cannot pass them: it creates its topic first, and cannot.
    expect(response.body).toMatchObject({ status: 'ok', store: { headPosition: 3 }, relay: { broker: 'unreachable', position: 0, lag: 3 } });
    expect((await request(app.getHttpServer()).get('/metrics').expect(200)).text).toMatch(/^certflow_relay_broker_up\{topic="certflow-test-nobroker-[0-9a-f]+"\} 0$/m);
  }, 60_000);

  it('runs no relay without KAFKA_BROKERS: /health has no relay entry', async () => {
    const { app } = await serve({});
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body.relay).toBeUndefined();
  });
});
