import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { CATALOGUE, CertflowError, KINDS, isErrorCode, type CatalogueEntry } from './index.js';

const ROOT = new URL('../../../', import.meta.url);

/** Server code: what runs in a process, not its tests, contracts or test helpers. */
function serverSources(): { file: string; text: string }[] {
  return ['apps', 'libs']
    .flatMap((top) => readdirSync(new URL(top, ROOT), { recursive: true, encoding: 'utf8' }).map((name) => `${top}/${name}`))
    .filter((file) => /^(apps|libs)\/[^/]+\/src\/.*\.ts$/.test(file))
    // The console runs in the browser and answers no HTTP; test support under testing/ is not shipped.
    .filter((file) => !file.endsWith('.spec.ts') && !file.includes('/contract/') && !file.includes('/testing/') && !file.startsWith('libs/testing/'))
    .filter((file) => !file.startsWith('apps/console/'))
    .filter((file) => file !== 'libs/errors/src/catalogue.ts')
    .map((file) => ({ file, text: readFileSync(new URL(file, ROOT), 'utf8') }));
}

const CODE_SHAPE = /^(?:internal|[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)$/;

/**
 * Where a code is raised: the first argument of an error's constructor, a `super(...)` call or
 * a domain factory, or a `readonly code =` of a class not yet on the base. The compiler already
 * refuses an uncatalogued code anywhere CertflowError is used; this scan also catches error
 * classes that bypass it and catalogue entries nothing raises. Codes are written as literals at
 * the raise site (no templates, no ternaries inside the call) so that the scan sees every one.
 */
const RAISE = /(?:\bnew\s+[A-Z]\w*\(|\bsuper\(|\b(?:refuse|invalid|malformed|forbidden)\(|\breadonly code\s*=)\s*'([^'\n]*)'/g;

function raised(): Map<string, string[]> {
  const sites = new Map<string, string[]>();
  for (const { file, text } of serverSources()) {
    for (const match of text.matchAll(RAISE)) {
      const code = match[1]!;
      if (!CODE_SHAPE.test(code)) continue;
      sites.set(code, [...(sites.get(code) ?? []), file]);
    }
  }
  return sites;
}

describe('the error catalogue', () => {
  it('gives every code a known kind, both meanings, and an article or articles but not both', () => {
    const entries = Object.entries(CATALOGUE) as [string, CatalogueEntry][];
    expect(entries.length).toBeGreaterThan(80);
    for (const [code, entry] of entries) {
      expect({ code, shaped: CODE_SHAPE.test(code), kind: Object.hasOwn(KINDS, entry.kind), both: Boolean(entry.article && entry.articles) }).toEqual({
        code,
        shaped: true,
        kind: true,
        both: false,
      });
      expect({ code, zh: entry.zh.trim().length > 0, en: entry.en.trim().length > 0 }).toEqual({ code, zh: true, en: true });
    }
  });

  it('lists every code raised in server code', () => {
    const uncatalogued = [...raised()].filter(([code]) => !isErrorCode(code)).map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(uncatalogued).toEqual([]);
  });

  it('lists no code that nothing raises', () => {
    const sites = raised();
    expect(sites.size).toBeGreaterThan(80);
    expect(Object.keys(CATALOGUE).filter((code) => !sites.has(code))).toEqual([]);
  });

  it('leaves no error class and no bare Error in server code outside the base', () => {
    // Signals that never leave their module (TokenRefused becomes auth.unauthenticated) and the
    // CLI's own exits; ConfigurationError moves onto the base with the configuration schema.
    const allowed = new Set(['TokenRefused', 'UsageError', 'DemoError', 'CliError']);
    const stray = serverSources().flatMap(({ file, text }) => [
      ...[...text.matchAll(/class (\w+) extends Error\b/g)].map((m) => m[1]!).filter((name) => !allowed.has(name) && name !== 'CertflowError').map((name) => `${file}: class ${name}`),
      ...(file.startsWith('apps/cli/') ? [] : [...text.matchAll(/new Error\(/g)].map(() => `${file}: new Error(`)),
    ]);
    expect(stray).toEqual([]);
  });

  it('takes status, title and article from the catalogue, and the specifics from the instance', () => {
    const error = new CertflowError('application.cycle-closed', { zh: '2027年度申报未开放或已截止（第十二条）', en: 'applications for 2027 are not open (Art. 12)' });
    expect(error).toMatchObject({ code: 'application.cycle-closed', kind: 'conflict', status: 409, title: 'Refused', article: '12', message: 'applications for 2027 are not open (Art. 12)' });
    expect(new CertflowError('platform.wrong-status', undefined, { article: '15' })).toMatchObject({ article: '15', messages: { zh: CATALOGUE['platform.wrong-status'].zh } });
    expect(new CertflowError('read-models.behind', undefined).title).toBe('Read models behind');
  });
});
