import { Injectable, type PipeTransform } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ExecuteCycleCommand,
  ExecutePlatformCommand,
  type CommandMeta,
  type CommandOutcome,
  type CycleRequest,
} from '@certflow/application';
import type { PlatformCommand } from '@certflow/domain';
import { RequestInvalidError } from '../problems/problems.js';

/** What every command route does after validation: hand the command to the bus. */
@Injectable()
export class Dispatcher {
  /** Commands under way by command id: a concurrent repeat waits for the first, then replays its answer. */
  private readonly underWay = new Map<string, Promise<unknown>>();

  constructor(private readonly commands: CommandBus) {}

  platform(platformId: string, command: PlatformCommand, meta: CommandMeta): Promise<CommandOutcome> {
    return this.once(meta, () => this.commands.execute(new ExecutePlatformCommand(platformId, plain(command), meta)));
  }

  cycle(command: CycleRequest, meta: CommandMeta): Promise<CommandOutcome> {
    return this.once(meta, () => this.commands.execute(new ExecuteCycleCommand(plain(command), meta)));
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

/**
 * Validated DTOs are class instances whose absent optional fields exist as `undefined`;
 * commands and events are plain JSON data.
 */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
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
