import { describe, expect, it } from '@jest/globals';
import { plain } from './dispatch.js';

class Dto {
  name = '赣州';
  optional: string | undefined = undefined;
  nested = { list: [1, undefined, 'x'], none: null, flag: false };
}

describe('plain (a validated body as the command data)', () => {
  it('gives what a JSON round trip gives: class instances as plain objects, absent fields dropped, absent items null', () => {
    const values: unknown[] = [
      new Dto(),
      [new Dto(), { n: Number.NaN, inf: Number.POSITIVE_INFINITY, zero: -0, f: () => 1 }],
      JSON.parse('{"__proto__":{"polluted":true},"a":1}'),
      { date: new Date(0), deep: [[[{ a: [] }]]] },
      'text',
      7,
      null,
    ];
    for (const value of values) {
      const copied = plain(value);
      expect(copied).toStrictEqual(JSON.parse(JSON.stringify(value)));
      expect(JSON.stringify(copied)).toBe(JSON.stringify(value));
    }
    expect(Object.getPrototypeOf(plain(new Dto()))).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(plain(JSON.parse('{"__proto__":{"x":1}}')) as object, '__proto__')).toBe(true);
  });
});
