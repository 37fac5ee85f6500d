import { Controller, Get, Inject, Optional, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { GetPlatform, type StreamView } from '@certflow/application';
import { DOCUMENT_STORE, DocumentStoreUnavailableError, MEDIA_TYPES, SHA256_PATTERN, type DocumentStore, type Upload } from '@certflow/documents';
import type { Actor, PlatformState } from '@certflow/domain';
import type { AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { NotFoundError, RequestInvalidError } from '../../problems/problems.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1/documents')
export class GetDocumentController {
  constructor(
    @Optional() @Inject(DOCUMENT_STORE) private readonly store: DocumentStore | null,
    private readonly queries: QueryBus,
  ) {}

  @Get(':sha256')
  @ApiOperation({
    summary: 'GetDocument 查阅材料',
    description:
      'The bytes of a stored document, for those who may see the platform it belongs to: the applicant itself, ' +
      'the bureau of its county, the city bureau and auditors. The public registry (Art. 13) publishes no documents, ' +
      'so there is no anonymous access; "not yours" and "not stored" answer alike.',
  })
  @ApiParam({ name: 'sha256', type: 'string', description: 'SHA-256 of the document, lower-case hex', schema: { type: 'string', pattern: SHA256_PATTERN.source } })
  @ApiProduces(...MEDIA_TYPES)
  @ApiOkResponse({ description: 'the document, with its Content-Type and ETag (its SHA-256)', schema: { type: 'string', format: 'binary' } })
  @ApiProblems([400, 401, 404, 429, 503], { 404: ['resource.not-found'], 503: ['document.store-unavailable'] })
  async get(@Param('sha256') sha256: string, @Req() request: AuthenticatedRequest, @Res() response: FastifyReply): Promise<FastifyReply> {
    if (!SHA256_PATTERN.test(sha256)) {
      throw new RequestInvalidError('sha256 must be 64 lower-case hex digits', [{ field: 'sha256', problems: ['must be 64 lower-case hex digits'] }]);
    }
    if (!this.store) throw new DocumentStoreUnavailableError();
    const uploads = await this.store.uploads(sha256);
    if (!(await this.maySee(request.actor!, uploads))) throw new NotFoundError(`document ${sha256}`);
    const found = await this.store.get(sha256);
    if (!found) throw new NotFoundError(`document ${sha256}`);
    response
      .status(200)
      .header('Content-Type', found.document.mediaType)
      .header('Content-Length', String(found.document.sizeBytes))
      .header('ETag', `"${sha256}"`)
      .header('Content-Disposition', 'inline');
    return response.send(found.content);
  }

  /** Whoever may see a platform's files may see the documents uploaded for it (Arts. 8, 13). */
  private async maySee(actor: Actor, uploads: readonly Upload[]): Promise<boolean> {
    if (actor.role === 'city' || actor.role === 'auditor') return uploads.length > 0;
    if (actor.role === 'applicant') return uploads.some((upload) => upload.role === 'applicant' && upload.platformId === actor.platformId);
    if (uploads.some((upload) => upload.role === 'county' && upload.county === actor.county)) return true;
    const platforms = new Set(uploads.flatMap((upload) => (upload.role === 'applicant' && upload.platformId ? [upload.platformId] : [])));
    for (const platformId of platforms) {
      const view = await this.queries.execute<GetPlatform, StreamView<PlatformState>>(new GetPlatform(platformId));
      if ('county' in view.state && view.state.county === actor.county) return true;
    }
    return false;
  }
}
