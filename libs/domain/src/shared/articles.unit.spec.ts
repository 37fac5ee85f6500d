import { describe, expect, it } from '@jest/globals';
import { articleZh } from './articles.js';

describe('articles cited the way Chinese drafting cites them', () => {
  it.each([
    ['6(3)', '第六条第（三）项'],
    ['7(5)', '第七条第（五）项'],
    ['10', '第十条'],
    ['15', '第十五条'],
    ['1', '第一条'],
    ['8, 9', '第八、九条'],
    ['21', '第二十一条'],
    ['11', '第十一条'],
    ['20', '第二十条'],
    ['6(10)', '第六条第（十）项'],
    ['8,9', '第八、九条'],
    ['12, 15', '第十二、十五条'],
  ])('%s → %s', (article, zh) => {
    expect(articleZh(article)).toBe(zh);
  });

  it.each(['Annex 1', '6(3) total assets', '100', '6(3)(a)', ''])('what is not an article or a list of articles stays as given: %p', (text) => {
    expect(articleZh(text)).toBe(text);
  });
});
