import { Presets, SingleBar } from 'cli-progress';
import { plainLine, progressReporter, type RebuildProgress } from '@certflow/read-models';

/**
 * Rebuild progress on `output`: a bar redrawn in place on a terminal, and the read-models
 * library's plain lines every few seconds elsewhere (a log file has no use for a bar).
 */
export function rebuildProgressBar(output: NodeJS.WriteStream, label = 'rebuild'): (progress: RebuildProgress) => void {
  if (!output.isTTY) return progressReporter(output, { label });
  const bar = new SingleBar(
    {
      stream: output,
      format: `${label} [{bar}] {percentage}% {value}/{total} events · {speed} ev/s · {left} left{pass}`,
      formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? count(value) : String(value)),
      hideCursor: true,
      // The rebuild reports about every batch; the bar need not redraw as often.
      fps: 10,
    },
    Presets.legacy,
  );
  let started = false;
  return (progress) => {
    const payload = {
      speed: count(progress.eventsPerSecond),
      left: progress.etaSeconds === undefined ? '?' : duration(progress.etaSeconds),
      pass: progress.pass > 1 ? ` (pass ${progress.pass})` : '',
    };
    // Later passes make the expected total grow, so it is set at every report.
    const total = Math.max(progress.total, progress.events, 1);
    if (!started) {
      bar.start(total, progress.events, payload);
      started = true;
    }
    bar.setTotal(total);
    bar.update(progress.finished ? total : progress.events, payload);
    if (progress.finished) {
      bar.stop();
      output.write(`${plainLine(label, progress)}\n`);
    }
  };
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${m}:${String(s % 60).padStart(2, '0')}`;
}

export interface PhaseBar {
  update(done: number): void;
  stop(): void;
}

/**
 * One phase of a long check (`audit verify`: chains, the log's tree, rule evaluations) as a bar
 * on a terminal, erased when done so that the report below stays as it is; elsewhere nothing, as
 * the report is what a script or a log reads.
 */
export function phaseBar(output: NodeJS.WriteStream, label: string, total: number, unit: string): PhaseBar {
  if (!output.isTTY || total <= 0) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: output,
      format: `${label} [{bar}] {percentage}% {value}/{total} ${unit} · {eta_formatted} left`,
      formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? count(value) : String(value)),
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    Presets.legacy,
  );
  bar.start(total, 0);
  return {
    // The log may have grown since the total was read: the total follows.
    update: (done) => {
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
