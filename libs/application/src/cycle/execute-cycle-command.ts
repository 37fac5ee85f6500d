import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  cycleStreamId,
  decideCycle,
  evolveCycle,
  evolvePlatform,
  initialCycleState,
  initialPlatformState,
  type CycleCommand,
  type PlatformEvent,
  type PublishedPlatform,
} from '@certflow/domain';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { appendOnce, earlierOutcome, loadAggregate } from '../aggregate.js';
import { CLOCK, type Clock } from '../clock.js';
import { eventMetadata, type CommandMeta, type CommandOutcome } from '../command-meta.js';

/** What the city sends; PublishResults' lists are gathered from the log, not typed in. */
export type CycleRequest =
  | Exclude<CycleCommand, { type: 'PublishResults' }>
  | { readonly type: 'PublishResults'; readonly data: { readonly year: number } };

/**
 * Where PublishResults finds what the cycle decided (Art. 13): the read models, caught up with
 * the log. Without one (a bus with no read models) the log is scanned, as before.
 */
export interface CycleDecisionSource {
  decided(year: number): Promise<{ readonly certified: readonly PublishedPlatform[]; readonly revoked: readonly PublishedPlatform[] }>;
}

export const CYCLE_DECISIONS = Symbol.for('certflow.CycleDecisions');

export class ExecuteCycleCommand {
  constructor(
    readonly command: CycleRequest,
    readonly meta: CommandMeta,
  ) {}
}

@CommandHandler(ExecuteCycleCommand)
export class ExecuteCycleCommandHandler implements ICommandHandler<ExecuteCycleCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(CYCLE_DECISIONS) private readonly decisions: CycleDecisionSource | null = null,
  ) {}

  async execute({ command, meta }: ExecuteCycleCommand): Promise<CommandOutcome> {
    const streamId = cycleStreamId(command.data.year);
    const repeat = await earlierOutcome(this.store, streamId, meta);
    if (repeat) return repeat;
    const now = meta.businessTime ?? this.clock.now();
    const cycle = await loadAggregate(this.store, streamId, evolveCycle, initialCycleState);
    const full: CycleCommand =
      command.type === 'PublishResults' ? { type: 'PublishResults', data: await this.results(command.data.year) } : command;
    const events = decideCycle(full, cycle.state, { now, actor: meta.actor });
    return appendOnce(this.store, streamId, events, { expectedVersion: cycle.version, metadata: eventMetadata(meta, command.type, now, this.clock) }, meta);
  }

  private async results(year: number) {
    if (this.decisions) return { year, ...(await this.decisions.decided(year)) };
    return this.resultsFromLog(year);
  }

  /** Art. 13: the list published is the cycle's certifications and revocations as the log has them. */
  private async resultsFromLog(year: number) {
    const decided = new Map<string, 'certified' | 'revoked'>();
    for (let after = 0; ; ) {
      const page = await this.store.readAll({ after, limit: 5000, types: ['PlatformCertified', 'RecheckConfirmed', 'PlatformRevoked'] });
      if (page.length === 0) break;
      for (const event of page) {
        const data = event.data as { cycleYear: number };
        if (data.cycleYear !== year) continue;
        decided.set(event.streamId, event.type === 'PlatformRevoked' ? 'revoked' : 'certified');
      }
      after = page.at(-1)!.globalPosition;
    }
    const certified: { platformId: string; name: string }[] = [];
    const revoked: { platformId: string; name: string }[] = [];
    // The same order as the read models' (code-unit order of the platform id).
    for (const [streamId, kind] of [...decided].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const { state } = await loadAggregate<ReturnType<typeof evolvePlatform>, PlatformEvent>(
        this.store,
        streamId,
        evolvePlatform,
        initialPlatformState,
      );
      if (!('platformId' in state)) continue;
      (kind === 'certified' ? certified : revoked).push({ platformId: state.platformId, name: state.name });
    }
    return { year, certified, revoked };
  }
}
