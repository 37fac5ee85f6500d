import { createHash } from 'node:crypto';
import { minimalPdf } from '@certflow/documents';
import {
  CATEGORY_CAPABILITIES,
  MATERIALS,
  RECHECK_MATERIALS,
  withCreditCodeCheck,
  type Actor,
  type ApplicationContent,
  type CountyEvaluation,
  type DocumentRef,
  type MaterialCode,
  type PlatformCommand,
  type ServiceCategory,
} from '@certflow/domain';
import type { CycleRequest } from '@certflow/application';

/** One step of the demo: who acts, when (Asia/Shanghai morning of that day), on what. */
export type Step = {
  readonly on: string;
  readonly actor: Actor;
  readonly label: string;
  /** A refusal the scenario shows on purpose: the step passes when refused with this code. */
  readonly expectRefusal?: string;
  /**
   * A step of the calendar (Arts. 12, 15) that the scheduler issues by itself when its day comes:
   * the demo waits for it instead of sending it. The command is what the city would otherwise
   * have sent, and what recorders of the scenario decide in its place.
   */
  readonly byScheduler?: true;
} & ({ readonly platformId: string; readonly command: PlatformCommand } | { readonly cycle: CycleRequest });

export interface DemoPlatform {
  readonly id: string;
  readonly name: string;
  readonly operator: string;
  readonly county: string;
  readonly categories: readonly ServiceCategory[];
  readonly comprehensive?: boolean;
  readonly assetsCny?: number;
}

export const PLATFORMS: readonly DemoPlatform[] = [
  { id: 'gz-info-001', name: '赣州市中小企业信息服务平台', operator: '赣州市数智信息服务有限公司', county: '360702', categories: ['information'] },
  { id: 'nk-tech-002', name: '南康区家具产业技术服务平台', operator: '南康区家具产业研究院', county: '360703', categories: ['technology'] },
  { id: 'rj-startup-003', name: '瑞金市创业孵化服务平台', operator: '瑞金市创新创业服务有限公司', county: '360781', categories: ['entrepreneurship'] },
  { id: 'yd-training-004', name: '于都县服装产业培训服务平台', operator: '于都县纺织服装培训中心', county: '360731', categories: ['training'] },
  { id: 'gx-finance-005', name: '赣县区中小企业融资服务平台', operator: '赣县区金融服务有限公司', county: '360704', categories: ['financing'], assetsCny: 1_800_000 },
  {
    id: 'zg-hub-006',
    name: '章贡区中小企业综合服务平台',
    operator: '章贡区企业服务中心有限公司',
    county: '360702',
    categories: ['information', 'training', 'financing'],
    comprehensive: true,
  },
  { id: 'ln-tech-007', name: '龙南市电子信息技术服务平台', operator: '龙南市电子信息产业服务有限公司', county: '360783', categories: ['technology', 'training'] },
];

const DEMO_DOCUMENTS = new Map<string, Buffer>();

/**
 * The demo's document `key` (which file of which platform in which year): a small PDF made for
 * it, and the reference an upload of that PDF answers. The demo uploads each before attaching it.
 */
