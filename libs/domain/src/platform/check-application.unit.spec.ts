// The words of each refusal of an application's own checks (Arts. 5, 6, 10): the operator reads
// the Chinese, the problem+json carries both, so each is asserted whole.
import { describe, expect, it } from '@jest/globals';
import { applicationContent, documentRef, materials, type ContentOverrides } from '@certflow/testing';
import type { Material } from './application.js';
import { platform, APPLIED_ON, applicant, submit } from './story.spec.js';

const refusal = (overrides: ContentOverrides, code: string) =>
  platform.given([]).when(submit(applicationContent(overrides)), applicant(APPLIED_ON)).thenThrows(code);

describe('checkApplication: what each refusal says', () => {
  it('Art. 5: no service category', () => {
    const error = refusal({ profile: { categories: [] } }, 'application.no-category');
    expect(error).toMatchObject({ kind: 'invalid', article: '5' });
    expect(error.messages).toEqual({ zh: '至少选择一个服务类别（第五条）', en: 'choose at least one service category (Art. 5)' });
  });

  it('Art. 5: a category listed twice', () => {
    const error = refusal({ profile: { categories: ['financing', 'technology', 'financing'] } }, 'application.duplicate-category');
    expect(error).toMatchObject({ kind: 'invalid', article: '5' });
    expect(error.messages).toEqual({ zh: '服务类别重复', en: 'a service category is listed twice' });
  });

  it('Art. 5: every category once is no duplicate, however many', () => {
    const categories = ['information', 'technology', 'entrepreneurship', 'training', 'financing'] as const;
    platform.given([]).when(submit(applicationContent({ profile: { categories } })), applicant(APPLIED_ON)).then([
      expect.objectContaining({ type: 'ApplicationSubmitted' }),
    ]);
  });

  it('Art. 6(1): an establishment date that is no calendar day', () => {
    const error = refusal({ profile: { establishedOn: '2019-13-01' } }, 'application.invalid-date');
    expect(error.messages).toEqual({ zh: '成立日期无效', en: 'invalid establishment date' });
  });

  it('Art. 6(1): an establishment date after the application date names the range it must lie in', () => {
    const error = refusal({ profile: { establishedOn: '2027-03-16' } }, 'application.establishment-date-out-of-range');
    expect(error.messages).toEqual({
      zh: '成立日期（2027-03-16）须在1949-10-01至申报日（2027-03-15）之间',
      en: 'the establishment date 2027-03-16 must lie from 1949-10-01 to the application date 2027-03-15',
    });
    expect(error.details).toEqual({ establishedOn: '2027-03-16', earliest: '1949-10-01', latest: APPLIED_ON });
  });

  it('Art. 6: negative figures are named, in Chinese and by their field names', () => {
    const error = refusal({ figures: { totalAssetsCny: -1, training: { traineeTimes: -5 } } }, 'application.figure-out-of-range');
    expect(error).toMatchObject({ kind: 'malformed', article: '6', details: { figures: ['totalAssetsCny', 'training.traineeTimes'] } });
    expect(error.messages).toEqual({
      zh: '申报数据不能为负数：资产总额、培训人次',
      en: 'figures cannot be negative: totalAssetsCny, training.traineeTimes',
    });
  });

  it('Art. 6: zero is a figure, not a negative one', () => {
    platform.given([]).when(submit(applicationContent({ figures: { serviceInstitutions: 0, technology: { events: 0 } } })), applicant(APPLIED_ON)).then([
      expect.objectContaining({ type: 'ApplicationSubmitted' }),
    ]);
  });

  it('Arts. 6(4), 6(5): both shares over 100 % are named; the article is that of the first', () => {
    const error = refusal({ figures: { publicInterestPercent: 101, satisfactionPercent: 120 } }, 'application.share-over-100');
    expect(error).toMatchObject({ kind: 'malformed', article: '6(4)', details: { figures: ['publicInterestPercent', 'satisfactionPercent'] } });
    expect(error.messages).toEqual({
      zh: '比例不能超过100%：公益性服务或低收费服务比例、用户满意度',
      en: 'a share cannot exceed 100 %: publicInterestPercent, satisfactionPercent',
    });
  });

  it('Art. 6(5): satisfaction alone over 100 % cites Art. 6(5)', () => {
    const error = refusal({ figures: { satisfactionPercent: 100.5 } }, 'application.share-over-100');
    expect(error).toMatchObject({ article: '6(5)', details: { figures: ['satisfactionPercent'] } });
    expect(error.messages.zh).toBe('比例不能超过100%：用户满意度');
  });

  it('Art. 6(3): more qualified staff than staff names both numbers', () => {
    const error = refusal({ figures: { staffServingSmes: 12, qualifiedStaff: 13 } }, 'application.qualified-staff-over-staff');
    expect(error.messages).toEqual({
      zh: '具有大专以上学历或中级以上职称的人员（13人）不能多于为中小企业服务的人员（12人）',
      en: 'qualified staff (13) cannot exceed the staff serving SMEs (12)',
    });
  });

  it('Art. 10: every material that is none of the eight is named', () => {
    const stray = (code: string) => ({ code, ...documentRef(`${code}.pdf`) }) as unknown as Material;
    const error = refusal({ materials: [...materials(), stray('business-plan'), stray('site-photos')] }, 'application.unknown-material');
    expect(error).toMatchObject({ kind: 'invalid', article: '10' });
    expect(error.messages).toEqual({ zh: '未知的材料类别：business-plan、site-photos', en: 'unknown material codes: business-plan, site-photos' });
  });
});
