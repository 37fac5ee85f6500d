import { describe, expect, it } from '@jest/globals';
import { applicationContent, type ContentOverrides } from '@certflow/testing';
import { CATEGORY_CAPABILITIES, CRITERION_LABELS_ZH, criterionZh, evaluateApplication, type CriterionResult, type RuleEvaluation } from './evaluate.js';
import { GANZHOU_2013 } from './ganzhou-2013.js';
import { SERVICE_CATEGORIES, type Ruleset, type ServiceCategory } from './ruleset.js';
import type { Declarations } from '../platform/application.js';

const APPLIED_ON = '2027-03-15';
const ALL_CATEGORIES = { profile: { categories: SERVICE_CATEGORIES } } satisfies ContentOverrides;

function evaluate(overrides: ContentOverrides = {}, appliedOn = APPLIED_ON, ruleset: Ruleset = GANZHOU_2013): RuleEvaluation {
  return evaluateApplication(applicationContent(overrides), appliedOn, ruleset);
}

function criterion(evaluation: RuleEvaluation, name: string): CriterionResult {
  const found = evaluation.criteria.find((c) => c.criterion === name);
  if (!found) throw new Error(`no criterion '${name}' among ${evaluation.criteria.map((c) => c.criterion).join(', ')}`);
  return found;
}

/** Merges figure overrides into the all-categories content, so a row only names what it is about. */
const withFigures = (figures: ContentOverrides['figures'], profile: ContentOverrides['profile'] = {}): ContentOverrides => ({
  profile: { ...ALL_CATEGORIES.profile, ...profile },
  figures,
});

interface Boundary {
  readonly title: string;
  readonly criterion: string;
  readonly article: string;
  readonly atLimit: ContentOverrides;
  readonly atLimitLabel: string;
  readonly under: ContentOverrides;
  readonly underLabel: string;
}

