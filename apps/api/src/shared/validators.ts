import { registerDecorator, type ValidationOptions } from 'class-validator';
import { findCounty, isIsoDate, isUnifiedSocialCreditCode } from '@certflow/domain';

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

/** A real calendar date YYYY-MM-DD (no 2027-02-30, no week or ordinal dates). */
export const IsIsoDate = rule(
  'isIsoDate',
  '$property must be a calendar date YYYY-MM-DD',
  (value) => typeof value === 'string' && isIsoDate(value),
);

/** An RFC 3339 instant with its offset (`2027-03-01T09:00:00+08:00`, `...Z`): nothing else reaches `Date`. */
export const IsInstant = rule(
  'isInstant',
  '$property must be an RFC 3339 date-time with an offset, e.g. 2027-03-01T09:00:00+08:00',
  (value) => typeof value === 'string' && isRfc3339Instant(value),
);

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

export function isRfc3339Instant(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [, , , , hour, minute, second, , , offsetHour, offsetMinute] = match;
  if (!isIsoDate(value.slice(0, 10))) return false;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return false;
  if (offsetHour !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59)) return false;
  return Number.isFinite(Date.parse(value));
}
