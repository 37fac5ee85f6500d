import {
  GANZHOU_2013,
  GANZHOU_COUNTIES,
  RECHECK_MATERIALS,
  SERVICE_CATEGORIES,
  cycleStreamId,
  decideCycle,
  decidePlatform,
  evolveCycle,
  evolvePlatform,
  initialCycleState,
  initialPlatformState,
  platformStreamId,
  type Actor,
  type CycleCommand,
  type CycleEvent,
  type CycleState,
  type PlatformCommand,
  type PlatformEvent,
  type PlatformState,
  type ServiceCategory,
} from '@certflow/domain';
import type { EventMetadata, EventStore, NewEvent } from '@certflow/event-store';
import { application, countyEvaluation, documentRef, instantOf, type DemoPlatform } from '../../apps/cli/src/demo/scenario.js';

/**
 * A certification history written through the real deciders, as the application would record
 * it: platforms join over the first ten years, apply (some are returned, withdraw, are not
 * recommended or rejected), send yearly summaries, go through the biennial recheck (some fail
 * and are revoked) and re-apply. One command, one event; appends run concurrently, so the
 * streams interleave in the log as the yearly cycle's phases do.
 */
export interface CertificationLogOptions {
  readonly events: number;
  /** Default: one platform per 25 events (about ten active years each). */
  readonly platforms?: number;
  readonly firstYear?: number;
  readonly onProgress?: (written: number) => void;
}

export interface CertificationLog {
  readonly events: number;
  readonly platforms: number;
  readonly years: number;
}

interface Platform {
  readonly index: number;
  readonly definition: DemoPlatform;
  readonly joinYear: number;
  state: PlatformState;
  version: number;
}

interface Step {
  readonly platform?: Platform;
  readonly actor: Actor;
  readonly day: string;
  readonly command: PlatformCommand | CycleCommand;
}

const CATEGORY_NAMES: Record<ServiceCategory, string> = {
  information: '信息',
  technology: '技术',
  entrepreneurship: '创业',
  training: '培训',
  financing: '融资',
};
const INDUSTRIES = ['家具', '稀土', '脐橙', '纺织服装', '电子信息', '新能源汽车', '医药', '钨业', '物流', '文旅'];
const REVIEWERS = ['市局评审组 王组长', '市局评审组 李委员', '市局评审组 赵委员'];
const city: Actor = { id: 'city-reviewer-wang', role: 'city' };
const APPEND_CONCURRENCY = 256;

