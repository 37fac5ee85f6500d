import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { SignInOptionsDto } from './sign-in-options.dto.js';

export const SIGN_IN_OPTIONS = Symbol('SIGN_IN_OPTIONS');

/**
 * What the console's sign-in page offers: it cannot know the server's configuration otherwise,
 * and offering a development sign-in that answers 404 (or hiding the provider's) misleads a clerk.
 * Nothing here is secret: a public client's id is in every authorization request anyway.
 */
@ApiTags('sign-in')
@Controller('api/v1/sign-in/options')
export class SignInOptionsController {
  constructor(@Inject(SIGN_IN_OPTIONS) private readonly offered: SignInOptionsDto) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'signInOptions',
    summary: 'Sign-in options 登录方式',
    description:
      'The ways of signing in this server offers: the development sign-in (training servers only) and, when CERTFLOW_OIDC_CONSOLE_CLIENT_ID is set, ' +
      "the identity provider's authorization code flow with PKCE for the console (a public client).",
  })
  @ApiOkResponse({ type: SignInOptionsDto })
  @ApiProblems([429])
  signInOptions(): SignInOptionsDto {
    return this.offered;
  }
}
