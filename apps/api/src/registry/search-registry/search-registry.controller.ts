import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import { SERVICE_CATEGORIES } from '@certflow/domain';
import { LISTED_STATUSES } from '@certflow/read-models';
import { Public } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { ValidatedQueries } from '../../read-models/validated-queries.js';
import { RegistryAnswers } from './registry-answers.js';
import { RegistryPageDto } from './registry-page.dto.js';
import { SearchRegistryDto } from './search-registry.dto.js';

@ApiTags('registry')
@Public()
@Controller('api/v1/registry')
export class SearchRegistryController {
  private readonly queries = new ValidatedQueries(SearchRegistryDto);
  private readonly answers = new RegistryAnswers();

  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @ApiOperation({
    summary: 'The public registry 示范平台名单 (Art. 13)',
    description: 'Certified platforms, current and historical (under recheck, revocation announced, revoked); no token needed.',
  })
  // The query arrives untyped, so that the global pipe leaves it to ValidatedQueries. The
  // documentation describes it from the DTO, but @nestjs/swagger drops the enum of a property
  // described that way: those two are described on their own.
  @ApiQuery({ type: OmitType(SearchRegistryDto, ['category', 'status']) })
  @ApiQuery({ name: 'category', required: false, schema: { example: 'information', type: 'string', enum: [...SERVICE_CATEGORIES] } })
  @ApiQuery({ name: 'status', required: false, schema: { example: 'certified', type: 'string', enum: [...LISTED_STATUSES] } })
  @ApiOkResponse({
    type: RegistryPageDto,
    headers: { ETag: { description: 'send it back in If-None-Match to get a 304 while the registry is unchanged', schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 304, description: 'Not Modified: If-None-Match names the current page' })
  @ApiProblems([400, 429, 503])
  async search(@Query() raw: Record<string, unknown>, @Req() request: { headers: Record<string, string | string[] | undefined> }, @Res() response: BodyResponse): Promise<void> {
    const query = await this.queries.validate(raw);
    const store = await this.readModels.ready(query.minPosition);
    const { minPosition: _minPosition, page, pageSize, ...filters } = query;
    const answer = await this.answers.answer(store, { ...filters, page: page ?? 1, pageSize: pageSize ?? 20 }, this.readModels.generations);
    // The ETag lets a client that already holds the page get a 304 without the body.
    response.header('ETag', answer.etag);
    if (!/(?:^|,)\s*no-cache\s*(?:,|$)/.test(String(request.headers['cache-control'] ?? '')) && notModified(request.headers['if-none-match'], answer.etag)) {
      response.status(304).send();
      return;
    }
    response.header('Content-Type', 'application/json; charset=utf-8');
    response.send(answer.body);
  }
}

/**
 * The page goes out as the bytes kept for it: handed back to Nest, it would be serialised again
 * on every request.
 */
interface BodyResponse {
  header(name: string, value: string): void;
  status(code: number): BodyResponse;
  send(body?: Buffer): void;
}

/** RFC 9110 13.1.2: weak comparison, any of a list, or `*`; a client's `Cache-Control: no-cache` asks for the body (above). */
export function notModified(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  return [header]
    .flat()
    .flatMap((value) => value.split(','))
    .some((tag) => {
      const candidate = tag.trim();
      return candidate === '*' || candidate.replace(/^W\//, '') === opaque;
    });
}
