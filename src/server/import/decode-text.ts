// Bytes of a CSV file → text. A byte-order mark decides (UTF-8, UTF-16); otherwise text that is
// valid UTF-8 is UTF-8; otherwise it is read as CP932, the Shift_JIS that Japanese Excel writes
// ("CSV (comma delimited)"). Binary content that slipped past the magic bytes is refused.
import iconv from 'iconv-lite';
import { ImportError } from './import-error.ts';
import type { TextEncodingName } from './parsed-table.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: { text: string; encoding: TextEncodingName };
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    decoded = { text: decodeUtf8(buffer.subarray(3)) ?? iconv.decode(buffer.subarray(3), 'utf-8'), encoding: 'utf-8-bom' };
  } else if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  } else if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    const text = decodeUtf8(buffer);
    decoded = text === undefined ? { text: iconv.decode(buffer, 'cp932'), encoding: 'cp932' } : { text, encoding: 'utf-8' };
  }
  if (looksBinary(decoded.text)) throw new ImportError('import.unsupportedType', { detected: 'binary' });
  return decoded;
}

function decodeUtf8(buffer: Buffer): string | undefined {
  try {
    return utf8.decode(buffer);
  } catch {
    return undefined;
  }
}

/** NUL, or more than 1 % C0 control characters other than tab, CR, LF (in the first 64 KiB). */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
  }
  return controls > sample.length / 100;
}
