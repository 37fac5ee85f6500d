import { describe, expect, it } from '@jest/globals';
import { isRfc3339Instant } from '../shared/validators.js';
import { checkQuery, nestsDeeperThan, normaliseText, textProblem } from './json-body.js';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, at the limit and one past it', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[1]}}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":[{}]}}', 3)).toBe(true);
  });

  it('ignores brackets in strings, escaped quotes included', () => {
    expect(nestsDeeperThan('["[[[[[[", "\\"[[[[["]', 1)).toBe(false);
  });
});

describe('textProblem and normaliseText', () => {
  it('lets ordinary text, tabs and newlines through, normalised to NFC', () => {
    expect(textProblem('章贡区（水东）中小企业\n第二行\t')).toBeUndefined();
    expect(normaliseText({ a: ['e\u0301'] })).toEqual({ a: ['\u00e9'] });
  });

  it.each([
    ['\u202e', 'bidi'],
    ['a\u200fb', 'bidi'],
    ['a\u0000', 'control'],
    ['a\u009f', 'control'],
    ['\u200b\u200d', 'invisible'],
    ['\ufeff ', 'invisible'],
    ['a\ud800', 'unpaired-surrogate'],
  ])('finds %p to be %s', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('refuses a field named %p, which a class-based whitelist takes for known', (name) => {
    expect(() => normaliseText(JSON.parse(`{"a":{"${name}":1}}`))).toThrow(new RegExp(`a\\.${name}`));
    expect(() => checkQuery({ [name]: '1' })).toThrow(/should not exist/);
  });

  it('names the path of the refused string', () => {
    expect(() => normaliseText({ list: [{ name: '\u202e' }] })).toThrow(/list\[0\]\.name/);
  });
});

describe('isRfc3339Instant', () => {
  it.each(['2027-03-01T09:00:00+08:00', '2027-03-01T01:00:00Z', '2027-03-01T01:00:00.123456Z', '2028-02-29T23:59:59-05:00'])('takes %p', (value) => {
    expect(isRfc3339Instant(value)).toBe(true);
  });
  it.each(['2027-W05', '2027-060', '20270101', '2027-01-01T00Z', '2027-01-01T00:00:00', '2027-02-29T00:00:00Z', '2027-01-01T24:00:00Z', '2027-01-01T00:00:60Z', '2027-01-01 00:00:00Z'])(
    'refuses %p',
    (value) => {
      expect(isRfc3339Instant(value)).toBe(false);
    },
  );
});
