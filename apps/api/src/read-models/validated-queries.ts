import type { Type } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { requestValidationPipe } from '../shared/validation.pipe.js';

/**
 * The query strings of a public read route, each validated once by the app's own pipe. That
 * pipe (class-transformer, then class-validator) costs more than a registry page served from
 * memory; its outcome depends on the query alone, so an accepted query is kept, frozen since
 * every later request shares it. A rejected one is validated again each time and answers the
 * same problem as before.
 */
export class ValidatedQueries<T extends object> {
  private readonly pipe = requestValidationPipe();
  private readonly accepted: LRUCache<string, T>;

  constructor(
    private readonly dto: Type<T>,
    capacity = 1_000,
    /** Longer queries are validated every time, so that the kept ones stay small. */
    private readonly longestKey = 512,
  ) {
    this.accepted = new LRUCache({ max: capacity });
  }

  async validate(query: Record<string, unknown>): Promise<T> {
    const key = JSON.stringify(query);
    const known = this.accepted.get(key);
    if (known) return known;
    const validated = Object.freeze((await this.pipe.transform(query, { type: 'query', metatype: this.dto })) as T);
    if (key.length <= this.longestKey) this.accepted.set(key, validated);
    return validated;
  }
}
