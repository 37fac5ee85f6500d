import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { WhoAmIDto } from './who-am-i.dto.js';

/**
 * The actor a token stands for, as the server reads it: a provider's token names its role in the
 * provider's own vocabulary and claims (CERTFLOW_OIDC_ROLE_MAP, _CLAIM), which only the server
 * knows how to read. The console asks here rather than decoding the token itself, and a token the
 * server would refuse (wrong audience, expired) is refused at sign-in, not at the first write.
 */
@ApiTags('sign-in')
@ApiBearerAuth()
@Controller('api/v1/sign-in/me')
export class WhoAmIController {
  @Get()
  @ApiOperation({ operationId: 'whoAmI', summary: 'The signed-in actor 当前登录身份', description: "The role, county or platform the bearer token gives, as every route reads it." })
  @ApiOkResponse({ type: WhoAmIDto })
  @ApiProblems([401, 429])
  whoAmI(@Req() request: AuthenticatedRequest): WhoAmIDto {
    const { id, role, county, platformId } = request.actor!;
    return { id, role, ...(county ? { county } : {}), ...(platformId ? { platformId } : {}) };
  }
}
