// Streaming over the ustar format of tar-format.ts: a writer that yields the bytes of an
// archive (so a pipeline applies back-pressure through gzip to the file) and a reader that hands
// each entry's data to a sink chunk by chunk (so a 1 GB relation segment is never held whole).
import { BLOCK, END_OF_ARCHIVE, decodeHeader, encodeHeader, padding, type TarEntry } from './tar-format.ts';

export type EntrySink = { write(chunk: Buffer): void; end(): void };

/** One file's header, data and padding. `data` must yield exactly `entry.size` bytes. */
export async function* tarFile(entry: Omit<TarEntry, 'type'>, data: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  yield encodeHeader({ ...entry, type: 'file' });
  let written = 0;
  for await (const chunk of data) {
    written += chunk.length;
    yield chunk;
  }
  if (written !== entry.size) throw new Error(`tar: ${entry.name} gave ${written} bytes, not ${entry.size}`);
  yield padding(entry.size);
}

export function tarDirectory(name: string, mode: number, mtime: number): Buffer {
  return encodeHeader({ name, type: 'directory', mode, size: 0, mtime });
}

export function tarBytes(name: string, bytes: Buffer, mode = 0o600): AsyncGenerator<Buffer> {
  return tarFile({ name, mode, size: bytes.length, mtime: Date.now() }, [bytes]);
}

export { END_OF_ARCHIVE };

/** Reads an archive, calling `open` for each entry; resolves when the end blocks are read. */
export async function readTar(source: AsyncIterable<Buffer>, open: (entry: TarEntry) => EntrySink): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  let body: { sink: EntrySink; left: number; pad: number } | null = null;
  for await (const chunk of source) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (body) {
        const take = Math.min(body.left, pending.length);
        if (take > 0) body.sink.write(pending.subarray(0, take));
        body.left -= take;
        pending = pending.subarray(take);
        if (body.left > 0) break;
        if (pending.length < body.pad) break;
        pending = pending.subarray(body.pad);
        body.sink.end();
        body = null;
      }
      if (pending.length < BLOCK) break;
      const entry = decodeHeader(pending.subarray(0, BLOCK));
      pending = pending.subarray(BLOCK);
      if (!entry) return;
      const sink = open(entry);
      body = { sink, left: entry.type === 'file' ? entry.size : 0, pad: entry.type === 'file' ? padding(entry.size).length : 0 };
    }
  }
  throw new Error('The backup ends early: it was cut short or is not a complete archive');
}
