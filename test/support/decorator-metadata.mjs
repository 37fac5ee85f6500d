// `node --import tsx --import ./test/support/decorator-metadata.mjs ...`: runs the TypeScript
// sources as Jest does (SWC, decorator metadata on). tsx alone cannot start the API: esbuild emits
// no decorator metadata, and Nest needs it to inject providers and to know a route's DTO. tsx
// still resolves the paths (`.js` to `.ts`, `@certflow/*`); this hook only transforms, so it is
// registered after tsx, whose load hook it replaces for the project's own .ts files.
import { register } from 'node:module';

register('./decorator-metadata-hooks.mjs', import.meta.url);
