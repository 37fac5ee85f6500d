import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  ApplicationModule,
  ExecuteCycleCommand,
  ExecutePlatformCommand,
  GetCycle,
  GetPlatform,
  ManualClock,
  type CommandOutcome,
  type StreamView,
} from '@certflow/application';
import { loadConfig } from '@certflow/config';
import { attachedDocuments, DomainError, findCounty, SIGNED_DECISIONS, type Actor, type DocumentRef, type PlatformState } from '@certflow/domain';
import { DOCUMENT_STORE, FilesystemDocumentStore, type DocumentStore } from '@certflow/documents';
import { loadOrCreateLogKey, LogSealer, openEventStore, type EventStore } from '@certflow/event-store';
import { processLogger } from '@certflow/observability';
import { EventStoreModule, loadOrCreateSigningKey, mintToken, Scheduler, type ScheduledCommand } from '@certflow/composition';
import { demoDocumentBytes, demoScenario, instantOf, PLATFORMS, type Step } from './scenario.js';

/** Runs one step and answers what happened; the two ways to run differ only here. */
const ALREADY_PLAYED = (year: number) =>
  `the demo was already played on this store (the ${year} cycle is open); play it again on a fresh data folder (CERTFLOW_DATA_DIR, or --data-dir without --url)`;

/** The event a calendar step's command appends, which the scheduler's command appends in its place. */
const SCHEDULED_EVENT: Partial<Record<string, string>> = {
  CloseApplicationWindow: 'ApplicationWindowClosed',
  OpenRecheck: 'RecheckOpened',
  RevokeCertification: 'PlatformRevoked',
};

type View = Pick<StreamView<unknown>, 'history'>;

/** The scheduler's command for a calendar step, once it is in the stream's history. */
function scheduledOutcome(step: Step, streamId: string, view: View): CommandOutcome | undefined {
  const type = SCHEDULED_EVENT['cycle' in step ? step.cycle.type : step.command.type];
  const event = view.history.find((each) => each.type === type && String(each.metadata.commandId ?? '').startsWith('scheduler:'));
  if (!event) return undefined;
  return { streamId, streamVersion: event.streamVersion, globalPosition: event.globalPosition, events: [event.type], replayed: false };
}

