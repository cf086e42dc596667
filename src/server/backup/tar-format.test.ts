import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walSegmentRange } from './backup-session.ts';
import { decodeHeader, encodeHeader } from './tar-format.ts';
import { END_OF_ARCHIVE, readTar, tarBytes, tarDirectory, type EntrySink } from './tar-stream.ts';

const LONG = `pg/${'d'.repeat(60)}/${'e'.repeat(60)}/2619_fsm`; // over 100 bytes: goes through the ustar prefix

async function archiveOf(parts: (Buffer | AsyncGenerator<Buffer>)[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if (Buffer.isBuffer(part)) chunks.push(part);
    else for await (const chunk of part) chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Feeds the archive in small, odd-sized chunks: entries must not depend on chunk boundaries. */
async function* dribble(bytes: Buffer, size = 333): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('the tar format of backups', () => {
  it('round-trips files, directories and long names, and plain tar reads it', async () => {
    const bytes = await archiveOf([tarDirectory('pg/base', 0o700, 0), tarBytes('pg/base/1', Buffer.from('hello')), tarBytes(LONG, Buffer.alloc(1000, 7)), END_OF_ARCHIVE]);
    const seen: { name: string; type: string; data: Buffer }[] = [];
    await readTar(dribble(bytes), (entry): EntrySink => {
      const parts: Buffer[] = [];
      return { write: (c) => parts.push(Buffer.from(c)), end: () => seen.push({ name: entry.name, type: entry.type, data: Buffer.concat(parts) }) };
    });
    expect(seen.map((e) => [e.name, e.type, e.data.length])).toEqual([['pg/base', 'directory', 0], ['pg/base/1', 'file', 5], [LONG, 'file', 1000]]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-tar-'));
    fs.writeFileSync(path.join(dir, 'a.tar'), bytes);
    expect(execFileSync('tar', ['tf', path.join(dir, 'a.tar')], { encoding: 'utf8' }).trim().split('\n')).toEqual(['pg/base/', 'pg/base/1', LONG]);
    fs.rmSync(dir, { recursive: true });
  });

  it('refuses a cut-short archive, a bad checksum and paths that leave the folder', async () => {
    const bytes = await archiveOf([tarBytes('pg/a', Buffer.alloc(2000)), END_OF_ARCHIVE]);
    await expect(readTar(dribble(bytes.subarray(0, 1500)), () => ({ write: () => undefined, end: () => undefined }))).rejects.toThrow(/ends early/);
    const corrupt = Buffer.from(bytes.subarray(0, 512));
    corrupt[10] = 0x41;
    expect(() => decodeHeader(corrupt)).toThrow(/checksum/);
    for (const name of ['../etc/passwd', 'pg/../../x', '/abs']) {
      expect(() => decodeHeader(encodeHeader({ name, type: 'file', mode: 0o600, size: 0, mtime: 0 }))).toThrow(/Unsafe path/);
    }
  });
});

describe('walSegmentRange', () => {
  it('lists the segments from the first to the last, across a log id boundary', () => {
    expect(walSegmentRange('0000000100000000000000FE', '000000010000000100000001', 16 * 1024 * 1024)).toEqual([
      '0000000100000000000000FE',
      '0000000100000000000000FF',
      '000000010000000100000000',
      '000000010000000100000001',
    ]);
    expect(() => walSegmentRange('000000010000000000000003', '000000020000000000000004', 16 * 1024 * 1024)).toThrow(/timeline/);
  });
});
