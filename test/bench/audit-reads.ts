import { Controller, Get, Inject, Query, type INestApplication } from '@nestjs/common';
import type autocannon from 'autocannon';
import { getRound } from './http-round.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_RECORD_READ, ManualClock } from '@certflow/application';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { ALL_PROJECTIONS, MemoryReadModelStore, rebuild } from '@certflow/read-models';
import { createApp, loadOrCreateSigningKey, mintToken, startWorker } from '@certflow/composition';
import { Roles } from '../../apps/api/src/auth/auth.guard.js';
import { AuditTrailDto } from '../../apps/api/src/audit/audit-trail/audit-trail.dto.js';
import { ReadModels } from '../../apps/api/src/read-models/read-models.service.js';
import { AuditReadLog } from '../../apps/api/src/audit/audit-reads/audit-read-log.js';
import { instantOf } from '../../apps/cli/src/demo/scenario.js';
import { writeCertificationLog } from './rebuild-log.js';
import { benchLogger } from './settings.js';

/**
 * What recording audit reads costs a reader: the audit trail route (every read recorded as an
 * AuditRecordRead, buffered and appended in batches) against the same query on a route of the
 * same app, behind the same guard, that records nothing. Afterwards the log is counted: every
 * read answered must be there, in few appends.
 */
export interface AuditReadsBenchOptions {
  readonly json: boolean;
  readonly log: (line: string) => void;
}

const CONNECTIONS = 16;
const HTTP_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 6;
const EVENTS = Number((process.env.BENCH_AUDIT_READS_EVENTS ?? '20000').replace(/_/g, ''));