export async function writeCertificationLog(store: EventStore, options: CertificationLogOptions): Promise<CertificationLog> {
  const target = options.events;
  const count = Math.max(1, options.platforms ?? Math.ceil(target / 25));
  const firstYear = options.firstYear ?? 2027;
  const platforms: Platform[] = Array.from({ length: count }, (_, index) => platformAt(index, firstYear));
  const cycles = new Map<number, { state: CycleState; version: number }>();
  let written = 0;
  let commands = 0;
  let year = firstYear;

  const run = async (steps: readonly Step[]): Promise<void> => {
    const appends: { streamId: string; events: NewEvent[]; expectedVersion: number | 'no-stream' }[] = [];
    for (const step of steps) {
      if (written + appends.length >= target) break;
      commands += 1;
      const now = instantOf(step.day);
      const metadataBase = { actorId: step.actor.id, role: step.actor.role, ...(step.actor.county ? { county: step.actor.county } : {}) };
      const commandId = commandIdOf(commands);
      const meta: EventMetadata = { ...metadataBase, commandId, correlationId: commandId, causationId: commandId, occurredAt: now, command: step.command.type };
      if (step.platform) {
        const platform = step.platform;
        const cycleYear = cycleYearOf(step.command as PlatformCommand, platform.state);
        const cycle = cycleYear === undefined ? initialCycleState : (cycles.get(cycleYear)?.state ?? initialCycleState);
        const events = decidePlatform(step.command as PlatformCommand, platform.state, {
          now,
          actor: step.actor,
          platformId: platform.definition.id,
          cycle,
          ruleset: GANZHOU_2013,
        });
        platform.state = events.reduce<PlatformState>((state, event: PlatformEvent) => evolvePlatform(state, event), platform.state);
        appends.push({
          streamId: platformStreamId(platform.definition.id),
          events: events.map((event) => ({
            ...event,
            metadata: { platformId: platform.definition.id, platformCounty: platform.definition.county, ...meta },
          })),
          expectedVersion: platform.version === 0 ? 'no-stream' : platform.version,
        });
        platform.version += events.length;
      } else {
        const command = step.command as CycleCommand;
        const cycle = cycles.get(command.data.year) ?? { state: initialCycleState, version: 0 };
        const events = decideCycle(command, cycle.state, { now, actor: step.actor });
        cycles.set(command.data.year, {
          state: events.reduce<CycleState>((state, event: CycleEvent) => evolveCycle(state, event), cycle.state),
          version: cycle.version + events.length,
        });
        appends.push({
          streamId: cycleStreamId(command.data.year),
          events: events.map((event) => ({ ...event, metadata: meta })),
          expectedVersion: cycle.version === 0 ? 'no-stream' : cycle.version,
        });
      }
    }
    for (let start = 0; start < appends.length; start += APPEND_CONCURRENCY) {
      const chunk = appends.slice(start, start + APPEND_CONCURRENCY);
      await Promise.all(chunk.map((a) => store.append(a.streamId, a.events, { expectedVersion: a.expectedVersion })));
      written += chunk.reduce((sum, a) => sum + a.events.length, 0);
      options.onProgress?.(written);
    }
  };

  while (written < target) {
    const y = year;
    const joined = platforms.filter((p) => p.joinYear <= y);
    const inStatus = (...statuses: PlatformState['status'][]) => joined.filter((p) => statuses.includes(p.state.status));
    const newlyCertified: Platform[] = [];
    const revoked: Platform[] = [];
    const day = (monthDay: string) => `${y}-${monthDay}`;

    await run(
      inStatus('certified')
        .filter((p) => 'certifiedIn' in p.state && p.state.certifiedIn <= y - 1 && !p.state.summaries.includes(y - 1))
        .map((p) => ({
          platform: p,
          actor: operatorOf(p),
          day: day('01-20'),
          command: {
            type: 'SubmitAnnualSummary',
            data: { year: y - 1, summary: documentRef(`${y - 1}年度工作总结.pdf`, `docs://${y - 1}/${p.definition.id}/summary.pdf`) },
          },
        })),
    );
    await run([
      {
        actor: city,
        day: day('03-01'),
        command: {
          type: 'OpenCycle',
          data: {
            year: y,
            rulesetId: GANZHOU_2013.id,
            noticeTitle: `关于开展${y}年度市级中小企业公共服务示范平台认定和复核工作的通知`,
            applicationDeadline: `${y}-04-30`,
            recheckMaterialsDeadline: `${y}-05-31`,
            reviewDeadline: `${y}-07-31`,
          },
        },
      },
    ]);
    await run(
      inStatus('certified')
        .filter((p) => p.state.status === 'certified' && p.state.nextRecheckYear <= y)
        .map((p) => ({ platform: p, actor: city, day: day('03-05'), command: { type: 'OpenRecheck', data: { cycleYear: y } } })),
    );
    await run(
      inStatus('new', 'closed', 'revoked')
        .filter((p) => p.state.status === 'new' || chance(p.index, y, 1) < 0.6)
        .map((p) => ({
          platform: p,
          actor: operatorOf(p),
          day: day('03-10'),
          command: { type: 'SubmitApplication', data: { cycleYear: y, application: application(p.definition, (p.index % 9) + 1) } },
        })),
    );
    const returned = inStatus('submitted').filter((p) => chance(p.index, y, 2) < 0.1);
    await run(
      returned.map((p) => ({
        platform: p,
        actor: countyOf(p),
        day: day('04-01'),
        command: { type: 'ReturnForCorrection', data: { reasons: ['服务收支情况说明不完整，请补正'], missingMaterials: [] } },
      })),
    );
    await run(
      returned.map((p) => ({
        platform: p,
        actor: operatorOf(p),
        day: day('04-05'),
        command: { type: 'ResubmitApplication', data: { application: application(p.definition, (p.index % 9) + 1) } },
      })),
    );
    await run([
      ...inStatus('submitted')
        .filter((p) => chance(p.index, y, 3) < 0.04)
        .map((p): Step => ({
          platform: p,
          actor: operatorOf(p),
          day: day('04-10'),
          command: { type: 'WithdrawApplication', data: { reason: '拟充实服务能力后下年度再申报' } },
        })),
      ...inStatus('recheck-open').map(
        (p): Step => ({
          platform: p,
          actor: operatorOf(p),
          day: day('04-15'),
          command: {
            type: 'SubmitRecheckMaterials',
            data: { materials: RECHECK_MATERIALS.map((code) => ({ code, ...documentRef(`${code}.pdf`, `docs://${y}/${p.definition.id}/${code}.pdf`) })) },
          },
        }),
      ),
    ]);
    await run([{ actor: city, day: day('05-01'), command: { type: 'CloseApplicationWindow', data: { year: y } } }]);
    await run([
      ...inStatus('submitted').map((p): Step => {
        const recommend = chance(p.index, y, 4) >= 0.1;
        return {
          platform: p,
          actor: countyOf(p),
          day: day('05-10'),
          command: recommend
            ? {
                type: 'RecommendPlatform',
                data: {
                  countyEvaluation: countyEvaluation(88, '运营规范，服务记录完整'),
                  recommendationForm: documentRef('示范平台推荐表（附件1）.pdf', `docs://${y}/${p.definition.id}/recommendation-form.pdf`),
                },
              }
            : {
                type: 'DeclineToRecommend',
                data: { countyEvaluation: countyEvaluation(62, '服务记录不完整'), reasons: ['测评得分低于推荐标准，建议整改后下年度再申报'] },
              },
        };
      }),
      ...inStatus('recheck-submitted').map((p): Step => {
        const pass = chance(p.index, y, 5) >= 0.08;
        return {
          platform: p,
          actor: countyOf(p),
          day: day('05-20'),
          command: {
            type: 'GiveRecheckOpinion',
            data: pass
              ? { opinion: 'pass', countyEvaluation: countyEvaluation(87, '两年来服务规模稳定增长'), comments: '同意通过复核' }
              : { opinion: 'fail', countyEvaluation: countyEvaluation(58, '服务企业数量连续下降'), comments: '建议不予通过复核' },
          },
        };
      }),
    ]);
    await run(
      inStatus('recheck-opinion-given').map((p): Step => {
        const opinionPassed = chance(p.index, y, 5) >= 0.08;
        return {
          platform: p,
          actor: city,
          day: day('06-10'),
          command: opinionPassed
            ? { type: 'ConfirmRecheck', data: { reviewers: REVIEWERS, reasons: ['复核合格，继续保留称号'] } }
            : { type: 'FailRecheck', data: { reviewers: REVIEWERS, reasons: ['服务企业数量连续两年下降，未达到第六条第五项要求'] } },
        };
      }),
    );
    await run(
      inStatus('recommended').map((p): Step => {
        const certify = chance(p.index, y, 6) >= 0.08;
        if (certify) newlyCertified.push(p);
        return {
          platform: p,
          actor: city,
          day: day('06-15'),
          command: certify
            ? { type: 'CertifyPlatform', data: { reviewers: REVIEWERS, reasons: ['符合第六条基本条件和第七条类别要求'], overrides: [] } }
            : { type: 'RejectApplication', data: { reviewers: REVIEWERS, reasons: ['服务绩效未达到认定要求'] } },
        };
      }),
    );
    await run(
      inStatus('recheck-failed').map((p) => ({
        platform: p,
        actor: city,
        day: day('06-20'),
        command: { type: 'AnnounceRevocation', data: { reasons: ['复核不合格，拟撤销“赣州市市级中小企业公共服务示范平台”称号'] } },
      })),
    );
    await run([{ actor: city, day: day('07-01'), command: { type: 'CloseReview', data: { year: y } } }]);
    await run(
      inStatus('revocation-announced').map((p) => {
        revoked.push(p);
        return { platform: p, actor: city, day: day('07-25'), command: { type: 'RevokeCertification', data: { reasons: ['公告期满无异议'] } } };
      }),
    );
    const listed = (list: Platform[]) => list.map((p) => ({ platformId: p.definition.id, name: p.definition.name }));
    await run([
      {
        actor: city,
        day: day('08-05'),
        command: { type: 'PublishResults', data: { year: y, certified: listed(newlyCertified), revoked: listed(revoked) } },
      },
    ]);
    year += 1;
  }
  return { events: written, platforms: count, years: year - firstYear };
}

