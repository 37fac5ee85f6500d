import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { QUERY_COLLECTIONS, type RegistryEntry } from '@certflow/read-models';
import { Public } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { NotFoundError, RequestInvalidError } from '../../problems/problems.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { PlatformIdPipe } from '../../shared/dispatch.js';
import { RegistryEntryDto } from '../search-registry/registry-page.dto.js';

@ApiTags('registry')
@Public()
@Controller('api/v1/registry/:platformId')
export class GetRegistryEntryController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @ApiOperation({
    operationId: 'getRegistryEntry',
    summary: "One platform's public record 示范平台公开信息 (Art. 13)",
    description:
      "The registry's entry for one platform, as GET /api/v1/registry lists it: a platform's public page reads it by id instead of " +
      'searching every page. Platforms never certified are not public: they answer 404 like an unknown id. No token needed.',
  })
  @ApiParam({ name: 'platformId', schema: { type: 'string', example: 'zg-hub-001' } })
  @ApiQuery({ name: 'minPosition', required: false, schema: { type: 'integer', minimum: 0 }, description: 'wait until the read models have applied this global position' })
  @ApiOkResponse({ type: RegistryEntryDto })
  @ApiProblems([400, 404, 429, 503], { 404: ['resource.not-found'] })
  async get(@Param('platformId', PlatformIdPipe) platformId: string, @Query('minPosition') minPosition?: string): Promise<RegistryEntry> {
    if (minPosition !== undefined && !/^\d{1,15}$/.test(minPosition)) {
      throw new RequestInvalidError('minPosition must be a whole number', [{ field: 'minPosition', problems: ['must be a whole number'] }]);
    }
    const store = await this.readModels.ready(minPosition === undefined ? undefined : Number(minPosition));
    const entry = (await store.load<RegistryEntry>(QUERY_COLLECTIONS.registry, [platformId])).get(platformId);
    // An application not (yet) certified is the county's and the city's business, not the public's (Art. 13).
    if (!entry?.listed) throw new NotFoundError(`platform ${platformId} in the registry`);
    return entry;
  }
}
