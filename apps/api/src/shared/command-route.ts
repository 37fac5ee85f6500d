import { applyDecorators, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@certflow/domain';
import { Roles } from '../auth/auth.guard.js';
import { ApiProblems, type ProblemStatus } from '../problems/problem.dto.js';
import { CommandAnswerDto } from './dto.js';
import { ApiPathParameter } from './responses.js';

/** A controller of command routes: one command each, under a cycle or a platform. */
export function CommandController(tag: string, target: 'cycle' | 'platform') {
  return applyDecorators(
    ApiTags(tag),
    ApiBearerAuth(),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'repeat a request safely: the same key answers as the first time',
      schema: { type: 'string', pattern: VISIBLE_ASCII, example: 'submit-gz-info-001-2027' },
    }),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: 'ties the events of this command to what led to it (default: the command id)',
      schema: { type: 'string', pattern: VISIBLE_ASCII },
    }),
    Controller(target === 'cycle' ? 'api/v1/cycles/:year' : 'api/v1/platforms/:platformId'),
    ApiPathParameter(target === 'cycle' ? 'year' : 'platformId'),
    // Class-level responses apply to every route of the controller.
    ApiProblems(COMMAND_PROBLEMS, COMMAND_CODES[target]),
  );
}

/** As command-meta.decorator.ts accepts the two headers. */
const VISIBLE_ASCII = '^[\\x21-\\x7e]{1,200}$';

/** Every problem a command route can answer, whatever the command. */
const COMMAND_PROBLEMS: readonly ProblemStatus[] = [400, 401, 403, 404, 409, 413, 415, 422, 429, 503];

/**
 * The codes of the deciders behind each kind of route (libs/domain), so that clients know what
 * to switch on; test/openapi checks that every code the domain throws is listed.
 */
const COMMAND_CODES: Record<'cycle' | 'platform', Partial<Record<ProblemStatus, readonly string[]>>> = {
  cycle: {
    409: ['cycle.already-opened', 'cycle.not-opened', 'cycle.wrong-stage', 'cycle.ruleset-unavailable'],
    422: ['cycle.unknown-ruleset', 'cycle.invalid-date', 'cycle.deadlines-out-of-order'],
  },
  platform: {
    400: [
      'application.invalid-date',
      'application.establishment-date-out-of-range',
      'application.figure-out-of-range',
      'application.share-over-100',
      'application.qualified-staff-over-staff',
    ],
    403: ['auth.not-the-operator', 'auth.other-county', 'auth.county-only', 'auth.city-only', 'auth.read-only', 'document.not-attachable'],
    409: [
      'application.already-active',
      'application.cycle-closed',
      'application.review-closed',
      'recommendation.materials-missing',
      'recommendation.criterion-failed',
      'recommendation.override-needs-reason',
      'cycle.ruleset-unavailable',
      'certification.not-recommended',
      'certification.criterion-failed',
      'certification.override-needs-reason',
      'platform.wrong-status',
      'summary.already-submitted',
      'summary.not-yet-overdue',
      'recheck.not-due',
      'recheck.cycle-not-open',
      'recheck.materials-late',
      'recheck.materials-not-yet-due',
      'revocation.not-announced',
      'revocation.notice-running',
    ],
    422: [
      'application.no-category',
      'application.duplicate-category',
      'application.unknown-material',
      'application.county-changed',
      'application.return-needs-reason',
      'decision.reasons-required',
      'decision.reviewers-required',
      'certification.override-not-needed',
      'recommendation.override-not-needed',
      'summary.year-out-of-range',
      'recheck.materials-missing',
      'document.not-found',
      'document.mismatch',
    ],
    503: ['document.store-unavailable'],
  },
};

/** POST /<kebab-command-name>: 201 with the stream version and global position written. */
export function CommandRoute(path: string, role: Role, summary: string, description: string) {
  return applyDecorators(
    Post(path),
    HttpCode(201),
    Roles(role),
    ApiOperation({ summary, description }),
    ApiResponse({ status: 201, type: CommandAnswerDto }),
  );
}
