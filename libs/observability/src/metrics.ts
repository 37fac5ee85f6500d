import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type CommandResult = 'accepted' | 'replayed' | 'refused' | 'conflict' | 'failed';

export interface ProjectionStatus {
  readonly name: string;
  readonly position: number;
  readonly lag: number;
}

/** What the Kafka relay reports of itself (apps/worker/src/relay): /health and the relay gauges. */
export interface RelayStatus {
  readonly topic: string;
  /** Global position of the last event the relay passed (published and acknowledged, or not public). */
  readonly position: number;
  /** Events in the log the relay has not passed yet. */
  readonly lag: number;
  readonly broker: 'reachable' | 'unreachable';
  /** Batches that failed since start (each retried from the checkpoint). */
  readonly failures: number;
  readonly lastError?: string;
}

/** What the audit-read recorder counted since the process started. */
export interface AuditReadCounts {
  readonly appended: number;
  readonly buffered: number;
  readonly dropped: number;
}

/** Where the scheduler (deadlines -> commands) stands, for /health and /metrics. */
export interface SchedulerStatus {
  readonly status: 'catching-up' | 'running' | 'stopped';
  /** Global position of the last event the schedule was derived from. */
  readonly position: number;
  /** Items waiting for their day (and, for a few seconds, those being issued). */
  readonly pending: number;
  /** Seconds since the oldest item that is due but not yet issued fell due; 0 when none is late. */
  readonly lagSeconds: number;
  /** The business time the scheduler reads (simulated on a training server). */
  readonly businessTime: string;
}

/** What an app sees of a scheduler running beside it: its status, and each command it issues. */
export interface SchedulerProbe {
  status(): SchedulerStatus;
  onIssued(listener: (rule: string, outcome: 'accepted' | 'replayed' | 'refused' | 'failed') => void): void;
}

/**
 * One registry per app instance: tests and benches start many apps in one process, and
 * prom-client's global registry refuses a metric name registered twice.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'certflow_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'certflow_http_request_duration_seconds',
    help: 'Time from the request to the end of its answer, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'certflow_commands_total',
    help: 'Commands by type and outcome; refusals carry the family of their code (application, certification, auth...)',
    labelNames: ['type', 'outcome', 'code_family'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'certflow_event_store_append_seconds',
    help: 'Event store append latency (a group commit included), by store and outcome',
    labelNames: ['store', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });

  constructor(options: { readonly defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  command(type: string, outcome: CommandResult, code?: string): void {
    this.commands.inc({ type, outcome, code_family: code ? code.split('.')[0]! : '' });
  }

  /**
   * Projection positions and lags, and the log's head, read when Prometheus scrapes rather than
   * kept up to date on every event.
   */
  watchProjections(read: () => Promise<readonly ProjectionStatus[]>, head: () => Promise<number>): void {
    // Both gauges are collected in the same scrape: they share one read of the checkpoints.
    let pending: Promise<readonly ProjectionStatus[]> | undefined;
    const status = () => (pending ??= read().finally(() => (pending = undefined)));
    new Gauge({
      name: 'certflow_projection_lag_events',
      help: "Events in the log that a projection has not applied yet (the head's position minus its own)",
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const projection of await status()) this.set({ projection: projection.name }, projection.lag);
      },
    });
    new Gauge({
      name: 'certflow_projection_position',
      help: 'Global position up to which a projection has read the log (on PostgreSQL, where positions commit out of order: every event at or below it)',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const projection of await status()) this.set({ projection: projection.name }, projection.position);
      },
    });
    new Gauge({
      name: 'certflow_event_store_head_position',
      help: 'Highest global position committed to the event store',
      registers: [this.registry],
      async collect() {
        this.set(await head());
      },
    });
  }

  /**
   * The audit-read recorder's counts (issue 12 item 8), read when Prometheus scrapes: reads
   * written to the log, waiting in the buffer, and dropped from a full buffer while the store
   * refused appends (each drop also logs `audit.reads-dropped`).
   */
  watchAuditReads(read: () => AuditReadCounts): void {
    new Counter({
      name: 'certflow_audit_reads_recorded_total',
      help: 'Reads through the audit routes written to the log (AuditRecordRead events) since the process started',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read().appended);
      },
    });
    new Gauge({
      name: 'certflow_audit_reads_buffered',
      help: 'Reads through the audit routes answered but not yet written to the log (a crash loses them)',
      registers: [this.registry],
      collect() {
        this.set(read().buffered);
      },
    });
    new Counter({
      name: 'certflow_audit_reads_dropped_total',
      help: 'Reads through the audit routes dropped unrecorded because the buffer was full while the store refused appends',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read().dropped);
      },
    });
  }

  /** The relay's lag, position and broker, read when Prometheus scrapes. */
  watchRelay(read: () => Promise<RelayStatus>): void {
    let pending: Promise<RelayStatus> | undefined;
    const status = () => (pending ??= read().finally(() => (pending = undefined)));
    new Gauge({
      name: 'certflow_relay_lag_events',
      help: 'Events in the log that the Kafka relay has not published (or passed over as internal) yet',
      labelNames: ['topic'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const relay = await status();
        this.set({ topic: relay.topic }, relay.lag);
      },
    });
    new Gauge({
      name: 'certflow_relay_position',
      help: 'Global position of the last event the Kafka relay passed (acknowledged by the broker)',
      labelNames: ['topic'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const relay = await status();
        this.set({ topic: relay.topic }, relay.position);
      },
    });
    new Gauge({
      name: 'certflow_relay_broker_up',
      help: '1 when a Kafka broker answered the relay, 0 when none did',
      labelNames: ['topic'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const relay = await status();
        this.set({ topic: relay.topic }, relay.broker === 'reachable' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'certflow_relay_failures',
      help: 'Batches the Kafka relay failed to publish since the process started (each retried from its checkpoint)',
      labelNames: ['topic'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const relay = await status();
        this.set({ topic: relay.topic }, relay.failures);
      },
    });
  }

  readonly scheduledCommands = new Counter({
    name: 'certflow_scheduler_commands_total',
    help: 'Commands the scheduler issued when their time came, by rule and outcome (accepted, replayed: another process issued it first, refused, failed)',
    labelNames: ['rule', 'outcome'] as const,
    registers: [this.registry],
  });

  /** Scheduler lag and backlog, read at scrape time. */
  watchScheduler(read: () => SchedulerStatus | undefined): void {
    new Gauge({
      name: 'certflow_scheduler_lag_seconds',
      help: 'Seconds since the oldest due but not yet issued deadline fell due (business time); 0 when nothing is late',
      registers: [this.registry],
      collect() {
        this.set(read()?.lagSeconds ?? 0);
      },
    });
    new Gauge({
      name: 'certflow_scheduler_pending_items',
      help: 'Deadlines the scheduler holds that have not been issued yet',
      registers: [this.registry],
      collect() {
        this.set(read()?.pending ?? 0);
      },
    });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
