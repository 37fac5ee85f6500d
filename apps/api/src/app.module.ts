import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApplicationModule, isSettable, type Clock, type CycleDecisionSource } from '@certflow/application';
import type { EventStore, TreeHeadSigner } from '@certflow/event-store';
import type { DocumentStore, SizeLimits } from '@certflow/documents';
import type { Logger, SchedulerProbe } from '@certflow/observability';
import { APPLICATION_CONTROLLERS } from './applications/index.js';
import { AuthGuard } from './auth/auth.guard.js';
import type { OidcOptions } from './auth/oidc.js';
import { TOKEN_VERIFIER, TokenVerifier } from './auth/token-verifier.js';
import { CYCLE_CONTROLLERS } from './cycles/index.js';
import { DOCUMENT_CONTROLLERS } from './documents/index.js';
import { DocumentStoreModule } from './documents/document-store.module.js';
import { EventStoreModule } from './event-store.module.js';
import { HealthController } from './health/health.controller.js';
import { RELAY_STATUS, type RelayStatusSource } from './health/relay-status.js';
import { SCHEDULER_PROBE } from './health/scheduler-probe.js';
import { DEADLINES, type DeadlineSource } from './deadlines/deadlines.js';
import { ListDeadlinesController } from './deadlines/list-deadlines/list-deadlines.controller.js';
import { ListErrorsController } from './problems/list-errors.controller.js';
import { MetricsController } from './observability/metrics.controller.js';
import { OBSERVABILITY, type Observability } from './observability/observability.js';
import { DEFAULT_RATE_LIMITS, RATE_LIMITS, RateLimitGuard, type RateLimits } from './http/rate-limit.js';
import { PLATFORM_CONTROLLERS } from './platforms/index.js';
import { ProblemFilter } from './problems/problem.filter.js';
import { AuditTrailController } from './audit/audit-trail/audit-trail.controller.js';
import { LOG_PUBLIC_KEY, LogController } from './log/log.controller.js';
import { ExplainDecisionController } from './audit/explain-decision/explain-decision.controller.js';
import { ReplayStreamController } from './audit/replay-stream/replay-stream.controller.js';
import { AUDIT_READ_FLUSH_MS, AuditReadLog } from './audit/audit-reads/audit-read-log.js';
import { RecordAuditRead } from './audit/audit-reads/record-audit-read.interceptor.js';
import { ExportAuditTrailController } from './audit/export-audit-trail/export-audit-trail.controller.js';
import { ListAuditReadsController } from './audit/list-audit-reads/list-audit-reads.controller.js';
import { ReviewHistoryController } from './platforms/review-history/review-history.controller.js';
import { READ_MODELS, type ReadModelAccess } from './read-models/read-models.js';
import { ReadModels } from './read-models/read-models.service.js';
import { SearchRegistryController } from './registry/search-registry/search-registry.controller.js';
import { GetRegistryEntryController } from './registry/get-registry-entry/get-registry-entry.controller.js';
import { GetCertificateController } from './registry/get-certificate/get-certificate.controller.js';
import { VerifyCertificateController } from './certificates/verify-certificate/verify-certificate.controller.js';
import { BUREAU_KEY } from './certificates/bureau-key.js';
import { Dispatcher } from './shared/dispatch.js';
import { requestValidationPipe } from './shared/validation.pipe.js';
import { DEV_SIGN_IN_KEY, DevSignInController } from './sign-in/dev-sign-in/dev-sign-in.controller.js';
import { SIGN_IN_OPTIONS, SignInOptionsController } from './sign-in/sign-in-options/sign-in-options.controller.js';
import type { SignInOptionsDto } from './sign-in/sign-in-options/sign-in-options.dto.js';
import { WhoAmIController } from './sign-in/who-am-i/who-am-i.controller.js';
import { SetClockController } from './simulation/set-clock.controller.js';
import { FastifyReady } from './http/fastify-ready.js';

