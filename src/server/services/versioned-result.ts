import { notFound, versionConflict } from '../../domain/errors/app-error.ts';
import type { VersionedWrite } from '../repositories/versioned.ts';

/** Turns a versioned write's outcome into the 404 or 409 the caller should see. */
export async function expectUpdated(
  outcome: VersionedWrite,
  resource: string,
  readVersion: () => Promise<number | null>,
): Promise<void> {
  if (outcome === 'updated') return;
  if (outcome === 'missing') throw notFound(resource);
  throw versionConflict(resource, (await readVersion()) ?? 0);
}
