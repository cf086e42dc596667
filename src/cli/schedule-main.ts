// The `schedule` command on its own, as bundled into dist/cli/schedule.mjs (scripts/build-cli.mjs)
// so that bin/kakehashi.mjs can run it without loading TypeScript at start-up: the whole process
// on a national-scale fair stays well under a second.
import { runSchedule } from './schedule-command.ts';

process.exitCode = runSchedule(process.argv.slice(3));
