import { canonicalBody } from '../canonical-json.js';
import type { ChainReport } from '../chain.js';
import type { RecordedEvent } from '../envelope.js';
import { StoreCopyRefusedError } from '../errors.js';
import type { LogLeaf } from '../merkle/transparency-log.js';
import { verifyLog, type LogBreak } from '../merkle/verify-log.js';
import type { PostgresEventStore } from '../postgres/postgres-event-store.js';
import type { SqliteEventStore } from '../sqlite/sqlite-event-store.js';

export interface CopyProgress {
  /** Events in the target so far, resumed ones included, and the source's total. */
  readonly events: number;
  readonly total: number;
  readonly resumedFrom: number;
  readonly eventsPerSecond: number;
  readonly etaSeconds: number | undefined;
  readonly elapsedMs: number;
  readonly finished: boolean;
}

export interface CopyOptions {
  /** Shown in the target's copy marker and in refusals: where the history came from. */
  readonly sourceName: string;
  readonly batchSize?: number;
  /** Called after every committed batch; a throw stops the copy there, resumably. */
  readonly onProgress?: (progress: CopyProgress) => void;
}

export interface CopyResult {
  readonly events: number;
  /** Events already in the target from an earlier, interrupted run. */
  readonly resumedFrom: number;
  readonly elapsedMs: number;
}

const DEFAULT_BATCH = 5000;
const LEAF_PAGE = 5000;

/**
 * Copies a whole embedded history into an empty PostgreSQL store, every row as it was recorded:
 * positions, recorded times, hashes, command ids, the Merkle log's leaves and signed heads, and
 * the subscribers' checkpoints. Re-running after an interruption continues after the last batch
 * that committed. The source must not be written meanwhile (server stopped), and must be opened
 * without upcasters: rows are copied in the shape their hashes cover.
 */
export async function copyStore(source: SqliteEventStore, target: PostgresEventStore, options: CopyOptions): Promise<CopyResult> {
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const importer = target.importer();
  const total = await source.eventCount();
  const first = (await source.readAll({ limit: 1 }))[0];
  const sourceId = first ? `${first.eventId}:${first.hash}` : 'empty';
  const state = await importer.state();
  let from = 0;
  if (!state.marker) {
    if (state.events > 0 || state.leaves > 0) {
      throw new StoreCopyRefusedError(
        `the target store holds ${state.events} events and is not a copy in progress: a copy goes only into an empty store (a new database, or DROP SCHEMA certflow CASCADE)`,
      );
    }
    await importer.begin(sourceId, options.sourceName);
  } else {
    const { marker } = state;
    if (marker.sourceId !== sourceId) {
      throw new StoreCopyRefusedError(`the target store holds a copy of another history (${marker.source}), not of ${options.sourceName}`);
    }
    if (state.headPosition > marker.copiedThrough) {
      throw new StoreCopyRefusedError(
        `the target store has events of its own past the copied ones (position ${state.headPosition} > ${marker.copiedThrough}): it is in service, and is not copied into again`,
      );
    }
    if (marker.copiedThrough > 0) {
      const there = await importer.eventAt(marker.copiedThrough);
      const here = (await source.readAll({ after: marker.copiedThrough - 1, limit: 1 }))[0];
      if (!there || !here || here.globalPosition !== marker.copiedThrough || here.eventId !== there.eventId || here.hash !== there.hash) {
        throw new StoreCopyRefusedError(
          `the source no longer holds, at position ${marker.copiedThrough}, the event the earlier copy ended with: ${options.sourceName} was changed or replaced since`,
        );
      }
    }
    from = marker.copiedThrough;
  }

  const resumedFrom = state.events;
  let copied = state.events;
  let nextLeaf = state.leaves;
  const leavesUpTo = async (upTo: number): Promise<LogLeaf[]> => {
    // Leaves sealed late (after their events were copied) are picked up here too.
    const leaves: LogLeaf[] = [];
    for (;;) {
      const page = await source.log.leaves(nextLeaf + leaves.length, LEAF_PAGE);
      const within = page.filter((leaf) => leaf.globalPosition <= upTo);
      leaves.push(...within);
      if (within.length < page.length || page.length < LEAF_PAGE) return leaves;
    }
  };
  const report = (finished: boolean) => {
    const elapsedMs = Math.max(1, Date.now() - started);
    const eventsPerSecond = ((copied - resumedFrom) * 1000) / elapsedMs;
    options.onProgress?.({
      events: copied,
      total,
      resumedFrom,
      eventsPerSecond,
      etaSeconds: eventsPerSecond > 0 ? (total - copied) / eventsPerSecond : undefined,
      elapsedMs,
      finished,
    });
  };
  report(false);
  for (;;) {
    const events = await source.readAll({ after: from, limit: batchSize });
    if (events.length === 0) break;
    const upTo = events.at(-1)!.globalPosition;
    const [commands, leaves] = await Promise.all([source.commandsEndingIn(from, upTo), leavesUpTo(upTo)]);
    await importer.importBatch({ events, commands, leaves, copiedThrough: upTo });
    from = upTo;
    copied += events.length;
    nextLeaf += leaves.length;
    report(false);
  }
  const lateLeaves = await leavesUpTo(from);
  if (lateLeaves.length > 0) await importer.importBatch({ events: [], commands: [], leaves: lateLeaves, copiedThrough: from });
  await importer.finish(await source.checkpoints(), await source.log.heads());
  report(true);
  return { events: copied, resumedFrom, elapsedMs: Date.now() - started };
}