/** Every number of Arts. 6 and 7: exactly at the limit passes (以上 / 不低于 include it), just under fails. */
const BOUNDARIES: readonly Boundary[] = [
  {
    title: 'Art. 6(3) total assets ≥ 2,000,000 CNY',
    criterion: '6(3) total assets',
    article: '6(3)',
    atLimit: withFigures({ totalAssetsCny: 2_000_000 }),
    atLimitLabel: '2,000,000 CNY passes',
    under: withFigures({ totalAssetsCny: 1_999_999 }),
    underLabel: '1,999,999 CNY fails',
  },
  {
    title: 'Art. 6(3) staff serving SMEs ≥ 10',
    criterion: '6(3) staff serving SMEs',
    article: '6(3)',
    atLimit: withFigures({ staffServingSmes: 10, qualifiedStaff: 6 }),
    atLimitLabel: '10 staff passes',
    under: withFigures({ staffServingSmes: 9, qualifiedStaff: 6 }),
    underLabel: '9 staff fails',
  },
  {
    title: 'Art. 6(3) qualified staff share ≥ 60 %',
    criterion: '6(3) qualified staff share',
    article: '6(3)',
    atLimit: withFigures({ staffServingSmes: 10, qualifiedStaff: 6 }),
    atLimitLabel: '6 qualified of 10 (exactly 60 %) passes',
    under: withFigures({ staffServingSmes: 10, qualifiedStaff: 5 }),
    underLabel: '5 qualified of 10 fails',
  },
  {
    title: 'Art. 6(3) premises ≥ 200 m²',
    criterion: '6(3) premises m2',
    article: '6(3)',
    atLimit: withFigures({ premisesM2: 200 }),
    atLimitLabel: '200 m² passes',
    under: withFigures({ premisesM2: 199 }),
    underLabel: '199 m² fails',
  },
  {
    title: 'Art. 6(4) public-interest or low-fee services ≥ 20 %',
    criterion: '6(4) public-interest share',
    article: '6(4)',
    atLimit: withFigures({ publicInterestPercent: 20 }),
    atLimitLabel: '20 % passes',
    under: withFigures({ publicInterestPercent: 19.99 }),
    underLabel: '19.99 % fails',
  },
  {
    title: 'Art. 6(5) a comprehensive platform aggregates ≥ 3 institutions',
    criterion: '6(5) aggregated institutions',
    article: '6(5)',
    atLimit: withFigures({ serviceInstitutions: 3 }, { comprehensive: true }),
    atLimitLabel: '3 institutions pass',
    under: withFigures({ serviceInstitutions: 2 }, { comprehensive: true }),
    underLabel: '2 institutions fail',
  },
  {
    title: 'Art. 6(5) serves ≥ 50 SMEs a year',
    criterion: '6(5) SMEs served per year',
    article: '6(5)',
    atLimit: withFigures({ smesServedLastYear: 50, smesServedYearBefore: 40 }),
    atLimitLabel: '50 SMEs pass',
    under: withFigures({ smesServedLastYear: 49, smesServedYearBefore: 40 }),
    underLabel: '49 SMEs fail',
  },
  {
    title: 'Art. 6(5) user satisfaction ≥ 70 %',
    criterion: '6(5) satisfaction',
    article: '6(5)',
    atLimit: withFigures({ satisfactionPercent: 70 }),
    atLimitLabel: '70 % passes',
    under: withFigures({ satisfactionPercent: 69.9 }),
    underLabel: '69.9 % fails',
  },
  {
    title: 'Art. 6(5) SMEs served grew steadily',
    criterion: '6(5) steady growth',
    article: '6(5)',
    atLimit: withFigures({ smesServedYearBefore: 365, smesServedLastYear: 366 }),
    atLimitLabel: 'last year one more than the year before passes',
    under: withFigures({ smesServedYearBefore: 365, smesServedLastYear: 365 }),
    underLabel: 'the same number both years fails',
  },
  {
    title: 'Art. 7(1) information: offline service to ≥ 50 firms a year',
    criterion: '7(1) offline firms served',
    article: '7(1)',
    atLimit: withFigures({ information: { offlineFirms: 50, events: 12 } }),
    atLimitLabel: '50 firms pass',
    under: withFigures({ information: { offlineFirms: 49, events: 12 } }),
    underLabel: '49 firms fail',
  },
  {
    title: 'Art. 7(1) information: ≥ 2 service events a year',
    criterion: '7(1) service events',
    article: '7(1)',
    atLimit: withFigures({ information: { offlineFirms: 180, events: 2 } }),
    atLimitLabel: '2 events pass',
    under: withFigures({ information: { offlineFirms: 180, events: 1 } }),
    underLabel: '1 event fails',
  },
  {
    title: 'Art. 7(2) technology: ≥ 2 events a year',
    criterion: '7(2) technology events',
    article: '7(2)',
    atLimit: withFigures({ technology: { events: 2 } }),
    atLimitLabel: '2 events pass',
    under: withFigures({ technology: { events: 1 } }),
    underLabel: '1 event fails',
  },
  {
    title: 'Art. 7(3) entrepreneurship: ≥ 2 project talks or promotion events a year',
    criterion: '7(3) project events',
    article: '7(3)',
    atLimit: withFigures({ entrepreneurship: { events: 2 } }),
    atLimitLabel: '2 events pass',
    under: withFigures({ entrepreneurship: { events: 1 } }),
    underLabel: '1 event fails',
  },
  {
    title: 'Art. 7(4) training: ≥ 1,000 trainee-times a year',
    criterion: '7(4) trainee-times',
    article: '7(4)',
    atLimit: withFigures({ training: { traineeTimes: 1_000 } }),
    atLimitLabel: '1,000 trainee-times pass',
    under: withFigures({ training: { traineeTimes: 999 } }),
    underLabel: '999 trainee-times fail',
  },
  {
    title: 'Art. 7(5) financing: ≥ 2 bank–enterprise matchmaking events a year',
    criterion: '7(5) matchmaking events',
    article: '7(5)',
    atLimit: withFigures({ financing: { matchmakingEvents: 2, financingLectures: 7 } }),
    atLimitLabel: '2 matchmaking events pass',
    under: withFigures({ financing: { matchmakingEvents: 1, financingLectures: 7 } }),
    underLabel: '1 matchmaking event fails',
  },
  {
    title: 'Art. 7(5) financing: ≥ 2 financing lectures a year',
    criterion: '7(5) financing lectures',
    article: '7(5)',
    atLimit: withFigures({ financing: { matchmakingEvents: 5, financingLectures: 2 } }),
    atLimitLabel: '2 lectures pass',
    under: withFigures({ financing: { matchmakingEvents: 5, financingLectures: 1 } }),
    underLabel: '1 lecture fails',
  },
];

