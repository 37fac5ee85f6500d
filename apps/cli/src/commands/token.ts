import { Option, type Command } from 'commander';
import { loadConfig } from '@certflow/config';
import { ROLES, type Role } from '@certflow/domain';
import { CliError } from '../cli-error.js';

interface TokenOptions {
  readonly role: Role;
  readonly county?: string;
  readonly platform?: string;
  readonly subject?: string;
  readonly ttl?: string;
  readonly expires?: string;
}

export function registerToken(program: Command): void {
  program
    .command('token')
    .description('mint a bearer token with the embedded key of CERTFLOW_DATA_DIR')
    .addOption(new Option('--role <role>', 'who the token is for').choices(ROLES).makeOptionMandatory())
    .option('--county <code>', 'county code, for --role county (e.g. 360702)')
    .option('--platform <id>', 'platform id, for --role applicant (e.g. gz-info-001)')
    .option('--subject <id>', 'the actor id (sub) the token carries')
    .addOption(new Option('--ttl <duration>', 'lifetime: 90s, 30m, 8h; at most 12h (default: 8h)').conflicts('expires'))
    // The option's former name, kept for scripts that use it.
    .addOption(new Option('--expires <duration>').hideHelp())
    .addHelpText('after', '\nExamples:\n  certflow token --role city\n  certflow token --role county --county 360702 --ttl 30m')
    .action(async (options: TokenOptions) => {
      // Loaded here, not at the top: every other command would load the API app for nothing.
      const { loadOrCreateSigningKey, mintToken, parseTtl, TtlError } = await import('@certflow/composition');
      const ttl = options.ttl ?? options.expires;
      try {
        if (ttl !== undefined) parseTtl(ttl);
      } catch (error) {
        if (error instanceof TtlError) throw new CliError(error.message, 2);
        throw error;
      }
      if (options.role === 'county' && !options.county) throw new CliError('a county token needs --county', 2);
      if (options.role === 'applicant' && !options.platform) throw new CliError('an applicant token needs --platform', 2);
      const config = loadConfig();
      if (!config.embeddedTokens) {
        throw new CliError(
          'embedded tokens are off here (CERTFLOW_EMBEDDED_TOKENS=0, or NODE_ENV=production with an OIDC issuer): sign in through the identity provider',
          2,
        );
      }
      const key = loadOrCreateSigningKey(config.dataDir);
      console.log(
        await mintToken(key, {
          role: options.role,
          ...(options.county ? { county: options.county } : {}),
          ...(options.platform ? { platformId: options.platform } : {}),
          ...(options.subject ? { subject: options.subject } : {}),
          ...(ttl ? { ttl } : {}),
        }),
      );
    });
}
