import type { Article } from './domain-error.js';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1-99 in Chinese numerals, as articles and items are numbered: 十五, 二十一. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/**
 * An article as Chinese drafting cites it: '6(3)' → '第六条第（三）项', '15' → '第十五条',
 * '8, 9' → '第八、九条'. Anything else is returned as given.
 */
export function articleZh(article: Article): string {
  const item = /^(\d{1,2})\((\d{1,2})\)$/.exec(article);
  if (item) return `第${chineseNumber(Number(item[1]))}条第（${chineseNumber(Number(item[2]))}）项`;
  const list = article.split(/,\s*/);
  if (list.every((a) => /^\d{1,2}$/.test(a))) return `第${list.map((a) => chineseNumber(Number(a))).join('、')}条`;
  return article;
}
