import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { loadConfig, type CertflowConfig } from '@certflow/config';
import { openEventStore, type Cursor } from '@certflow/event-store';
import { fromKafkaMessage, IntegrationMapper, kafkaClient, type IntegrationEvent } from '@certflow/messaging';
import { processLogger } from '@certflow/observability';

export interface TailOptions {
  readonly fromBeginning: boolean;
  readonly types: readonly string[];
  readonly json: boolean;
  /** Stop after this many ms without a new event; undefined: follow until interrupted. */
  readonly idleMs?: number;
  readonly group?: string;
  readonly write: (line: string) => void;
}

/**
 * A downstream consumer of the public events, meant to be copied: its own consumer group, dedupe
 * by the CloudEvents id (delivery is at least once), filter by type. Without KAFKA_BROKERS it reads
 * the store's log through the same mapping, so the messages are the same without a broker.
 */
export async function tailEvents(options: TailOptions, config: CertflowConfig = loadConfig()): Promise<number> {
  const seen = new LRUCache<string, true>({ max: 100_000 });
  let printed = 0;
  const print = (event: IntegrationEvent) => {
    if (seen.has(event.id)) return;
    seen.set(event.id, true);
    if (options.types.length > 0 && !options.types.includes(event.type)) return;
    printed += 1;
    options.write(options.json ? JSON.stringify(event) : describe(event));
  };
  const idle = idleTimer(options.idleMs);
  if (config.kafka) await fromKafka(config, options, (event) => (print(event), idle.touch()), idle.done);
  else await fromLog(config, options, (event) => (print(event), idle.touch()), idle.done);
  return printed;
}

async function fromKafka(config: CertflowConfig, options: TailOptions, onEvent: (event: IntegrationEvent) => void, done: Promise<void>) {
  const settings = config.kafka!;
  const kafka = kafkaClient(settings.brokers, 'certflow-events-tail', processLogger());
  const consumer = kafka.consumer({ groupId: options.group ?? `certflow-events-tail-${randomUUID().slice(0, 8)}` });
  await consumer.connect();
  try {
    // Contract v2: the cycle's pages and the log's signed tree heads come with it.
    await consumer.subscribe({ topic: settings.topicV2, fromBeginning: options.fromBeginning });
    await consumer.run({
      eachMessage: async ({ message }) => onEvent(fromKafkaMessage(message)),
    });
    await done;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Follows the log as the relay does, through a subscription: on PostgreSQL positions commit out
 * of order, and following `readAll` by position would pass over an event that commits late
 * with a lower one. The cursor lives in memory; without --from-beginning the events already in
 * the log when the tail starts are read past, not shown (on PostgreSQL, so is one that took a lower
 * position than the head then and commits after).
 */
async function fromLog(config: CertflowConfig, options: TailOptions, onEvent: (event: IntegrationEvent) => void, done: Promise<void>) {
  const store = await openEventStore(config);
  const mapper = new IntegrationMapper(store, { contract: 2 });
  const startHead = options.fromBeginning ? 0 : await store.headPosition();
  let cursor: Cursor | undefined;
  const subscription = store.subscribe(
    'events-tail',
    async (batch) => {
      const fresh = batch.filter((event) => event.globalPosition > startHead);
      for (const event of await mapper.map(fresh)) onEvent(event);
    },
    {
      pollIntervalMs: 250,
      checkpoints: { load: async () => cursor, save: async (_name, reached) => void (cursor = reached) },
      onError: (error) => processLogger().warn({ err: error }, 'events tail: reading the log failed, retrying'),
    },
  );
  try {
    await done;
  } finally {
    await subscription.stop();
    await store.close();
  }
}

/** Resolves on SIGINT/SIGTERM, or after `idleMs` without an event. */
function idleTimer(idleMs: number | undefined) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    if (idleMs === undefined) return;
    clearTimeout(timer);
    timer = setTimeout(finish, idleMs);
  };
  touch();
  process.once('SIGINT', finish);
  process.once('SIGTERM', finish);
  void done.then(() => clearTimeout(timer));
  return { done, touch };
}

/** One readable line: when, what, which platform, and what a downstream team acts on. */
export function describe(event: IntegrationEvent): string {
  const data = event.data as unknown as Record<string, unknown> & {
    platform?: { name: string; county: { name: string }; operator: { creditCode: string } };
  };
  const who = data.platform ? `${data.platform.name}（${data.platform.county.name}，${data.platform.operator.creditCode}）` : '';
  const detail = (() => {
    switch (event.type) {
      case 'platform.certified':
        return `${data.cycleYear}年度认定，${data.certifiedOn}，下次复核 ${data.nextRecheckYear}`;
      case 'platform.recheck-confirmed':
        return `${data.cycleYear}年度复核通过，${data.confirmedOn}，下次复核 ${data.nextRecheckYear}`;
      case 'platform.recheck-failed':
        return `${data.cycleYear}年度复核未通过，${data.failedOn}：${(data.reasons as string[]).join('；')}`;
      case 'platform.revocation-announced':
        return `公告撤销，${data.announcedOn} 至 ${data.noticeEndsOn}：${(data.reasons as string[]).join('；')}`;
      case 'platform.revoked':
        return `撤销认定，${data.revokedOn}：${(data.reasons as string[]).join('；')}`;
      case 'cycle.results-published': {
        const names = (list: unknown) => (list as { name: string }[]).map((p) => p.name).join('、') || '无';
        if (data.certified !== undefined) return `${data.cycleYear}年度结果公布，${data.publishedOn}；认定：${names(data.certified)}；撤销：${names(data.revoked)}`;
        return `${data.cycleYear}年度结果公布，${data.publishedOn}；认定 ${data.certifiedCount} 个，撤销 ${data.revokedCount} 个，名单 ${data.pages} 页`;
      }
      case 'cycle.results-page': {
        const names = (list: unknown) => (list as { name: string }[]).map((p) => p.name).join('、') || '无';
        return `${data.cycleYear}年度结果名单第 ${data.page} 页；认定：${names(data.certified)}；撤销：${names(data.revoked)}`;
      }
      case 'log.tree-head':
        return `日志树头：${data.treeSize} 个事件，根 ${String(data.rootHash).slice(0, 16)}…，签名密钥 ${String(data.keyId).slice(0, 16)}…`;
      default:
        return '';
    }
  })();
  return [event.time, event.type.padEnd(29), event.subject, [who, detail].filter(Boolean).join(' ')].join('  ');
}
