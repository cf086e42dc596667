#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader: no separate build step for the server. The
// algorithm commands (`schedule`, `match`), used in scripts and benchmarks on large files, run
// from their bundle (scripts/build-cli.mjs) when that is current, which saves the loader's start-up.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLED_COMMANDS, CLI_BUNDLE, bundleIsFresh } from '../scripts/cli-bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');
if (BUNDLED_COMMANDS.includes(process.argv[2]) && bundleIsFresh(root)) {
  await import(pathToFileURL(path.join(root, CLI_BUNDLE)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