interface Executor {
  setTime(instant: string): Promise<void>;
  /** Uploads a document as the actor who attaches it, as a browser would before the command. */
  upload(document: DocumentRef, actor: Actor): Promise<void>;
  run(step: Step): Promise<{ ok: CommandOutcome } | { refused: string }>;
  /** Waits for what the scheduler issues in a calendar step's place (`byScheduler`). */
  scheduled(step: Step): Promise<CommandOutcome>;
  platform(platformId: string): Promise<StreamView<PlatformState>>;
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

export interface DemoOptions {
  readonly json: boolean;
  readonly url?: string;
  readonly dataDir?: string;
  readonly log: (line: string) => void;
}

export interface DemoResult {
  readonly certified: RegistryEntry[];
  readonly revoked: RegistryEntry[];
  readonly rejected: RegistryEntry[];
  readonly notRecommended: RegistryEntry[];
  readonly events: number;
}

interface RegistryEntry {
  readonly platformId: string;
  readonly name: string;
  readonly county: string;
  readonly status: string;
}

/** A demo that cannot go on, for a reason the user can act on: printed without a stack. */
export class DemoError extends Error {
  override readonly name = 'DemoError';
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const executor = options.url ? await httpExecutor(options.url, options.dataDir) : await busExecutor(options.dataDir);
  const print = options.json ? () => undefined : options.log;
  try {
    let time: string | undefined;
    for (const step of demoScenario()) {
      // A server records every move of its clock: only real moves are made.
      if (instantOf(step.on) !== time) await executor.setTime((time = instantOf(step.on)));
      if (step.byScheduler) {
        const { streamId, streamVersion, globalPosition, events } = await executor.scheduled(step);
        print(`${step.on}  ${'certflow'.padEnd(14)} ${step.label}（到期自动办理）\n            → ${events.join(', ')} on ${streamId} (v${streamVersion}, #${globalPosition})`);
        continue;
      }
      if ('command' in step) {
        for (const { ref } of attachedDocuments(step.command)) await executor.upload(ref, step.actor);
      }
      const result = await executor.run(step);
      const who = describeActor(step.actor);
      if ('ok' in result) {
        if (step.expectRefusal) throw new Error(`${step.label}: expected refusal ${step.expectRefusal}, but it was accepted`);
        const { streamId, streamVersion, globalPosition, events } = result.ok;
        print(`${step.on}  ${who.padEnd(14)} ${step.label}\n            → ${events.join(', ')} on ${streamId} (v${streamVersion}, #${globalPosition})`);
      } else {
        if (result.refused === 'cycle.already-opened' && 'cycle' in step && step.cycle.type === 'OpenCycle') {
          throw new DemoError(ALREADY_PLAYED(step.cycle.data.year));
        }
        if (result.refused !== step.expectRefusal) throw new DemoError(`${step.label}: refused with ${result.refused}`);
        print(`${step.on}  ${who.padEnd(14)} ${step.label}\n            ✗ refused as expected: ${result.refused}`);
      }
    }
    const entries: RegistryEntry[] = [];
    for (const platform of PLATFORMS) {
      const view = await executor.platform(platform.id);
      const state = view.state;
      const status = state.status === 'closed' ? state.closedAs : state.status;
      entries.push({ platformId: platform.id, name: platform.name, county: platform.county, status });
    }
    const result: DemoResult = {
      certified: entries.filter((e) => e.status === 'certified'),
      revoked: entries.filter((e) => e.status === 'revoked'),
      rejected: entries.filter((e) => e.status === 'rejected'),
      notRecommended: entries.filter((e) => e.status === 'not-recommended'),
      events: await executor.eventCount(),
    };
    if (options.json) {
      options.log(JSON.stringify(result));
    } else {
      print('\n赣州市市级中小企业公共服务示范平台 registry after the 2029 cycle:');
      for (const entry of entries) {
        print(`  ${entry.status.padEnd(16)} ${entry.platformId.padEnd(16)} ${entry.name}（${findCounty(entry.county)?.name ?? entry.county}）`);
      }
      print(`\n${result.events} events in the log.`);
    }
    return result;
  } finally {
    await executor.close();
  }
}

function describeActor(actor: Actor): string {
  if (actor.role === 'county') return `${findCounty(actor.county ?? '')?.name ?? actor.county}局`;
  if (actor.role === 'city') return '市局';
  return actor.platformId ?? actor.role;
}

@Global()
@Module({})
class DemoDocumentsModule {
  static register(documents: DocumentStore): DynamicModule {
    return { module: DemoDocumentsModule, providers: [{ provide: DOCUMENT_STORE, useValue: documents }], exports: [DOCUMENT_STORE] };
  }
}

@Module({})
class DemoModule {
  static register(store: EventStore, documents: DocumentStore, clock: ManualClock): DynamicModule {
    return {
      module: DemoModule,
      imports: [EventStoreModule.forStore(store), DemoDocumentsModule.register(documents), ApplicationModule.forRoot({ clock })],
    };
  }
}

const DEMO_LIMITS = { 'application/pdf': 1024 * 1024 };

function bytesOf(document: DocumentRef): Buffer {
  const bytes = demoDocumentBytes(document.sha256);
  if (!bytes) throw new Error(`the demo made no document ${document.name} (${document.sha256})`);
  return bytes;
}

/** The same command bus the API uses, on an embedded store of its own. */
async function busExecutor(dataDir?: string): Promise<Executor> {
  const folder = dataDir ?? mkdtempSync(join(tmpdir(), 'certflow-demo-'));
  const store = await openEventStore({
    store: 'sqlite',
    dataDir: folder,
    // The deployment's chain hash, so that `CERTFLOW_CHAIN_HASH=sm3 certflow demo` shows SM3 links.
    chainHash: loadConfig().chainHash,
    decisionSigning: { signer: loadOrCreateLogKey(folder), types: SIGNED_DECISIONS },
  });
  const documents = new FilesystemDocumentStore(join(folder, 'documents'));
  const clock = new ManualClock(instantOf('2027-03-01'));
  const context: INestApplicationContext = await NestFactory.createApplicationContext(DemoModule.register(store, documents, clock), {
    logger: ['error'],
  });
  const commands = context.get(CommandBus);
  const queries = context.get(QueryBus);
  // The calendar's own steps come from the scheduler, as on a server, driven by the demo's clock.
  const scheduler = new Scheduler({
    store,
    clock,
    execute: (command: ScheduledCommand) => commands.execute<ScheduledCommand, CommandOutcome>(command),
    logger: processLogger().child({}, { level: 'error' }),
  });
  await scheduler.start();
  return {
    async setTime(instant) {
      clock.set(instant);
      await scheduler.settled();
    },
    async scheduled(step) {
      await scheduler.settled();
      const outcome =
        'cycle' in step
          ? scheduledOutcome(step, `cycle-${step.cycle.data.year}`, await queries.execute(new GetCycle(step.cycle.data.year)))
          : scheduledOutcome(step, `platform-${step.platformId}`, await queries.execute(new GetPlatform(step.platformId)));
      if (!outcome) throw new DemoError(`${step.label}: the scheduler did not issue it on ${step.on}`);
      return outcome;
    },
    async upload(document, actor) {
      const stored = await documents.put(Readable.from([bytesOf(document)]), DEMO_LIMITS);
      await documents.recordUpload(stored.sha256, {
        actorId: actor.id,
        role: actor.role,
        ...(actor.county ? { county: actor.county } : {}),
        ...(actor.platformId ? { platformId: actor.platformId } : {}),
        name: document.name,
        at: new Date().toISOString(),
      });
    },
    async run(step) {
      const meta = { actor: step.actor, commandId: crypto.randomUUID(), correlationId: `demo-${step.on}` };
      try {
        const outcome: CommandOutcome =
          'cycle' in step
            ? await commands.execute(new ExecuteCycleCommand(step.cycle, meta))
            : await commands.execute(new ExecutePlatformCommand(step.platformId, step.command, meta));
        return { ok: outcome };
      } catch (error) {
        if (error instanceof DomainError) return { refused: error.code };
        throw error;
      }
    },
    platform: (platformId) => queries.execute(new GetPlatform(platformId)),
    eventCount: () => store.headPosition(),
    async close() {
      await scheduler.stop();
      // A kept store is sealed into the log's Merkle tree with a signed head, as a server's worker would have done.
      if (dataDir) await new LogSealer(store.log, loadOrCreateLogKey(folder)).seal({ forceHead: true });
      await context.close();
      if (!dataDir) rmSync(folder, { recursive: true, force: true });
    },
  };
}

const SCHEDULER_WAIT_MS = 15_000;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => `${i > 0 ? '-' : ''}${c.toLowerCase()}`);

