import { createHash } from 'node:crypto';
import {
  commandCycleYear,
  cycleStreamId,
  decideCycle,
  decidePlatform,
  DomainError,
  evolveCycle,
  evolvePlatform,
  rulesetOfCycle,
  GANZHOU_2013,
  initialCycleState,
  initialPlatformState,
  platformStreamId,
  type Actor,
  type CycleCommand,
  type CycleState,
  type IsoDate,
  type IsoInstant,
  type PlatformCommand,
  type PlatformState,
} from '@certflow/domain';
import { canonicalBody, chainHash, type EventMetadata, type RecordedEvent } from '@certflow/event-store';
import { applyEvent, type DocumentChange, type Projection, type ReadModelDocument, type RegistryEntry } from '@certflow/read-models';
import { applicantOf, applicationContent, at, cityActor, countyEvaluation, countyOf, cycleSchedule, documentRef } from './domain-fixtures.js';

/** What the city sends for a cycle; PublishResults' lists are gathered from the log when left out (as the application does). */
export type CycleRequestLike =
  | Exclude<CycleCommand, { type: 'PublishResults' }>
  | {
      readonly type: 'PublishResults';
      readonly data: {
        readonly year: number;
        readonly certified?: readonly { readonly platformId: string; readonly name: string }[];
        readonly revoked?: readonly { readonly platformId: string; readonly name: string }[];
      };
    };

/** One step of a scenario (the demo's `Step` fits): who acts, on which Shanghai day, on what. */
export type ScenarioStep = {
  readonly on: IsoDate;
  readonly actor: Actor;
  /** A refusal the step expects: the step records nothing and must be refused with this code. */
  readonly expectRefusal?: string;
} & ({ readonly platformId: string; readonly command: PlatformCommand } | { readonly cycle: CycleRequestLike });

export interface CommandOptions {
  readonly actor: Actor;
  readonly now: IsoInstant;
  readonly commandId?: string;
  readonly correlationId?: string;
}

/**
 * An in-memory event log fed by the real deciders, recording events as the application layer and
 * the event store would: metadata as `eventMetadata` (libs/application/src/command-meta.ts) fills
 * it, stream versions, increasing global positions and chained hashes. Deterministic: event and
 * command ids derive from the position.
 */
export class EventRecorder {
  readonly events: RecordedEvent[] = [];
  private readonly platforms = new Map<string, PlatformState>();
  private readonly cycles = new Map<number, CycleState>();
  private readonly heads = new Map<string, { readonly version: number; readonly hash: string }>();
  private commandCount = 0;

  platformState(platformId: string): PlatformState {
    return this.platforms.get(platformId) ?? initialPlatformState;
  }

  /** Decides a platform command and records its events; a refusal throws the DomainError. */
  platform(platformId: string, command: PlatformCommand, options: CommandOptions): RecordedEvent[] {
    const state = this.platformState(platformId);
    const year = commandCycleYear(command) ?? ('cycleYear' in state ? state.cycleYear : undefined);
    const cycle = year === undefined ? initialCycleState : (this.cycles.get(year) ?? initialCycleState);
    const ruleset = rulesetOfCycle(cycle);
    const events = decidePlatform(command, state, { now: options.now, actor: options.actor, platformId, cycle, ruleset });
    const platformCounty = command.type === 'SubmitApplication' ? command.data.application.profile.county : 'county' in state ? state.county : undefined;
    this.platforms.set(platformId, events.reduce(evolvePlatform, state));
    const metadata = this.metadata(options, command.type, { platformId, ...(platformCounty ? { platformCounty } : {}) });
    return this.append(platformStreamId(platformId), events, metadata, options.now);
  }

  /** Decides a cycle command and records its events; a refusal throws the DomainError. */
  cycle(request: CycleRequestLike, options: CommandOptions): RecordedEvent[] {
    const year = request.data.year;
    const state = this.cycles.get(year) ?? initialCycleState;
    const command: CycleCommand =
      request.type === 'PublishResults'
        ? {
            type: 'PublishResults',
            data: {
              year,
              ...this.results(year),
              ...(request.data.certified ? { certified: request.data.certified } : {}),
              ...(request.data.revoked ? { revoked: request.data.revoked } : {}),
            },
          }
        : request;
    const events = decideCycle(command, state, { now: options.now, actor: options.actor });
    this.cycles.set(year, events.reduce(evolveCycle, state));
    return this.append(cycleStreamId(year), events, this.metadata(options, request.type), options.now);
  }

