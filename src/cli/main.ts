// The `kakehashi` command. Later modules add their commands here.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { DataDirInUseError } from '../server/db/embedded/data-dir-lock.ts';
import { serve } from '../server/main.ts';
import { loadDemoData } from '../server/seed/demo-seed.ts';

const USAGE = `Usage: kakehashi <command>

Commands:
  serve          start the server (the default of npm start)
  migrate        apply database migrations and exit
  seed --demo    (re)load the demo programs; other data is left as it is
  help           show this text

Configuration comes from environment variables; see .env.example.`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return -1; // keeps running
    case 'migrate': {
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