export function documentRef(name: string, key: string): DocumentRef {
  const bytes = minimalPdf(`certflow demo: ${key}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  DEMO_DOCUMENTS.set(sha256, bytes);
  return { name, sha256, sizeBytes: bytes.length, mediaType: 'application/pdf', location: `/api/v1/documents/${sha256}` };
}

/** The bytes of a document the scenario made. */
export function demoDocumentBytes(sha256: string): Buffer | undefined {
  return DEMO_DOCUMENTS.get(sha256);
}

export function application(platform: DemoPlatform, index: number, leaveOut: readonly MaterialCode[] = []): ApplicationContent {
  const has = (category: ServiceCategory) => platform.categories.includes(category);
  return {
    profile: {
      name: platform.name,
      operator: {
        name: platform.operator,
        creditCode: withCreditCodeCheck(`91${platform.county}MA3${String(index).padStart(2, "0")}DEMY`.slice(0, 17)),
        establishedBy: 'enterprise',
      },
      county: platform.county,
      establishedOn: `201${index}-06-18`,
      categories: platform.categories,
      comprehensive: platform.comprehensive ?? false,
      base: { kind: 'industrial-park', name: '赣州高新技术产业开发区' },
    },
    figures: {
      totalAssetsCny: platform.assetsCny ?? 2_600_000 + index * 150_000,
      staffServingSmes: 14 + index,
      qualifiedStaff: 10 + index,
      premisesM2: 320 + index * 40,
      publicInterestPercent: 25,
      serviceInstitutions: platform.comprehensive ? 5 : 0,
      smesServedLastYear: 120 + index * 10,
      smesServedYearBefore: 90 + index * 10,
      satisfactionPercent: 86,
      ...(has('information') ? { information: { offlineFirms: 75, events: 4 } } : {}),
      ...(has('technology') ? { technology: { events: 5 } } : {}),
      ...(has('entrepreneurship') ? { entrepreneurship: { events: 6 } } : {}),
      ...(has('training') ? { training: { traineeTimes: 1_500 } } : {}),
      ...(has('financing') ? { financing: { matchmakingEvents: 3, financingLectures: 4 } } : {}),
    },
    declarations: {
      independentLegalPerson: true,
      qualifiedForServices: true,
      servesMainlySmesInBase: true,
      soundFinances: true,
      managementSystem: true,
      smallFirmDiscounts: true,
      developmentPlan: true,
      capabilities: Object.fromEntries(platform.categories.map((c) => [c, CATEGORY_CAPABILITIES[c]])),
    },
    materials: MATERIALS.filter((code) => !leaveOut.includes(code)).map((code) => ({
      code,
      ...documentRef(`${code}.pdf`, `docs://2027/${platform.id}/${code}.pdf`),
    })),
  };
}

export function countyEvaluation(score: number, comment: string): CountyEvaluation {
  return {
    operation: { score, comment: `运营情况：${comment}` },
    performance: { score: score - 2, comment: '服务绩效达到预期' },
    satisfaction: { score: score + 1, comment: '用户满意度调查结果良好' },
    evaluators: ['县局测评组 张科长', '县局测评组 刘干事'],
  };
}

const city: Actor = { id: 'city-reviewer-wang', role: 'city' };
const countyOf = (code: string): Actor => ({ id: `county-${code}-officer`, role: 'county', county: code });
const operatorOf = (platformId: string): Actor => ({ id: `operator-${platformId}`, role: 'applicant', platformId });
const REVIEWERS = ['市局评审组 王组长', '市局评审组 李委员', '市局评审组 赵委员'];

type Seven = [DemoPlatform, DemoPlatform, DemoPlatform, DemoPlatform, DemoPlatform, DemoPlatform, DemoPlatform];

