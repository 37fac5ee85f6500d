import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it.each([
    ['', 'the empty text'],
    ['abc', 'the FIPS 180-4 example'],
    ['a'.repeat(55), '55 bytes: the length fits the last block'],
    ['a'.repeat(56), '56 bytes: the length needs a block of its own'],
    ['a'.repeat(64), 'one whole block'],
    ['赣州市中小企业公共服务示范平台'.repeat(300), 'multi-byte UTF-8 over many blocks'],
  ])('matches node:crypto for %#: %s', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('gives the published value for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
