// The zip checks an XLSX passes before exceljs (which inflates every entry into memory) may
// touch it. First the central directory alone: the entry count from the end record, then the
// declared uncompressed sizes, summed — a classic zip bomb stops here, having read a few bytes.
// Then every entry is inflated as a stream, counted and thrown away: an entry that inflates past
// its declared size (a bomb that lies in its directory) or past the total limit stops at once.
// Memory stays at one inflate window and a chunk; time is bounded by maxUncompressedBytes.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportError } from './import-error.ts';
import type { ImportLimits } from './import-limits.ts';

export type ZipSummary = { entries: number; uncompressedBytes: number };

export async function inspectZip(buffer: Buffer, limits: ImportLimits): Promise<ZipSummary> {
  const zip = await openZip(buffer);
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new ImportError('import.zipBomb', { entries: zip.entryCount, maxEntries: limits.maxZipEntries });
    }
    const entries = await readDirectory(zip, limits);
    if (!entries.some((e) => /^\/?xl\/workbook\.xml$/i.test(e.fileName))) {
      throw new ImportError('import.unsupportedType', { detected: 'zip' });
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      inflated += await drainEntry(zip, entry, limits.maxUncompressedBytes - inflated, limits.maxUncompressedBytes);
    }
    return { entries: entries.length, uncompressedBytes: inflated };
  } finally {
    zip.close();
  }
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(new ImportError('import.unreadable', { part: 'zip' }));
      else resolve(zip);
    });
  });
}

function readDirectory(zip: ZipFile, limits: ImportLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let declared = 0;
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) {
        reject(new ImportError('import.zipBomb', { uncompressedBytes: declared, maxUncompressedBytes: limits.maxUncompressedBytes }));
        return; // stop reading: no further readEntry()
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () => reject(new ImportError('import.unreadable', { part: 'zip' })));
    zip.readEntry();
  });
}

/** Inflates one entry to nowhere and returns its size; refuses past `budget` bytes. */
function drainEntry(zip: ZipFile, entry: Entry, budget: number, maxUncompressedBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new ImportError('import.unreadable', { part: 'zip' }));
      let bytes = 0;
      let settled = false;
      const fail = (e: ImportError) => {
        if (settled) return;
        settled = true;
        (stream as { destroy?: () => void }).destroy?.();
        reject(e);
      };
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > budget) fail(new ImportError('import.zipBomb', { maxUncompressedBytes }));
      });
      stream.once('error', (e: Error) =>
        fail(/too many bytes/.test(e.message) ? new ImportError('import.zipBomb', { entry: 'sizeMismatch' }) : new ImportError('import.unreadable', { part: 'zip' })),
      );
      stream.once('end', () => {
        if (settled) return;
        settled = true;
        resolve(bytes);
      });
    });
  });
}