export function demoScenario(): Step[] {
  const steps: Step[] = [];
  const [info, tech, startup, training, finance, hub, lnTech] = PLATFORMS as readonly DemoPlatform[] as Seven;
  const platformStep = (on: string, actor: Actor, platform: DemoPlatform, command: PlatformCommand, label: string, expectRefusal?: string, byScheduler?: true) =>
    steps.push({
      on,
      actor,
      platformId: platform.id,
      command,
      label: `${label} · ${platform.name}`,
      ...(expectRefusal ? { expectRefusal } : {}),
      ...(byScheduler ? { byScheduler } : {}),
    });

  steps.push({
    on: '2027-03-01',
    actor: city,
    label: '市局发布2027年度认定工作通知（第十二条）',
    cycle: {
      type: 'OpenCycle',
      data: {
        year: 2027,
        rulesetId: 'ganzhou-2013',
        noticeTitle: '关于开展2027年度市级中小企业公共服务示范平台认定工作的通知',
        applicationDeadline: '2027-04-30',
        recheckMaterialsDeadline: '2027-05-31',
        reviewDeadline: '2027-07-31',
      },
    },
  });
  PLATFORMS.forEach((platform, i) => {
    const leaveOut: MaterialCode[] = platform === startup ? ['special-audit-report'] : [];
    platformStep(`2027-03-${String(10 + i * 2).padStart(2, '0')}`, operatorOf(platform.id), platform, {
      type: 'SubmitApplication',
      data: { cycleYear: 2027, application: application(platform, i + 1, leaveOut) },
    }, '申报（第八、十条）');
  });
  platformStep('2027-04-20', countyOf(info.county), startup, {
    type: 'RecommendPlatform',
    data: { countyEvaluation: countyEvaluation(85, '良好'), recommendationForm: documentRef('推荐表.pdf', 'docs://x') },
  }, '他县局越权推荐被拒绝（第八条）', 'auth.other-county');
  platformStep('2027-04-21', countyOf(startup.county), startup, {
    type: 'RecommendPlatform',
    data: { countyEvaluation: countyEvaluation(85, '良好'), recommendationForm: documentRef('推荐表.pdf', 'docs://x') },
  }, '材料不全不能推荐（第十条）', 'recommendation.materials-missing');
  platformStep('2027-04-22', countyOf(startup.county), startup, {
    type: 'ReturnForCorrection',
    data: { reasons: ['缺少上一年度服务收支情况专项审计报告'], missingMaterials: ['special-audit-report'] },
  }, '退回补正（第十条）');
  platformStep('2027-04-26', operatorOf(startup.id), startup, {
    type: 'ResubmitApplication',
    data: { application: application(startup, 3) },
  }, '补正后重新提交');
  steps.push({ on: '2027-05-01', actor: city, label: '申报截止（第十二条）', cycle: { type: 'CloseApplicationWindow', data: { year: 2027 } }, byScheduler: true });
  platformStep('2027-05-09', countyOf(finance.county), finance, {
    type: 'RecommendPlatform',
    data: { countyEvaluation: countyEvaluation(84, '融资服务开展正常'), recommendationForm: documentRef('推荐表.pdf', 'docs://x') },
  }, '资产未达标，县局推荐须书面说明理由（第六条第三项“一般”）', 'recommendation.override-needs-reason');
  platformStep('2027-05-10', countyOf(finance.county), finance, {
    type: 'RecommendPlatform',
    data: {
      countyEvaluation: countyEvaluation(84, '融资服务开展正常'),
      recommendationForm: documentRef('示范平台推荐表（附件1）.pdf', `docs://2027/${finance.id}/recommendation-form.pdf`),
      overrides: [{ criterion: '6(3) total assets', reason: '资产总额180万元，略低于200万元；近两年银企对接成效明显，提请市局研究' }],
    },
  }, '县局说明理由后推荐（第九条，第六条第三项“一般”）');
  for (const platform of [info, tech, startup, hub, lnTech]) {
    platformStep('2027-05-10', countyOf(platform.county), platform, {
      type: 'RecommendPlatform',
      data: {
        countyEvaluation: countyEvaluation(88, '运营规范，服务记录完整'),
        recommendationForm: documentRef('示范平台推荐表（附件1）.pdf', `docs://2027/${platform.id}/recommendation-form.pdf`),
      },
    }, '县局测评并推荐（第九条）');
  }
  platformStep('2027-05-12', countyOf(training.county), training, {
    type: 'DeclineToRecommend',
    data: { countyEvaluation: countyEvaluation(62, '培训记录不完整，学员回访满意度偏低'), reasons: ['测评得分低于推荐标准，建议整改后下年度再申报'] },
  }, '县局不予推荐（第九条）');
  platformStep('2027-06-10', city, training, {
    type: 'CertifyPlatform',
    data: { reviewers: REVIEWERS, reasons: ['尝试认定未获推荐的平台'], overrides: [] },
  }, '未经推荐不能认定（第九条）', 'certification.not-recommended');
  for (const platform of [info, tech, startup, hub, lnTech]) {
    platformStep('2027-06-15', city, platform, {
      type: 'CertifyPlatform',
      data: { reviewers: REVIEWERS, reasons: ['符合第六条基本条件和第七条类别要求'], overrides: [] },
    }, '市局认定（第十一条）');
  }
  platformStep('2027-06-15', city, finance, {
    type: 'CertifyPlatform',
    data: { reviewers: REVIEWERS, reasons: ['拟认定'], overrides: [] },
  }, '资产未达标且无书面理由不能破格（第六条第三项）', 'certification.override-needs-reason');
  platformStep('2027-06-16', city, finance, {
    type: 'RejectApplication',
    data: { reviewers: REVIEWERS, reasons: ['资产总额180万元，低于200万元，且无破格理由（第六条第三项）'] },
  }, '市局不予认定（第十一条）');
  steps.push({ on: '2027-07-31', actor: city, label: '审核结束', cycle: { type: 'CloseReview', data: { year: 2027 } } });
  steps.push({ on: '2027-08-05', actor: city, label: '公布2027年度认定名单（第十三条）', cycle: { type: 'PublishResults', data: { year: 2027 } } });

  for (const year of [2027, 2028]) {
    for (const platform of [info, tech, startup, hub, lnTech]) {
      platformStep(`${year + 1}-01-20`, operatorOf(platform.id), platform, {
        type: 'SubmitAnnualSummary',
        data: { year, summary: documentRef(`${year}年度工作总结.pdf`, `docs://${year}/${platform.id}/summary.pdf`) },
      }, `报送${year}年度工作总结（第十四条）`);
    }
  }

  steps.push({
    on: '2029-03-01',
    actor: city,
    label: '市局发布2029年度认定及复核工作通知（第十二、十五条）',
    cycle: {
      type: 'OpenCycle',
      data: {
        year: 2029,
        rulesetId: 'ganzhou-2013',
        noticeTitle: '关于开展2029年度市级中小企业公共服务示范平台认定和复核工作的通知',
        applicationDeadline: '2029-04-30',
        recheckMaterialsDeadline: '2029-05-31',
        reviewDeadline: '2029-07-31',
      },
    },
  });
  platformStep('2029-03-02', city, finance, { type: 'OpenRecheck', data: { cycleYear: 2029 } }, '未认定的平台无需复核（第十五条）', 'recheck.not-due');
  for (const platform of [info, tech, startup, hub, lnTech]) {
    platformStep('2029-03-05', city, platform, { type: 'OpenRecheck', data: { cycleYear: 2029 } }, '启动两年一次复核（第十五条）', undefined, true);
  }
  for (const platform of [info, tech, startup, hub, lnTech]) {
    platformStep('2029-04-15', operatorOf(platform.id), platform, {
      type: 'SubmitRecheckMaterials',
      data: {
        materials: RECHECK_MATERIALS.map((code) => ({ code, ...documentRef(`${code}.pdf`, `docs://2029/${platform.id}/${code}.pdf`) })),
      },
    }, '报送复核材料（第十五条）');
  }
  for (const platform of [info, tech, startup, lnTech]) {
    platformStep('2029-05-20', countyOf(platform.county), platform, {
      type: 'GiveRecheckOpinion',
      data: { opinion: 'pass', countyEvaluation: countyEvaluation(87, '两年来服务规模稳定增长'), comments: '同意通过复核' },
    }, '县局复核意见：通过');
  }
  platformStep('2029-05-20', countyOf(hub.county), hub, {
    type: 'GiveRecheckOpinion',
    data: { opinion: 'fail', countyEvaluation: countyEvaluation(58, '服务企业数量连续下降，融资服务停办'), comments: '建议不予通过复核' },
  }, '县局复核意见：不通过');
  for (const platform of [info, tech, startup, lnTech]) {
    platformStep('2029-06-10', city, platform, {
      type: 'ConfirmRecheck',
      data: { reviewers: REVIEWERS, reasons: ['复核合格，继续保留称号'] },
    }, '市局复核通过（第十五条）');
  }
  platformStep('2029-06-10', city, hub, {
    type: 'RevokeCertification',
    data: { reasons: ['复核不合格'] },
  }, '未经公告不能撤销（第十五条）', 'revocation.not-announced');
  platformStep('2029-06-10', city, hub, {
    type: 'FailRecheck',
    data: { reviewers: REVIEWERS, reasons: ['服务企业数量连续两年下降，未达到第六条第五项要求'] },
  }, '市局复核不合格（第十五条）');
  platformStep('2029-06-12', city, hub, {
    type: 'AnnounceRevocation',
    data: { reasons: ['复核不合格，拟撤销“赣州市市级中小企业公共服务示范平台”称号'] },
  }, '撤销前公告（第十五条）');
  platformStep('2029-07-12', city, hub, { type: 'RevokeCertification', data: { reasons: ['公告期满无异议'] } }, '公告期满，撤销称号（第十五条）', undefined, true);
  steps.push({ on: '2029-07-31', actor: city, label: '审核结束', cycle: { type: 'CloseReview', data: { year: 2029 } } });
  steps.push({ on: '2029-08-05', actor: city, label: '公布2029年度复核结果（第十三条）', cycle: { type: 'PublishResults', data: { year: 2029 } } });
  return steps;
}

/** 09:30 in Asia/Shanghai on that day. */
export function instantOf(day: string): string {
  return `${day}T01:30:00.000Z`;
}
