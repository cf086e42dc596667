// Where the bundled algorithm commands (`schedule`, `match`) live and whether it is newer than everything it is built
// from (shared by scripts/build-cli.mjs and bin/kakehashi.mjs).
import fs from 'node:fs';
import path from 'node:path';

export const CLI_BUNDLE = 'dist/cli/algorithms.mjs';
/** The commands the bundle runs; bin/kakehashi.mjs sends only these to it. */
export const BUNDLED_COMMANDS = ['schedule', 'match'];
export const CLI_BUNDLE_SOURCES = ['src/cli', 'src/domain', 'package-lock.json'];

function newestMtime(full) {
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(full, entry)));
  return newest;
}

export function bundleIsFresh(root) {
  const bundle = path.join(root, CLI_BUNDLE);
  if (!fs.existsSync(bundle)) return false;
  const built = fs.statSync(bundle).mtimeMs;
  return CLI_BUNDLE_SOURCES.every((s) => newestMtime(path.join(root, s)) <= built);
}
