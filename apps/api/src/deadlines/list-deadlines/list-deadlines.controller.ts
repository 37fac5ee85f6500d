import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@certflow/application';
import { shanghaiDate, type Actor, type DueItem } from '@certflow/domain';
import type { AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { DEADLINES, DeadlinesUnavailableError, type DeadlineSource } from '../deadlines.js';
import { DeadlinesDto, type DeadlineDto } from './deadline.dto.js';

/** A county sees its own platforms' (Art. 8), an operator its own platform's; the cycle's own deadlines concern everyone. */
function visibleTo(actor: Actor, item: DueItem): boolean {
  if (item.platformId === undefined) return true;
  if (actor.role === 'county') return item.county === actor.county;
  if (actor.role === 'applicant') return item.platformId === actor.platformId;
  return true;
}

function shanghaiInstant(instant: string): string {
  const local = new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api/v1/deadlines')
export class ListDeadlinesController {
  constructor(
    @Inject(DEADLINES) private readonly deadlines: DeadlineSource | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listDeadlines',
    summary: 'Deadlines 到期事项 (Arts. 12, 14, 15): what falls due, when, and what will happen',
    description:
      'Every time rule still to come or due: the application window, biennial rechecks, recheck materials, yearly summaries, revocations after their notice. ' +
      'The city and auditors see all; a county its own platforms; an operator its own platform; everyone the cycle deadlines.',
  })
  @ApiOkResponse({ type: DeadlinesDto })
  @ApiProblems([401, 429, 503], { 503: ['deadlines.unavailable'] })
  async list(@Req() request: AuthenticatedRequest): Promise<DeadlinesDto> {
    if (!this.deadlines) throw new DeadlinesUnavailableError();
    const actor = request.actor!;
    const businessTime = this.clock.now();
    const now = Date.parse(businessTime);
    const items = (await this.deadlines.current()).filter((item) => visibleTo(actor, item));
    return { businessTime, items: items.map((item) => view(item, now)) };
  }
}

function view(item: DueItem, now: number): DeadlineDto {
  return {
    id: item.id,
    rule: item.kind,
    article: item.article,
    dueAt: item.dueAt,
    dueAtShanghai: shanghaiInstant(item.dueAt),
    dueOn: shanghaiDate(item.dueAt),
    year: item.cycleYear,
    ...(item.platformId !== undefined ? { platformId: item.platformId } : {}),
    ...(item.county !== undefined ? { county: item.county } : {}),
    action: item.issues || item.reminds ? 'certflow-issues' : 'city-decides',
    ...(item.issues ? { command: item.issues.command.type } : item.reminds ? { command: 'SendDeadlineReminder' } : {}),
    due: Date.parse(item.dueAt) <= now,
    what: { zh: item.what.zh, en: item.what.en },
  };
}
