import { CertflowError } from '@certflow/errors';
import type { EventMetadata, RecordedEvent } from './envelope.js';

/** Turns the stored data of one event type from one schema version into the next. */
export interface Upcaster {
  readonly type: string;
  readonly fromSchemaVersion: number;
  upcast(data: unknown, metadata: EventMetadata): unknown;
}

export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const key = `${upcaster.type}@${upcaster.fromSchemaVersion}`;
      if (this.byKey.has(key)) throw new CertflowError('event-store.duplicate-upcaster', { zh: `${key} 有两个升级器`, en: `two upcasters for ${key}` });
      this.byKey.set(key, upcaster);
    }
  }

  /** Readers always see the newest shape; the stored row and its hash keep the old one. */
  apply<E extends RecordedEvent>(event: E): E {
    if (this.byKey.size === 0) return event;
    let current = event;
    for (let step = this.byKey.get(`${current.type}@${current.schemaVersion}`); step; ) {
      current = { ...current, data: step.upcast(current.data, current.metadata), schemaVersion: current.schemaVersion + 1 };
      step = this.byKey.get(`${current.type}@${current.schemaVersion}`);
    }
    return current;
  }
}
