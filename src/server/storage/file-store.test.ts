import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from './file-store.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-files-test-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the file store', () => {
  const store = createFileStore(path.join(root, 'files'));

  it('keeps the bytes under a random name with their SHA-256, and no temporary file', async () => {
    const stored = await store.put(Buffer.from('%PDF-1.4 hello'));
    expect(stored.storageName).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.sha256).toBe(crypto.createHash('sha256').update('%PDF-1.4 hello').digest('hex'));
    expect(stored.sizeBytes).toBe(14);
    expect(fs.readdirSync(store.root)).toEqual([stored.storageName]);
    expect(await text(await store.open(stored.storageName))).toBe('%PDF-1.4 hello');
    const again = await store.put(Buffer.from('%PDF-1.4 hello'));
    expect(again.storageName).not.toBe(stored.storageName);
  });

  it('removes, and a second removal is no error', async () => {
    const stored = await store.put(Buffer.from('x'));
    await store.remove(stored.storageName);
    await store.remove(stored.storageName);
    expect(fs.existsSync(path.join(store.root, stored.storageName))).toBe(false);
  });

  it('refuses a name that could reach outside its folder', () => {
    return Promise.all([expect(store.open('../../etc/passwd')).rejects.toThrow(), expect(store.remove('..')).rejects.toThrow()]);
  });
});
