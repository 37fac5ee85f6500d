import { describe, expect, it } from '@jest/globals';
import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { applicationContent, countyEvaluation, documentRef } from '@certflow/testing';
import { SubmitApplicationDto } from '../applications/submit-application/submit-application.dto.js';
import { RecommendPlatformDto } from '../applications/recommend-platform/recommend-platform.dto.js';
import { CertifyPlatformDto } from '../applications/certify-platform/certify-platform.dto.js';
import { OpenCycleDto } from '../cycles/open-cycle/open-cycle.dto.js';
import { requestValidationPipe } from './validation.pipe.js';
import { ValidBodies, watchTransformerMetadata } from './valid-body.js';

type Dto = new () => object;
const asBody = (metatype: Dto): ArgumentMetadata => ({ type: 'body', metatype });
/** As the HTTP body parser hands a body over: plain objects of this realm. */
const parsed = (body: unknown): unknown => JSON.parse(JSON.stringify(body));

/** Valid bodies of the routes a platform's life goes through (Arts. 8-12). */
const VALID: readonly [Dto, unknown][] = [
  [SubmitApplicationDto, { cycleYear: 2027, application: applicationContent() }],
  [RecommendPlatformDto, { countyEvaluation: countyEvaluation(), recommendationForm: documentRef('推荐表.pdf') }],
  [CertifyPlatformDto, { reviewers: ['评审组 王伟'], reasons: ['符合第六条、第七条'], overrides: [] }],
  [CertifyPlatformDto, { reviewers: ['评审组'], reasons: ['破格'], overrides: [{ criterion: '6(3) total assets', reason: '成效突出' }] }],
  [CertifyPlatformDto, { reviewers: ['评审组'], reasons: ['符合条件'] }],
  [OpenCycleDto, { rulesetId: 'ganzhou-2013', noticeTitle: '年度通知', applicationDeadline: '2027-04-30', recheckMaterialsDeadline: '2027-05-31', reviewDeadline: '2027-06-30' }],
];

const BAD_VALUES: readonly unknown[] = [null, -1, 1.5, '', 'x'.repeat(2100), true, [], {}, ['x']];

/** Every body one change away from a valid one: each value replaced, each field dropped, a field added, at every depth. */
function variants(body: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (value: unknown, replace: (next: unknown) => unknown) => {
    for (const bad of BAD_VALUES) out.push(replace(bad));
    if (Array.isArray(value)) {
      out.push(replace([...value, ...value]));
      // The items of one list are alike: the first stands for the rest.
      if (value.length > 0) walk(value[0], (next) => replace([next, ...value.slice(1)]));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      out.push(replace({ ...record, unexpected: 1 }));
      out.push(replace(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(record).slice(1)}`)));
      out.push(replace({ ...record, constructor: 'x' }));
      for (const key of Object.keys(record)) {
        const { [key]: _dropped, ...rest } = record;
        out.push(replace(rest));
        walk(record[key], (next) => replace({ ...record, [key]: next }));
      }
    }
  };
  walk(body, (next) => next);
  return out;
}

type Outcome = { accepted: unknown } | { refused: unknown };

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { accepted: await run() };
  } catch (error) {
    return { refused: { name: (error as Error).constructor.name, message: (error as Error).message, detail: { ...(error as object) } } };
  }
}

describe('valid bodies read from the DTO rules', () => {
  it('take the short way for the commands of a platform\'s life (Arts. 8-12)', () => {
    const bodies = new ValidBodies(watchTransformerMetadata());
    for (const [type, body] of VALID) expect(bodies.instance(type, parsed(body))).toBeInstanceOf(type);
  });

  it('answer every body, valid or one change away from valid, exactly as class-validator and class-transformer do: same instance, same refusal', async () => {
    const pipe = requestValidationPipe();
    const nest = (type: Dto, body: unknown) => ValidationPipe.prototype.transform.call(pipe, body, asBody(type));
    const bodies = new ValidBodies(watchTransformerMetadata());
    let compared = 0;
    let accepted = 0;
    for (const [type, valid] of VALID) {
      for (const body of [valid, ...variants(valid)]) {
        const ours = await outcomeOf(() => pipe.transform(parsed(body), asBody(type)));
        // A body that is not a JSON object is refused before Nest's pipe sees it (Nest read null as {}).
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          expect(ours).toMatchObject({ refused: { detail: { code: 'request.invalid', errors: [{ field: 'body', problems: ['must be a JSON object'] }] } } });
          compared += 1;
          continue;
        }
        const theirs = await outcomeOf(() => nest(type, parsed(body)));
        // toStrictEqual compares classes and fields left undefined too.
        expect(ours).toStrictEqual(theirs);
        // Every body class-validator accepts took the short way, so the comparison above is not of
        // Nest's pipe with itself; but for what it leaves to Nest: the keys Nest strips before
        // validating, a null body, and a list inside a list of DTOs (which class-validator lets through).
        const strippedOrNested = /"(__proto__|constructor)":|\[\[|,\[/.test(JSON.stringify(body));
        if (!strippedOrNested && body !== null) expect(bodies.instance(type, parsed(body)) !== undefined).toBe('accepted' in theirs);
        compared += 1;
        if ('accepted' in theirs) accepted += 1;
      }
    }
    // Both sides of the comparison are exercised: many refusals, and acceptances beyond the valid bodies themselves.
    expect(compared).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(VALID.length + 10);
    expect(compared - accepted).toBeGreaterThan(400);
  });

  it('leave to class-transformer a DTO whose fields it transforms, and still validate it in full', async () => {
    class Trimmed {
      @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
      @IsString()
      name!: string;
    }
    expect(new ValidBodies(watchTransformerMetadata()).instance(Trimmed, { name: ' a ' })).toBeUndefined();
    await expect(requestValidationPipe().transform({ name: ' a ' }, asBody(Trimmed))).resolves.toStrictEqual(Object.assign(new Trimmed(), { name: 'a' }));
  });

  it('read a nested DTO\'s class again when a @Type is declared after the first request', async () => {
    class Inner {
      @IsInt() @Min(1) count!: number;
    }
    class Outer {
      @IsOptional() @ValidateNested() inner?: Inner;
    }
    const pipe = requestValidationPipe();
    // Without @Type the nested value stays a plain object, which class-validator refuses as unknown.
    await expect(pipe.transform({ inner: { count: 2 } }, asBody(Outer))).rejects.toThrow();
    Type(() => Inner)(Outer.prototype, 'inner');
    await expect(pipe.transform({ inner: { count: 2 } }, asBody(Outer))).resolves.toStrictEqual(Object.assign(new Outer(), { inner: Object.assign(new Inner(), { count: 2 }) }));
    await expect(pipe.transform({ inner: { count: 0 } }, asBody(Outer))).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'inner.count' })] });
  });
});
