// Watching the server under test from outside and inside: its RSS read from /proc every second
// by the bench, and the event-loop delay the monitor loaded into the server (eld-monitor.mjs)
// writes every second to a file.
import fs from 'node:fs';
import path from 'node:path';

export const ELD_MONITOR = path.resolve(import.meta.dirname, 'eld-monitor.mjs');

/** Env for spawnServer: preload the event-loop monitor writing to `file`. */
export function monitorEnv(file: string): Record<string, string> {
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${ELD_MONITOR}`.trim(), LOAD_ELD_FILE: file };
}

export type EldSample = { t: number; pid: number; p99: number; max: number; rssKiB: number };

/** The monitor's samples between two instants (ms since epoch). */
export function eldSamples(file: string, from: number, to: number): EldSample[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EldSample)
    .filter((s) => s.t >= from && s.t <= to);
}

export function rssKiB(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null; // the process is gone
  }
}

/** Samples the RSS of `pid` every second until stopped; each sample with its second since start. */
export function sampleRss(pid: number) {
  const started = Date.now();
  const samples: Array<{ s: number; kib: number }> = [];
  const timer = setInterval(() => {
    const kib = rssKiB(pid);
    if (kib !== null) samples.push({ s: Math.round((Date.now() - started) / 1000), kib });
  }, 1000);
  return { samples, stop: () => clearInterval(timer) };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
