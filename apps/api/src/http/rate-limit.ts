import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { RateLimitedError } from '../problems/problems.js';

/** Requests a minute; 0 turns a limit off (benchmarks, the fuzz run). */
export interface RateLimits {
  /** Per client address, for requests without a token (the public registry, health). */
  readonly anonymousPerMinute: number;
  /** Per token subject, whatever address it comes from. */
  readonly authenticatedPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { anonymousPerMinute: 300, authenticatedPerMinute: 1200 };

const MINUTE_MS = 60_000;
const actorOf = (context: ExecutionContext) => context.switchToHttp().getRequest<AuthenticatedRequest>().actor;

/**
 * Limits counted in this process's memory: with several API replicas each counts its own
 * clients, which bounds abuse per replica; a shared store is for when one replica is not enough.
 */
export function throttlerOptions(limits: RateLimits): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'anonymous', ttl: MINUTE_MS, limit: limits.anonymousPerMinute, skipIf: (context) => limits.anonymousPerMinute === 0 || actorOf(context) !== undefined },
      { name: 'authenticated', ttl: MINUTE_MS, limit: limits.authenticatedPerMinute, skipIf: (context) => limits.authenticatedPerMinute === 0 || actorOf(context) === undefined },
    ],
    getTracker: (request: Record<string, unknown>) => {
      const actor = (request as AuthenticatedRequest).actor;
      return actor ? `subject:${actor.role}:${actor.id}` : `address:${String(request.ip)}`;
    },
    // One budget per client across all routes, not one per route.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    setHeaders: false,
  };
}

/** Runs after the AuthGuard, so that a token's subject, not its address, is what is counted. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}