  /** Runs a scenario step at `instantOf(step.on)`; an expected refusal must happen and records nothing. */
  run(step: ScenarioStep, instantOf: (day: IsoDate) => IsoInstant = at): RecordedEvent[] {
    const options: CommandOptions = { actor: step.actor, now: instantOf(step.on), correlationId: `scenario-${step.on}` };
    try {
      const recorded = 'cycle' in step ? this.cycle(step.cycle, options) : this.platform(step.platformId, step.command, options);
      if (step.expectRefusal) throw new Error(`expected refusal ${step.expectRefusal}, but the step was accepted`);
      return recorded;
    } catch (error) {
      if (step.expectRefusal && error instanceof DomainError && error.code === step.expectRefusal) return [];
      throw error;
    }
  }

  /** Records events as they are (for histories no decider would produce today, e.g. older versions). */
  append(
    streamId: string,
    events: readonly { readonly type: string; readonly data: unknown }[],
    metadata: EventMetadata,
    occurredAt: IsoInstant = metadata.occurredAt ?? at('2027-01-01'),
  ): RecordedEvent[] {
    return events.map((event) => {
      const position = this.events.length + 1;
      const head = this.heads.get(streamId) ?? { version: 0, hash: '' };
      const streamVersion = head.version + 1;
      const eventId = uuidOf(`event-${position}`);
      const recordedAt = new Date(Date.parse(occurredAt) + 5).toISOString();
      const body = canonicalBody({ eventId, streamId, type: event.type, schemaVersion: 1, data: event.data, metadata });
      const hash = chainHash(head.hash, streamVersion, recordedAt, body);
      const recorded: RecordedEvent = {
        eventId,
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata,
        streamId,
        streamVersion,
        globalPosition: position,
        recordedAt,
        hash,
      };
      this.heads.set(streamId, { version: streamVersion, hash });
      this.events.push(recorded);
      return recorded;
    });
  }

  private metadata(options: CommandOptions, commandType: string, subject: { platformId?: string; platformCounty?: string } = {}): EventMetadata {
    this.commandCount += 1;
    const commandId = options.commandId ?? uuidOf(`command-${this.commandCount}`);
    const { actor } = options;
    return {
      ...subject,
      actorId: actor.id,
      role: actor.role,
      ...(actor.county ? { county: actor.county } : {}),
      commandId,
      correlationId: options.correlationId ?? commandId,
      causationId: commandId,
      occurredAt: options.now,
      command: commandType,
    };
  }

  /** Art. 13, as the cycle handler gathers it: the cycle's certifications and revocations, by stream. */
  private results(year: number) {
    const decided = new Map<string, 'certified' | 'revoked'>();
    for (const event of this.events) {
      if (!['PlatformCertified', 'RecheckConfirmed', 'PlatformRevoked'].includes(event.type)) continue;
      if ((event.data as { cycleYear: number }).cycleYear !== year) continue;
      decided.set(event.streamId, event.type === 'PlatformRevoked' ? 'revoked' : 'certified');
    }
    const certified: { platformId: string; name: string }[] = [];
    const revoked: { platformId: string; name: string }[] = [];
    for (const [streamId, kind] of [...decided].sort(([a], [b]) => a.localeCompare(b))) {
      const platformId = streamId.slice('platform-'.length);
      const state = this.platformState(platformId);
      if (!('platformId' in state)) continue;
      (kind === 'certified' ? certified : revoked).push({ platformId, name: state.name });
    }
    return { certified, revoked };
  }
}

/** The events a whole scenario records (refused steps record nothing). */
export function recordScenario(steps: readonly ScenarioStep[], instantOf: (day: IsoDate) => IsoInstant = at): RecordedEvent[] {
  const recorder = new EventRecorder();
  for (const step of steps) recorder.run(step, instantOf);
  return recorder.events;
}

export interface SecondRoundPlatforms {
  /** A platform revoked before: re-applies in Y (rejected) and in Y+1 (certified again). */
  readonly revoked: { readonly id: string; readonly county: string };
  /** A platform rejected before: re-applies in Y and withdraws. */
  readonly rejected: { readonly id: string; readonly county: string };
  /** A platform its county declined before: re-applies in Y and is certified. */
  readonly declined: { readonly id: string; readonly county: string };
  /** A platform certified in Y-3 (recheck due in Y+1) that sends no recheck materials and fails. */
  readonly silent: { readonly id: string; readonly county: string };
}

