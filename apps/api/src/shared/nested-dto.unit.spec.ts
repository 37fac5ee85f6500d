import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

/**
 * class-validator's @ValidateNested() lets a list through where an object is declared, and a
 * list of lists where a list of objects is: `application: []` on submit-application was once
 * accepted. Every nested field must therefore also carry @IsObject(), with the same `each`.
 * This walks every DTO of the API rather than trusting review to catch the next one.
 */
type Metadata = { type: string; propertyName: string; name?: string; each?: boolean; target: unknown };

const API_SOURCES = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module of the API that declares a nested field, wherever it is (not only *.dto.ts). */
function dtoFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return dtoFiles(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts') || entry.name === 'valid-body.ts') return [];
    return readFileSync(path, 'utf8').includes('@ValidateNested(') ? [path] : [];
  });
}

function nameOf(target: unknown): string {
  return typeof target === 'function' ? target.name : String(target);
}

describe('nested DTO fields (request validation)', () => {
  const files = dtoFiles(API_SOURCES);

  beforeAll(async () => {
    for (const file of files) await import(pathToFileURL(file).href);
  });

  it('finds the DTO modules of the API', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('pair every @ValidateNested() with @IsObject() of the same each', () => {
    const all = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Metadata[]> }).validationMetadatas;
    const nested: string[] = [];
    const unpaired: string[] = [];
    for (const [target, metadatas] of all) {
      for (const metadata of metadatas.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION)) {
        const field = `${nameOf(target)}.${metadata.propertyName}${metadata.each ? ' (each)' : ''}`;
        nested.push(field);
        const paired = metadatas.some(
          (m) => m.propertyName === metadata.propertyName && m.name === 'isObject' && (m.each === true) === (metadata.each === true),
        );
        if (!paired) unpaired.push(field);
      }
    }
    expect(nested.length).toBeGreaterThan(10);
    expect(unpaired).toEqual([]);
  });
});