@Controller('api/v1/bench/audit-trail')
class UnrecordedTrailController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get()
  @Roles('auditor')
  async trail(@Query() query: AuditTrailDto) {
    const store = await this.readModels.ready(query.minPosition);
    return store.searchAudit({ ...(query.platformId ? { platformId: query.platformId } : {}), page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }
}

interface ResultLine {
  readonly bench: 'audit-reads';
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly unrecorded_rps: number;
  readonly unrecorded_p50_ms: number;
  readonly unrecorded_p99_ms: number;
  readonly vs_unrecorded: number;
  /** Rounds alternate; the median of their ratios is less at the mercy of one noisy round. */
  readonly vs_unrecorded_median_round: number;
  /** Reads answered 200 by the recorded route, and AuditRecordRead events found in the log after shutdown. */
  readonly reads: number;
  readonly recorded: number;
  /** Appends the recorder made during the recorded rounds, and the time they took: what recording can cost the event loop. */
  readonly appends: number;
  readonly append_ms_total: number;
  readonly append_ms_max: number;
  /** append_ms_total over the recorded rounds' wall time. */
  readonly append_share: number;
  readonly events: number;
}

export async function auditReadsBench(options: AuditReadsBenchOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-audit-reads-'));
  try {
    const filename = sqliteFile(folder);
    const writer = new SqliteEventStore({ filename });
    const log = await writeCertificationLog(writer, { events: EVENTS });
    await writer.close();
    const line = await measure(filename, folder, log.events);
    options.log(options.json ? JSON.stringify(line) : human(line));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measure(filename: string, folder: string, events: number): Promise<ResultLine> {
  const readModels = new MemoryReadModelStore();
  const eventStore = new SqliteEventStore({ filename });
  await rebuild(eventStore, readModels, ALL_PROJECTIONS);
  const worker = startWorker({ eventStore, readModels, log: (line) => console.error(line) });
  await worker.ready;
  const signingKey = loadOrCreateSigningKey(folder);
  let app: INestApplication | undefined;
  let recorded: Measured;
  let unrecorded: Measured;
  let ratios: number[];
  let appends: { count: number; ms: number; maxMs: number; windowMs: number };
  try {
    app = await createApp(
      {
        store: eventStore,
        signingKey,
        clock: new ManualClock(instantOf('2037-09-01')),
        readModels: worker.projector,
        rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 },
        logger: benchLogger(folder),
      },
      [UnrecordedTrailController],
    );
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const token = await mintToken(signingKey, { role: 'auditor', subject: 'auditor-bench' });
    const platforms = await platformIds(url, token);
    const query = (platformId: string) => `?platformId=${platformId}&pageSize=50`;
    const plain = platforms.map((p) => `/api/v1/bench/audit-trail${query(p)}`);
    const audited = platforms.map((p) => `/api/v1/audit/trail${query(p)}`);
    await run(url, token, plain, 1);
    // Alternated in short rounds, so that a neighbour's load on a shared machine falls on both alike.
    const halves: [autocannon.Result[], autocannon.Result[]] = [[], []];
    const recorder = app.get(AuditReadLog).recorder;
    const before = recorder.stats();
    let recordedMs = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      halves[0].push(await run(url, token, plain, HTTP_SECONDS / ROUNDS));
      const started = performance.now();
      halves[1].push(await run(url, token, audited, HTTP_SECONDS / ROUNDS));
      recordedMs += performance.now() - started;
    }
    await recorder.flush();
    const after = recorder.stats();
    appends = { count: after.appends - before.appends, ms: after.appendMs - before.appendMs, maxMs: after.maxAppendMs, windowMs: recordedMs };
    unrecorded = merged(halves[0]);
    recorded = merged(halves[1]);
    ratios = halves[1].map((r, i) => r.requests.average / halves[0][i]!.requests.average).sort((a, b) => a - b);
  } finally {
    await worker.stop();
    // Shutting down appends what is still buffered, then closes the event store.
    if (app) await app.close();
    else await eventStore.close();
  }
  const reader = new SqliteEventStore({ filename });
  try {
    let count = 0;
    for (let after = 0; ; ) {
      const page = await reader.readAll({ after, limit: 10_000, types: [AUDIT_RECORD_READ] });
      count += page.filter((e) => e.metadata.actorId === 'auditor-bench' && (e.data as { route: string }).route === 'GET /api/v1/audit/trail').length;
      if (page.length < 10_000) break;
      after = page.at(-1)!.globalPosition;
    }
    return {
      bench: 'audit-reads',
      rps: Math.round(recorded.rps),
      p50_ms: recorded.p50,
      p99_ms: recorded.p99,
      unrecorded_rps: Math.round(unrecorded.rps),
      unrecorded_p50_ms: unrecorded.p50,
      unrecorded_p99_ms: unrecorded.p99,
      vs_unrecorded: Math.round((recorded.rps / unrecorded.rps) * 100) / 100,
      vs_unrecorded_median_round: Math.round(ratios[Math.floor(ratios.length / 2)]! * 100) / 100,
      reads: recorded.ok,
      recorded: count,
      appends: appends.count,
      append_ms_total: Math.round(appends.ms),
      append_ms_max: Math.round(appends.maxMs),
      append_share: Math.round((appends.ms / appends.windowMs) * 1000) / 1000,
      events,
    };
  } finally {
    await reader.close();
  }
}

interface Measured {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
}

/** Runs of equal length: requests per second averaged, latency percentiles the worse of the runs'. */
function merged(results: readonly autocannon.Result[]): Measured {
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0) / results.length,
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    ok: results.reduce((sum, r) => sum + r['2xx'], 0),
  };
}

async function platformIds(url: string, token: string): Promise<string[]> {
  const response = await fetch(`${url}/api/v1/audit/trail?type=PlatformCertified&pageSize=200`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`the trail answered ${response.status}`);
  const ids = [...new Set(((await response.json()) as { items: { platformId?: string }[] }).items.map((e) => e.platformId).filter((id): id is string => !!id))];
  if (ids.length === 0) throw new Error('the log certified no platform');
  return ids.slice(0, 50);
}

function run(url: string, token: string, paths: readonly string[], seconds = HTTP_SECONDS): Promise<autocannon.Result> {
  return getRound({ url, paths, seconds, connections: CONNECTIONS, headers: { authorization: `Bearer ${token}` } });
}

function human(line: ResultLine): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `audit-reads: trail recorded ${n(line.rps)} req/s (p50 ${line.p50_ms} ms, p99 ${line.p99_ms} ms) vs unrecorded ${n(line.unrecorded_rps)} req/s ` +
    `(p50 ${line.unrecorded_p50_ms} ms, p99 ${line.unrecorded_p99_ms} ms): ${line.vs_unrecorded}x (median round ${line.vs_unrecorded_median_round}x); ` +
    `${n(line.reads)} reads answered, ${n(line.recorded)} recorded in ${n(line.appends)} appends taking ${n(line.append_ms_total)} ms ` +
    `(max ${line.append_ms_max} ms, ${Math.round(line.append_share * 1000) / 10} % of the time), over ${n(line.events)} events`
  );
}
