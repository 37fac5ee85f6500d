import { describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { canonicalBody, chainAlgorithmAvailable, chainAlgorithmOf, chainHash } from '../canonical-json.js';
import { verifyChains, type StreamHead } from '../chain.js';
import type { RecordedEvent } from '../envelope.js';
import { signerFromPrivateKey } from '../merkle/tree-head.js';
import { checkDecisionSignature, decisionText, SIGNATURE_KEY, trustedKeys } from './decision-signature.js';

describe('SM3 (GB/T 32905-2016) as the chain digest', () => {
  it('gives the standard\'s example 1: "abc"', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it("gives the standard's example 2: the 512-bit message \"abcd\" sixteen times", () => {
    expect(createHash('sm3').update('abcd'.repeat(16)).digest('hex')).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('tags an SM3 link and leaves a SHA-256 link as bare hex, as every link was before SM3', () => {
    const sha = chainHash('', 1, '2027-03-01T00:00:00.000Z', '{}');
    const sm3 = chainHash('', 1, '2027-03-01T00:00:00.000Z', '{}', 'sm3');
    expect(sha).toBe(createHash('sha256').update('\n1\n2027-03-01T00:00:00.000Z\n{}').digest('hex'));
    expect(sm3).toBe(`sm3:${createHash('sm3').update('\n1\n2027-03-01T00:00:00.000Z\n{}').digest('hex')}`);
    expect([chainAlgorithmOf(sha), chainAlgorithmOf(sm3), chainAlgorithmOf('md5:00'), chainAlgorithmOf(sha.slice(1))]).toEqual(['sha256', 'sm3', undefined, undefined]);
    expect(chainAlgorithmAvailable('sm3')).toBe(true);
  });
});

/** A stream written by hand: the first links SHA-256, the rest SM3, as after a switch. */
function stream(algorithms: readonly ('sha256' | 'sm3')[], sign?: (event: RecordedEvent) => RecordedEvent): { rows: RecordedEvent[]; heads: Map<string, StreamHead> } {
  const rows: RecordedEvent[] = [];
  let hash = '';
  algorithms.forEach((algorithm, i) => {
    const unhashed = {
      eventId: `0190e0c0-0000-7000-8000-00000000000${i}`,
      type: i === algorithms.length - 1 ? 'PlatformCertified' : 'ApplicationSubmitted',
      schemaVersion: 1,
      data: { n: i, name: '赣州某平台' },
      metadata: { actorId: 'city-1', role: 'city' },
      streamId: 'platform-x',
      streamVersion: i + 1,
      globalPosition: i + 1,
      recordedAt: `2027-03-0${i + 1}T00:00:00.000Z`,
      hash: '',
    };
    const event = sign ? sign(unhashed) : unhashed;
    hash = chainHash(hash, event.streamVersion, event.recordedAt, canonicalBody(event), algorithm);
    rows.push({ ...event, hash });
  });
  return { rows, heads: new Map([['platform-x', { version: rows.length, hash }]]) };
}

async function* each(rows: readonly RecordedEvent[]) {
  yield* rows;
}

describe('verify across a switch of algorithm and over decision signatures', () => {
  const signer = signerFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
  const stranger = signerFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
  const keys = trustedKeys([signer.publicKeyPem]);
  const signWith = (by: typeof signer) => (event: RecordedEvent) =>
    event.type === 'PlatformCertified'
      ? { ...event, metadata: { ...event.metadata, [SIGNATURE_KEY]: { algorithm: 'Ed25519', keyId: by.keyId, value: by.signBytes(decisionText(event)) } } }
      : event;
  const options = { keys, signedTypes: ['PlatformCertified'] };

  it('checks each link with the algorithm it names', async () => {
    const { rows, heads } = stream(['sha256', 'sha256', 'sm3', 'sm3']);
    const report = await verifyChains(each(rows), heads);
    expect(report.breaks).toEqual([]);
    expect(report.algorithms).toEqual({ sha256: 2, sm3: 2 });
  });

  it('names a changed byte in an SM3 link', async () => {
    const { rows, heads } = stream(['sha256', 'sm3', 'sm3']);
    rows[1] = { ...rows[1]!, data: { n: 1, name: '赣州某平台!' } };
    expect((await verifyChains(each(rows), heads)).breaks).toEqual([expect.objectContaining({ streamVersion: 2, problem: 'hash-mismatch' })]);
  });

  it('accepts a signed decision and counts it', async () => {
    const { rows, heads } = stream(['sha256', 'sm3'], signWith(signer));
    const report = await verifyChains(each(rows), heads, options);
    expect(report.breaks).toEqual([]);
    expect(report.signatures).toEqual({ checked: 1, unsigned: 0 });
    expect(checkDecisionSignature(rows[1]!, keys)).toBe('valid');
  });

  it('names a decision changed after signing even when every hash was recomputed', async () => {
    const signed = stream(['sha256', 'sm3'], signWith(signer)).rows[1]!;
    const { rows, heads } = stream(['sha256', 'sm3'], (event) =>
      event.type === 'PlatformCertified' ? { ...event, data: { n: 1, name: '赣州某平台 (changed)' }, metadata: signed.metadata } : event,
    );
    const report = await verifyChains(each(rows), heads, options);
    expect(report.breaks).toEqual([expect.objectContaining({ streamVersion: 2, problem: 'signature-invalid' })]);
    expect(report.breaks[0]!.detail).toContain('PlatformCertified');
  });

  it('names a decision signed by a key it does not trust, and counts an unsigned one', async () => {
    const foreign = stream(['sm3', 'sm3'], signWith(stranger));
    expect((await verifyChains(each(foreign.rows), foreign.heads, options)).breaks).toEqual([
      expect.objectContaining({ problem: 'signature-unknown-key' }),
    ]);
    const unsigned = stream(['sha256', 'sha256']);
    const report = await verifyChains(each(unsigned.rows), unsigned.heads, options);
    expect(report.breaks).toEqual([]);
    expect(report.signatures).toEqual({ checked: 0, unsigned: 1 });
  });
});
