import { describe, expect, it } from '@jest/globals';
import { canonicalBody, canonicalJson, chainHash, storedBody } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, whatever order they were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 })).toBe(
      canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }),
    );
  });

  it('still names the path of what it refuses, at any depth, though a value it accepts is walked without paths', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { again: cycle };
    const refused: [unknown, RegExp][] = [
      [{ a: [1, { b: undefined }] }, /\$\.a\[1\]\.b/],
      [{ a: { n: Number.NaN } }, /\$\.a\.n/],
      [{ list: [0, 1, () => 1] }, /\$\.list\[2\]/],
      [{ when: new Date(0) }, /\$\.when/],
      [{ deep: { text: 'x\u0000' } }, /\$\.deep\.text/],
      [{ ['\ud800']: 1 }, /\$/],
      [cycle, /\$\.self\.again/],
      [{ big: 1n }, /\$\.big/],
    ];
    for (const [value, path] of refused) expect(() => canonicalJson(value)).toThrow(path);
  });

  it('keeps Chinese text and escapes only what JSON must', () => {
    expect(canonicalJson({ name: '赣州 "平台"\n' })).toBe('{"name":"赣州 \\"平台\\"\\n"}');
  });
});

describe('chainHash', () => {
  // Reference value from `printf '\n1\n2027-03-01T08:00:00.000Z\n<body>' | sha256sum`, so the
  // chain can be re-verified years later with nothing but a shell.
  it('is SHA-256 over previous hash, version, recorded time and canonical body, joined by newlines', () => {
    const body = canonicalBody({
      type: 'ApplicationSubmitted',
      streamId: 'platform-1',
      eventId: '0190f1a2-7b3c-7d4e-8f00-000000000001',
      schemaVersion: 1,
      metadata: {},
      data: { assetsCny: 2000000 },
    });
    expect(chainHash('', 1, '2027-03-01T08:00:00.000Z', body)).toBe(
      'e80869b444960ce96c3cc47cbf580e14d8ec2dd5043bb7f3b9b1910329f0b8e6',
    );
  });

  it('changes when any input changes', () => {
    const base = chainHash('a', 1, 't', '{}');
    expect(chainHash('b', 1, 't', '{}')).not.toBe(base);
    expect(chainHash('a', 2, 't', '{}')).not.toBe(base);
    expect(chainHash('a', 1, 'u', '{}')).not.toBe(base);
    expect(chainHash('a', 1, 't', '{"x":1}')).not.toBe(base);
  });
});

describe('storedBody (verify reads events back)', () => {
  it('gives canonicalBody\'s bytes for whatever JSON.parse gives back: nested, unordered, arrays, numbers, Chinese, escapes, empty', () => {
    const values = [
      { b: 1, a: { d: [3, { z: null, y: true }], c: '赣州' } },
      { list: [], empty: {}, n: -0.5, big: 1e21, small: 5e-7, text: 'a"b\\c\n\t\u2028' },
      [1, 'two', [3], { four: 4 }],
      { zh: '认定：市级中小企业公共服务示范平台', emoji: '😀' },
    ];
    for (const value of values) {
      const parsed = JSON.parse(JSON.stringify(value)) as unknown;
      const body = { eventId: 'e-1', streamId: 'platform-a', type: 'T', schemaVersion: 2, data: parsed, metadata: { role: 'city', actorId: 'x', occurredAt: '2027-01-01T00:00:00.000Z' } };
      expect(storedBody(body)).toBe(canonicalBody(body));
    }
  });

  it('writes out what append refuses (a lone surrogate read back from a tampered row), so verify names a mismatch instead of failing', () => {
    const body = { eventId: 'e-1', streamId: 'platform-a', type: 'T', schemaVersion: 1, data: JSON.parse('{"name":"\\ud800"}') as unknown, metadata: {} };
    expect(() => canonicalBody(body)).toThrow();
    expect(storedBody(body)).toBe('{"data":{"name":"\\ud800"},"eventId":"e-1","metadata":{},"schemaVersion":1,"streamId":"platform-a","type":"T"}');
  });
});