/** The demo's platforms (apps/cli/src/demo/scenario.ts) in the roles `secondRoundSteps` gives them. */
export const DEMO_SECOND_ROUND: SecondRoundPlatforms = {
  revoked: { id: 'zg-hub-006', county: '360702' },
  rejected: { id: 'gx-finance-005', county: '360704' },
  declined: { id: 'yd-training-004', county: '360731' },
  silent: { id: 'gz-info-001', county: '360702' },
};

/**
 * Two more cycles (Y and Y+1, Y = 2030 by default) after a history like the demo's: re-applications
 * by a revoked, a rejected and a declined platform (with a withdrawal, a rejection and two
 * certifications), a yearly summary recorded overdue and then sent late, and a recheck failed for
 * want of materials.
 */
export function secondRoundSteps(platforms: SecondRoundPlatforms = DEMO_SECOND_ROUND, year = 2030): ScenarioStep[] {
  const city = cityActor();
  const { revoked, rejected, declined, silent } = platforms;
  const open = (y: number): ScenarioStep => ({
    on: `${y}-03-01`,
    actor: city,
    cycle: { type: 'OpenCycle', data: { year: y, rulesetId: GANZHOU_2013.id, noticeTitle: `关于开展${y}年度认定工作的通知`, ...cycleSchedule(y) } },
  });
  const close = (y: number): ScenarioStep[] => [
    { on: `${y}-07-01`, actor: city, cycle: { type: 'CloseReview', data: { year: y } } },
    { on: `${y}-07-05`, actor: city, cycle: { type: 'PublishResults', data: { year: y } } },
  ];
  const submit = (on: IsoDate, platform: { id: string; county: string }, y: number, name: string): ScenarioStep => ({
    on,
    actor: applicantOf(platform.id),
    platformId: platform.id,
    command: { type: 'SubmitApplication', data: { cycleYear: y, application: applicationContent({ profile: { name, county: platform.county } }) } },
  });
  const recommend = (on: IsoDate, platform: { id: string; county: string }): ScenarioStep => ({
    on,
    actor: countyOf(platform.county),
    platformId: platform.id,
    command: {
      type: 'RecommendPlatform',
      data: { countyEvaluation: countyEvaluation(86), recommendationForm: documentRef(`${platform.id}-${on}-推荐表.pdf`) },
    },
  });
  const reviewers = ['市局评审组 王组长', '市局评审组 陈委员'];
  const next = year + 1;
  return [
    open(year),
    submit(`${year}-03-10`, revoked, year, '章贡区中小企业综合服务平台（整改后）'),
    submit(`${year}-03-11`, rejected, year, '赣县区中小企业融资服务平台'),
    submit(`${year}-03-12`, declined, year, '于都县服装产业培训服务平台'),
    { on: `${year}-03-20`, actor: applicantOf(rejected.id), platformId: rejected.id, command: { type: 'WithdrawApplication', data: { reason: '拟充实资产后下年度再申报' } } },
    // Art. 14: the silent platform's summary of the year before is overdue after 31 March, then sent late.
    { on: `${year}-04-01`, actor: city, platformId: silent.id, command: { type: 'RecordSummaryOverdue', data: { year: year - 1 } } },
    {
      on: `${year}-04-20`,
      actor: applicantOf(silent.id),
      platformId: silent.id,
      command: { type: 'SubmitAnnualSummary', data: { year: year - 1, summary: documentRef(`${silent.id}-${year - 1}-summary.pdf`) } },
    },
    recommend(`${year}-05-10`, revoked),
    recommend(`${year}-05-10`, declined),
    {
      on: `${year}-06-15`,
      actor: city,
      platformId: revoked.id,
      command: { type: 'RejectApplication', data: { reviewers, reasons: ['整改期不足一年，服务成效尚待检验'] } },
    },
    {
      on: `${year}-06-15`,
      actor: city,
      platformId: declined.id,
      command: { type: 'CertifyPlatform', data: { reviewers, reasons: ['整改到位，符合认定条件'], overrides: [] } },
    },
    ...close(year),
    open(next),
    { on: `${next}-03-05`, actor: city, platformId: silent.id, command: { type: 'OpenRecheck', data: { cycleYear: next } } },
    submit(`${next}-03-10`, revoked, next, '章贡区中小企业综合服务平台（整改后）'),
    recommend(`${next}-05-10`, revoked),
    {
      on: `${next}-06-10`,
      actor: city,
      platformId: silent.id,
      command: { type: 'FailRecheck', data: { reviewers, reasons: ['未按期报送复核材料（第十五条）'] } },
    },
    {
      on: `${next}-06-15`,
      actor: city,
      platformId: revoked.id,
      command: { type: 'CertifyPlatform', data: { reviewers, reasons: ['整改后符合认定条件'], overrides: [] } },
    },
    ...close(next),
  ];
}

