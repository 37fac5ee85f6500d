import { expect } from '@jest/globals';
import { DomainError } from '@certflow/domain';

/** A decider as the domain writes them: plain functions over a history of events. */
export interface Decider<Command, Event, State, Context> {
  readonly decide: (command: Command, state: State, context: Context) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

type Matcher = ReturnType<typeof expect.anything>;

/** An expected value: the real shape, where any part may be an asymmetric matcher (expect.any, objectContaining, ...). */
export type Expected<T> = Matcher | (T extends readonly (infer U)[] ? readonly Expected<U>[] : T extends object ? { readonly [K in keyof T]: Expected<T[K]> } : T);

/** A refusal: its stable code, or the code with the article (and kind) it must name. */
export type ExpectedRefusal = string | { readonly code: string; readonly article?: string; readonly kind?: DomainError['kind'] };

/**
 * given(history).when(command, context).then(events) / .thenThrows(refusal).
 *
 *   const platform = deciderSpec({ decide: decidePlatform, evolve: evolvePlatform, initialState: initialPlatformState });
 *   platform.given([submitted]).when(recommend, context).thenThrows({ code: 'recommendation.materials-missing', article: '10' });
 */
export function deciderSpec<Command, Event, State, Context>(decider: Decider<Command, Event, State, Context>) {
  return {
    given(history: readonly Event[] = []) {
      const state = history.reduce(decider.evolve, decider.initialState);
      return {
        /** The state the history folds into, for assertions on evolve. */
        state,
        when(command: Command, context: Context) {
          const run = () => decider.decide(command, state, context);
          return {
            /** Exactly these events, in this order. */
            then(expected: readonly Expected<Event>[]): Event[] {
              const events = run();
              expect(events).toEqual(expected);
              return events;
            },
            /** A DomainError with this code (and article / kind when given); returned for further checks. */
            thenThrows(refusal: ExpectedRefusal): DomainError {
              let outcome: { events: Event[] } | { error: unknown };
              try {
                outcome = { events: run() };
              } catch (error) {
                outcome = { error };
              }
              // Shows the events in the diff when the decider did not refuse.
              expect(outcome).toEqual({ error: expect.any(DomainError) });
              const error = (outcome as { error: DomainError }).error;
              expect(error).toMatchObject(typeof refusal === 'string' ? { code: refusal } : refusal);
              return error;
            },
          };
        },
      };
    },
  };
}
