import {
  ExecuteCycleCommand,
  ExecutePlatformCommand,
  isSettable,
  type Clock,
  type CommandMeta,
  type CommandOutcome,
} from '@certflow/application';
import {
  DomainError,
  DueIndex,
  applyToSchedule,
  emptySchedule,
  REMINDER_SENT,
  REMINDER_STREAM,
  scheduledCommandId,
  SCHEDULE_EVENT_TYPES,
  SCHEDULER_ACTOR,
  type DueItem,
  type MutableScheduleState,
} from '@certflow/domain';
import { laterCursor, START, type CheckpointStore, type Cursor, type EventStore, type RecordedEvent, type Subscription } from '@certflow/event-store';
import { processLogger, type Logger, type SchedulerProbe, type SchedulerStatus } from '@certflow/observability';

/** The stream a training server records its clock moves in (apps/api simulation). */
const CLOCK_STREAM = 'simulation-clock';
const CLOCK_MOVED = 'BusinessClockMoved';

export type ScheduledCommand = ExecuteCycleCommand | ExecutePlatformCommand;
type Outcome = 'accepted' | 'replayed' | 'refused' | 'failed';

export interface SchedulerOptions {
  readonly store: EventStore;
  /** The command bus the API uses (`CommandBus.execute`): the scheduler's commands are decided like anyone's. */
  readonly execute: (command: ScheduledCommand) => Promise<CommandOutcome>;
  /** The business clock the API reads. */
  readonly clock: Clock;
  /**
   * A worker on a training server sees the clock moved by the API only through the log: it sets
   * its own settable clock from each BusinessClockMoved. The API's own process leaves this off.
   */
  readonly followClockMoves?: boolean;
  /**
   * False: follow the log and answer what is due, but issue nothing (the API of `serve --only
   * api` shows the deadlines while a worker issues them). Default true.
   */
  readonly issue?: boolean;
  /** How often the clock is looked at when nothing happens in the log; default 1000 ms. */
  readonly tickMs?: number;
  readonly logger?: Logger;
  /**
   * A schedule derived earlier from the log up to `position` (a start-up snapshot, checked
   * against the log by whoever gives it): the subscription goes on from there instead of from
   * the beginning. Taken over, not copied. Not with `followClockMoves`: the clock moves before
   * the position would not be seen again.
   */
  readonly resume?: SchedulerImage;
}

/**
 * The schedule and the log position it was derived up to (everything of the log up to it, nothing
 * after). On PostgreSQL that position is a subscription's cursor, with its transaction id.
 */
export interface SchedulerImage {
  readonly position: number;
  readonly transactionId?: string;
  readonly state: MutableScheduleState;
}

/**
 * The schedule is derived from the log alone (its "durable store" is the log itself): nothing
 * to migrate or keep in step on SQLite and PostgreSQL, and a replay gives the same items by
 * construction. A checkpoint that survived a restart would skip the history the in-memory
 * schedule needs, so the subscription starts at the beginning, or where the schedule it was
 * given (`resume`) stops, never at a checkpoint of its own.
 */
class FromTheStart implements CheckpointStore {
  /** Where the cursor last stood after a batch was applied. */
  saved: Cursor;

  constructor(private readonly resumeAt: Cursor | undefined) {
    this.saved = resumeAt ?? START;
  }

  async load(): Promise<Cursor | undefined> {
    return this.resumeAt;
  }

  async save(_name: string, cursor: Cursor): Promise<void> {
    this.saved = cursor;
  }
}

/**
 * The process manager that turns the time rules (Arts. 12, 15) into commands: it follows the
 * log, keeps what falls due when (libs/domain schedule), and when the business clock passes an
 * item's instant issues its command through the command bus, with a command id derived from
 * the item. A second issue of the same item, by this process after a restart or by another
 * process at the same time, appends nothing and answers as the first.
 */
