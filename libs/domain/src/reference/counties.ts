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
