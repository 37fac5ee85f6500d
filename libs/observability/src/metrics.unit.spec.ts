import { describe, expect, it } from '@jest/globals';
import { Metrics, type RelayStatus } from './metrics.js';

describe('Metrics', () => {
  it('keeps a registry per instance, so many apps can run in one process', async () => {
    const first = new Metrics();
    const second = new Metrics();
    first.command('CertifyPlatform', 'accepted');
    expect(await first.render()).toContain('certflow_commands_total{type="CertifyPlatform",outcome="accepted",code_family=""} 1');
    expect(await second.render()).not.toContain('type="CertifyPlatform"');
  });

  it('labels a refusal with the family of its code', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    metrics.command('RecommendPlatform', 'refused', 'recommendation.criterion-failed');
    metrics.command('RecommendPlatform', 'refused', 'recommendation.materials-missing');
    metrics.command('RecommendPlatform', 'conflict', 'concurrency.conflict');
    const text = await metrics.render();
    expect(text).toContain('certflow_commands_total{type="RecommendPlatform",outcome="refused",code_family="recommendation"} 2');
    expect(text).toContain('certflow_commands_total{type="RecommendPlatform",outcome="conflict",code_family="concurrency"} 1');
  });

  it('reads projection lags when scraped, once for both gauges', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    let reads = 0;
    let lag = 3;
    metrics.watchProjections(
      async () => {
        reads += 1;
        return [{ name: 'audit-trail', position: 7, lag }];
      },
      async () => 10,
    );
    expect(await metrics.render()).toMatch(/^certflow_projection_lag_events\{projection="audit-trail"\} 3$/m);
    expect(reads).toBe(1);
    lag = 0;
    const text = await metrics.render();
    expect(text).toMatch(/^certflow_projection_lag_events\{projection="audit-trail"\} 0$/m);
    expect(text).toMatch(/^certflow_projection_position\{projection="audit-trail"\} 7$/m);
    expect(text).toMatch(/^certflow_event_store_head_position 10$/m);
  });
});

describe('Metrics.watchRelay (issue 11)', () => {
  it("reads the relay's lag, position, broker and failures once per scrape, under its topic", async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    let reads = 0;
    let status: RelayStatus = { topic: 'certflow.certification.v1', position: 40, lag: 2, broker: 'reachable', failures: 0 };
    metrics.watchRelay(async () => {
      reads += 1;
      return status;
    });
    let text = await metrics.render();
    expect(reads).toBe(1);
    expect(text).toMatch(/^certflow_relay_lag_events\{topic="certflow.certification.v1"\} 2$/m);
    expect(text).toMatch(/^certflow_relay_position\{topic="certflow.certification.v1"\} 40$/m);
    expect(text).toMatch(/^certflow_relay_broker_up\{topic="certflow.certification.v1"\} 1$/m);
    expect(text).toMatch(/^certflow_relay_failures\{topic="certflow.certification.v1"\} 0$/m);
    status = { ...status, lag: 9, broker: 'unreachable', failures: 3 };
    text = await metrics.render();
    expect(text).toMatch(/^certflow_relay_lag_events\{topic="certflow.certification.v1"\} 9$/m);
    expect(text).toMatch(/^certflow_relay_broker_up\{topic="certflow.certification.v1"\} 0$/m);
    expect(text).toMatch(/^certflow_relay_failures\{topic="certflow.certification.v1"\} 3$/m);
  });
});
