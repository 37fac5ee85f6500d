import { Controller, Get, Inject, Optional, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { issueCertificate, type SignedCertificate } from '@certflow/application';
import { EVENT_STORE, type EventStore, type TreeHeadSigner } from '@certflow/event-store';
import { Public } from '../../auth/auth.guard.js';
import { BUREAU_KEY, requireBureauKey } from '../../certificates/bureau-key.js';
import { SignedCertificateDto } from '../../certificates/certificate.dto.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { PlatformIdPipe } from '../../shared/dispatch.js';

@ApiTags('registry')
@Public()
@Controller('api/v1/registry/:platformId/certificate')
export class GetCertificateController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(BUREAU_KEY) private readonly bureauKey?: TreeHeadSigner | null,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getCertificate',
    summary: "A certified platform's certificate 示范平台证书 (Arts. 13, 15)",
    description:
      'The certificate as JSON, signed with the bureau\'s key (Ed25519) and named by its fingerprint; built from the log, so it is the same on every request. ' +
      'Anyone shown it can check it with POST /api/v1/certificates/verify, or offline against the key `certflow audit keys` prints. No token needed.',
  })
  @ApiParam({ name: 'platformId', schema: { type: 'string', example: 'zg-hub-001' } })
  @ApiOkResponse({ type: SignedCertificateDto })
  @ApiProblems([400, 404, 409, 429, 503], {
    404: ['certificate.not-certified'],
    409: ['certificate.platform-revoked'],
    503: ['certificate.unavailable'],
  })
  async get(@Param('platformId', PlatformIdPipe) platformId: string): Promise<SignedCertificate> {
    return issueCertificate(this.store, platformId, requireBureauKey(this.bureauKey));
  }
}
