import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { decodeJwt } from 'jose';
import { Public } from '../../auth/auth.guard.js';
import { mintToken } from '../../auth/keys.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { DevSignInDto, SignedInDto } from './dev-sign-in.dto.js';

export const DEV_SIGN_IN_KEY = Symbol('DEV_SIGN_IN_KEY');

/**
 * Training and development servers only (mounted when `CertflowConfig.devSignIn`): anyone who
 * reaches the server may sign in as anyone, which is what a class of clerks learning the console
 * needs and what no real deployment may offer. Production sign-in is OIDC.
 */
@ApiTags('sign-in')
@Controller('api/v1/dev/sign-in')
export class DevSignInController {
  constructor(@Inject(DEV_SIGN_IN_KEY) private readonly key: Uint8Array) {}

  @Post()
  @HttpCode(200)
  @Public()
  @ApiOperation({
    operationId: 'devSignIn',
    summary: 'Development sign-in 开发登录 (training servers only)',
    description:
      'Mints a token of the embedded key for the role, county or platform picked. Mounted only outside NODE_ENV=production, ' +
      'with embedded tokens on, on a loopback address or a simulated-clock (training) server.',
  })
  @ApiOkResponse({ type: SignedInDto })
  @ApiProblems([400, 413, 415, 429], { 400: ['token.invalid-request'] })
  async signIn(@Body() body: DevSignInDto): Promise<SignedInDto> {
    const token = await mintToken(this.key, {
      role: body.role,
      ...(body.role === 'county' && body.county ? { county: body.county } : {}),
      ...(body.role === 'applicant' && body.platformId ? { platformId: body.platformId } : {}),
    });
    const { exp } = decodeJwt(token);
    return {
      token,
      role: body.role,
      ...(body.role === 'county' ? { county: body.county } : {}),
      ...(body.role === 'applicant' ? { platformId: body.platformId } : {}),
      expiresAt: new Date(exp! * 1000).toISOString(),
    };
  }
}