export interface CopyVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly streams: number;
  readonly commands: number;
  readonly leaves: number;
  readonly heads: number;
  readonly checkpoints: number;
  /** Chain and log breaks the source itself has: copied faithfully, but reported. */
  readonly sourceBreaks: number;
  /** Where the copy differs from the source (empty when ok), the first few of each kind. */
  readonly problems: readonly string[];
}

const COMPARE_PAGE = 5000;
const MAX_SHOWN = 5;

/**
 * Compares the copy with its source: every event field by field, the chains as
 * `verifyChains` sees them on each side, every command id, the checkpoints, every leaf of the
 * Merkle log, and the signed heads, whose roots are recomputed from the copied events.
 */
export async function verifyStoreCopy(
  source: SqliteEventStore,
  target: PostgresEventStore,
  options: { readonly publicKeyPem: string | undefined },
): Promise<CopyVerification> {
  const problems: string[] = [];
  const note = (kind: string, detail: string) => {
    const shown = problems.filter((p) => p.startsWith(kind)).length;
    if (shown < MAX_SHOWN) problems.push(`${kind}: ${detail}`);
  };

  let events = 0;
  for (let after = 0; ; ) {
    const [here, there] = await Promise.all([
      source.readAll({ after, limit: COMPARE_PAGE }),
      target.readAll({ after, limit: COMPARE_PAGE }),
    ]);
    for (let i = 0; i < Math.max(here.length, there.length); i += 1) {
      const a = here[i];
      const b = there[i];
      if (!a || !b) {
        note('event', `position ${(a ?? b)!.globalPosition} is only in the ${a ? 'source' : 'copy'}`);
        continue;
      }
      const difference = eventDifference(a, b);
      if (difference) note('event', `position ${a.globalPosition} (${a.streamId} v${a.streamVersion}) differs in ${difference}`);
    }
    events += here.length;
    if (here.length < COMPARE_PAGE && there.length < COMPARE_PAGE) break;
    after = Math.max(here.at(-1)?.globalPosition ?? 0, there.at(-1)?.globalPosition ?? 0);
  }

  const [sourceChains, targetChains] = await Promise.all([source.verifyChains(), target.verifyChains()]);
  if (!sameChains(sourceChains, targetChains)) {
    note(
      'chains',
      `the source has ${sourceChains.streams} streams, ${sourceChains.events} events, ${sourceChains.breaks.length} breaks; the copy ${targetChains.streams}, ${targetChains.events}, ${targetChains.breaks.length}` +
        (targetChains.breaks[0] ? ` (first: ${targetChains.breaks[0].streamId} v${targetChains.breaks[0].streamVersion} ${targetChains.breaks[0].problem})` : ''),
    );
  }

  const importer = target.importer();
  const commands = new Map<string, string>();
  for await (const command of source.allCommands()) commands.set(command.commandId, JSON.stringify(command));
  let targetCommands = 0;
  for (let after = ''; ; ) {
    const page = await importer.commands(after, COMPARE_PAGE);
    for (const command of page) {
      targetCommands += 1;
      const expected = commands.get(command.commandId);
      if (expected !== JSON.stringify(command)) note('command', `${command.commandId} ${expected ? 'differs' : 'is not in the source'}`);
    }
    if (page.length < COMPARE_PAGE) break;
    after = page.at(-1)!.commandId;
  }
  if (targetCommands !== commands.size) note('command', `the source has ${commands.size} command ids, the copy ${targetCommands}`);

  const [sourceCheckpoints, targetCheckpoints] = await Promise.all([source.checkpoints(), importer.checkpoints()]);
  if (!same(sourceCheckpoints, targetCheckpoints)) {
    note('checkpoint', `the source has ${JSON.stringify(sourceCheckpoints)}, the copy ${JSON.stringify(targetCheckpoints)}`);
  }

  let leaves = 0;
  for (let from = 0; ; ) {
    const [here, there] = await Promise.all([source.log.leaves(from, COMPARE_PAGE), target.log.leaves(from, COMPARE_PAGE)]);
    if (!same(here, there)) {
      const at = here.findIndex((leaf, i) => !same(leaf, there[i]));
      note('log leaf', `leaf ${from + (at < 0 ? here.length : at)} differs or is missing in the copy`);
    }
    leaves += here.length;
    if (here.length < COMPARE_PAGE) break;
    from += COMPARE_PAGE;
  }
  const [sourceHeads, targetHeads] = await Promise.all([source.log.heads(), target.log.heads()]);
  if (!same(sourceHeads, targetHeads)) note('tree head', `the source has ${sourceHeads.length} signed heads, the copy ${targetHeads.length}, not the same`);
  const [sourceLog, targetLog] = await Promise.all([verifyLog(source.log, options), verifyLog(target.log, options)]);
  if (!sameLogBreaks(sourceLog.breaks, targetLog.breaks)) {
    note('tree head', `the copy's log verifies with ${targetLog.breaks.length} breaks, the source's with ${sourceLog.breaks.length}` + (targetLog.breaks[0] ? ` (first: ${targetLog.breaks[0].detail})` : ''));
  }

  return {
    ok: problems.length === 0,
    events,
    streams: targetChains.streams,
    commands: targetCommands,
    leaves,
    heads: targetHeads.length,
    checkpoints: targetCheckpoints.length,
    sourceBreaks: sourceChains.breaks.length + sourceLog.breaks.length,
    problems,
  };
}

function eventDifference(a: RecordedEvent, b: RecordedEvent): string | undefined {
  const fields: (keyof RecordedEvent)[] = ['globalPosition', 'streamId', 'streamVersion', 'eventId', 'type', 'schemaVersion', 'recordedAt', 'hash'];
  const differs = fields.filter((field) => a[field] !== b[field]);
  // jsonb keeps its own key order; what the hash covers is the canonical form.
  if (differs.length === 0 && canonicalBody({ ...a }) !== canonicalBody({ ...b })) differs.push('data');
  return differs.length > 0 ? differs.join(', ') : undefined;
}

/**
 * By value through JSON: rows of the native SQLite driver may come from another realm (Jest),
 * where a deep-equality check that looks at prototypes would see a difference that is not there.
 */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameChains(a: ChainReport, b: ChainReport): boolean {
  return a.streams === b.streams && a.events === b.events && a.simulated === b.simulated && same(a.breaks, b.breaks);
}

function sameLogBreaks(a: readonly LogBreak[], b: readonly LogBreak[]): boolean {
  return same(a.map((x) => x.problem + x.detail), b.map((x) => x.problem + x.detail));
}
