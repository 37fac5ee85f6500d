import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { CommandOutcome } from '@certflow/application';

/**
 * A replayed command answers with the first answer's body, unchanged, and says it is a replay
 * in `Idempotent-Replayed` (as the big payment APIs do), so a client retrying after a lost
 * response learns what happened the first time.
 */
@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor<CommandOutcome> {
  intercept(context: ExecutionContext, next: CallHandler<CommandOutcome>): Observable<Omit<CommandOutcome, 'replayed'>> {
    const response = context.switchToHttp().getResponse<{ header(name: string, value: string): void }>();
    return next.handle().pipe(
      map(({ replayed, ...answer }) => {
        if (replayed) response.header('Idempotent-Replayed', 'true');
        return answer;
      }),
    );
  }
}
