import { describe, expect, it } from '@jest/globals';
import { RequestInvalidError } from '../problems/problems.js';
import { SearchRegistryDto } from '../registry/search-registry/search-registry.dto.js';
import { ValidatedQueries } from './validated-queries.js';

describe('ValidatedQueries', () => {
  it('validates and converts a query as the global pipe does, then hands the same frozen result to the next identical query', async () => {
    const queries = new ValidatedQueries(SearchRegistryDto);
    const first = await queries.validate({ county: '360702', page: '2', minPosition: '7' });
    expect(first).toBeInstanceOf(SearchRegistryDto);
    expect({ ...first }).toEqual({ county: '360702', page: 2, minPosition: 7 });
    expect(Object.isFrozen(first)).toBe(true);
    expect(await queries.validate({ county: '360702', page: '2', minPosition: '7' })).toBe(first);
    expect(await queries.validate({ county: '360702', page: '3', minPosition: '7' })).not.toBe(first);
  });

  it('refuses an invalid query every time it comes, with the same problem', async () => {
    const queries = new ValidatedQueries(SearchRegistryDto);
    for (let i = 0; i < 2; i += 1) {
      await expect(queries.validate({ status: 'suspended' })).rejects.toBeInstanceOf(RequestInvalidError);
      await expect(queries.validate({ colour: 'red' })).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'colour' })] });
    }
  });

  it('keeps at most its capacity, and no query longer than it allows', async () => {
    const queries = new ValidatedQueries(SearchRegistryDto, 2, 30);
    const one = await queries.validate({ page: '1' });
    await queries.validate({ page: '2' });
    await queries.validate({ page: '3' });
    expect(await queries.validate({ page: '1' })).not.toBe(one);
    const long = { text: '赣州市信息服务平台赣州市信息服务平台赣州市信息服务平台' };
    expect(await queries.validate(long)).not.toBe(await queries.validate(long));
  });
});
