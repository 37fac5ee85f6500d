import { describe, expect, it } from '@jest/globals';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('console messages', () => {
  it('en has every key of zh-CN, and no other, each a non-empty text', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    const blank = keys(en).filter((key) => !String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en)).trim());
    expect(blank).toEqual([]);
  });

  it('zh-CN speaks Chinese: every message but codes and numbers holds a Han character', () => {
    const texts = keys(zhCN).map((key) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN)));
    expect(texts.filter((text) => !/\p{Script=Han}/u.test(text))).toEqual([]);
  });
});
