import { expect } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  ExecuteCycleCommand,
  ExecutePlatformCommand,
  type CommandOutcome,
  type CycleRequest,
} from '@certflow/application';
import type { Actor, PlatformCommand, Role } from '@certflow/domain';
import {
  applicantOf,
  applicationContent,
  cityActor,
  countyEvaluation,
  countyOf,
  cycleSchedule,
  documentRef,
  recheckMaterials,
} from '@certflow/testing';
import type { TestApp } from './test-app.js';

/**
 * The steps before the one a test is about, sent straight to the app's command handlers: they
 * are decided as over HTTP, but do not depend on routes other tests cover.
 */
export function given(t: TestApp) {
  const bus = t.app.get(CommandBus);
  const send = (command: ExecuteCycleCommand | ExecutePlatformCommand) => bus.execute<typeof command, CommandOutcome>(command);
  const meta = (actor: Actor) => {
    const commandId = randomUUID();
    return { actor, commandId, correlationId: commandId };
  };
  const cycle = (command: CycleRequest) => send(new ExecuteCycleCommand(command, meta(cityActor())));
  const platform = (platformId: string, command: PlatformCommand, actor: Actor) =>
    send(new ExecutePlatformCommand(platformId, command, meta(actor)));
  const decision = { reviewers: ['市局评审组 王组长'], reasons: ['依据复核材料和县局意见'] };
  const submitted = (platformId: string, cycleYear: number) =>
    platform(platformId, { type: 'SubmitApplication', data: { cycleYear, application: applicationContent() } }, applicantOf(platformId));

  return {
    openCycle: (year: number) =>
      cycle({ type: 'OpenCycle', data: { year, rulesetId: 'ganzhou-2013', noticeTitle: `${year}年度认定通知`, ...cycleSchedule(year) } }),
    closeReview: (year: number) => cycle({ type: 'CloseReview', data: { year } }),
    submitted,
    async certified(platformId: string, cycleYear: number) {
      await submitted(platformId, cycleYear);
      await platform(
        platformId,
        { type: 'RecommendPlatform', data: { countyEvaluation: countyEvaluation(), recommendationForm: documentRef('推荐表.pdf') } },
        countyOf(),
      );
      await platform(platformId, { type: 'CertifyPlatform', data: { ...decision, overrides: [] } }, cityActor());
    },
    recheckOpened: (platformId: string, cycleYear: number) => platform(platformId, { type: 'OpenRecheck', data: { cycleYear } }, cityActor()),
    recheckSubmitted: (platformId: string) =>
      platform(platformId, { type: 'SubmitRecheckMaterials', data: { materials: recheckMaterials() } }, applicantOf(platformId)),
    opinionGiven: (platformId: string, opinion: 'pass' | 'fail') =>
      platform(platformId, { type: 'GiveRecheckOpinion', data: { opinion, countyEvaluation: countyEvaluation(), comments: '县局复核意见' } }, countyOf()),
    recheckFailed: (platformId: string) => platform(platformId, { type: 'FailRecheck', data: decision }, cityActor()),
    revocationAnnounced: (platformId: string) =>
      platform(platformId, { type: 'AnnounceRevocation', data: { reasons: decision.reasons } }, cityActor()),
  };
}

export interface Caller {
  readonly role: Role;
  readonly county?: string;
  readonly platformId?: string;
}

/** The HTTP side: a request as someone, and the check that a refused request wrote nothing. */
export function api(t: TestApp) {
  const auth = async (caller: Caller) => `Bearer ${await t.token(caller.role, caller)}`;
  return {
    async post(path: string, caller: Caller, body?: object): Promise<Response> {
      return t.http.post(path).set('Authorization', await auth(caller)).send(body);
    },
    async get(path: string, caller: Caller): Promise<Response> {
      return t.http.get(path).set('Authorization', await auth(caller));
    },
    async refused(request: () => Promise<Response>, status: number, problem: Record<string, unknown>): Promise<Response> {
      const head = await t.store.headPosition();
      const response = await request();
      expect({ status: response.status, body: response.body }).toMatchObject({ status, body: problem });
      expect(await t.store.headPosition()).toBe(head);
      return response;
    },
  };
}