/** The same scenario over HTTP against a running certflow, with tokens minted from its data folder's key. */
async function httpExecutor(url: string, dataDir = loadConfig().dataDir): Promise<Executor> {
  const key = loadOrCreateSigningKey(dataDir);
  const tokens = new Map<string, string>();
  const tokenFor = async (actor: Actor) => {
    const id = `${actor.role}:${actor.county ?? ''}:${actor.platformId ?? ''}`;
    if (!tokens.has(id)) {
      tokens.set(
        id,
        await mintToken(key, {
          role: actor.role,
          subject: actor.id,
          ...(actor.county ? { county: actor.county } : {}),
          ...(actor.platformId ? { platformId: actor.platformId } : {}),
        }),
      );
    }
    return tokens.get(id)!;
  };
  const call = async (method: string, path: string, actor: Actor, body?: unknown) => {
    const response = await fetch(new URL(path, url), {
      method,
      headers: {
        authorization: `Bearer ${await tokenFor(actor)}`,
        'content-type': 'application/json',
        'accept-language': 'en',
        'idempotency-key': crypto.randomUUID(),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const city: Actor = { id: 'demo-city', role: 'city' };
  let played = false;
  return {
    async setTime(instant) {
      if (!played) {
        // Checked before the first clock move, so that a second play writes nothing at all.
        played = true;
        const cycle = await call('GET', '/api/v1/cycles/2027', city);
        if (cycle.status === 200 && (cycle.body as { streamVersion: number }).streamVersion > 0) {
          throw new DemoError(ALREADY_PLAYED(2027));
        }
      }
      const answer = await call('PUT', '/api/v1/simulation/clock', city, { now: instant });
      if (answer.status === 404) {
        throw new DemoError(
          'the server keeps real business time; to play the demo over HTTP, start a training server: CERTFLOW_SIMULATED_CLOCK=1 CERTFLOW_DATA_DIR=./training npm start',
        );
      }
      if (answer.status === 401) throw new DemoError(`the server refused the demo's token: run the demo with --data-dir pointing at the server's data folder`);
      if (answer.status >= 300) throw new Error(`setting the clock failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    },
    async upload(document, actor) {
      const form = new FormData();
      form.append('file', new Blob([bytesOf(document)], { type: document.mediaType }), document.name);
      const response = await fetch(new URL('/api/v1/documents', url), {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenFor(actor)}`, 'accept-language': 'en' },
        body: form,
      });
      const answer = (await response.json()) as { sha256?: string };
      if (response.status !== 201 || answer.sha256 !== document.sha256) {
        throw new Error(`uploading ${document.name}: HTTP ${response.status} ${JSON.stringify(answer)}`);
      }
    },
    async run(step) {
      const { path, body } =
        'cycle' in step
          ? { path: `/api/v1/cycles/${step.cycle.data.year}/${kebab(step.cycle.type)}`, body: withoutYear(step.cycle.data) }
          : { path: `/api/v1/platforms/${step.platformId}/${kebab(step.command.type)}`, body: step.command.data };
      const answer = await call('POST', path, step.actor, body);
      if (answer.status === 201) return { ok: answer.body as CommandOutcome };
      if (answer.status >= 400 && answer.status < 500 && answer.body?.code) return { refused: answer.body.code as string };
      throw new Error(`${step.label}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    },
    async scheduled(step) {
      const [path, streamId] =
        'cycle' in step
          ? [`/api/v1/cycles/${step.cycle.data.year}`, `cycle-${step.cycle.data.year}`]
          : [`/api/v1/platforms/${step.platformId}`, `platform-${step.platformId}`];
      // The server's scheduler (beside the API, or in its worker) issues it when the clock passes its day.
      for (const deadline = Date.now() + SCHEDULER_WAIT_MS; ; ) {
        const answer = await call('GET', path, city);
        if (answer.status !== 200) throw new Error(`reading ${path}: HTTP ${answer.status}`);
        const outcome = scheduledOutcome(step, streamId, answer.body as View);
        if (outcome) return outcome;
        if (Date.now() > deadline) {
          throw new DemoError(`${step.label}: the server's scheduler did not issue it within ${SCHEDULER_WAIT_MS / 1000} s (is its scheduler running: certflow serve, or certflow worker beside --only api?)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async platform(platformId) {
      const answer = await call('GET', `/api/v1/platforms/${platformId}`, city);
      if (answer.status !== 200) throw new Error(`reading ${platformId}: HTTP ${answer.status}`);
      return answer.body as StreamView<PlatformState>;
    },
    async eventCount() {
      const response = await fetch(new URL('/health', url));
      const health = (await response.json()) as { store: { headPosition: number } };
      return health.store.headPosition;
    },
    async close() {},
  };
}

function withoutYear(data: { readonly year: number }): object {
  const { year: _year, ...rest } = data;
  return rest;
}
