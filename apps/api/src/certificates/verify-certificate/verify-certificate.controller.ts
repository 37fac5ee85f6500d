import { Body, Controller, HttpCode, Inject, Optional, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { verifyCertificate, type CertificateCheck } from '@certflow/application';
import { EVENT_STORE, trustedKeys, type EventStore, type TreeHeadSigner } from '@certflow/event-store';
import { Public } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { BUREAU_KEY, requireBureauKey } from '../bureau-key.js';
import { CertificateCheckDto, VerifyCertificateDto } from '../certificate.dto.js';

@ApiTags('registry')
@Public()
@Controller('api/v1/certificates/verify')
export class VerifyCertificateController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(BUREAU_KEY) private readonly bureauKey?: TreeHeadSigner | null,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'verifyCertificate',
    summary: 'Is this certificate genuine and still valid? 证书核验',
    description:
      'For anyone shown a certificate: 200 when the bureau signed it and the platform still holds the title; otherwise a problem naming why: ' +
      '`certificate.altered` (a byte changed since it was signed, or the signature is not valid), `certificate.unknown-key` (signed by a key the bureau has not published), ' +
      '`certificate.platform-revoked` (genuine, but the title was revoked since, Art. 15), `certificate.not-found` (genuine, but the log holds no such certification). ' +
      'Nothing is written. No token needed.',
  })
  @ApiOkResponse({ type: CertificateCheckDto })
  @ApiProblems([400, 404, 409, 422, 429, 503], {
    404: ['certificate.not-found'],
    409: ['certificate.platform-revoked'],
    422: ['certificate.altered', 'certificate.unknown-key'],
    503: ['certificate.unavailable'],
  })
  async verify(@Body() body: VerifyCertificateDto): Promise<CertificateCheck> {
    const key = requireBureauKey(this.bureauKey);
    return verifyCertificate(this.store, body, trustedKeys([key.publicKeyPem]));
  }
}
