import { CertflowError } from '@certflow/errors';
import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor, Role } from '@certflow/domain';
import { OBSERVABILITY, requestIdOf, type Observability } from '../observability/observability.js';
import { TokenRefused } from './token-rules.js';
import { TOKEN_VERIFIER, type TokenVerifier } from './token-verifier.js';
const PUBLIC = 'certflow:public';
const ROLES_KEY = 'certflow:roles';

/** Readable without a token (health, the public registry). */
export const Public = () => SetMetadata(PUBLIC, true);
/** Roles allowed at the door; finer rules (own county, own platform) are the domain's. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export class AuthenticationError extends CertflowError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('auth.unauthenticated', { zh: '需要有效的登录令牌', en: message }, options);
  }
}

export class RoleNotAllowedError extends CertflowError {
  constructor(readonly role: Role, readonly allowed: readonly Role[]) {
    super('auth.role-not-allowed', {
      zh: `角色 ${role} 无权使用此接口`,
      en: `role ${role} may not use this route; allowed: ${allowed.join(', ')}`,
    });
  }
}

export type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; actor?: Actor };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(OBSERVABILITY) private readonly observability: Observability,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new AuthenticationError('a bearer token is required');
    try {
      request.actor = await this.verifier.verify(token);
    } catch (error) {
      const reason = error instanceof TokenRefused ? error.reason : 'invalid';
      // The client only learns the reason; the operator needs the provider's actual failure.
      if (reason === 'issuer unreachable') {
        this.observability.logger.warn({ ...requestIdOf(request), cause: causes(error) }, 'identity provider unreachable');
      }
      throw new AuthenticationError(`the bearer token is not accepted: ${reason}`, { cause: error });
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(request.actor.role)) throw new RoleNotAllowedError(request.actor.role, allowed);
    return true;
  }
}

/** fetch hides the useful part (ECONNREFUSED, a timeout) a few causes deep. */
function causes(error: unknown): string {
  const parts: string[] = [];
  for (let current = (error as Error).cause; current !== undefined && parts.length < 4; current = (current as Error).cause) {
    parts.push(current instanceof Error ? `${current.message}${'code' in current ? ` (${String(current.code)})` : ''}` : String(current));
  }
  return parts.join(': ');
}
