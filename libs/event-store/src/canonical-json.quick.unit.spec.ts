import { describe, expect, it } from '@jest/globals';
import { canonicalJson, quickCanonicalJson, referenceCanonicalJson } from './canonical-json.js';
import { NotSerialisableError } from './errors.js';

// fast-check is not among the dependencies: a seeded generator keeps every failure replayable
// (the seed and the case number are in the message).
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD_KEYS = [
  'a', 'b', 'z', 'A', 'Z', 'aa', 'ab', '10', '9', '0', '1', '01', '1a', '-1', '1.5', '4294967294', '4294967295', '9007199254740993',
  '', ' ', '__proto__', 'constructor', 'toString', 'toJSON', 'valueOf', 'hasOwnProperty', 'length',
  '\ud800', '\udc00', '\ud83d\ude00', '\ud83d', 'x\udfff', '\u0000', 'a\u0000b', '\\u0000', '\\ud800', '"', '\\', '\u001f', '\u007f',
  'é', 'e\u0301', '赣州', '\uffff', '\ufeff', 'Ω', 'ω', '$', '_',
];

const AWKWARD_TEXT = [
  '', 'x', '赣州市 "平台"\n', '\t\r\b\f', '\u0000', 'a\u0000', '\ud800', 'x\udbff', '\udc00y', '\ud83d\ude00', '\ud83d\ude00\ud800',
  '\\u0000', '\\ud800', '\\\\u0000', '\u2028\u2029', '</script>', '\u001f', '\uffff', '\ufffd', 'ÿ', '"\\"',
];

const AWKWARD_NUMBERS = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 1e-6, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2, -(2 ** 31), 123456789.125, Number.NaN, Infinity, -Infinity];

class Instance {
  readonly field = 1;
}
class ListOf extends Array<unknown> {}

interface Gen {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
  made: object[];
}

/** Mostly values canonicalJson accepts, with now and then one of everything it must refuse. */
function value(gen: Gen, depth: number, ancestors: object[]): unknown {
  const roll = gen.next();
  if (roll < 0.04) return oddity(gen, ancestors);
  if (roll < 0.07 && gen.made.length > 0) return gen.pick(gen.made);
  if (depth > 4 || roll < 0.45) return leaf(gen);
  if (roll < 0.5) return deep(gen, 95 + Math.floor(gen.next() * 15), gen.next() < 0.5);
  const container: unknown[] | Record<string, unknown> = roll < 0.7 ? [] : gen.next() < 0.1 ? Object.create(null) : {};
  gen.made.push(container);
  ancestors.push(container);
  const size = Math.floor(gen.next() * 6);
  if (Array.isArray(container)) {
    for (let i = 0; i < size; i += 1) container.push(value(gen, depth + 1, ancestors));
    if (gen.next() < 0.03) container.length += 2;
  } else {
    for (let i = 0; i < size; i += 1) {
      const key = gen.next() < 0.6 ? gen.pick(AWKWARD_KEYS) : word(gen);
      // defineProperty so that '__proto__' becomes a key, as JSON.parse makes it.
      Object.defineProperty(container, key, { value: value(gen, depth + 1, ancestors), enumerable: true, writable: true, configurable: true });
    }
  }
  ancestors.pop();
  return container;
}

function leaf(gen: Gen): unknown {
  const roll = gen.next();
  if (roll < 0.35) return gen.next() < 0.3 ? gen.pick(AWKWARD_TEXT) : word(gen);
  if (roll < 0.6) return gen.next() < 0.5 ? gen.pick(AWKWARD_NUMBERS.filter(Number.isFinite)) : (gen.next() - 0.5) * 10 ** Math.floor(gen.next() * 30 - 10);
  if (roll < 0.8) return gen.next() < 0.5;
  return null;
}

function word(gen: Gen): string {
  const letters = 'abcAB09_-赣州\ud83d\ude00 é';
  let out = '';
  for (let i = Math.floor(gen.next() * 6); i > 0; i -= 1) out += letters[Math.floor(gen.next() * letters.length)];
  return out;
}

function deep(gen: Gen, levels: number, asArrays: boolean): unknown {
  let inner: unknown = leaf(gen);
  for (let i = 0; i < levels; i += 1) inner = asArrays ? [inner] : { [gen.pick(['b', 'a', '10', '9'])]: inner, c: 1 };
  return inner;
}

function oddity(gen: Gen, ancestors: object[]): unknown {
  const sparse: unknown[] = [1];
  sparse[3] = 2;
  const choices: (() => unknown)[] = [
    () => undefined,
    () => Number.NaN,
    () => Infinity,
    () => -Infinity,
    () => 1n,
    () => Symbol('s'),
    () => () => 1,
    () => new Date(0),
    () => new Map([['a', 1]]),
    () => new Set([1]),
    () => new Instance(),
    () => new ListOf(1, 2),
    () => new Uint8Array(2),
    () => Buffer.from('x'),
    () => /x/,
    () => new String('x'),
    () => sparse,
    () => [1, undefined],
    () => ({ toJSON: () => 'x' }),
    () => ({ toJSON: 'not a function' }),
    () => Object.create({ inherited: 1 }),
    () => Object.create(Object.create(null, { toJSON: { value: () => 'x', enumerable: true } })),
    () => Object.defineProperty({ a: 1 }, 'toJSON', { value: () => 'hidden' }),
    () => Object.assign([1, 2], { toJSON: () => 'list' }),
    () => Object.assign([{ b: 1, a: 2 }], { constructor: { [Symbol.species]: function Other() { return { other: true }; } } }),
    () => (ancestors.length > 0 ? gen.pick(ancestors) : undefined),
  ];
  return gen.pick(choices)();
}

