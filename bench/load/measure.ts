// autocannon runs with the mix, summarized the same way everywhere: 2xx throughput, latency
// percentiles, status counts, and 503s that carried Retry-After (read through each request's
// onResponse, the only autocannon hook that sees response headers).
import autocannon from 'autocannon';
import type { MixRequest } from './mix.ts';

export type RunOptions = { connections: number; durationS: number; overallRate?: number; collectHeaders?: boolean };
export type RunSummary = {
  connections: number;
  durationS: number;
  overallRate: number | null;
  requests: number;
  ok2xxPerS: number;
  allPerS: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  statuses: Record<string, number>;
  status5xx: number;
  status503: number;
  retryAfter503: number;
  errors: number;
  timeouts: number;
  writesAcknowledged: number;
};

/** autocannon request list: method, path, headers (cookie, same-origin, JSON body type), and for the write a fresh body per send through setupRequest. */
function requestsOf(mix: MixRequest[], headers: Record<string, string>, counters: { retryAfter503: number; writesOk: number }, collectHeaders: boolean) {
  return mix.map((r) => ({
    method: r.method,
    path: r.path,
    headers: { ...headers, ...(r.body ? { 'content-type': 'application/json' } : {}) },
    ...(r.body ? { setupRequest: (req: Record<string, unknown>) => ({ ...req, body: r.body!() }) } : {}),
    // Reading headers makes autocannon keep the body too: only where it is needed.
    ...(collectHeaders || r.kind === 'write'
      ? {
          onResponse: (status: number, _body: string, _context: unknown, resHeaders: Record<string, string>) => {
            if (status === 503 && resHeaders['retry-after']) counters.retryAfter503++;
            if (r.kind === 'write' && status >= 200 && status < 300) counters.writesOk++;
          },
        }
      : {}),
  }));
}

export async function runMix(url: string, mix: MixRequest[], headers: Record<string, string>, o: RunOptions): Promise<RunSummary> {
  const counters = { retryAfter503: 0, writesOk: 0 };
  const result = await autocannon({
    url,
    connections: o.connections,
    duration: o.durationS,
    ...(o.overallRate ? { overallRate: o.overallRate } : {}),
    timeout: 30,
    requests: requestsOf(mix, headers, counters, o.collectHeaders ?? false),
  });
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = Number(count);
  const sum = (filter: (code: number) => boolean) => Object.entries(statuses).filter(([c]) => filter(Number(c))).reduce((a, [, n]) => a + n, 0);
  const ok = sum((c) => c >= 200 && c < 300);
  const all = sum(() => true);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return {
    connections: o.connections,
    durationS: o.durationS,
    overallRate: o.overallRate ?? null,
    requests: all,
    ok2xxPerS: r2(ok / o.durationS),
    allPerS: r2(all / o.durationS),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    statuses,
    status5xx: sum((c) => c >= 500),
    status503: statuses['503'] ?? 0,
    retryAfter503: counters.retryAfter503,
    errors: result.errors,
    timeouts: result.timeouts,
    writesAcknowledged: counters.writesOk,
  };
}

/** Saturation: a warm-up, then each connection count in turn; the best 2xx throughput wins (2 vCPUs: more connections than the pool can serve only queue). */
export async function saturation(url: string, mix: MixRequest[], headers: Record<string, string>, connectionCounts: number[], durationS: number, warmUpS: number) {
  await runMix(url, mix, headers, { connections: 10, durationS: warmUpS });
  const runs: RunSummary[] = [];
  for (const connections of connectionCounts) runs.push(await runMix(url, mix, headers, { connections, durationS }));
  const best = runs.reduce((a, b) => (b.ok2xxPerS > a.ok2xxPerS ? b : a));
  return { best, runs };
}

/**
 * Side by side: `rounds` runs of each server in turn at its own best connection count (from a
 * sweep), so both see the same moments of a shared machine; medians of each and of the ratios.
 */
export async function alternatingSaturation(servers: { a: SaturationTarget; b: SaturationTarget }, rounds: number, durationS: number) {
  const runs: { a: RunSummary[]; b: RunSummary[] } = { a: [], b: [] };
  for (let i = 0; i < rounds; i++) {
    for (const side of ['a', 'b'] as const) {
      const t = servers[side];
      runs[side].push(await runMix(t.url, t.mix, t.headers, { connections: t.connections, durationS }));
    }
  }
  const rates = (side: 'a' | 'b') => runs[side].map((r) => r.ok2xxPerS);
  const ratios = runs.a.map((r, i) => Math.round((r.ok2xxPerS / runs.b[i]!.ok2xxPerS) * 100) / 100);
  return { rounds, durationS, a: { medianOk2xxPerS: medianOf(rates('a')), runs: runs.a }, b: { medianOk2xxPerS: medianOf(rates('b')), runs: runs.b }, ratios, medianRatio: medianOf(ratios) };
}

export type SaturationTarget = { url: string; mix: MixRequest[]; headers: Record<string, string>; connections: number };

function medianOf(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
