import { Controller, HttpCode, Inject, Optional, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { DOCUMENT_STORE, DocumentStoreUnavailableError, type DocumentStore, type SizeLimits, type StoredDocument } from '@certflow/documents';
import { CertflowError } from '@certflow/errors';
import { Roles, type AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { DOCUMENT_LIMITS } from '../document-store.module.js';
import { UploadedDocumentDto } from '../document-ref.dto.js';

export class UploadMalformedError extends CertflowError {
  constructor(message: string) {
    super('document.upload-malformed', { zh: `上传格式有误：${message}`, en: message });
  }
}

export class UploadIncompleteError extends CertflowError {
  constructor() {
    super('document.upload-incomplete', { zh: '上传的文件不完整（连接中断或请求体被截断）', en: 'the upload ended before the file did (connection lost or body cut short)' });
  }
}

/** Fastify's request: the body is left unread for the upload route (json-body.ts), and streamed from `raw`. */
type UploadRequest = AuthenticatedRequest & { raw: IncomingMessage };

@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1/documents')
export class UploadDocumentController {
  constructor(
    @Optional() @Inject(DOCUMENT_STORE) private readonly store: DocumentStore | null,
    @Inject(DOCUMENT_LIMITS) private readonly limits: SizeLimits,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant', 'county', 'city')
  @ApiOperation({
    summary: 'UploadDocument 上传材料',
    description:
      'One file as multipart/form-data (part `file`), streamed to the document store and named by its SHA-256. ' +
      'The type is told by the bytes (PDF, OFD, JPEG, PNG) and held to its size limit; who uploaded it is recorded. ' +
      'The answer is the reference a command attaches: Art. 10 materials, the Art. 9 recommendation form, the Art. 14 ' +
      'summary, the Art. 15 recheck materials. The same content uploaded twice is stored once.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: UploadedDocumentDto })
  @ApiProblems([400, 401, 403, 413, 415, 429, 503], {
    400: ['document.upload-malformed', 'document.upload-incomplete'],
    413: ['document.too-large'],
    415: ['document.unsupported-type'],
    503: ['document.store-unavailable'],
  })
  async upload(@Req() request: UploadRequest): Promise<UploadedDocumentDto> {
    if (!this.store) throw new DocumentStoreUnavailableError();
    const { stored, name } = await this.receive(request.raw, this.store);
    const actor = request.actor!;
    await this.store.recordUpload(stored.sha256, {
      actorId: actor.id,
      role: actor.role,
      ...(actor.county ? { county: actor.county } : {}),
      ...(actor.platformId ? { platformId: actor.platformId } : {}),
      name,
      at: new Date().toISOString(),
    });
    return { name, ...stored, location: `/api/v1/documents/${stored.sha256}` };
  }

  /**
   * Pipes the one file part into the store as it arrives. Anything else (a second file, a
   * field, a body cut short, a client gone) fails the put, which then leaves nothing behind.
   */
  private receive(request: IncomingMessage, store: DocumentStore): Promise<{ stored: StoredDocument; name: string }> {
    const type = String(request.headers['content-type'] ?? '');
    if (!/^multipart\/form-data\s*;/i.test(type)) throw new UploadMalformedError(`the body must be multipart/form-data, not ${type || 'absent'}`);
    const largest = Math.max(...Object.values(this.limits).map((limit) => limit ?? 0));
    let parser: busboy.Busboy;
    try {
      // One byte over the largest limit lets the store name the type whose limit was crossed.
      parser = busboy({ headers: request.headers, limits: { files: 1, fields: 0, fileSize: largest + 1 }, defParamCharset: 'utf8' });
    } catch (error) {
      throw new UploadMalformedError((error as Error).message);
    }
    return new Promise((resolve, reject) => {
      let file: Readable | undefined;
      let name = '';
      let put: Promise<StoredDocument> | undefined;
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        file?.destroy(error);
        request.unpipe(parser);
        // Read the rest so the answer reaches the client; a client already gone has nothing left.
        request.resume();
        // The put's own rejection is answered through `reject`; its copy here must not go unhandled.
        put?.catch(() => undefined);
        reject(error);
      };
      parser.on('file', (field, stream, info) => {
        if (field !== 'file') {
          stream.resume();
          return fail(new UploadMalformedError(`the file part must be named file, not ${field}`));
        }
        file = stream;
        // The put reports the failure; a destroy after it settled must not count as unhandled.
        stream.on('error', () => undefined);
        name = info.filename || 'document';
        put = store.put(stream, this.limits);
        put.catch((error: Error) => fail(error));
      });
      const tooMany = (what: string) => () => fail(new UploadMalformedError(`only one part, the file, is taken (${what})`));
      parser.on('filesLimit', tooMany('files'));
      parser.on('fieldsLimit', tooMany('fields'));
      parser.on('error', () => fail(new UploadIncompleteError()));
      parser.on('close', () => {
        if (!put) return fail(new UploadMalformedError('no file part named file'));
        put.then((stored) => {
          if (!failed) resolve({ stored, name });
        }, fail);
      });
      request.on('close', () => {
        if (!request.complete) fail(new UploadIncompleteError());
      });
      request.pipe(parser);
    });
  }
}