export class Scheduler implements SchedulerProbe {
  // Changed in place: a copy per event would cost time in the number of platforms.
  private readonly state: MutableScheduleState;
  private readonly due: DueIndex;
  private readonly checkpoints: FromTheStart;
  /** Where the log stands once the last batch applied to the state. */
  private applied: Cursor = START;
  private subscription: Subscription | undefined;
  private stopped = false;
  private caughtUp = false;
  /** Wakes the loop from its sleep; between sleeps it leaves a note so the next sleep is skipped. */
  private wake: (() => void) | undefined = () => (this.woken = true);
  private woken = false;
  private loop: Promise<void> | undefined;
  private idle: (() => void)[] = [];
  /** Items refused by the decider: the log moved on (a person acted first); not tried again by this process. */
  private readonly refused = new Set<string>();
  private readonly listeners: ((rule: string, outcome: Outcome) => void)[] = [];
  private readonly logger: Logger;

  constructor(private readonly options: SchedulerOptions) {
    this.logger = (options.logger ?? processLogger()).child({ component: 'scheduler' });
    this.state = options.resume?.state ?? emptySchedule();
    const resumeAt = options.resume ? { position: options.resume.position, transactionId: options.resume.transactionId } : undefined;
    this.applied = resumeAt ?? START;
    this.due = new DueIndex(this.state);
    this.checkpoints = new FromTheStart(resumeAt);
  }

  /**
   * The schedule as it stands and the position it covers, shared, not copied: to be serialised
   * in the same turn of the event loop. The state may run ahead of the subscription's cursor
   * (a batch applied, its cursor not yet saved) and the cursor ahead of the state (events of no
   * schedule type): the larger of the two is covered either way.
   */
  image(): SchedulerImage {
    const { position, transactionId } = laterCursor(this.applied, this.checkpoints.saved);
    return { position, transactionId, state: this.state };
  }

  /** Resolves once the schedule is derived from the whole log and what was due by now is issued. */
  async start(): Promise<void> {
    const types = [...SCHEDULE_EVENT_TYPES, ...(this.options.followClockMoves ? [CLOCK_MOVED] : [])];
    this.subscription = this.options.store.subscribe('scheduler', (events, cursor) => this.apply(events, cursor), {
      types,
      checkpoints: this.checkpoints,
      onError: (error) => this.logger.error({ err: error }, 'scheduler subscription failed, retrying'),
    });
    await this.subscription.caughtUp();
    this.caughtUp = true;
    if (this.options.issue === false) return;
    this.loop = this.run();
    await this.settled();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.subscription?.stop();
    for (const resolve of this.idle.splice(0)) resolve();
  }

  /** Resolves once every event appended before the call is in the schedule and nothing due by now is left to issue. */
  async settled(): Promise<void> {
    await this.subscription?.caughtUp();
    if (!this.loop) return;
    await new Promise<void>((resolve) => {
      this.idle.push(resolve);
      this.wake?.();
    });
  }

  /** Everything still to come or due, earliest first. */
  items(): DueItem[] {
    return this.due.items();
  }

  /** The items as of everything committed before the call (a reader sees its own writes). */
  async current(): Promise<DueItem[]> {
    await this.subscription?.caughtUp();
    return this.items();
  }

  status(): SchedulerStatus {
    const now = this.options.clock.now();
    const late = this.due.dueBy(now).filter((item) => !this.refused.has(item.id));
    const lagMs = late.length > 0 ? Date.parse(now) - Date.parse(late[0]!.dueAt) : 0;
    return {
      status: this.stopped ? 'stopped' : this.caughtUp ? 'running' : 'catching-up',
      position: this.subscription?.position ?? 0,
      pending: this.due.all().filter((item) => item.issues && !this.refused.has(item.id)).length,
      lagSeconds: Math.max(0, Math.round(lagMs / 100) / 10),
      businessTime: now,
    };
  }

  onIssued(listener: (rule: string, outcome: Outcome) => void): void {
    this.listeners.push(listener);
  }

  private apply(events: readonly RecordedEvent[], cursor?: Cursor): void {
    for (const event of events) {
      if (event.type === CLOCK_MOVED && event.streamId === CLOCK_STREAM) {
        this.followClock(event);
        continue;
      }
      const input = {
        streamId: event.streamId,
        type: event.type,
        data: event.data,
        occurredAt: (event.metadata.occurredAt as string | undefined) ?? event.recordedAt,
      };
      applyToSchedule(this.state, input);
      this.due.touched(input);
    }
    const last = events.at(-1);
    // A store whose subscription gives no cursor orders its log by position alone.
    const reached = cursor ?? (last ? { position: last.globalPosition } : undefined);
    if (reached) this.applied = laterCursor(this.applied, reached);
    this.wake?.();
  }

