import { loadConfig, type CertflowConfig } from '@certflow/config';
import { openEventStore, type EventStore, type RecordedEvent } from '@certflow/event-store';
import type { ISocketFactory } from 'kafkajs';
import { IntegrationMapper, KafkaPublisher, toKafkaMessage, type ContractVersion } from '@certflow/messaging';
import { processLogger, type Logger } from '@certflow/observability';
import { CliError } from '../cli-error.js';

export interface RepublishOptions {
  /** The first position of the log to send again (1 is the first event). */
  readonly from: number;
  /** The last; default the log's head when the command starts. */
  readonly to?: number;
  /** Which topics: contract v1's, v2's, or both (default). */
  readonly contracts?: readonly ContractVersion[];
  /** Count what would be sent and send nothing (works without a broker). */
  readonly dryRun?: boolean;
  /** Events of the log read per page, each page one send per topic; default 256, as the relay sends. */
  readonly pageSize?: number;
  /** How connections to the brokers are made (kafkajs); the test cuts the network with it. */
  readonly socketFactory?: ISocketFactory;
  /** Where kafkajs and the publisher log; default the process's logger. */
  readonly logger?: Logger;
  /** After each page is acknowledged: the position it reached, and the range's last. */
  readonly onProgress?: (reached: number, to: number) => void;
}

export interface RepublishResult {
  readonly from: number;
  readonly to: number;
  /** Events of the log read in the range, public or not. */
  readonly events: number;
  /** Public messages per topic (per contract when dry, since no topic may be set). */
  readonly sent: { readonly contract: ContractVersion; readonly topic: string | undefined; readonly messages: number }[];
  readonly dryRun: boolean;
}

/**
 * Sends a range of the log to Kafka again, mapped exactly as the relay maps it: the same CloudEvents
 * ids, keys and bodies, so a consumer that dedupes by id (the contract asks it to) keeps one copy of
 * what it already had and gains what it missed. The relay's checkpoints are not touched. This is the
 * repair for events a relay read past (PostgreSQL before 9175aa6) and for a topic whose retention
 * dropped what a new consumer needs.
 */
export async function republishEvents(options: RepublishOptions, config: CertflowConfig = loadConfig()): Promise<RepublishResult> {
  const dryRun = options.dryRun ?? false;
  const contracts = options.contracts ?? [1, 2];
  if (!config.kafka && !dryRun) {
    throw new CliError('KAFKA_BROKERS is not set: republish sends to the brokers the relay uses (or pass --dry-run to count what would be sent)', 2);
  }
  const store = await openEventStore(config);
  const publishers = new Map<ContractVersion, KafkaPublisher>();
  try {
    const head = await store.headPosition();
    const to = options.to ?? head;
    if (options.from > head) throw new CliError(`--from ${options.from} is past the log's head (position ${head})`, 2);
    if (to > head) throw new CliError(`--to ${to} is past the log's head (position ${head})`, 2);
    if (to < options.from) throw new CliError(`--to ${to} is before --from ${options.from}`, 2);
    const topicOf = (contract: ContractVersion) => (config.kafka ? (contract === 1 ? config.kafka.topic : config.kafka.topicV2) : undefined);
    if (config.kafka && !dryRun) {
      const logger = options.logger ?? processLogger();
      for (const contract of contracts) {
        const topic = topicOf(contract)!;
        publishers.set(
          contract,
          new KafkaPublisher(config.kafka.brokers, { ...config.kafka, topic }, logger, {
            clientId: 'certflow-events-republish',
            ...(options.socketFactory ? { socketFactory: options.socketFactory } : {}),
          }),
        );
      }
    }
    const counts = await sendRange(store, { ...options, to, contracts }, publishers);
    return {
      from: options.from,
      to,
      events: counts.events,
      sent: contracts.map((contract) => ({
        contract,
        topic: topicOf(contract),
        messages: counts.messages.get(contract) ?? 0,
      })),
      dryRun,
    };
  } finally {
    for (const publisher of publishers.values()) await publisher.close();
    await store.close();
  }
}

async function sendRange(
  store: EventStore,
  options: RepublishOptions & { readonly to: number; readonly contracts: readonly ContractVersion[] },
  publishers: ReadonlyMap<ContractVersion, KafkaPublisher>,
): Promise<{ events: number; messages: Map<ContractVersion, number> }> {
  const mappers = options.contracts.map((contract) => new IntegrationMapper(store, { contract }));
  const messages = new Map<ContractVersion, number>();
  let events = 0;
  let after = options.from - 1;
  while (after < options.to) {
    let page: RecordedEvent[];
    try {
      page = (await store.readAll({ after, limit: options.pageSize ?? 256 })).filter((event) => event.globalPosition <= options.to);
      if (page.length === 0) break;
      for (const mapper of mappers) {
        const mapped = await mapper.map(page);
        messages.set(mapper.contract, (messages.get(mapper.contract) ?? 0) + mapped.length);
        await publishers.get(mapper.contract)?.publish(mapped.map(toKafkaMessage));
      }
    } catch (error) {
      // Every page before this one was acknowledged by the brokers: the run can go on from here.
      const reason = error instanceof Error ? error.message : String(error);
      const again = [`--from ${after + 1}`, `--to ${options.to}`, ...(options.contracts.length === 1 ? [`--contract v${options.contracts[0]}`] : [])].join(' ');
      throw new CliError(`republish stopped at position ${after + 1}: ${reason}; run it again with ${again}`, 1);
    }
    events += page.length;
    after = page.at(-1)!.globalPosition;
    options.onProgress?.(after, options.to);
  }
  return { events, messages };
}
