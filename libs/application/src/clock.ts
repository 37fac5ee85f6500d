export const CLOCK = Symbol.for('certflow.Clock');

/** The one place the application reads the time; deciders get it on their context. */
export interface Clock {
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock business time can be moved on (demo, training, tests). */
export interface SettableClock extends Clock {
  set(instant: string): void;
}

export function isSettable(clock: Clock): clock is SettableClock {
  return typeof (clock as Partial<SettableClock>).set === 'function';
}

/** Runs like the wall clock, shifted to wherever it was last set: a training server's clock. */
export class OffsetClock implements SettableClock {
  private offsetMs = 0;
  now(): string {
    return new Date(Date.now() + this.offsetMs).toISOString();
  }
  set(instant: string): void {
    this.offsetMs = Date.parse(instant) - Date.now();
  }
}

/** A clock that stands still until moved: the demo plays years of a cycle in seconds. */
export class ManualClock implements SettableClock {
  constructor(private instant: string) {}
  now(): string {
    return this.instant;
  }
  set(instant: string): void {
    this.instant = new Date(instant).toISOString();
  }
}
