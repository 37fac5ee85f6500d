export const CLOCK = Symbol.for('certflow.Clock');

/** The one place the application reads the time; deciders get it on their context. */
export interface Clock {
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock that stands still until moved: the demo plays years of a cycle in seconds. */
export class ManualClock implements Clock {
  constructor(private instant: string) {}
  now(): string {
    return this.instant;
  }
  set(instant: string): void {
    this.instant = new Date(instant).toISOString();
  }
}
