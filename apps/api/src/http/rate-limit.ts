import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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
export const RATE_LIMITS = Symbol.for('certflow.RateLimits');

const UNLIMITED = 'certflow:unlimited';

/** Not counted: /metrics, which a scraper polls from one address whatever the limit. */
export const Unlimited = () => SetMetadata(UNLIMITED, true);

const limiter = (points: number) => (points > 0 ? new RateLimiterMemory({ points, duration: 60 }) : undefined);

/**
 * Runs after the AuthGuard, so that a token's subject, not its address, is what is counted.
 * Counted in this process's memory: with several API replicas each counts its own clients,
 * which still bounds abuse per replica; rate-limiter-flexible has shared stores for when that
 * is not enough.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly anonymous: RateLimiterMemory | undefined;
  private readonly authenticated: RateLimiterMemory | undefined;

  constructor(
    @Inject(RATE_LIMITS) limits: RateLimits,
    private readonly reflector: Reflector,
  ) {
    this.anonymous = limiter(limits.anonymousPerMinute);
    this.authenticated = limiter(limits.authenticatedPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(UNLIMITED, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { ip?: string }>();
    const actor = request.actor;
    const [budget, key] = actor ? [this.authenticated, `${actor.role}:${actor.id}`] : [this.anonymous, String(request.ip)];
    if (!budget) return true;
    try {
      await budget.consume(key);
      return true;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      throw refusal;
    }
  }
}
