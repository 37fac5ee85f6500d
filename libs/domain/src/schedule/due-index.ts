import {
  byDueAt,
  cycleDueItems,
  isDueBy,
  platformDueItems,
  REMINDER_SENT,
  type DeadlineReminder,
  type DueItem,
  type ScheduleInput,
  type ScheduleState,
} from './schedule.js';

interface PlatformEntry {
  readonly items: readonly DueItem[];
  /** The earliest instant any of them falls due (ms): a platform whose items are all later is passed over. */
  readonly firstDue: number;
}

/**
 * The schedule's items, kept between events: each platform's are worked out again only after an
 * event of that platform, everything only after a cycle event (a few a year). Working all of
 * them out on every event, as the scheduler did, took 2.3 s at 20,000 certified platforms,
 * after each batch of events, on the event loop that serves the API.
 */
export class DueIndex {
  private readonly platforms = new Map<string, PlatformEntry>();
  private cycles: readonly DueItem[] = [];
  private readonly dirty = new Set<string>();
  private everything = true;
  private cyclesDirty = true;

  constructor(private readonly state: ScheduleState) {}

  /** Tells the index which items an event just applied to the schedule may have changed. */
  touched(input: ScheduleInput): void {
    if (input.type === REMINDER_SENT) {
      const platformId = (input.data as Partial<DeadlineReminder> | undefined)?.platformId;
      if (platformId !== undefined) this.dirty.add(platformId);
      else this.cyclesDirty = true;
      return;
    }
    if (input.streamId.startsWith('platform-')) this.dirty.add(input.streamId.slice('platform-'.length));
    // A cycle event changes rulesets, rechecks and windows of every platform.
    else this.everything = true;
  }

  /** Every item, earliest first. */
  items(): DueItem[] {
    return this.all().sort(byDueAt);
  }

  /** Every item, in no order. */
  all(): DueItem[] {
    this.refresh();
    const items = [...this.cycles];
    for (const entry of this.platforms.values()) items.push(...entry.items);
    return items;
  }

  /** What certflow must issue by `now`, in the order the rules fell due (`dueBy` of the domain). */
  dueBy(now: string): DueItem[] {
    this.refresh();
    const limit = Date.parse(now);
    const due = this.cycles.filter((item) => isDueBy(item, limit));
    for (const entry of this.platforms.values()) {
      if (entry.firstDue > limit) continue;
      for (const item of entry.items) if (isDueBy(item, limit)) due.push(item);
    }
    return due.sort(byDueAt);
  }

  private refresh(): void {
    if (this.everything) {
      this.platforms.clear();
      for (const platformId of this.state.platforms.keys()) this.refreshPlatform(platformId);
      this.cycles = cycleDueItems(this.state);
      this.everything = false;
      this.cyclesDirty = false;
      this.dirty.clear();
      return;
    }
    for (const platformId of this.dirty) this.refreshPlatform(platformId);
    this.dirty.clear();
    if (this.cyclesDirty) {
      this.cycles = cycleDueItems(this.state);
      this.cyclesDirty = false;
    }
  }

  private refreshPlatform(platformId: string): void {
    const items = platformDueItems(this.state, platformId);
    if (items.length === 0) {
      this.platforms.delete(platformId);
      return;
    }
    this.platforms.set(platformId, { items, firstDue: Math.min(...items.map((item) => Date.parse(item.dueAt))) });
  }
}
