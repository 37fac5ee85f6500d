import { Controller, Get, Param, Query, type PipeTransform, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ReplayStream, type ReplayPoint, type StreamReplay } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { NotFoundError, RequestInvalidError } from '../../problems/problems.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ReplayQueryDto, StreamReplayDto } from './replay-stream.dto.js';
import { RecordAuditRead } from '../audit-reads/record-audit-read.interceptor.js';

/** The streams of the measures: a platform's, a cycle's, and a training server's business clock. */
export const AUDITED_STREAM = /^(platform-[a-z0-9][a-z0-9-]{1,62}|cycle-\d{4}|simulation-clock)$/;

class StreamIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!AUDITED_STREAM.test(value)) {
      throw new RequestInvalidError('streamId must be platform-<platformId>, cycle-<year> or simulation-clock');
    }
    return value;
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit/streams/:streamId')
@UseInterceptors(RecordAuditRead)
export class ReplayStreamController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('auditor', 'city')
  @ApiOperation({
    operationId: 'replayStream',
    summary: 'Replay a stream 按记录时间或版本回放',
    description:
      'The state of a platform, cycle or business-clock stream as the store held it at a recorded instant (`asOf`, on recordedAt) ' +
      'or a version, with the events that made it; each shows business time (occurredAt) and recorded time (recordedAt) apart. ' +
      'Without either, the stream as it stands now.',
  })
  @ApiParam({ name: 'streamId', schema: { type: 'string', pattern: AUDITED_STREAM.source, example: 'platform-zg-hub-006' } })
  @ApiOkResponse({ type: StreamReplayDto })
  @ApiProblems([400, 401, 403, 404, 429], { 404: ['resource.not-found: nothing was ever recorded on this stream'] })
  async replay(@Param('streamId', StreamIdPipe) streamId: string, @Query() query: ReplayQueryDto): Promise<StreamReplay> {
    if (query.asOf !== undefined && query.version !== undefined) throw new RequestInvalidError('give asOf or version, not both');
    const point: ReplayPoint = query.asOf !== undefined ? { asOf: query.asOf } : query.version !== undefined ? { version: query.version } : {};
    const replay = await this.queries.execute<ReplayStream, StreamReplay | undefined>(new ReplayStream(streamId, point));
    if (!replay) throw new NotFoundError(`stream ${streamId}`);
    return replay;
  }
}
