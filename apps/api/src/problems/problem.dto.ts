import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';

class ProblemMessagesDto {
  @ApiProperty({ example: '2028年度认定工作尚未开启' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'the 2028 cycle has not been opened' }) en!: string;
}

class FieldErrorDto {
  @ApiProperty({ example: 'application.profile.operator.creditCode', description: 'dotted path of the field' }) field!: string;
  @ApiProperty({ type: [String], example: ['creditCode must be a valid unified social credit code'] }) problems!: string[];
}

/** RFC 9457 problem details, as ProblemFilter writes them. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:certflow:problem:cycle.not-opened', description: '`urn:certflow:problem:` and the code' }) type!: string;
  @ApiProperty({ example: 'Refused' }) title!: string;
  @ApiProperty({ example: 409, type: 'integer', description: 'the HTTP status, repeated' }) status!: number;
  @ApiProperty({ example: '2028年度认定工作尚未开启', description: 'the message in the language Accept-Language prefers (zh-CN unless en comes first)' })
  detail!: string;
  @ApiProperty({ example: '/api/v1/cycles/2028/close-review', description: 'the request path' }) instance!: string;
  @ApiProperty({ example: 'cycle.not-opened', description: 'stable code clients switch on; the codes each status can carry are listed with it' })
  code!: string;
  @ApiPropertyOptional({ example: '12', description: 'the article of the measures that decides the refusal, e.g. 12 or 6(3)' }) article?: string;
  @ApiProperty({ type: ProblemMessagesDto }) messages!: ProblemMessagesDto;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'request.invalid: every violation by its dotted path' }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'facts of a refusal, e.g. the failed criteria' })
  details?: Record<string, unknown>;
  @ApiPropertyOptional({ example: 'cycle-2028', description: 'concurrency.conflict: the stream that changed' }) streamId?: string;
  @ApiPropertyOptional({ example: 3, type: 'integer', description: 'concurrency.conflict: its version now' }) actualVersion?: number;
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** What each status means across the API, before the codes a route adds. */
const MEANING: Record<ProblemStatus, string> = {
  400: 'malformed request: body, query or path parameter, header (`request.invalid`, `request.malformed-json`, `request.json-too-deep`, or an `event-store.*` code)',
  401: 'no valid bearer token (`auth.unauthenticated`)',
  403: 'the role or the binding of the token may not do this (`auth.role-not-allowed`',
  404: 'not found (`resource.not-found`; `route.not-found` when a path parameter is empty)',
  409: 'refused in the current state (`concurrency.conflict` when the stream changed meanwhile',
  413: 'body over the size limit (`request.too-large`)',
  415: 'a body whose `Content-Type` is not `application/json` (`request.unsupported-media-type`)',
  422: 'not acceptable under the measures or the protocol (`idempotency.key-reused`',
  429: 'too many requests; retry after the time in `Retry-After` (`request.rate-limited`)',
  503: 'the read models are unavailable or behind the requested `minPosition` (`read-models.unavailable`, `read-models.behind`); retry shortly',
};

/** Statuses whose meaning lists further codes in parentheses left open above. */
const OPEN = new Set<ProblemStatus>([403, 409, 422]);

/**
 * Documents problem answers as `application/problem+json` with `ProblemDto`. `codes` adds the
 * route's own codes to the general meaning of a status.
 */
export function ApiProblems(statuses: readonly ProblemStatus[], codes: Partial<Record<ProblemStatus, readonly string[]>> = {}) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: describe(status, codes[status] ?? []),
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}

function describe(status: ProblemStatus, codes: readonly string[]): string {
  const meaning = MEANING[status];
  const listed = codes.map((code) => `\`${code}\``).join(', ');
  if (OPEN.has(status)) return `${meaning}${listed ? `, ${listed}` : ''})`;
  return listed ? `${meaning}; here also ${listed}` : meaning;
}
