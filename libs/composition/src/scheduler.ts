import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { ApplicationModule, type Clock, type CommandOutcome } from '@certflow/application';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { NestLogger, type Logger } from '@certflow/observability';
import { Scheduler, type ScheduledCommand } from '../../../apps/worker/src/scheduler/index.js';

/** Lends the worker's store to the handlers without owning it: the worker closes it after the scheduler stopped. */
@Global()
@Module({})
class BorrowedStoreModule {
  static forStore(store: EventStore): DynamicModule {
    return { module: BorrowedStoreModule, providers: [{ provide: EVENT_STORE, useValue: store }], exports: [EVENT_STORE] };
  }
}

@Module({})
class SchedulerCommandsModule {
  static register(store: EventStore, clock: Clock): DynamicModule {
    return { module: SchedulerCommandsModule, imports: [BorrowedStoreModule.forStore(store), ApplicationModule.forRoot({ clock })] };
  }
}

export interface RunningScheduler {
  readonly scheduler: Scheduler;
  stop(): Promise<void>;
}

/**
 * The scheduler of a process without the API (`certflow worker`): the same command handlers
 * the API's bus runs, in a Nest context of their own, on the same store and business clock.
 */
export async function startStandaloneScheduler(options: {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly followClockMoves: boolean;
  readonly logger: Logger;
  readonly tickMs?: number;
}): Promise<RunningScheduler> {
  const context: INestApplicationContext = await NestFactory.createApplicationContext(
    SchedulerCommandsModule.register(options.store, options.clock),
    { logger: new NestLogger(options.logger) },
  );
  const bus = context.get(CommandBus);
  const scheduler = new Scheduler({
    store: options.store,
    clock: options.clock,
    execute: (command: ScheduledCommand) => bus.execute<ScheduledCommand, CommandOutcome>(command),
    followClockMoves: options.followClockMoves,
    logger: options.logger,
    ...(options.tickMs !== undefined ? { tickMs: options.tickMs } : {}),
  });
  await scheduler.start();
  return {
    scheduler,
    async stop() {
      await scheduler.stop();
      await context.close();
    },
  };
}
