// The composition root: the one place that knows every app. The CLI, the worker's entry point,
// the tests and the benchmarks build the API app, the projector and the keys from here, so no
// app reaches into another app's src (eslint: certflow/no-cross-app-imports).
export { createApp, useCaseOperationId } from '../../../apps/api/src/main.js';
export type { AppOptions } from '../../../apps/api/src/app.module.js';
export { EventStoreModule } from '../../../apps/api/src/event-store.module.js';
export { Public } from '../../../apps/api/src/auth/auth.guard.js';
export type { OidcOptions } from '../../../apps/api/src/auth/oidc.js';
export type { RateLimits } from '../../../apps/api/src/http/rate-limit.js';
export type { ReadModelAccess } from '../../../apps/api/src/read-models/read-models.js';
export { CLOCK_STREAM } from '../../../apps/api/src/simulation/set-clock.controller.js';
export { DEFAULT_TTL, loadOrCreateSigningKey, mintToken, parseTtl, TtlError, type TokenRequest } from '../../../apps/api/src/auth/keys.js';
export { startWorker, type RunningWorker, type WorkerOptions } from '../../../apps/worker/src/worker.js';
export { startRelay } from './relay.js';
export { relayCheckpointName } from '../../../apps/worker/src/relay/checkpoint-name.js';
export type { RelayOptions, RelaySettings, RunningRelay } from '../../../apps/worker/src/relay/index.js';
export { openReadModelStore } from '../../../apps/worker/src/read-model-settings.js';
export { startServer, type ServeMode, type RunningServer, type ServerOptions } from './server.js';
export { runWorker } from './worker-process.js';
export { boundHeapGrowth } from './heap-growth.js';
export { Scheduler, type SchedulerOptions, type ScheduledCommand } from '../../../apps/worker/src/scheduler/index.js';
export { startStandaloneScheduler, type RunningScheduler } from './scheduler.js';
