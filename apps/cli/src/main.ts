#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigurationError, loadConfig } from '@certflow/config';
import { openEventStore } from '@certflow/event-store';
import { ROLES, type Role } from '@certflow/domain';
import { loadOrCreateSigningKey, mintToken, parseTtl, TtlError } from '../../api/src/auth/keys.js';

const USAGE = `certflow <command> [options]

Commands:
  serve                 run the HTTP API on the configured store (what \`npm start\` runs)
  token --role R [--county C] [--platform P] [--subject S] [--ttl 8h]
                        mint a bearer token with the embedded key of CERTFLOW_DATA_DIR,
                        valid for --ttl (90s, 30m, 8h; default 8h, at most 12h)
  bench <name> [--json] run a benchmark: append, commands, rebuild, registry
  demo [--json] [--url URL] [--data-dir DIR]
                        play a whole certification scenario (2027 cycle to the 2029 recheck)
  audit verify          recompute every stream's hash chain and report breaks
  projections rebuild [name] [--progress] [--resume]
                        drop the read models (or one: public-registry, review-history,
                        audit-trail) and replay the log into them; stop the worker first.
                        --resume continues a rebuild that stopped midway

Configuration (environment): CERTFLOW_DATA_DIR (default ./data), CERTFLOW_EVENT_STORE
(sqlite | postgres, default sqlite), DATABASE_URL, CERTFLOW_READ_MODELS (memory | mongodb),
MONGODB_URL, CERTFLOW_MONGODB_DATABASE, PORT (default 3000), HOST (default 127.0.0.1),
CERTFLOW_SIMULATED_CLOCK=1 (lets a city token move business time: demo and training servers only),
CERTFLOW_OIDC_ISSUER and CERTFLOW_OIDC_AUDIENCE (sign-in through an identity provider; see README),
CERTFLOW_EMBEDDED_TOKENS (0: refuse tokens of the embedded key).`;


async function bench(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const log = (line: string) => console.log(line);
  switch (positionals[0]) {
    case 'append': {
      const { appendBench } = await import('../../../test/bench/append.js');
      await appendBench({ json: values.json ?? false, log });
      return;
    }
    case 'commands': {
      const { commandsBench } = await import('../../../test/bench/commands.js');
      await commandsBench({ json: values.json ?? false, log });
      return;
    }
    case 'rebuild': {
      const { rebuildBench } = await import('../../../test/bench/rebuild.js');
      await rebuildBench({ json: values.json ?? false, log });
      return;
    }
    case 'registry': {
      const { registryBench } = await import('../../../test/bench/registry.js');
      await registryBench({ json: values.json ?? false, log });
      return;
    }
    default:
      throw new UsageError(`unknown benchmark '${positionals[0] ?? ''}'; known: append, commands, rebuild, registry`);
  }
}

async function audit(args: string[]): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError(`unknown audit command '${args[0] ?? ''}'; known: verify`);
  const store = await openEventStore(loadConfig());
  try {
    const report = await store.verifyChains();
    for (const broken of report.breaks) {
      console.log(`BROKEN ${broken.streamId} v${broken.streamVersion} ${broken.problem}: ${broken.detail}`);
    }
    console.log(`${report.streams} streams, ${report.events} events checked, ${report.breaks.length} breaks`);
    if (report.simulated > 0) {
      console.log(`${report.simulated} events have a simulated business time (a training server's clock; their recorded time is real)`);
    }
    return report.breaks.length === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

async function projections(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { progress: { type: 'boolean' }, resume: { type: 'boolean' } },
  });
  if (positionals[0] !== 'rebuild') throw new UsageError(`unknown projections command '${positionals[0] ?? ''}'; known: rebuild`);
  const { ALL_PROJECTIONS, progressReporter, rebuild } = await import('@certflow/read-models');
  const { openReadModelStore } = await import('../../worker/src/read-model-settings.js');
  const name = positionals[1];
  const chosen = name === undefined ? ALL_PROJECTIONS : ALL_PROJECTIONS.filter((projection) => projection.name === name);
  if (chosen.length === 0) {
    throw new UsageError(`unknown projection '${name}'; known: ${ALL_PROJECTIONS.map((projection) => projection.name).join(', ')}`);
  }
  const config = loadConfig();
  const settings = config.readModels;
  if (settings.kind === 'memory') {
    throw new UsageError('the read models are in memory (CERTFLOW_READ_MODELS=memory): the server rebuilds them at every start');
  }
  const eventStore = await openEventStore(config);
  const readModels = await openReadModelStore(settings);
  try {
    const result = await rebuild(eventStore, readModels, chosen, {
      resume: values.resume ?? false,
      memoryBudgetMb: config.rebuildMemoryMb,
      ...(values.progress ? { onProgress: progressReporter(process.stderr, { label: 'rebuild' }) } : {}),
    });
    console.log(
      `rebuilt ${result.projections.join(', ')}: ${result.events} events read in ${(result.elapsedMs / 1000).toFixed(1)} s` +
        `${result.passes > 1 ? ` (${result.passes} passes)` : ''}, up to position ${result.position}`,
    );
    return 0;
  } finally {
    await readModels.close();
    await eventStore.close();
  }
}

async function token(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      county: { type: 'string' },
      platform: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
      // The option's former name, kept for scripts that use it.
      expires: { type: 'string' },
    },
  });
  if (!values.role || !ROLES.includes(values.role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (values.ttl && values.expires) throw new UsageError('give --ttl or --expires, not both');
  const ttl = values.ttl ?? values.expires;
  // A refused duration is one line, without the usage text: the user typed a valid command.
  if (ttl !== undefined) parseTtl(ttl);
  try {
    const config = loadConfig();
    if (!config.embeddedTokens) {
      throw new Error('embedded tokens are off here (CERTFLOW_EMBEDDED_TOKENS=0, or NODE_ENV=production with an OIDC issuer): sign in through the identity provider');
    }
    const key = loadOrCreateSigningKey(config.dataDir);
    console.log(
      await mintToken(key, {
        role: values.role as Role,
        ...(values.county ? { county: values.county } : {}),
        ...(values.platform ? { platformId: values.platform } : {}),
        ...(values.subject ? { subject: values.subject } : {}),
        ...(ttl ? { ttl } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new UsageError((error as Error).message);
  }
}

async function demo(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, url: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const { runDemo } = await import('./demo/run-demo.js');
  await runDemo({
    json: values.json ?? false,
    ...(values.url ? { url: values.url } : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : values.url ? { dataDir: loadConfig().dataDir } : {}),
    log: (line) => console.log(line),
  });
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      await (await import('./serve.js')).serve();
      return -1;
    case 'token':
      await token(rest);
      return 0;
    case 'demo':
      await demo(rest);
      return 0;
    case 'bench':
      await bench(rest);
      return 0;
    case 'audit':
      return audit(rest);
    case 'projections':
      return projections(rest);
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof TtlError) console.error(`token: ${error.message}`);
    else if (error instanceof ConfigurationError) console.error(error.message);
    else if (error instanceof Error && error.name === 'DemoError') console.error(`demo: ${error.message}`);
    else console.error(error);
    process.exit(error instanceof UsageError || error instanceof TtlError ? 2 : 1);
  },
);
