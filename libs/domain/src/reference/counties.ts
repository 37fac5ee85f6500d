/**
 * Ganzhou's county-level divisions (administrative codes 3607xx) and the functional zones that
 * run their own bureau. Reference data, not an enum: a zone can be added without a release.
 */
export interface County {
  readonly code: string;
  readonly name: string;
  readonly kind: 'district' | 'city' | 'county' | 'zone';
}

export const GANZHOU_COUNTIES: readonly County[] = [
  { code: '360702', name: '章贡区', kind: 'district' },
  { code: '360703', name: '南康区', kind: 'district' },
  { code: '360704', name: '赣县区', kind: 'district' },
  { code: '360722', name: '信丰县', kind: 'county' },
  { code: '360723', name: '大余县', kind: 'county' },
  { code: '360724', name: '上犹县', kind: 'county' },
  { code: '360725', name: '崇义县', kind: 'county' },
  { code: '360726', name: '安远县', kind: 'county' },
  { code: '360728', name: '定南县', kind: 'county' },
  { code: '360729', name: '全南县', kind: 'county' },
  { code: '360730', name: '宁都县', kind: 'county' },
  { code: '360731', name: '于都县', kind: 'county' },
  { code: '360732', name: '兴国县', kind: 'county' },
  { code: '360733', name: '会昌县', kind: 'county' },
  { code: '360734', name: '寻乌县', kind: 'county' },
  { code: '360735', name: '石城县', kind: 'county' },
  { code: '360781', name: '瑞金市', kind: 'city' },
  { code: '360783', name: '龙南市', kind: 'city' },
  { code: '360791', name: '赣州经济技术开发区', kind: 'zone' },
  { code: '360792', name: '蓉江新区', kind: 'zone' },
];

export function findCounty(code: string): County | undefined {
  return GANZHOU_COUNTIES.find((county) => county.code === code);
}

const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set without I, O, S, V
 * and Z; the last is a check character, 31 minus the weighted sum of the first 17 modulo 31.
 */
export function isUnifiedSocialCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce((total, weight, i) => total + CREDIT_CODE_CHARSET.indexOf(code[i]!) * weight, 0);
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET[check] === code[17];
}

/** Completes 17 characters with their check character; for fixtures and the demo. */
export function withCreditCodeCheck(first17: string): string {
  const sum = CREDIT_CODE_WEIGHTS.reduce((total, weight, i) => total + CREDIT_CODE_CHARSET.indexOf(first17[i]!) * weight, 0);
  return first17 + CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}
