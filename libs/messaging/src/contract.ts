/**
 * The public contract: what downstream services (the provincial SME service network, subsidy and
 * credit systems) may rely on. It is versioned on its own, apart from the internal domain events:
 * a domain event can change shape (with an upcaster) without a consumer noticing, and a breaking
 * change here is a new `v2` schema and topic, never an edit of `v1`.
 *
 * Only what Art. 13 makes public leaves: the platform's name, its operator (a legal person: name
 * and unified social credit code), county, categories and the dates and reasons of the city's
 * decisions. Reviewers, evaluators, actor ids, figures and materials stay inside.
 */
export const CONTRACT_VERSION = 2;

/**
 * v1 as it was first published, still sent on its own topic for the consumers built on it:
 * `cycle.results-published` with the whole lists and none of the fields v2 added, no
 * `cycle.results-page` and no `log.tree-head` (its schema forbade unknown fields and required
 * the lists, so v2's shape would have broken them).
 */
export type ContractVersion = 1 | 2;

export const INTEGRATION_EVENT_TYPES = [
  'platform.certified',
  'platform.recheck-confirmed',
  'platform.recheck-failed',
  'platform.revocation-announced',
  'platform.revoked',
  'cycle.results-published',
  'cycle.results-page',
  'platform.recheck-opened',
  'platform.summary-overdue',
  'deadline.reminder',
  'log.tree-head',
] as const;

/** The types contract v1 knows: v2's additions never go to a v1 topic. */
export const V1_EVENT_TYPES: readonly IntegrationEventType[] = INTEGRATION_EVENT_TYPES.filter((type) => type !== 'cycle.results-page' && type !== 'log.tree-head');

export type IntegrationEventType = (typeof INTEGRATION_EVENT_TYPES)[number];

/** CloudEvents `source`: this deployment's certification log. */
export const EVENT_SOURCE = 'urn:certflow:ganzhou:sme-platform-certification';

export const DATA_CONTENT_TYPE = 'application/json';

/** CloudEvents `dataschema`: names the schema in asyncapi.yaml, with the contract version. */
export function dataSchemaOf(type: IntegrationEventType, version: ContractVersion = CONTRACT_VERSION): string {
  return `urn:certflow:integration:v${version}:${type}`;
}

/** The platform as the public registry shows it (Art. 13). */
export interface PublicPlatform {
  readonly id: string;
  readonly name: string;
  readonly operator: { readonly name: string; readonly creditCode: string };
  readonly county: { readonly code: string; readonly name: string };
  readonly categories: readonly string[];
  readonly comprehensive: boolean;
}

interface Decision {
  readonly platform: PublicPlatform;
  readonly cycleYear: number;
  /** The article of the measures the decision rests on. */
  readonly article: string;
}

export interface PlatformCertifiedData extends Decision {
  readonly title: string;
  readonly certifiedOn: string;
  readonly nextRecheckYear: number;
}

export interface RecheckConfirmedData extends Decision {
  readonly confirmedOn: string;
  readonly nextRecheckYear: number;
}

export interface RecheckFailedData extends Decision {
  readonly failedOn: string;
  readonly reasons: readonly string[];
  /** The recheck failed because no materials came by the deadline (Art. 15). */
  readonly materialsMissing: boolean;
}

export interface RevocationAnnouncedData extends Decision {
  readonly announcedOn: string;
  readonly noticeEndsOn: string;
  readonly noticeDays: number;
  readonly reasons: readonly string[];
}

export interface PlatformRevokedData extends Decision {
  readonly revokedOn: string;
  readonly reasons: readonly string[];
}

/**
 * The cycle's results are published (Art. 13): the counts and the SHA-256 of the whole list; the
 * list itself comes in the cycle's `cycle.results-page` messages just before, on the same key.
 * A cycle published before pages existed (pages 0) carries its lists here instead.
 */
export interface ResultsPublishedData {
  readonly cycleYear: number;
  readonly publishedOn: string;
  readonly article: string;
  readonly certifiedCount: number;
  readonly revokedCount: number;
  readonly pages: number;
  readonly listSha256: string;
  readonly certified?: readonly { readonly platformId: string; readonly name: string }[];
  readonly revoked?: readonly { readonly platformId: string; readonly name: string }[];
}