describe('evaluateApplication: every threshold of the Ganzhou 2013 measures is inclusive', () => {
  it('the passing fixture passes every number, for all five categories', () => {
    const evaluation = evaluate(ALL_CATEGORIES);
    expect(evaluation.failed).toEqual([]);
    expect(evaluation.criteria.filter((c) => c.result === 'pass').length).toBeGreaterThan(0);
  });

  describe.each(BOUNDARIES)('$title', ({ criterion: name, article, atLimit, atLimitLabel, under, underLabel }) => {
    it(`${article}: ${atLimitLabel}`, () => {
      const evaluation = evaluate(atLimit);
      expect(criterion(evaluation, name)).toMatchObject({ article, result: 'pass' });
      expect(evaluation.failed).toEqual([]);
    });

    it(`${article}: ${underLabel}, and nothing else does`, () => {
      const evaluation = evaluate(under);
      expect(criterion(evaluation, name)).toMatchObject({ article, result: 'fail' });
      expect(evaluation.failed).toEqual([name]);
    });
  });

  it('6(3): the figures and the threshold the result was drawn from are recorded with it', () => {
    const evaluation = evaluate({ figures: { totalAssetsCny: 1_999_999, staffServingSmes: 10, qualifiedStaff: 5 } });
    expect(criterion(evaluation, '6(3) total assets')).toEqual({
      criterion: '6(3) total assets',
      article: '6(3)',
      input: 1_999_999,
      threshold: 2_000_000,
      result: 'fail',
      overridable: true,
    });
    expect(criterion(evaluation, '6(3) qualified staff share')).toMatchObject({
      input: { qualified: 5, staff: 10 },
      threshold: { percent: 60 },
      overridable: false,
    });
  });

  it('6(3): only total assets ("generally") may be set aside by the city; every other criterion is hard', () => {
    const evaluation = evaluate(ALL_CATEGORIES);
    expect(evaluation.criteria.filter((c) => c.overridable).map((c) => c.criterion)).toEqual(['6(3) total assets']);
  });

  it('6(3): no staff at all fails the qualified share rather than dividing by zero', () => {
    const evaluation = evaluate({ figures: { staffServingSmes: 0, qualifiedStaff: 0 } });
    expect(criterion(evaluation, '6(3) qualified staff share').result).toBe('fail');
  });

  it('6(5): a platform that is not comprehensive has no aggregated-institutions criterion, even with none', () => {
    const evaluation = evaluate({ profile: { comprehensive: false }, figures: { serviceInstitutions: 0 } });
    expect(evaluation.criteria.map((c) => c.criterion)).not.toContain('6(5) aggregated institutions');
    expect(evaluation.failed).toEqual([]);
  });

  it('6(5): fewer SMEs last year than the year before fails steady growth', () => {
    const evaluation = evaluate({ figures: { smesServedYearBefore: 420, smesServedLastYear: 380 } });
    expect(criterion(evaluation, '6(5) steady growth')).toMatchObject({
      input: { yearBefore: 420, lastYear: 380 },
      result: 'fail',
    });
  });

  it('6(5): a ruleset without the growth requirement has no steady-growth criterion', () => {
    const ruleset: Ruleset = { ...GANZHOU_2013, thresholds: { ...GANZHOU_2013.thresholds, requireSteadyGrowth: false } };
    const evaluation = evaluate({ figures: { smesServedYearBefore: 420, smesServedLastYear: 380 } }, APPLIED_ON, ruleset);
    expect(evaluation.criteria.map((c) => c.criterion)).not.toContain('6(5) steady growth');
  });
});

