// Loaded into the server under test with NODE_OPTIONS="--import <this file>" (no change to the
// app): every second, the event-loop delay p99 and max of that second (perf_hooks histogram,
// 10 ms resolution) and the process's RSS, appended as a JSON line to LOAD_ELD_FILE. Reading
// the delay inside the server is the only way to see the server's own loop, not the bench's.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.LOAD_ELD_FILE;
// NODE_OPTIONS is inherited by every node child (the CLI may spawn some): watch only the
// process that was asked for, the first one to claim the file.
if (file && !process.env.LOAD_ELD_CLAIMED) {
  process.env.LOAD_ELD_CLAIMED = '1';
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    const ms = (ns) => Math.round((ns / 1e6) * 100) / 100;
    const line = { t: Date.now(), pid: process.pid, p99: ms(histogram.percentile(99)), max: ms(histogram.max), rssKiB: Math.round(process.memoryUsage.rss() / 1024) };
    histogram.reset();
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 1000);
  timer.unref(); // never keep the server alive
}
