// One Kakehashi process per data folder. The lock file holds the owner's pid; a lock whose
// process is gone (SIGKILL, power loss) is stale and taken over.
import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive, commandLineOf } from './processes.ts';

export type DataDirLock = { release(): void };

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `The data folder ${dataDir} is in use by another Kakehashi process (pid ${pid}). ` +
        'Stop that process, or set KAKEHASHI_DATA_DIR to another folder.',
    );
    this.name = 'DataDirInUseError';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockPath = path.join(dataDir, 'kakehashi.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists, so two processes cannot both take the lock.
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx', mode: 0o644 });
      return { release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isLiveNodeProcess(holder)) {
        throw new DataDirInUseError(dataDir, holder);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function releaseIfOurs(lockPath: string): void {
  try {
    if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.rmSync(lockPath);
  } catch {
    // already gone
  }
}

/** After a reboot the pid may belong to an unrelated program; only a live node process counts. */
function isLiveNodeProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  const cmd = commandLineOf(pid);
  return cmd === null || /node|tsx/.test(cmd);
}
