// The bytes of uploaded files, kept outside the database in one folder under the data folder
// (`<KAKEHASHI_DATA_DIR>/files`), each under a random name that says nothing about its owner.
// A write goes to a temporary file in the same folder and is renamed into place once complete
// (a crash leaves no half file under a real name); its SHA-256 is computed on the way. Names
// are checked before use so a stored name can never reach outside the folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

export type StoredFile = { storageName: string; sha256: string; sizeBytes: number };

export type FileStore = {
  /** Writes the bytes under a new random name. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** A stream of the stored bytes; rejects with ENOENT when they are gone. */
  open(storageName: string): Promise<fs.ReadStream>;
  /** Deletes the bytes; a name already gone is no error. */
  remove(storageName: string): Promise<void>;
  readonly root: string;
};

const STORAGE_NAME = /^[0-9a-f]{64}$/;

export function createFileStore(root: string): FileStore {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const pathOf = (storageName: string) => {
    if (!STORAGE_NAME.test(storageName)) throw new Error('invalid storage name');
    return path.join(root, storageName);
  };
  return {
    root,
    async put(bytes) {
      const storageName = crypto.randomBytes(32).toString('hex');
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const temporary = path.join(root, `.tmp-${storageName}`);
      try {
        await fsp.writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
        await fsp.rename(temporary, pathOf(storageName));
      } catch (error) {
        await fsp.rm(temporary, { force: true });
        throw error;
      }
      return { storageName, sha256, sizeBytes: bytes.length };
    },
    async open(storageName) {
      const handle = await fsp.open(pathOf(storageName), 'r');
      return handle.createReadStream() as unknown as fs.ReadStream;
    },
    async remove(storageName) {
      await fsp.rm(pathOf(storageName), { force: true });
    },
  };
}
