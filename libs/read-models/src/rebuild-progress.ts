import type { RebuildProgress } from './rebuild.js';

export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressReporterOptions {
  readonly label?: string;
  /** Plain output: one line at most this often (a terminal gets a redrawn bar instead). */
  readonly lineIntervalMs?: number;
  readonly now?: () => number;
}

/**
 * Rebuild progress for people: on a terminal one bar line redrawn in place (events done,
 * events/s, time left), otherwise a plain line every few seconds, and a last line when done.
 */
export function progressReporter(output: ProgressOutput, options: ProgressReporterOptions = {}): (progress: RebuildProgress) => void {
  const label = options.label ?? 'rebuild';
  const now = options.now ?? (() => Date.now());
  const interval = options.lineIntervalMs ?? 5_000;
  let lastLine = -Infinity;
  let lastDraw = -Infinity;
  return (progress) => {
    const time = now();
    if (output.isTTY) {
      if (!progress.finished && time - lastDraw < 100) return;
      lastDraw = time;
      const text = barLine(label, progress, output.columns ?? 80);
      output.write(`\r\x1b[2K${text}${progress.finished ? '\n' : ''}`);
      return;
    }
    if (!progress.finished && time - lastLine < interval) return;
    lastLine = time;
    output.write(`${plainLine(label, progress)}\n`);
  };
}

export function plainLine(label: string, progress: RebuildProgress): string {
  const pass = progress.passes > 1 || progress.pass > 1 ? ` (pass ${progress.pass})` : '';
  if (progress.finished) {
    return `${label}: done, ${count(progress.events)} events in ${duration(progress.elapsedMs / 1000)} (${count(progress.eventsPerSecond)} events/s)${pass}`;
  }
  return `${label}: ${count(progress.events)}/${count(progress.total)} events (${percent(progress)}), ${count(progress.eventsPerSecond)} events/s, ${eta(progress)} left${pass}`;
}

export function barLine(label: string, progress: RebuildProgress, columns: number): string {
  const pass = progress.pass > 1 ? ` pass ${progress.pass}` : '';
  const tail = progress.finished
    ? ` ${count(progress.events)} events in ${duration(progress.elapsedMs / 1000)}, ${count(progress.eventsPerSecond)}/s${pass}`
    : ` ${percent(progress).padStart(4)} ${count(progress.events)}/${count(progress.total)} · ${count(progress.eventsPerSecond)} ev/s · ${eta(progress)} left${pass}`;
  const width = Math.max(10, Math.min(40, columns - label.length - tail.length - 4));
  const share = progress.finished ? 1 : progress.total > 0 ? Math.min(1, progress.events / progress.total) : 0;
  const filled = Math.round(share * width);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`;
}

function percent(progress: RebuildProgress): string {
  if (progress.total <= 0) return '100%';
  return `${Math.floor(Math.min(1, progress.events / progress.total) * 100)}%`;
}

function eta(progress: RebuildProgress): string {
  return progress.etaSeconds === undefined ? '?' : duration(progress.etaSeconds);
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
