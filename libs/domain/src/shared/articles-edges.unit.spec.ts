import { describe, expect, it } from '@jest/globals';
import { articleZh } from './articles.js';

describe('articleZh reads an item only when the whole text is one', () => {
  it('a two-digit article with an item: 15(2) → 第十五条第（二）项', () => {
    expect(articleZh('15(2)')).toBe('第十五条第（二）项');
  });

  it.each(['Art. 6(3)', '8, 9a', '8, Annex 1'])('text around an article or in a list keeps it as given: %p', (text) => {
    expect(articleZh(text)).toBe(text);
  });
});
