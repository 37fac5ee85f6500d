import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class OidcSignInDto {
  @ApiProperty({ example: 'https://id.ganzhou.gov.cn/realms/gov', description: 'the identity provider (OIDC discovery at its /.well-known/openid-configuration)' })
  issuer!: string;
  @ApiProperty({ example: 'certflow-console', description: "the console's client id: a public client, authorization code with PKCE (S256)" }) clientId!: string;
  @ApiProperty({ example: 'openid', description: 'scopes to ask for, space-separated' }) scopes!: string;
  @ApiPropertyOptional({ example: 'certflow-gz', description: 'RFC 8707 resource indicator to send on the authorization and token requests' }) resource?: string;
}

export class SignInOptionsDto {
  @ApiProperty({ description: 'whether POST /api/v1/dev/sign-in is mounted (training and development servers only)' }) dev!: boolean;
  @ApiPropertyOptional({ type: OidcSignInDto, description: "sign-in through the provider; absent when no provider or no console client is configured" })
  oidc?: OidcSignInDto;
}
