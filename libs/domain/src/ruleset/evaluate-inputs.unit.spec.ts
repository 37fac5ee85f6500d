// What an evaluation records of each criterion besides its result: the input and the threshold it
// was drawn from are what an auditor replays years later (Art. 1), so they are asserted whole.
import { describe, expect, it } from '@jest/globals';
import { applicationContent, type ContentOverrides } from '@certflow/testing';
import { evaluateApplication, type CriterionResult } from './evaluate.js';
import { GANZHOU_2013 } from './ganzhou-2013.js';
import { SERVICE_CATEGORIES } from './ruleset.js';

const criteriaOf = (overrides: ContentOverrides = {}) => evaluateApplication(applicationContent(overrides), '2027-03-15', GANZHOU_2013).criteria;
const byName = (criteria: readonly CriterionResult[], name: string) => criteria.find((c) => c.criterion === name);

describe('evaluateApplication: the input and threshold of every criterion', () => {
  it('Arts. 6(1)-6(4): a declaration is judged against "declared", true', () => {
    const declarations = criteriaOf().filter((c) => typeof c.input === 'boolean');
    expect(declarations.map((c) => c.criterion)).toEqual([
      '6(1) independent legal person',
      '6(1) qualified for its services',
      '6(2) serves mainly SMEs of its base',
      '6(3) sound finances',
      '6(4) management system and fees',
      '6(4) discounts for small and micro firms',
      '6(4) development plan and targets',
    ]);
    for (const c of declarations) expect(c).toMatchObject({ input: true, threshold: true, result: 'needs-judgement', overridable: false });
  });

  it('Art. 6(5): steady growth records both years and the rule it applied', () => {
    expect(byName(criteriaOf({ figures: { smesServedYearBefore: 365, smesServedLastYear: 420 } }), '6(5) steady growth')).toEqual({
      criterion: '6(5) steady growth',
      article: '6(5)',
      input: { yearBefore: 365, lastYear: 420 },
      threshold: 'last year > year before',
      result: 'pass',
      overridable: false,
    });
  });

  it('Art. 6: the numbers of Art. 6 in the order of the text, each with its figure and its threshold', () => {
    const numbers = criteriaOf().filter((c) => typeof c.input === 'number' && c.article.startsWith('6('));
    expect(numbers.map(({ criterion, input, threshold }) => [criterion, input, threshold])).toEqual([
      ['6(3) total assets', 5_600_000, 2_000_000],
      ['6(3) staff serving SMEs', 24, 10],
      ['6(3) premises m2', 860, 200],
      ['6(4) public-interest share', 35, 20],
      ['6(5) aggregated institutions', 6, 3],
      ['6(5) SMEs served per year', 420, 50],
      ['6(5) satisfaction', 92.5, 70],
    ]);
  });

  it('Art. 7: every category applied for without its figures counts them as 0 and fails them', () => {
    const criteria = criteriaOf({
      profile: { categories: SERVICE_CATEGORIES },
      figures: { information: undefined, technology: undefined, entrepreneurship: undefined, training: undefined, financing: undefined },
    });
    const numbers = criteria.filter((c) => c.article.startsWith('7(') && typeof c.input === 'number');
    expect(numbers.map(({ criterion, input, threshold, result }) => [criterion, input, threshold, result])).toEqual([
      ['7(1) offline firms served', 0, 50, 'fail'],
      ['7(1) service events', 0, 2, 'fail'],
      ['7(2) technology events', 0, 2, 'fail'],
      ['7(3) project events', 0, 2, 'fail'],
      ['7(4) trainee-times', 0, 1_000, 'fail'],
      ['7(5) matchmaking events', 0, 2, 'fail'],
      ['7(5) financing lectures', 0, 2, 'fail'],
    ]);
  });

  it('Art. 7: the capabilities declared are recorded as declared, in order, against those required', () => {
    const criteria = criteriaOf({
      profile: { categories: ['financing'] },
      declarations: { capabilities: { financing: ['financing-supermarket', 'financing-advice'] } },
    });
    expect(byName(criteria, '7(5) financing capabilities')).toEqual({
      criterion: '7(5) financing capabilities',
      article: '7(5)',
      input: ['financing-supermarket', 'financing-advice'],
      threshold: ['financing-advice', 'financing-planning', 'referral-and-agency', 'financing-supermarket'],
      result: 'fail',
      overridable: false,
    });
  });
});