describe('evaluateApplication: Art. 6(1) at least two years of operation (Civil Code Art. 202)', () => {
  const operating = (establishedOn: string, appliedOn: string) =>
    criterion(evaluate({ profile: { establishedOn } }, appliedOn), '6(1) operating years');

  it('6(1): established 2025-03-01, applying on 2027-03-01 (two years to the day) passes', () => {
    expect(operating('2025-03-01', '2027-03-01')).toEqual({
      criterion: '6(1) operating years',
      article: '6(1)',
      input: { establishedOn: '2025-03-01', appliedOn: '2027-03-01' },
      threshold: { years: 2, reachedOn: '2027-03-01' },
      result: 'pass',
      overridable: false,
    });
  });

  it('6(1): established 2025-03-01, applying on 2027-02-28 (one day short) fails', () => {
    expect(operating('2025-03-01', '2027-02-28').result).toBe('fail');
  });

  it('6(1): established on the leap day 2024-02-29, two years are reached on 2026-02-28', () => {
    expect(operating('2024-02-29', '2026-02-28')).toMatchObject({ threshold: { years: 2, reachedOn: '2026-02-28' }, result: 'pass' });
    expect(operating('2024-02-29', '2026-02-27').result).toBe('fail');
  });

  it('6(1): established on 2025-02-28 reaches two years on 2027-02-28, not a day earlier', () => {
    expect(operating('2025-02-28', '2027-02-28').result).toBe('pass');
    expect(operating('2025-02-28', '2027-02-27').result).toBe('fail');
  });
  it('6(1): compares dates, not strings: established 9999-12-31 reaches two years on 10001-12-31, long after 2027', () => {
    expect(operating('9999-12-31', '2027-03-15')).toMatchObject({ threshold: { reachedOn: '10001-12-31' }, result: 'fail' });
  });

  it('6(1): established after the application date fails (the decider refuses such input before it is evaluated)', () => {
    expect(operating('2027-03-16', '2027-03-15').result).toBe('fail');
  });
});

describe('evaluateApplication: what people judge on evidence', () => {
  const DECLARATIONS: readonly [string, keyof Omit<Declarations, 'capabilities'>][] = [
    ['6(1) independent legal person', 'independentLegalPerson'],
    ['6(1) qualified for its services', 'qualifiedForServices'],
    ['6(2) serves mainly SMEs of its base', 'servesMainlySmesInBase'],
    ['6(3) sound finances', 'soundFinances'],
    ['6(4) management system and fees', 'managementSystem'],
    ['6(4) discounts for small and micro firms', 'smallFirmDiscounts'],
    ['6(4) development plan and targets', 'developmentPlan'],
  ];

  it.each(DECLARATIONS)('Art. %s (%s): declared needs judgement, not declared fails', (name, key) => {
    const declared = evaluate({ declarations: { [key]: true } });
    expect(criterion(declared, name)).toMatchObject({ article: name.split(' ')[0], input: true, result: 'needs-judgement' });
    expect(declared.needsJudgement).toContain(name);

    const notDeclared = evaluate({ declarations: { [key]: false } });
    expect(criterion(notDeclared, name)).toMatchObject({ input: false, result: 'fail' });
    expect(notDeclared.failed).toEqual([name]);
    expect(notDeclared.needsJudgement).not.toContain(name);
  });

  const CATEGORY_ARTICLE: Record<ServiceCategory, string> = {
    information: '7(1)',
    technology: '7(2)',
    entrepreneurship: '7(3)',
    training: '7(4)',
    financing: '7(5)',
  };

  it.each(SERVICE_CATEGORIES)('Art. 7 %s: all capabilities declared needs judgement, one missing fails', (category) => {
    const article = CATEGORY_ARTICLE[category];
    const name = `${article} ${category} capabilities`;
    const all = CATEGORY_CAPABILITIES[category];

    const declared = evaluate({ profile: { categories: [category] } });
    expect(criterion(declared, name)).toMatchObject({ article, result: 'needs-judgement', threshold: all });
    expect(declared.needsJudgement).toContain(name);
    expect(declared.failed).toEqual([]);

    const missing = all[all.length - 1]!;
    const partial = evaluate({
      profile: { categories: [category] },
      declarations: { capabilities: { [category]: all.filter((c) => c !== missing) } },
    });
    expect(criterion(partial, name)).toMatchObject({ result: 'fail' });
    expect(criterion(partial, name).input).not.toContain(missing);
    expect(partial.failed).toEqual([name]);

    const none = evaluate({ profile: { categories: [category] }, declarations: { capabilities: {} } });
    expect(criterion(none, name)).toMatchObject({ input: [], result: 'fail' });
  });

  // The ids are a contract: clients send them and stored applications hold them, so renaming one
  // would fail every platform that declared the old id.
  it('Art. 7: the capabilities each category must declare, by the ids applicants declare them with', () => {
    expect(CATEGORY_CAPABILITIES).toEqual({
      information: ['online-information-system', 'online-and-offline-service'],
      technology: ['expert-database', 'project-database'],
      entrepreneurship: ['coaching', 'startup-project-database', 'startup-guide', 'hotline'],
      training: ['training-qualification', 'remote-training', 'training-evaluation'],
      financing: ['financing-advice', 'financing-planning', 'referral-and-agency', 'financing-supermarket'],
    });
  });

  it('Art. 7: a category applied for without its figures fails its numbers (counted as 0)', () => {
    const evaluation = evaluate({ profile: { categories: ['technology'] }, figures: { technology: undefined } });
    expect(criterion(evaluation, '7(2) technology events')).toMatchObject({ input: 0, threshold: 2, result: 'fail' });
  });
});

