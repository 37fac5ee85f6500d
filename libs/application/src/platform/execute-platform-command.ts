import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  attachedDocuments,
  checkAttachedDocuments,
  commandCycleYear,
  cycleStreamId,
  decidePlatform,
  evolveCycle,
  evolvePlatform,
  initialCycleState,
  initialPlatformState,
  platformStreamId,
  rulesetOfCycle,
  type CycleState,
  type PlatformCommand,
  type PlatformCommandType,
  type PlatformState,
} from '@certflow/domain';
import { DOCUMENT_STORE, type DocumentStore } from '@certflow/documents';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { appendOnce, earlierOutcome, loadState, StateCache } from '../aggregate.js';
import { CLOCK, type Clock } from '../clock.js';
import { DocumentFacts } from './document-facts.js';
import { ConcurrencyConflictError, eventMetadata, type CommandMeta, type CommandOutcome } from '../command-meta.js';

export class ExecutePlatformCommand {
  constructor(
    readonly platformId: string,
    readonly command: PlatformCommand,
    readonly meta: CommandMeta,
  ) {}
}

/**
 * Commands whose author's intent does not depend on the state they last saw, so deciding them
 * again on a fresher state after a concurrent write is what they would have wanted. Officials'
 * decisions are not among them: they decided on what they saw, and get a conflict to look again.
 */
const SAFE_TO_REDECIDE: ReadonlySet<PlatformCommandType> = new Set(['SubmitAnnualSummary', 'WithdrawApplication']);

function subjectCounty(command: PlatformCommand, state: PlatformState): { platformCounty?: string } {
  if (command.type === 'SubmitApplication') return { platformCounty: command.data.application.profile.county };
  return 'county' in state ? { platformCounty: state.county } : {};
}

@CommandHandler(ExecutePlatformCommand)
export class ExecutePlatformCommandHandler implements ICommandHandler<ExecutePlatformCommand, CommandOutcome> {
  private readonly platforms = new StateCache<PlatformState>();
  private readonly cycles = new StateCache<CycleState>();
  private readonly documentFacts: DocumentFacts;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(DOCUMENT_STORE) documents: DocumentStore | null = null,
  ) {
    this.documentFacts = new DocumentFacts(documents);
  }

  async execute({ platformId, command, meta }: ExecutePlatformCommand): Promise<CommandOutcome> {
    const streamId = platformStreamId(platformId);
    const now = meta.businessTime ?? this.clock.now();
    for (let attempt = 1; ; attempt += 1) {
      let decided: { events: ReturnType<typeof decidePlatform>; state: PlatformState; version: number };
      try {
        decided = await this.decide(streamId, platformId, command, meta, now);
      } catch (error) {
        // A command already handled answers as it did the first time. It is looked up here, on
        // a refusal, rather than before every decision: a repeat that decides again without a
        // refusal carries its command id into the append, which the store answers as a
        // duplicate without writing, so the happy path saves a round trip to the store.
        const repeat = await earlierOutcome(this.store, streamId, meta);
        if (repeat) return repeat;
        throw error;
      }
      try {
        const result = await appendOnce(this.store, streamId, decided.events, {
          expectedVersion: decided.version,
          metadata: eventMetadata(meta, command.type, now, this.clock, { platformId, ...subjectCounty(command, decided.state) }),
        }, meta);
        if (!result.replayed) this.platforms.set(streamId, result.streamVersion, decided.events.reduce(evolvePlatform, decided.state));
        return result;
      } catch (error) {
        if (error instanceof ConcurrencyConflictError && attempt === 1 && SAFE_TO_REDECIDE.has(command.type)) continue;
        throw error;
      }
    }
  }

  private async decide(streamId: string, platformId: string, command: PlatformCommand, meta: CommandMeta, now: string) {
    // The cycle is read beside the platform when its year is known beforehand (from the command,
    // or from the platform as last seen), so the two reads cost one wait instead of two.
    const expectedYear = commandCycleYear(command) ?? cycleYearOf(this.platforms.get(streamId)?.state);
    const [platform, early] = await Promise.all([
      loadState(this.store, streamId, evolvePlatform, initialPlatformState, this.platforms),
      expectedYear === undefined ? undefined : this.loadCycle(expectedYear),
    ]);
    const year = commandCycleYear(command) ?? cycleYearOf(platform.state);
    const cycle: CycleState = year === undefined ? initialCycleState : year === expectedYear ? early! : await this.loadCycle(year);
    const ruleset = rulesetOfCycle(cycle);
    const events = decidePlatform(command, platform.state, { now, actor: meta.actor, platformId, cycle, ruleset });
    // After deciding, so that who may act and when is answered first; before appending, so
    // that no event ever references a document the store does not hold.
    const attached = attachedDocuments(command);
    if (attached.length > 0) {
      const platformCounty = subjectCounty(command, platform.state).platformCounty;
      await this.documentFacts.check(
        attached.map((document) => document.ref.sha256),
        (facts) => checkAttachedDocuments(attached, facts, { platformId, ...(platformCounty !== undefined ? { county: platformCounty } : {}) }),
      );
    }
    return { events, state: platform.state, version: platform.version };
  }

  private async loadCycle(year: number): Promise<CycleState> {
    return (await loadState(this.store, cycleStreamId(year), evolveCycle, initialCycleState, this.cycles)).state;
  }
}

function cycleYearOf(state: PlatformState | undefined): number | undefined {
  return state !== undefined && 'cycleYear' in state ? state.cycleYear : undefined;
}