function platformAt(index: number, firstYear: number): Platform {
  const county = GANZHOU_COUNTIES[index % GANZHOU_COUNTIES.length]!;
  const industry = INDUSTRIES[Math.floor(index / GANZHOU_COUNTIES.length) % INDUSTRIES.length]!;
  const first = SERVICE_CATEGORIES[index % SERVICE_CATEGORIES.length]!;
  const second = SERVICE_CATEGORIES[(index * 7 + 3) % SERVICE_CATEGORIES.length]!;
  const categories: ServiceCategory[] = index % 4 === 0 && second !== first ? [first, second] : [first];
  const id = `p${String(index + 1).padStart(6, '0')}`;
  return {
    index,
    definition: {
      id,
      name: `${county.name}${industry}产业${categories.map((c) => CATEGORY_NAMES[c]).join('')}服务平台（${index + 1}号）`,
      operator: `${county.name}${industry}企业服务有限公司`,
      county: county.code,
      categories,
    },
    joinYear: firstYear + Math.floor(chance(index, 0, 7) * 10),
    state: initialPlatformState,
    version: 0,
  };
}

function cycleYearOf(command: PlatformCommand, state: PlatformState): number | undefined {
  if (command.type === 'SubmitApplication' || command.type === 'OpenRecheck') return command.data.cycleYear;
  return 'cycleYear' in state ? state.cycleYear : undefined;
}

function operatorOf(platform: Platform): Actor {
  return { id: `operator-${platform.definition.id}`, role: 'applicant', platformId: platform.definition.id };
}

function countyOf(platform: Platform): Actor {
  return { id: `county-${platform.definition.county}-officer`, role: 'county', county: platform.definition.county };
}

function commandIdOf(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/** Deterministic pseudo-random number in [0, 1) for a platform, a year and a question. */
function chance(index: number, year: number, question: number): number {
  let h = 2166136261 ^ question;
  for (const part of [index, year]) {
    h = Math.imul(h ^ part, 16777619);
    h ^= h >>> 15;
    h = Math.imul(h, 2246822507);
    h ^= h >>> 13;
  }
  return (h >>> 0) / 4294967296;
}