/** Folds events into a projection's documents the way every store does (keys, then `applyEvent`). */
export function foldProjection<D extends ReadModelDocument>(
  projection: Projection<D>,
  events: readonly RecordedEvent[],
  documents: Map<string, D> = new Map(),
): Map<string, D> {
  for (const event of events) {
    if (!projection.eventTypes.includes(event.type)) continue;
    for (const key of projection.keys(event)) {
      const change = applyEvent(projection, documents.get(key), event, key);
      if (!change) continue;
      if ('put' in change) documents.set(key, change.put);
      else documents.delete(key);
    }
  }
  return documents;
}

export interface RepeatedEvent<D extends ReadModelDocument> {
  readonly event: RecordedEvent;
  readonly key: string;
  /** The change the event made the first time (through `applyEvent`). */
  readonly first: DocumentChange<D> | undefined;
  /** The document after it. */
  readonly document: D | undefined;
  /** `applyEvent` with the same event again, on that document. */
  readonly againThroughApplyEvent: DocumentChange<D> | undefined;
  /** `projection.apply` itself with the same event again, on that document (no position check). */
  readonly againThroughApply: DocumentChange<D> | undefined;
}

/** Folds the log and, at every event and key, applies the event a second time to the document it produced. */
export function applyEachTwice<D extends ReadModelDocument>(projection: Projection<D>, events: readonly RecordedEvent[]): RepeatedEvent<D>[] {
  const documents = new Map<string, D>();
  const out: RepeatedEvent<D>[] = [];
  for (const event of events) {
    if (!projection.eventTypes.includes(event.type)) continue;
    for (const key of projection.keys(event)) {
      const first = applyEvent(projection, documents.get(key), event, key);
      if (first && 'put' in first) documents.set(key, first.put);
      else if (first) documents.delete(key);
      const document = documents.get(key);
      out.push({
        event,
        key,
        first,
        document,
        againThroughApplyEvent: applyEvent(projection, document, event, key),
        againThroughApply: projection.apply(document, event, key),
      });
    }
  }
  return out;
}

/**
 * Another order the same log could be delivered in: streams interleaved differently (seeded),
 * each stream's own order kept. Positions stay those of the events.
 */
export function interleaveStreams(events: readonly RecordedEvent[], seed = 1): RecordedEvent[] {
  const queues = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const queue = queues.get(event.streamId) ?? [];
    queue.push(event);
    queues.set(event.streamId, queue);
  }
  let random = seed >>> 0 || 1;
  const next = () => {
    random = (Math.imul(random, 1_103_515_245) + 12_345) >>> 0;
    return random;
  };
  const out: RecordedEvent[] = [];
  const streams = [...queues.values()];
  while (streams.length > 0) {
    const index = next() % streams.length;
    const queue = streams[index]!;
    out.push(queue.shift()!);
    if (queue.length === 0) streams.splice(index, 1);
  }
  return out;
}

function uuidOf(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A listed, certified registry entry of Zhanggong, for store and query tests. */
export function registryEntry(platformId: string, name: string, overrides: Partial<RegistryEntry> = {}): RegistryEntry {
  return {
    _id: platformId,
    lastPosition: 10,
    platformId,
    name,
    operator: { name: `${name}运营有限公司`, creditCode: '91360702MA35DEMO0X' },
    county: '360702',
    countyName: '章贡区',
    categories: ['information'],
    comprehensive: false,
    listed: true,
    status: 'certified',
    certifiedIn: 2027,
    certifiedOn: '2027-06-15',
    nextRecheckYear: 2029,
    ...overrides,
  };
}