export interface AppOptions {
  readonly store: EventStore;
  readonly signingKey: Uint8Array;
  /** Tokens of the embedded key accepted beside OIDC; default true. */
  readonly embeddedTokens?: boolean;
  /** Tokens of the identity provider (CERTFLOW_OIDC_ISSUER). */
  readonly oidc?: OidcOptions;
  /** A settable clock mounts PUT /api/v1/simulation/clock (CERTFLOW_SIMULATED_CLOCK=1). */
  readonly clock: Clock;
  /** Registry, review history and audit trail; absent, their routes answer 503. */
  readonly readModels?: ReadModelAccess;
  /** Requests a minute per client address (anonymous) and per token subject; defaults 300 and 1200. */
  readonly rateLimits?: RateLimits;
  /** Swagger UI at /api/docs and the document at /api/docs-json; off in production unless CERTFLOW_API_DOCS=1. */
  readonly apiDocs?: boolean;
  /** Where uploaded documents are kept; absent, uploads and commands that attach documents answer 503. */
  readonly documents?: DocumentStore;
  /** Largest accepted document per media type (bytes); default 50 MiB for PDF and OFD, 20 MiB for JPEG and PNG. */
  readonly documentLimits?: SizeLimits;
  /** SPKI PEM of the key that signs the log's tree heads, shown with GET /api/v1/log/head. */
  readonly logPublicKey?: string;
  /** The bureau's key: signs certificates (GET /api/v1/registry/{platformId}/certificate); absent, those routes answer 503. */
  readonly bureauKey?: TreeHeadSigner;
  /** POST /api/v1/dev/sign-in: tokens for anyone who asks (training and development servers only). */
  readonly devSignIn?: boolean;
  /** Where the app logs; default the process's logger (LOG_LEVEL, LOG_PRETTY). */
  readonly logger?: Logger;
  /** The Kafka relay running beside the app: on /health and /metrics. */
  readonly relayStatus?: RelayStatusSource;
  /** The scheduler running beside the API (`certflow serve`): its lag is on /health and /metrics. */
  readonly scheduler?: SchedulerProbe;
  /** What falls due when (GET /api/v1/deadlines); absent, the route answers 503. */
  readonly deadlines?: DeadlineSource;
  /** Longest wait before reads of the audit routes are appended to the log (what a crash can lose); default 1000 ms. */
  readonly auditReadFlushMs?: number;
}

/**
 * PublishResults reads the cycle's decisions from the read models once they have applied the
 * whole log as it stood when the command arrived: a certification acknowledged before is listed.
 */
function readModelDecisions(store: EventStore, readModels: ReadModelAccess): CycleDecisionSource {
  return {
    async decided(year) {
      await readModels.waitFor(await store.headPosition(), PUBLISH_WAIT_MS);
      return readModels.store.cycleDecisions(year);
    },
  };
}

function signInOptions(options: AppOptions): SignInOptionsDto {
  const client = options.oidc?.console;
  return {
    dev: options.devSignIn ?? false,
    ...(options.oidc && client ? { oidc: { issuer: options.oidc.issuer, clientId: client.clientId, scopes: client.scopes, ...(client.resource ? { resource: client.resource } : {}) } } : {}),
  };
}

/** A projector that restarted just before publishing may need a while to replay the log. */
const PUBLISH_WAIT_MS = 60_000;

const MIB = 1024 * 1024;
const DEFAULT_DOCUMENT_LIMITS: SizeLimits = { 'application/pdf': 50 * MIB, 'application/ofd': 50 * MIB, 'image/jpeg': 20 * MIB, 'image/png': 20 * MIB };

@Module({})
export class AppModule {
  static register(options: AppOptions, extraControllers: Type[], observability: Observability): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forStore(options.store),
        DocumentStoreModule.forStore(options.documents, options.documentLimits ?? DEFAULT_DOCUMENT_LIMITS),
        ApplicationModule.forRoot({ clock: options.clock, ...(options.readModels ? { decisions: readModelDecisions(options.store, options.readModels) } : {}) }),
      ],
      controllers: [
        HealthController,
        ListErrorsController,
        MetricsController,
        ...CYCLE_CONTROLLERS,
        ...APPLICATION_CONTROLLERS,
        ...PLATFORM_CONTROLLERS,
        ...DOCUMENT_CONTROLLERS,
        SearchRegistryController,
        GetRegistryEntryController,
        ReviewHistoryController,
        AuditTrailController,
        ListDeadlinesController,
        ReplayStreamController,
        ExplainDecisionController,
        ExportAuditTrailController,
        ListAuditReadsController,
        LogController,
        GetCertificateController,
        VerifyCertificateController,
        ...(isSettable(options.clock) ? [SetClockController] : []),
        ...(options.devSignIn ? [DevSignInController] : []),
        SignInOptionsController,
        WhoAmIController,
        ...extraControllers,
      ],
      providers: [
        FastifyReady,
        Dispatcher,
        { provide: DEV_SIGN_IN_KEY, useValue: options.signingKey },
        { provide: SIGN_IN_OPTIONS, useValue: signInOptions(options) },
        { provide: OBSERVABILITY, useValue: observability },
        ReadModels,
        { provide: READ_MODELS, useValue: options.readModels ?? null },
        { provide: RELAY_STATUS, useValue: options.relayStatus ?? null },
        { provide: SCHEDULER_PROBE, useValue: options.scheduler ?? null },
        { provide: DEADLINES, useValue: options.deadlines ?? null },
        { provide: LOG_PUBLIC_KEY, useValue: options.logPublicKey },
        { provide: BUREAU_KEY, useValue: options.bureauKey ?? null },
        { provide: AUDIT_READ_FLUSH_MS, useValue: options.auditReadFlushMs },
        AuditReadLog,
        RecordAuditRead,
        { provide: RATE_LIMITS, useValue: options.rateLimits ?? DEFAULT_RATE_LIMITS },
        // In this order: the rate limit counts the subject the AuthGuard found.
        { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: requestValidationPipe },
      ],
    };
  }
}