  /** As the API's server does at start: the last move, advanced by the real time since it was recorded. */
  private followClock(event: RecordedEvent): void {
    const clock = this.options.clock;
    if (!isSettable(clock)) return;
    const { to } = event.data as { to: string };
    clock.set(new Date(Date.parse(to) + (Date.now() - Date.parse(event.recordedAt))).toISOString());
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      // Whoever waits for a settled schedule waits for a whole pass that began after it asked.
      const waiting = this.idle.splice(0);
      try {
        await this.issueDue();
      } catch (error) {
        this.logger.error({ err: error }, 'issuing due commands failed; retrying');
      }
      for (const resolve of waiting) resolve();
      if (this.idle.length === 0) await this.sleep(this.options.tickMs ?? 1000);
    }
  }

  /** Issues what is due, earliest first, taking in each command's events before choosing the next. */
  private async issueDue(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      await this.subscription!.caughtUp();
      const item = this.due.dueBy(this.options.clock.now()).find((each) => !this.refused.has(each.id));
      if (!item) return;
      await this.issue(item);
    }
  }

  /**
   * A reminder is a fact for the platform and county concerned, not a decision: it goes to the
   * reminders stream under its own command id, so a second send appends nothing either.
   */
  private async remind(item: DueItem): Promise<void> {
    const { dueAt: _dueAt, ...reminder } = item.reminds!;
    const commandId = scheduledCommandId(item);
    const result = await this.options.store.append(REMINDER_STREAM, [{ type: REMINDER_SENT, data: reminder }], {
      expectedVersion: 'any',
      metadata: {
        actorId: SCHEDULER_ACTOR.id,
        role: SCHEDULER_ACTOR.role,
        commandId,
        correlationId: commandId,
        causationId: commandId,
        occurredAt: item.dueAt,
        command: 'SendDeadlineReminder',
        ...(reminder.platformId !== undefined ? { platformId: reminder.platformId } : {}),
        ...(reminder.county !== undefined ? { platformCounty: reminder.county } : {}),
        ...(isSettable(this.options.clock) ? { businessTimeSimulated: true } : {}),
      },
    });
    this.report(item, result.duplicate ? 'replayed' : 'accepted');
    this.logger.info({ rule: item.kind, item: item.id, commandId, dueAt: item.dueAt, replayed: result.duplicate, globalPosition: result.lastPosition }, 'reminder sent');
  }

  private async issue(item: DueItem): Promise<void> {
    if (item.reminds) return this.remind(item);
    const issues = item.issues!;
    const meta: CommandMeta = {
      actor: SCHEDULER_ACTOR,
      commandId: scheduledCommandId(item),
      correlationId: scheduledCommandId(item),
      businessTime: item.dueAt,
    };
    const command =
      issues.target === 'cycle'
        ? new ExecuteCycleCommand(issues.command as Exclude<typeof issues.command, { type: 'PublishResults' }>, meta)
        : new ExecutePlatformCommand(issues.platformId, issues.command, meta);
    const log = { rule: item.kind, item: item.id, commandId: meta.commandId, dueAt: item.dueAt };
    try {
      const outcome = await this.options.execute(command);
      this.report(item, outcome.replayed ? 'replayed' : 'accepted');
      this.logger.info({ ...log, events: outcome.events, replayed: outcome.replayed, globalPosition: outcome.globalPosition }, 'deadline issued');
    } catch (error) {
      if (!(error instanceof DomainError)) {
        this.report(item, 'failed');
        throw error;
      }
      // The log moved on before the item's day (a person acted first): nothing to do, and
      // trying again would be refused again.
      this.refused.add(item.id);
      this.report(item, 'refused');
      this.logger.warn({ ...log, code: error.code }, 'deadline refused by the rules; left to the city');
    }
  }

  private report(item: DueItem, outcome: Outcome): void {
    for (const listener of this.listeners) listener(item.kind, outcome);
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped || this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = () => (this.woken = true);
        done();
      };
    });
  }
}