describe('evaluateApplication: the record it makes', () => {
  it('records the ruleset id and version and the date it evaluated on (Art. 1)', () => {
    const evaluation = evaluate({}, '2027-04-02');
    expect(evaluation).toMatchObject({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, evaluatedOn: '2027-04-02' });
  });

  it('uses the thresholds of the ruleset it is given, and records that ruleset', () => {
    const stricter: Ruleset = {
      ...GANZHOU_2013,
      id: 'miit-2017-like',
      version: 3,
      thresholds: { ...GANZHOU_2013.thresholds, minTotalAssetsCny: 3_000_000, minSatisfactionPercent: 80 },
    };
    const evaluation = evaluate({ figures: { totalAssetsCny: 2_500_000, satisfactionPercent: 75 } }, APPLIED_ON, stricter);
    expect(evaluation).toMatchObject({ rulesetId: 'miit-2017-like', rulesetVersion: 3 });
    expect(evaluation.failed).toEqual(['6(3) total assets', '6(5) satisfaction']);
    expect(evaluate({ figures: { totalAssetsCny: 2_500_000, satisfactionPercent: 75 } }).failed).toEqual([]);
  });

  it('lists exactly the failed criteria in `failed` and the declared ones in `needsJudgement`', () => {
    const evaluation = evaluate({
      profile: { categories: ['information', 'training'] },
      figures: { premisesM2: 150, training: { traineeTimes: 800 } },
      declarations: { soundFinances: false },
    });
    expect(evaluation.failed).toEqual(evaluation.criteria.filter((c) => c.result === 'fail').map((c) => c.criterion));
    expect([...evaluation.failed].sort()).toEqual(['6(3) premises m2', '6(3) sound finances', '7(4) trainee-times'].sort());
    expect([...evaluation.needsJudgement].sort()).toEqual(
      [
        '6(1) independent legal person',
        '6(1) qualified for its services',
        '6(2) serves mainly SMEs of its base',
        '6(4) management system and fees',
        '6(4) discounts for small and micro firms',
        '6(4) development plan and targets',
        '7(1) information capabilities',
        '7(4) training capabilities',
      ].sort(),
    );
  });

  it('has criteria of Art. 7 only for the categories applied for', () => {
    const evaluation = evaluate({ profile: { categories: ['training'] } });
    const art7 = evaluation.criteria.filter((c) => c.article.startsWith('7(')).map((c) => c.criterion);
    expect(art7).toEqual(['7(4) trainee-times', '7(4) training capabilities']);
  });

  it('ignores failing figures of categories not applied for', () => {
    const evaluation = evaluate({ profile: { categories: ['financing'] }, figures: { technology: { events: 0 }, training: { traineeTimes: 0 } } });
    expect(evaluation.failed).toEqual([]);
  });

  it('names every criterion in Chinese too, with its article (zh-CN messages are Chinese throughout)', () => {
    const evaluation = evaluate(ALL_CATEGORIES);
    for (const c of evaluation.criteria) {
      expect(CRITERION_LABELS_ZH[c.criterion]).toMatch(/^[^A-Za-z]+$/);
      expect(criterionZh(c.criterion)).toMatch(/^[^A-Za-z0-9]+$/);
    }
    expect(Object.keys(CRITERION_LABELS_ZH).sort()).toEqual(evaluation.criteria.map((c) => c.criterion).sort());
    expect(criterionZh('6(3) total assets')).toBe('资产总额（第六条第（三）项）');
    expect(criterionZh('no such criterion')).toBe('no such criterion');
  });

  it('names every criterion article first, once, and every article comes from Art. 6 or 7', () => {
    const evaluation = evaluate(ALL_CATEGORIES);
    const names = evaluation.criteria.map((c) => c.criterion);
    expect(new Set(names).size).toBe(names.length);
    for (const c of evaluation.criteria) {
      expect(c.criterion.startsWith(`${c.article} `)).toBe(true);
      expect(c.article).toMatch(/^[67]\([1-5]\)$/);
    }
  });
});
