import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  consistencyProof,
  EMPTY_ROOT,
  eventLeafHash,
  inclusionProof,
  leafHash,
  rootOf,
  TreeBuilder,
  verifyConsistency,
  verifyInclusion,
} from './rfc9162.js';

// An independent reading of RFC 9162 2.1, written from the text with node:crypto only, to check
// the code under test against: MTH, PATH and PROOF/SUBPROOF as the RFC defines them recursively.
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
const mth = (d: Buffer[]): Buffer => (d.length === 0 ? sha() : d.length === 1 ? sha(Buffer.from([0]), d[0]!) : sha(Buffer.from([1]), mth(d.slice(0, k(d.length))), mth(d.slice(k(d.length)))));
const path = (m: number, d: Buffer[]): Buffer[] => {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s ? [...path(m, d.slice(0, s)), mth(d.slice(s))] : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
};
const subproof = (m: number, d: Buffer[], b: boolean): Buffer[] => {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))] : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
};
const hex = (buffers: Buffer[]) => buffers.map((b) => b.toString('hex'));

const data = Array.from({ length: 40 }, (_, i) => Buffer.from(`event ${i}`));
const leaves = data.map((d) => leafHash(d));

describe('RFC 9162 Merkle tree', () => {
  it('hashes leaves and the empty tree as the RFC does', () => {
    expect(EMPTY_ROOT).toBe(sha().toString('hex'));
    expect(leaves[0]).toBe(sha(Buffer.from([0]), data[0]!).toString('hex'));
  });

  it.each([1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 40])('the root of %i leaves, recursively and streamed', (n) => {
    const expected = mth(data.slice(0, n)).toString('hex');
    expect(rootOf(leaves.slice(0, n))).toBe(expected);
    const builder = new TreeBuilder();
    leaves.slice(0, n).forEach((leaf) => builder.push(leaf));
    expect(builder.root()).toBe(expected);
    expect(builder.size).toBe(n);
  });

  it('inclusion proofs match the RFC for every leaf of trees of 1 to 40, and verify', () => {
    for (let n = 1; n <= 40; n += 1) {
      const root = rootOf(leaves, 0, n);
      for (let m = 0; m < n; m += 1) {
        const proof = inclusionProof(leaves, m, n);
        expect(proof).toEqual(hex(path(m, data.slice(0, n))));
        expect(verifyInclusion(leaves[m]!, m, n, proof, root)).toBe(true);
        if (proof.length > 0) expect(verifyInclusion(leaves[m]!, m, n, [leafHash('forged'), ...proof.slice(1)], root)).toBe(false);
        if (n > 1) expect(verifyInclusion(leaves[(m + 1) % n]!, m, n, proof, root)).toBe(false);
      }
    }
  });

  it('consistency proofs match the RFC for every pair of sizes up to 24, and verify; a changed old tree fails', () => {
    for (let n = 1; n <= 24; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyProof(leaves, m, n);
        expect(proof).toEqual(m === n ? [] : hex(subproof(m, data.slice(0, n), true)));
        expect(verifyConsistency(m, n, rootOf(leaves, 0, m), rootOf(leaves, 0, n), proof)).toBe(true);
        if (m < n) {
          const forged = [...leaves.slice(0, m - 1), leafHash('forged')];
          expect(verifyConsistency(m, n, rootOf(forged), rootOf(leaves, 0, n), proof)).toBe(false);
        }
      }
    }
  });

  it("an event's leaf covers its stream, version and chain hash", () => {
    const leaf = eventLeafHash({ streamId: 'platform-a', streamVersion: 2, hash: 'ab'.repeat(32) });
    expect(leaf).toBe(sha(Buffer.from([0]), Buffer.from(`certflow-event:v1\nplatform-a\n2\n${'ab'.repeat(32)}`)).toString('hex'));
    expect(eventLeafHash({ streamId: 'platform-b', streamVersion: 2, hash: 'ab'.repeat(32) })).not.toBe(leaf);
    expect(eventLeafHash({ streamId: 'platform-a', streamVersion: 3, hash: 'ab'.repeat(32) })).not.toBe(leaf);
  });
});
