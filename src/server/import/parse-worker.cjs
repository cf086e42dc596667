// The parse worker's entry. A worker thread starts without its parent's TypeScript loader
// (Node 20 hands module hooks on to no worker, and `execArgv: ['--import', 'tsx']` does not
// apply to a Worker's own .ts entry: ERR_UNKNOWN_FILE_EXTENSION), so the worker loads tsx
// itself. It uses tsx's CommonJS hook, which compiles the TypeScript in this thread: tsx's
// ESM register() would start a module-hooks thread of its own, costing the worker about 25 MiB
// and 200–400 ms more (measured). The worker's TypeScript therefore avoids what CommonJS cannot
// do: top-level await, import.meta, and import() of a .ts file (a package import() is fine).
// Loads the same way under `node bin/kakehashi.mjs`, `node --import tsx` and Vitest.
require('tsx/cjs/api').register();
require('./parse-worker.ts');
