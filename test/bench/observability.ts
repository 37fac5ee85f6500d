import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createLogger, Metrics } from '@certflow/observability';
import { commandsBench } from './commands.js';

/**
 * What logs and metrics cost a command over HTTP (issue 9: at most 5 % of commands/s).
 *
 * Throughput A/B runs (LOG_LEVEL=silent against info) swing by more than 5 % between two runs of
 * the same setting on a shared two-core machine, so the cost is measured as CPU time instead: the
 * exact work the server adds per command (its two log lines, request and command, written by
 * pino to a file, and its four metric updates), repeated in a tight loop, against the CPU time a
 * whole command over HTTP takes in the same run (the commands bench's `cpu_us`, LOG_LEVEL=info).
 */
const ROUNDS = 200_000;

interface Figures {
  readonly logUs: number;
  readonly metricsUs: number;
}

async function perCommand(folder: string): Promise<Figures> {
  const destination = pino.destination({ dest: join(folder, 'bench.log'), sync: false, mkdir: true });
  await new Promise((resolve) => destination.once('ready', resolve));
  const logger = createLogger({ level: 'info', destination });
  const metrics = new Metrics({ defaultMetrics: false });
  const route = '/api/v1/platforms/:platformId/submit-application';
  const labels = { method: 'POST', route, status: '201' };
  const time = (work: (i: number) => void): number => {
    for (let i = 0; i < 5_000; i += 1) work(i);
    const cpu = process.cpuUsage();
    for (let i = 0; i < ROUNDS; i += 1) work(i);
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / ROUNDS;
  };
  const logUs = time((i) => {
    const requestId = randomUUID();
    logger.info(
      { requestId, commandId: randomUUID(), correlationId: requestId, command: 'SubmitApplication', stream: `platform-bench-${i}`, outcome: 'accepted', durationMs: 3.2 },
      'command',
    );
    logger.info({ requestId, method: 'POST', url: `/api/v1/platforms/bench-${i}/submit-application`, route, status: 201, durationMs: 4.1 }, 'request');
  });
  // The ids are made in both loops, so that only the logging differs between the two figures.
  const idsUs = time(() => {
    randomUUID();
    randomUUID();
  });
  const metricsUs = time(() => {
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, 0.004);
    metrics.command('SubmitApplication', 'accepted');
    metrics.appendDuration.observe({ store: 'sqlite', outcome: 'ok' }, 0.002);
  });
  // Closed before the folder goes, or pino's exit hook flushes into a removed file.
  await new Promise((resolve) => {
    destination.once('close', resolve);
    destination.end();
  });
  return { logUs: Math.max(0, logUs - idsUs), metricsUs };
}

export async function observabilityBench(options: { json: boolean; log: (line: string) => void }): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-observability-'));
  try {
    const commandLines: { store: string; cpu_us: number }[] = [];
    await commandsBench({
      json: true,
      log: (line) => {
        const parsed = JSON.parse(line) as { via?: string; store: string; cpu_us?: number };
        if (parsed.via === 'http' && parsed.cpu_us !== undefined) commandLines.push({ store: parsed.store, cpu_us: parsed.cpu_us });
      },
    });
    const { logUs, metricsUs } = await perCommand(folder);
    for (const { store, cpu_us } of commandLines) {
      const result = {
        bench: 'observability',
        store,
        command_cpu_us: cpu_us,
        logs_us: Math.round(logUs * 10) / 10,
        metrics_us: Math.round(metricsUs * 10) / 10,
        share: Math.round(((logUs + metricsUs) / cpu_us) * 10_000) / 10_000,
      };
      options.log(
        options.json
          ? JSON.stringify(result)
          : `${store}: logs ${result.logs_us} µs + metrics ${result.metrics_us} µs per command, ${(result.share * 100).toFixed(2)} % of a command's ${cpu_us} µs over HTTP`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
