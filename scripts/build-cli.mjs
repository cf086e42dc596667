// Bundles the algorithm commands (src/cli/algorithm-main.ts and what it imports: `schedule` and
// `match`) into dist/cli/algorithms.mjs with esbuild when the bundle is missing or older than its
// sources, so that `npx kakehashi schedule` or `match` starts without TypeScript's loader (bin/kakehashi.mjs checks the
// same sources before using it, and falls back to the loader when they are newer).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CLI_BUNDLE, CLI_BUNDLE_SOURCES, bundleIsFresh } from './cli-bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');
if (!bundleIsFresh(root)) {
  fs.mkdirSync(path.dirname(path.join(root, CLI_BUNDLE)), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'src/cli/algorithm-main.ts')],
    outfile: path.join(root, CLI_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: `// Built by scripts/build-cli.mjs from ${CLI_BUNDLE_SOURCES.join(', ')}; do not edit.` },
  });
}
