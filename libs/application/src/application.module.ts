import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, type Clock } from './clock.js';
import { CYCLE_DECISIONS, ExecuteCycleCommandHandler, type CycleDecisionSource } from './cycle/execute-cycle-command.js';
import { ExecutePlatformCommandHandler } from './platform/execute-platform-command.js';
import { GetCycleHandler, GetPlatformHandler } from './queries/get-platform.js';
import { ExplainDecisionHandler } from './audit/explain-decision.js';
import { ReplayStreamHandler } from './audit/replay-stream.js';

/** The command and query handlers; EVENT_STORE must be provided globally by the app. */
@Module({})
export class ApplicationModule {
  static forRoot(options: { clock: Clock; decisions?: CycleDecisionSource }): DynamicModule {
    return {
      module: ApplicationModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: CLOCK, useValue: options.clock },
        { provide: CYCLE_DECISIONS, useValue: options.decisions ?? null },
        ExecutePlatformCommandHandler,
        ExecuteCycleCommandHandler,
        GetPlatformHandler,
        GetCycleHandler,
        ReplayStreamHandler,
        ExplainDecisionHandler,
      ],
      exports: [CqrsModule, CLOCK],
    };
  }
}
