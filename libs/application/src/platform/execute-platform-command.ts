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
    const repeat = await earlierOutcome(this.store, streamId, meta);
    if (repeat) return repeat;
    const now = meta.businessTime ?? this.clock.now();
    for (let attempt = 1; ; attempt += 1) {
      const platform = await loadState(this.store, streamId, evolvePlatform, initialPlatformState, this.platforms);
      const year = commandCycleYear(command) ?? ('cycleYear' in platform.state ? platform.state.cycleYear : undefined);
      const cycle: CycleState =
        year === undefined
          ? initialCycleState
          : (await loadState(this.store, cycleStreamId(year), evolveCycle, initialCycleState, this.cycles)).state;
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
      try {
        const result = await appendOnce(this.store, streamId, events, {
          expectedVersion: platform.version,
          metadata: eventMetadata(meta, command.type, now, this.clock, { platformId, ...subjectCounty(command, platform.state) }),
        }, meta);
        if (!result.replayed) this.platforms.set(streamId, result.streamVersion, events.reduce(evolvePlatform, platform.state));
        return result;
      } catch (error) {
        if (error instanceof ConcurrencyConflictError && attempt === 1 && SAFE_TO_REDECIDE.has(command.type)) continue;
        throw error;
      }
    }
  }
}
