import { CertflowError } from '@certflow/errors';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { RequestInvalidError } from '../problems/problems.js';
import { READ_MODELS, MIN_POSITION_WAIT_MS, type ReadModelAccess } from './read-models.js';

export class ReadModelsBehindError extends CertflowError {
  constructor(readonly minPosition: number, options?: { cause?: unknown }) {
    super('read-models.behind', {
      zh: `查询数据尚未更新到位置 ${minPosition}，请稍后重试`,
      en: `the read models have not reached position ${minPosition} yet; retry shortly`,
    }, { ...options, headers: { 'Retry-After': '1' } });
  }
}

export class ReadModelsUnavailableError extends CertflowError {
  constructor(message: string) {
    super('read-models.unavailable', { zh: '本服务未启用查询数据', en: message });
  }
}

/** Gives a read route its store once the read models have caught up with the caller's write. */
@Injectable()
export class ReadModels {
  /** See ReadModelAccess.generation; undefined when the projector runs elsewhere. */
  readonly generations: ((projection: string) => number | undefined) | undefined;

  constructor(
    @Inject(READ_MODELS) private readonly access: ReadModelAccess | null,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {
    this.generations = access?.generation?.bind(access);
  }

  async ready(minPosition: number | undefined) {
    if (!this.access) throw new ReadModelsUnavailableError('this server runs without read models');
    if (minPosition !== undefined && minPosition > 0) {
      // Only a position the log already holds is worth waiting for: one past the head may never come.
      const head = await this.events.headPosition();
      if (minPosition > head) {
        throw new RequestInvalidError(`minPosition ${minPosition} is beyond the log's head (${head}); pass a globalPosition a command answered`, [
          { field: 'minPosition', problems: [`must be at most ${head}`] },
        ]);
      }
      try {
        await this.access.waitFor(minPosition, MIN_POSITION_WAIT_MS);
      } catch (error) {
        throw new ReadModelsBehindError(minPosition, { cause: error });
      }
    }
    return this.access.store;
  }

  status() {
    return this.access ? this.access.status() : Promise.resolve([]);
  }
}
