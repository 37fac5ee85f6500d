import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Type } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppOptions } from './app.module.js';
import { answerParserErrors, answerRouterErrors, harden } from './http/harden.js';
import { isSettable } from '@certflow/application';
import { Metrics, NestLogger, processLogger } from '@certflow/observability';
import { observeRequests, requestIdFrom } from './observability/observe-requests.js';
import type { Observability } from './observability/observability.js';
import { timedStore } from './observability/timed-store.js';
import { ReadModels } from './read-models/read-models.service.js';

/** `extraControllers`: benches mount a no-op route beside the real ones. */
export async function createApp(options: AppOptions, extraControllers: Type[] = []): Promise<NestFastifyApplication> {
  const observability: Observability = { logger: options.logger ?? processLogger(), metrics: new Metrics() };
  const store = timedStore(options.store, observability.metrics);
  const adapter = new FastifyAdapter({
    // The request id is the client's X-Request-Id when valid (observeRequests echoes it).
    genReqId: requestIdFrom,
    // Node's HTTP parser refusals (431, 400) answer problem+json like everything else.
    clientErrorHandler: answerParserErrors,
    // Refusals of the router itself (a path that does not percent-decode) answer problem+json too.
    frameworkErrors: answerRouterErrors,
    // As on Express: path parameters of any length are left to the routes' own checks, and a
    // trailing slash or another letter case in the path reaches the same route.
    routerOptions: { maxParamLength: 16 * 1024, ignoreTrailingSlash: true, caseSensitive: false },
    // Node's own limits, which the server had on Express: Fastify's defaults would let a client
    // trickle a body for ever and hold idle connections for 72 s.
    requestTimeout: 300_000,
    keepAliveTimeout: 5_000,
    // harden() answers the requests that arrive while closing, as problem+json.
    return503OnClosing: false,
    // Nothing here uses Nest middleware or Nest's multipart interceptors: uploads stream through busboy.
    skipMiddie: true,
    multipart: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register({ ...options, store }, extraControllers, observability), adapter, {
    logger: new NestLogger(observability.logger),
    bodyParser: false,
  });
  app.enableShutdownHooks();
  // Before harden: a request refused by the body parser still gets its id, its log line and its count.
  observeRequests(app, observability);
  // The console's provider sign-in reads the discovery document and redeems the code from the browser.
  await harden(app, options.oidc?.console ? [new URL(options.oidc.issuer).origin] : []);
  const readModels = app.get(ReadModels);
  observability.metrics.watchProjections(() => readModels.status(), () => store.headPosition());
  if (options.relayStatus) observability.metrics.watchRelay(options.relayStatus);
  const scheduler = options.scheduler;
  if (scheduler) {
    observability.metrics.watchScheduler(() => scheduler.status());
    scheduler.onIssued((rule, outcome) => observability.metrics.scheduledCommands.inc({ rule, outcome }));
  }
  const clock = options.clock;
  if (isSettable(clock)) {
    // Every answer of a training server says that its business time is not the real one.
    app.getHttpAdapter().getInstance().addHook('onRequest', (_request, reply, done) => {
      reply.header('Certflow-Simulated-Business-Time', clock.now());
      done();
    });
  }
  if (options.apiDocs === false) return app;
  const config = new DocumentBuilder()
    .setTitle('certflow')
    .setDescription(
      [
        'Yearly certification of SME public service demonstration platforms under the Ganzhou measures',
        '(赣州市市级中小企业公共服务示范平台认定管理办法). One route per command; every answer carries the',
        'stream version and global position it wrote. Errors are RFC 9457 problem+json with a stable `code`,',
        'the `article` of the measures where they decide it, and messages in zh-CN and en (Accept-Language).',
        'A request that reaches a server while it shuts down is answered 503 `server.shutting-down` (retry it elsewhere or shortly).',
        'Get a token with `npx certflow token --role city` (or county --county 360702, applicant --platform ID, auditor).',
      ].join(' '),
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  // Operation ids are the use case's name (CertifyPlatformController -> certifyPlatform): each
  // controller holds one route, and generated clients name their calls after them.
  // Built on the first request for it, once: scanning every route took about a tenth of a start.
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config, { operationIdFactory: useCaseOperationId }), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

export function useCaseOperationId(controllerKey: string, methodKey: string): string {
  const useCase = controllerKey.replace(/Controller$/, '');
  return useCase ? useCase.charAt(0).toLowerCase() + useCase.slice(1) : methodKey;
}
