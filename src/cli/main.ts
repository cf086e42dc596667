// The `kakehashi` command. Later modules add their commands here. Server modules are loaded only
// by the commands that need them, so that `schedule` starts in a fraction of a second.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.ts';
import { DataDirInUseError } from '../server/db/embedded/data-dir-lock.ts';

const USAGE = `Usage: kakehashi <command>

Commands:
  serve          start the server (the default of npm start)
  migrate        apply database migrations and exit
  seed --demo    (re)load the demo programs; other data is left as it is
  schedule FILE  schedule an interview fair given as JSON (- reads standard input) and print
                 the schedule as JSON; --timing prints read/solve/write times on stderr
  match FILE     match students to host companies (deferred acceptance) given as JSON (- reads
                 standard input) and print the matches and explanations as JSON; --timing too
  backup FILE    copy the embedded database into FILE (a gzipped tar) while the app serves
  restore FILE   restore a backup into KAKEHASHI_DATA_DIR, which must hold no database
                 (--force moves an existing one aside)
  help           show this text

Configuration comes from environment variables; see .env.example.`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { serve } = await import('../server/main.ts');
      await serve();
      return -1; // keeps running
    }
    case 'schedule': {
      const { runSchedule } = await import('./schedule-command.ts');
      return runSchedule(rest);
    }
    case 'match': {
      const { runMatch } = await import('./match-command.ts');
      return runMatch(rest);
    }
    case 'backup': {
      const { runBackup } = await import('./backup-command.ts');
      return runBackup(rest, loadConfig());
    }
    case 'restore': {
      const { runRestore } = await import('./backup-command.ts');
      return runRestore(rest, loadConfig());
    }
    case 'migrate': {
      const { openDatabase } = await import('../server/db/database.ts');
      const database = await openDatabase(loadConfig(), (msg) => console.error(msg));
      await database.close();
      console.log('Migrations applied.');
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } });
      if (!values.demo) {
        console.error('Say what to seed: kakehashi seed --demo');
        return 2;
      }
      const { openDatabase } = await import('../server/db/database.ts');
      const { loadDemoData } = await import('../server/seed/demo-seed.ts');
      const database = await openDatabase(loadConfig(), (msg) => console.error(msg));
      try {
        const result = await loadDemoData(database.db);
        console.log(`Demo data loaded: ${result.organizations} organizations, ${result.programs} programs, ${result.phases} phases.`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
