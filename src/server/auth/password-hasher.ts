// Password hashing with argon2id at the OWASP-recommended cost (19 MiB, 2 passes, 1 lane).
// Hashes run on libuv's thread pool; a semaphore lets only a few run at once and a bounded
// queue turns a flood away early, so a burst of sign-ins cannot take all memory and CPU
// from the rest of the app (the database pool shares that thread pool's machine).
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../domain/errors/app-error.ts';

const ARGON2ID = 2;
export const OWASP_ARGON2ID = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
  /** Hashes running and waiting now (for tests and the bench). */
  load(): { running: number; waiting: number };
};

export function createPasswordHasher({ concurrency = 2, maxWaiting = 256 } = {}): PasswordHasher {
  let running = 0;
  const waiting: Array<() => void> = [];

  async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting) throw new AppError('auth.busy');
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  }

  return {
    hash: (password) => limited(() => hash(password, OWASP_ARGON2ID)),
    // A malformed stored hash is a failed verification, not a crash.
    verify: (hashed, password) => limited(() => verify(hashed, password).catch(() => false)),
    load: () => ({ running, waiting: waiting.length }),
  };
}
