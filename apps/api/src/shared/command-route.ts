import { applyDecorators, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@certflow/domain';
import { Roles } from '../auth/auth.guard.js';
import { CommandAnswerInterceptor } from './command-answer.interceptor.js';
import { CommandAnswerDto } from './dto.js';

/** A controller of command routes: one command each, under a cycle or a platform. */
export function CommandController(tag: string, target: 'cycle' | 'platform') {
  return applyDecorators(
    ApiTags(tag),
    ApiBearerAuth(),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' }),
    Controller(target === 'cycle' ? 'api/v1/cycles/:year' : 'api/v1/platforms/:platformId'),
  );
}

/** POST /<kebab-command-name>: 201 with the stream version and global position written. */
export function CommandRoute(path: string, role: Role, summary: string, description: string) {
  return applyDecorators(
    Post(path),
    HttpCode(201),
    Roles(role),
    UseInterceptors(CommandAnswerInterceptor),
    ApiOperation({ summary, description }),
    ApiResponse({ status: 201, type: CommandAnswerDto }),
  );
}