type Outcome = { text: string } | { error: { name: string; message: string; path?: string; reason?: string } };

function outcome(write: () => string): Outcome {
  try {
    return { text: write() };
  } catch (error) {
    const e = error as Error;
    const base = { name: e.constructor.name, message: e.message };
    return { error: e instanceof NotSerialisableError ? { ...base, path: e.path, reason: e.reason } : base };
  }
}

describe('canonicalJson through JSON.stringify (quickCanonicalJson)', () => {
  it('gives the reference writer\'s bytes or the reference writer\'s refusal (class, path, message), on random awkward values', () => {
    const seed = Number(process.env.CANONICAL_SEED ?? 20270301);
    const next = random(seed);
    const gen: Gen = { next, pick: (items) => items[Math.floor(next() * items.length)]!, made: [] };
    let accepted = 0;
    let quickAnswered = 0;
    let refused = 0;
    for (let n = 0; n < 3000; n += 1) {
      if (n % 50 === 0) gen.made = [];
      const root = gen.next() < 0.1 ? leaf(gen) : value(gen, 0, []);
      const reference = outcome(() => referenceCanonicalJson(root, '$.data'));
      const got = outcome(() => canonicalJson(root, '$.data'));
      const context = `seed ${seed}, case ${n}`;
      expect({ context, got }).toEqual({ context, got: reference });
      const quick = quickCanonicalJson(root);
      if (quick !== undefined) {
        quickAnswered += 1;
        expect({ context, quick }).toEqual({ context, quick: 'text' in reference ? reference.text : 'a refusal' });
      }
      if ('text' in reference) accepted += 1;
      else refused += 1;
    }
    // The comparison means nothing if either side is rare, or if the quick path never answers.
    expect(refused).toBeGreaterThan(300);
    expect(accepted).toBeGreaterThan(1200);
    expect(quickAnswered).toBeGreaterThan(accepted * 0.6);
  });

  it('answers itself for trees with keys out of order, integer-like keys and text with escapes, and leaves the rest', () => {
    // [value, canonical text, whether the quick path answers]
    const cases: [unknown, string, boolean][] = [
      [{ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}', true],
      [{ b: 0, 1: 1, 2: 2 }, '{"1":1,"2":2,"b":0}', true],
      [{ a: 0, 360702: 'x', 360703: 'y' }, '{"360702":"x","360703":"y","a":0}', true],
      [{ z: -0, y: 1e21, x: 5e-324 }, '{"x":5e-324,"y":1e+21,"z":0}', true],
      [{ '': '赣州\n"\u001f', 'é': '\ud83d\ude00' }, '{"":"赣州\\n\\"\\u001f","é":"😀"}', true],
      [JSON.parse('{"__proto__":{"b":1},"a":1}'), '{"__proto__":{"b":1},"a":1}', true],
      // JavaScript lists '9' before '10' in any object, so no copy can hold the sorted order.
      [{ 9: 'n', 10: 't', a: 0 }, '{"10":"t","9":"n","a":0}', false],
      // Assigning '__proto__' to a copy would set its prototype.
      [JSON.parse('{"b":1,"__proto__":{"c":1}}'), '{"__proto__":{"c":1},"b":1}', false],
    ];
    for (const [input, text, answers] of cases) {
      expect(referenceCanonicalJson(input)).toBe(text);
      expect(canonicalJson(input)).toBe(text);
      expect(quickCanonicalJson(input)).toBe(answers ? text : undefined);
    }
  });

  it('leaves to the reference writer what it would refuse, so the refusal names its path', () => {
    const cycle: Record<string, unknown> = { b: 1 };
    cycle.a = { again: cycle };
    expect(quickCanonicalJson({ a: 'x\u0000' })).toBeUndefined();
    expect(quickCanonicalJson({ a: ['\udc00'] })).toBeUndefined();
    expect(quickCanonicalJson({ ['\ud800']: 1 })).toBeUndefined();
    expect(quickCanonicalJson(cycle)).toBeUndefined();
    expect(() => canonicalJson(cycle)).toThrow('$.a.again is not JSON-serialisable: circular reference');
    expect(() => canonicalJson({ b: [1, { c: '\ud800' }] }, 'events[0].data')).toThrow('events[0].data.b[1].c is not JSON-serialisable: string holds a lone surrogate');
    // A backslash followed by 'u0000' is harmless text: the reference writer gives it back.
    expect(canonicalJson({ a: '\\u0000' })).toBe('{"a":"\\\\u0000"}');
  });

  it('never lets JSON.stringify call a toJSON the reference writer ignores: hidden, on a list, or deep inside a copied tree', () => {
    const hidden = Object.defineProperty({ a: 1 }, 'toJSON', { value: () => 'X' });
    const list = Object.assign([1, 2], { toJSON: () => 'X' });
    expect(canonicalJson(hidden)).toBe(referenceCanonicalJson(hidden));
    expect(canonicalJson(list)).toBe(referenceCanonicalJson(list));
    expect(canonicalJson({ z: hidden, b: 1 })).toBe('{"b":1,"z":{"a":1}}');
    const species = Object.assign([{ b: 1, a: 2 }], { constructor: { [Symbol.species]: function Other() { return { other: true }; } } });
    expect(canonicalJson(species)).toBe(referenceCanonicalJson(species));
  });

  it('does not answer while Object.prototype carries a toJSON, which JSON.stringify would call', () => {
    const proto = Object.prototype as { toJSON?: () => string };
    proto.toJSON = () => 'polluted';
    try {
      expect(quickCanonicalJson({ a: 1 })).toBeUndefined();
      expect(canonicalJson({ b: { c: 1 }, a: 1 })).toBe('{"a":1,"b":{"c":1}}');
    } finally {
      delete proto.toJSON;
    }
  });
});
