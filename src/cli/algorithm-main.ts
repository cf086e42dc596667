// The algorithm commands on their own (`schedule` and `match`), as bundled into
// dist/cli/algorithms.mjs (scripts/build-cli.mjs) so that bin/kakehashi.mjs can run them without
// loading TypeScript at start-up: the whole process on a national-scale input stays well under a second.
import { runMatch } from './match-command.ts';
import { runSchedule } from './schedule-command.ts';

const [command, ...args] = process.argv.slice(2);
process.exitCode = command === 'match' ? runMatch(args) : runSchedule(args);
