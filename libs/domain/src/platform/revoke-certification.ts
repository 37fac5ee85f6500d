import { isBefore, type IsoDate } from '../shared/dates.js';
import { refuse } from '../shared/domain-error.js';
import type { PlatformEvent } from './platform.events.js';
import { requireReasons, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformStatus, PlatformState } from './state.js';

/** Art. 15: a revocation is announced before it is made. */
export const notAnnounced = (status: PlatformStatus) =>
  refuse('revocation.not-announced', {
    zh: '撤销称号前须先予以公告（第十五条）',
    en: 'a certification is revoked only after its revocation was announced (Art. 15)',
  }, '15', { status });

/** Art. 15: the notice period runs out before the title is revoked. */
export const noticeRunning = (noticeEndsOn: IsoDate) =>
  refuse('revocation.notice-running', {
    zh: `公告期至${noticeEndsOn}届满，届满后方可撤销`,
    en: `the notice period runs until ${noticeEndsOn}; revocation can follow from that day`,
  }, '15', { noticeEndsOn });

export function decideRevokeCertification(command: CommandOf<'RevokeCertification'>, state: PlatformState, { today }: DecisionContext): PlatformEvent[] {
  if (state.status !== 'revocation-announced') throw notAnnounced(state.status);
  if (isBefore(today, state.noticeEndsOn)) throw noticeRunning(state.noticeEndsOn);
  requireReasons(command.data.reasons, '15');
  return [{ type: 'PlatformRevoked', data: { cycleYear: state.cycleYear, revokedOn: today, reasons: command.data.reasons } }];
}
