import { Inject, Injectable, type PipeTransform } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ExecuteCycleCommand,
  ExecutePlatformCommand,
  IdempotencyKeyReusedError,
  type CommandMeta,
  type CommandOutcome,
  type CycleRequest,
} from '@certflow/application';
import { DomainError, cycleStreamId, type PlatformCommand } from '@certflow/domain';
import { EventStoreError, WrongExpectedVersionError } from '@certflow/event-store';
import type { CommandResult } from '@certflow/observability';
import { OBSERVABILITY, type Observability } from '../observability/observability.js';
import { RequestInvalidError } from '../problems/problems.js';
import { markReplayed } from './command-meta.decorator.js';

/** What every command route does after validation: hand the command to the bus. */
@Injectable()
export class Dispatcher {
  /** Commands under way by command id: a concurrent repeat waits for the first, then replays its answer. */
  private readonly underWay = new Map<string, Promise<unknown>>();

  constructor(
    private readonly commands: CommandBus,
    @Inject(OBSERVABILITY) private readonly observability: Observability,
  ) {}

  platform(platformId: string, command: PlatformCommand, meta: CommandMeta): Promise<CommandAnswer> {
    return answer(
      meta,
      this.observed(command.type, `platform-${platformId}`, meta, () =>
        this.once(meta, () => this.commands.execute(new ExecutePlatformCommand(platformId, plain(command), meta))),
      ),
    );
  }

  cycle(command: CycleRequest, meta: CommandMeta): Promise<CommandAnswer> {
    return answer(
      meta,
      this.observed(command.type, cycleStreamId(command.data.year), meta, () =>
        this.once(meta, () => this.commands.execute(new ExecuteCycleCommand(plain(command), meta))),
      ),
    );
  }

  /** One log line and one count per command, whatever became of it. */
  private async observed(type: string, stream: string, meta: CommandMeta, run: () => Promise<CommandOutcome>): Promise<CommandOutcome> {
    const started = performance.now();
    let outcome: CommandResult = 'failed';
    let code: string | undefined;
    try {
      const answer = await run();
      outcome = answer.replayed ? 'replayed' : 'accepted';
      return answer;
    } catch (error) {
      [outcome, code] = classify(error);
      throw error;
    } finally {
      const { logger, metrics } = this.observability;
      metrics.command(type, outcome, code);
      const line = {
        ...(meta.requestId ? { requestId: meta.requestId } : {}),
        commandId: meta.commandId,
        correlationId: meta.correlationId,
        command: type,
        stream,
        outcome,
        ...(code ? { code } : {}),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      // A failure's stack is logged once, by the problem filter.
      if (outcome === 'failed') logger.warn(line, 'command');
      else logger.info(line, 'command');
    }
  }

  private async once(meta: CommandMeta, run: () => Promise<CommandOutcome>): Promise<CommandOutcome> {
    if (meta.mayRepeat === false) return run();
    for (let first = this.underWay.get(meta.commandId); first; first = this.underWay.get(meta.commandId)) {
      await first.catch(() => undefined);
    }
    const running = run();
    this.underWay.set(meta.commandId, running);
    try {
      return await running;
    } finally {
      this.underWay.delete(meta.commandId);
    }
  }
}

export type CommandAnswer = Omit<CommandOutcome, 'replayed'>;

/**
 * The body of a command's 201, a replay marked on the reply. Done here rather than in an
 * interceptor: Nest runs interceptors through RxJS, which cost a command about 3 % of its CPU.
 */
async function answer(meta: CommandMeta, outcome: Promise<CommandOutcome>): Promise<CommandAnswer> {
  const { replayed, ...body } = await outcome;
  if (replayed) markReplayed(meta);
  return body;
}

/** What the client hears as a refusal (4xx) or a conflict; anything else failed. */
function classify(error: unknown): [CommandResult, string?] {
  if (error instanceof WrongExpectedVersionError) return ['conflict', 'concurrency.conflict'];
  if (error instanceof DomainError || error instanceof IdempotencyKeyReusedError || error instanceof EventStoreError) return ['refused', error.code];
  return ['failed'];
}

/**
 * Validated DTOs are class instances whose absent optional fields exist as `undefined`;
 * commands and events are plain JSON data.
 */
export function plain<T>(value: T): T {
  return copy(value) as T;
}

/**
 * What JSON.parse(JSON.stringify(value)) gives for a validated body (objects, arrays, strings,
 * numbers, booleans, null), without writing and parsing the text: absent fields are left out, an
 * absent array item becomes null, as JSON has it. Anything else takes the JSON round trip.
 */
function copy(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
  if (Array.isArray(value)) return Array.from(value, (item) => (item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : copy(item)));
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      // As JSON.parse does: an own field named __proto__, never a prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: copy(item), enumerable: true, writable: true, configurable: true });
      else out[key] = copy(item);
    }
    return out;
  }
  return JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
}

export const PLATFORM_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class PlatformIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PLATFORM_ID.test(value)) {
      throw new RequestInvalidError('platformId must be 2 to 63 lowercase letters, digits or dashes');
    }
    return value;
  }
}

export class YearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (!(year >= 2013 && year <= 2100)) throw new RequestInvalidError('year must be a year from 2013 to 2100');
    return year;
  }
}
