// autocannon ships no types (and @types/autocannon is not a dependency): what the load
// benchmark uses of it.
declare module 'autocannon' {
  type Histogram = { p50: number; p90: number; p99: number; max: number };
  export type Result = { latency: Histogram; errors: number; timeouts: number; statusCodeStats?: Record<string, { count: number }> };
  export type Options = {
    url: string;
    connections: number;
    duration: number;
    overallRate?: number;
    timeout?: number;
    requests: unknown[];
  };
  export default function autocannon(options: Options): Promise<Result>;
}
