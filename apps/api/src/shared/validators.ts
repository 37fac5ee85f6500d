import { registerDecorator, type ValidationOptions } from 'class-validator';
import { findCounty, isUnifiedSocialCreditCode } from '@certflow/domain';

const CJK = /[\u3400-\u9fff]/;
const NAME = /^[\u3400-\u9fffA-Za-z0-9（）()·—\-、&]+$/;

function rule(name: string, message: string, test: (value: unknown) => boolean) {
  return (options?: ValidationOptions) => (target: object, property: string) =>
    registerDecorator({ name, target: target.constructor, propertyName: property, options: { message, ...options }, validator: { validate: test } });
}

/** A registered Chinese name: 2-100 characters, at least one Chinese character, no spaces. */
export const IsChineseName = rule(
  'isChineseName',
  '$property must be a Chinese name of 2 to 100 characters (中文名称)',
  (value) => typeof value === 'string' && value.length >= 2 && value.length <= 100 && CJK.test(value) && NAME.test(value),
);

export const IsCreditCode = rule(
  'isCreditCode',
  '$property must be a valid unified social credit code (统一社会信用代码, 18 characters with its check character)',
  (value) => typeof value === 'string' && isUnifiedSocialCreditCode(value),
);

export const IsCountyCode = rule(
  'isCountyCode',
  '$property must be the code of a Ganzhou county-level division (e.g. 360702)',
  (value) => typeof value === 'string' && findCounty(value) !== undefined,
);

export const IsIsoDate = rule(
  'isIsoDate',
  '$property must be a date YYYY-MM-DD',
  (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
);
