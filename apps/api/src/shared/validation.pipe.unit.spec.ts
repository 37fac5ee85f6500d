import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { RequestInvalidError } from '../problems/problems.js';
import { requestValidationPipe } from './validation.pipe.js';

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
