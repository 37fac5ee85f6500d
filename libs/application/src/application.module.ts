import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, type Clock } from './clock.js';
import { ExecuteCycleCommandHandler } from './cycle/execute-cycle-command.js';
import { ExecutePlatformCommandHandler } from './platform/execute-platform-command.js';
import { GetCycleHandler, GetPlatformHandler } from './queries/get-platform.js';
import { ExplainDecisionHandler } from './audit/explain-decision.js';
import { ReplayStreamHandler } from './audit/replay-stream.js';

/** The command and query handlers; EVENT_STORE must be provided globally by the app. */
@Module({})
export class ApplicationModule {
  static forRoot(options: { clock: Clock }): DynamicModule {
    return {
      module: ApplicationModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: CLOCK, useValue: options.clock },
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
