import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/auth.guard.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { SearchRegistryDto } from './search-registry.dto.js';

@ApiTags('registry')
@Public()
@Controller('api/v1/registry')
export class SearchRegistryController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @ApiOperation({
    summary: 'The public registry 示范平台名单 (Art. 13)',
    description: 'Certified platforms, current and historical (under recheck, revocation announced, revoked); no token needed.',
  })
  async search(@Query() query: SearchRegistryDto) {
    const store = await this.readModels.ready(query.minPosition);
    const { minPosition: _minPosition, page, pageSize, ...filters } = query;
    return store.searchRegistry({ ...filters, page: page ?? 1, pageSize: pageSize ?? 20 });
  }
}
