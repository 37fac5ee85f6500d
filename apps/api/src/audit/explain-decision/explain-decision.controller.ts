import { Controller, Get, Param, type PipeTransform, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ExplainDecision, type DecisionExplanation } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { NotFoundError, RequestInvalidError } from '../../problems/problems.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { DecisionExplanationDto } from './explain-decision.dto.js';
import { RecordAuditRead } from '../audit-reads/record-audit-read.interceptor.js';

const EVENT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

class EventIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!EVENT_ID.test(value)) throw new RequestInvalidError('eventId must be a UUID');
    return value.toLowerCase();
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit/decisions/:eventId')
@UseInterceptors(RecordAuditRead)
export class ExplainDecisionController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('auditor', 'city')
  @ApiOperation({
    operationId: 'explainDecision',
    summary: 'Explain a decision 决策说明',
    description:
      'A recommendation, certification, rejection, recheck result or revocation explained from the log: who and when (business and recorded time), ' +
      'the reasons, the materials, each criterion with its article under the ruleset version of its day, and whether re-running that version reproduces the stored evaluation.',
  })
  @ApiParam({ name: 'eventId', schema: { type: 'string', format: 'uuid', example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a' } })
  @ApiOkResponse({ type: DecisionExplanationDto })
  @ApiProblems([400, 401, 403, 404, 429], { 404: ['resource.not-found: no deciding event has this id'] })
  async explain(@Param('eventId', EventIdPipe) eventId: string): Promise<DecisionExplanation> {
    const explanation = await this.queries.execute<ExplainDecision, DecisionExplanation | undefined>(new ExplainDecision(eventId));
    if (!explanation) throw new NotFoundError(`decision ${eventId}`);
    return explanation;
  }
}
