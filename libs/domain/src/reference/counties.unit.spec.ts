import { describe, expect, it } from '@jest/globals';
import { GANZHOU_COUNTIES, findCounty, isUnifiedSocialCreditCode, withCreditCodeCheck } from './counties.js';

describe("Ganzhou's bureaus: 18 county-level divisions and the zones that run their own", () => {
  it('3 districts, 2 county-level cities, 13 counties and 2 functional zones', () => {
    const count = (kind: string) => GANZHOU_COUNTIES.filter((county) => county.kind === kind).length;
    expect([count('district'), count('city'), count('county'), count('zone')]).toEqual([3, 2, 13, 2]);
    expect(GANZHOU_COUNTIES).toHaveLength(20);
  });

  it('every code is a distinct administrative code of Ganzhou (3607xx)', () => {
    const codes = GANZHOU_COUNTIES.map((county) => county.code);
    expect(codes.every((code) => /^3607\d{2}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every name is Chinese and says what the division is: 区, 市, 县, or a zone', () => {
    const suffix = { district: /区$/, city: /市$/, county: /县$/, zone: /(开发区|新区)$/ };
    for (const county of GANZHOU_COUNTIES) expect(county.name).toMatch(suffix[county.kind]);
    expect(new Set(GANZHOU_COUNTIES.map((county) => county.name)).size).toBe(GANZHOU_COUNTIES.length);
  });

  it('finds a bureau by its code, and nothing for a code outside Ganzhou', () => {
    expect(findCounty('360702')).toEqual({ code: '360702', name: '章贡区', kind: 'district' });
    expect(findCounty('360781')).toMatchObject({ name: '瑞金市', kind: 'city' });
    expect(findCounty('360792')).toMatchObject({ name: '蓉江新区', kind: 'zone' });
    expect(findCounty('360100')).toBeUndefined();
    expect(findCounty('')).toBeUndefined();
  });
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it("accepts the standard's own example", () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('accepts a code whose check character is 0 or a letter', () => {
    expect(isUnifiedSocialCreditCode('91360702MA30000080')).toBe(true);
    expect(isUnifiedSocialCreditCode('91360702MA3000027Y')).toBe(true);
  });

  it('refuses a code with a wrong check character', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
    expect(isUnifiedSocialCreditCode('91360702MA30000081')).toBe(false);
  });

  it.each([
    ['91350100M000100Y4', '17 characters'],
    ['91350100M000100Y433', '19 characters'],
    ['91350100m000100Y43', 'a lower-case letter'],
    ['91350100I000100Y43', 'I, which the charset leaves out'],
    ['91350100O000100Y43', 'O'],
    ['91350100S000100Y43', 'S'],
    ['91350100V000100Y43', 'V'],
    ['91350100Z000100Y43', 'Z'],
    [' 91350100M000100Y4', 'a leading space'],
  ])('refuses %s (%s)', (code) => {
    expect(isUnifiedSocialCreditCode(code)).toBe(false);
  });

  it('completes 17 characters with the check character the validator expects', () => {
    expect(withCreditCodeCheck('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(withCreditCodeCheck('91360702MA3000008')).toBe('91360702MA30000080');
    expect(isUnifiedSocialCreditCode(withCreditCodeCheck('91360702MA3DEMY01'))).toBe(true);
  });
});
