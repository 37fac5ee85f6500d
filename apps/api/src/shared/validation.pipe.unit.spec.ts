import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import { getMetadataStorage, IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { RequestInvalidError } from '../problems/problems.js';
import { assertCacheableStorage, CACHED_STORAGE_METHODS, requestValidationPipe } from './validation.pipe.js';

class Inner {
  @IsInt()
  @Min(1)
  count!: number;
}

class Outer {
  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => Inner)
  inner!: Inner;
}

const asBody = (metatype: new () => object) => ({ type: 'body' as const, metatype });

describe('requestValidationPipe', () => {
  it('validates nested DTOs the same on every request once their rules are remembered', async () => {
    const pipe = requestValidationPipe();
    for (let i = 0; i < 3; i += 1) {
      await expect(pipe.transform({ name: 'a', inner: { count: 2 } }, asBody(Outer))).resolves.toBeInstanceOf(Outer);
      await expect(pipe.transform({ name: 'a', inner: { count: 0 } }, asBody(Outer))).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'inner.count' })],
      });
      await expect(pipe.transform({ name: 'a', inner: { count: 2 }, extra: 1 }, asBody(Outer))).rejects.toBeInstanceOf(RequestInvalidError);
    }
  });

  it('forgets what it remembered when a rule is declared later, so a class decorated after the first request is validated in full', async () => {
    const pipe = requestValidationPipe();
    class Later {
      @IsInt()
      first!: number;
    }
    await expect(pipe.transform({ first: 1, second: 'x' }, asBody(Later))).rejects.toBeInstanceOf(RequestInvalidError);
    // A decorator run now (as an import would) adds a rule to the same class.
    IsString()(Later.prototype, 'second');
    await expect(pipe.transform({ first: 1, second: 'x' }, asBody(Later))).resolves.toBeInstanceOf(Later);
    await expect(pipe.transform({ first: 1, second: 2 }, asBody(Later))).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'second' })],
    });
  });

  it('still refuses a binary value where a nested DTO belongs, as Nest does', async () => {
    const pipe = requestValidationPipe();
    await expect(pipe.transform({ name: 'a', inner: Buffer.from('{"count":2}') }, asBody(Outer))).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'inner' })],
    });
    await expect(pipe.transform({ name: 'a', inner: [new Uint8Array(2)] }, asBody(Outer))).rejects.toBeInstanceOf(RequestInvalidError);
  });
});

/**
 * The cache replaces methods of class-validator's global MetadataStorage. These tests fail
 * loudly when a class-validator release renames them, changes their parameters, or stops
 * calling them through the storage, where the cache would otherwise quietly stop applying.
 */
describe("class-validator's internals that the validation cache relies on", () => {
  it('are declared on the storage class with the parameters the cache keys on', () => {
    const proto = Object.getPrototypeOf(getMetadataStorage()) as Record<string, unknown>;
    for (const [name, arity] of Object.entries(CACHED_STORAGE_METHODS)) {
      expect({ name, kind: typeof proto[name], arity: (proto[name] as (...args: unknown[]) => unknown)?.length }).toEqual({ name, kind: 'function', arity });
    }
  });

  it('are called through the storage on every validation, and the answers are remembered', async () => {
    const pipe = requestValidationPipe();
    const storage = getMetadataStorage();
    const cached = { filter: storage.getTargetValidationMetadatas, group: storage.groupByPropertyName };
    // Installed: the storage's own properties shadow its class's methods.
    expect(Object.hasOwn(storage, 'getTargetValidationMetadatas') && Object.hasOwn(storage, 'groupByPropertyName')).toBe(true);
    const calls = { filter: 0, group: 0 };
    storage.getTargetValidationMetadatas = (...args) => ((calls.filter += 1), cached.filter(...args));
    storage.groupByPropertyName = (metadata) => ((calls.group += 1), cached.group(metadata));
    try {
      await pipe.transform({ name: 'a', inner: { count: 2 } }, asBody(Outer));
      // Once for Outer and once for its nested Inner.
      expect(calls).toEqual({ filter: 2, group: 2 });
      const first = storage.getTargetValidationMetadatas(Outer, '', false, false, undefined);
      expect(storage.getTargetValidationMetadatas(Outer, '', false, false, undefined)).toBe(first);
      expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    } finally {
      storage.getTargetValidationMetadatas = cached.filter;
      storage.groupByPropertyName = cached.group;
    }
  });

  it('refuse to install on a storage that lacks one, naming it', () => {
    class Renamed {
      getTargetValidationMetadatas(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) {
        return [a, b, c, d, e];
      }
      groupByPropertyNames(metadata: unknown) {
        return metadata;
      }
    }
    expect(() => assertCacheableStorage(new Renamed())).toThrow(/groupByPropertyName \(1 parameters\)/);
  });
});