/** `cycle.results-published` in contract v1: the whole lists, nothing else. */
export interface ResultsPublishedV1Data {
  readonly cycleYear: number;
  readonly publishedOn: string;
  readonly article: string;
  readonly certified: readonly { readonly platformId: string; readonly name: string }[];
  readonly revoked: readonly { readonly platformId: string; readonly name: string }[];
}

/**
 * A signed head of the log's Merkle tree (issue 12, RFC 9162 hashing), sent so that others keep
 * copies: a later log that does not extend it (truncation, deletion, reordering) is caught by a
 * consistency proof against it. The signature is Ed25519 over the UTF-8 text
 * `certflow-tree-head:v1\n{treeSize}\n{rootHash}\n{timestamp}`, by the key whose SPKI DER
 * SHA-256 is `keyId` (`certflow audit keys`).
 */
export interface TreeHeadData {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly algorithm: 'Ed25519';
  readonly keyId: string;
  readonly signature: string;
}

/** One page of a cycle's published list (at most 500 platforms), numbered from 1. */
export interface ResultsPageData {
  readonly cycleYear: number;
  readonly page: number;
  readonly article: string;
  readonly certified: readonly { readonly platformId: string; readonly name: string }[];
  readonly revoked: readonly { readonly platformId: string; readonly name: string }[];
}

/** The platform is put under its biennial recheck in this cycle and must send materials (Art. 15). */
export interface RecheckOpenedData extends Decision {
  readonly materialsDueOn: string;
  readonly certifiedIn: number;
}

/** A yearly summary (Art. 14) not sent by its due date; only sent when the ruleset makes it public. */
export interface SummaryOverdueData extends Decision {
  readonly summaryYear: number;
  readonly dueOn: string;
}

/**
 * A deadline coming up, sent ahead by certflow's scheduler to the platform or county concerned
 * (the cycle's own deadlines concern everybody and carry neither).
 */
export interface DeadlineReminderData {
  readonly rule: string;
  readonly article: string;
  readonly deadline: string;
  readonly cycleYear: number;
  readonly platformId?: string;
  readonly county?: string;
  readonly what: { readonly zh: string; readonly en: string };
}

export interface IntegrationEventData {
  'platform.certified': PlatformCertifiedData;
  'platform.recheck-confirmed': RecheckConfirmedData;
  'platform.recheck-failed': RecheckFailedData;
  'platform.revocation-announced': RevocationAnnouncedData;
  'platform.revoked': PlatformRevokedData;
  'cycle.results-published': ResultsPublishedData | ResultsPublishedV1Data;
  'cycle.results-page': ResultsPageData;
  'platform.recheck-opened': RecheckOpenedData;
  'platform.summary-overdue': SummaryOverdueData;
  'deadline.reminder': DeadlineReminderData;
  'log.tree-head': TreeHeadData;
}

/** A CloudEvents 1.0 event of the contract, as plain JSON (the `cloudevents` package validates it). */
export interface IntegrationEvent<T extends IntegrationEventType = IntegrationEventType> {
  readonly specversion: '1.0';
  /** The domain event's id: consumers dedupe on it. */
  readonly id: string;
  readonly source: string;
  readonly type: T;
  /** The platform id, `cycle-{year}` for a cycle's events and the cycle's own reminders, `log` for tree heads. */
  readonly subject: string;
  readonly time: string;
  readonly datacontenttype: typeof DATA_CONTENT_TYPE;
  readonly dataschema: string;
  readonly data: IntegrationEventData[T];
}

/** Subject and Kafka key of tree heads: one key, so that they arrive in the order they were signed. */
export const TREE_HEAD_SUBJECT = 'log';

/** A tree head as a contract v2 event; its id is derived from the head, so a head sent again dedupes. */
export function treeHeadEvent(head: TreeHeadData): IntegrationEvent<'log.tree-head'> {
  return {
    specversion: '1.0',
    id: `tree-head:${head.keyId.slice(0, 16)}:${head.treeSize}`,
    source: EVENT_SOURCE,
    type: 'log.tree-head',
    subject: TREE_HEAD_SUBJECT,
    time: head.timestamp,
    datacontenttype: DATA_CONTENT_TYPE,
    dataschema: dataSchemaOf('log.tree-head', 2),
    data: { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp, algorithm: head.algorithm, keyId: head.keyId, signature: head.signature },
  };
}
