// The POSIX ustar format (the `tar` of every system), limited to what a PostgreSQL data folder
// holds: regular files and directories. We write it ourselves rather than add a dependency:
// a header is 512 bytes of fixed fields, and a backup must be readable with plain `tar` too.
export type TarEntry = { name: string; type: 'file' | 'directory'; mode: number; size: number; mtime: number };

export const BLOCK = 512;
const FILE = '0';
const DIRECTORY = '5';

/** The header block of one entry; names longer than 100 bytes go through the ustar prefix. */
export function encodeHeader(entry: TarEntry): Buffer {
  const header = Buffer.alloc(BLOCK);
  const [prefix, name] = splitName(entry.type === 'directory' ? `${entry.name}/` : entry.name);
  header.write(name, 0, 100, 'utf8');
  writeOctal(header, entry.mode & 0o7777, 100, 8);
  writeOctal(header, 0, 108, 8);
  writeOctal(header, 0, 116, 8);
  writeOctal(header, entry.type === 'file' ? entry.size : 0, 124, 12);
  writeOctal(header, Math.floor(entry.mtime / 1000), 136, 12);
  header.write(entry.type === 'file' ? FILE : DIRECTORY, 156, 1, 'latin1');
  header.write('ustar\u000000', 257, 8, 'latin1');
  header.write(prefix, 345, 155, 'utf8');
  header.fill(' ', 148, 156); // the checksum is computed with its own field as spaces
  writeOctal(header, checksum(header), 148, 7);
  return header;
}

/** null for the zero blocks that end an archive; throws on anything we did not write. */
export function decodeHeader(block: Buffer): TarEntry | null {
  if (block.every((b) => b === 0)) return null;
  if (readOctal(block, 148, 8) !== checksumWithBlankField(block)) throw new Error('Not a Kakehashi backup: a tar header has a bad checksum');
  const type = block.toString('latin1', 156, 157);
  if (type !== FILE && type !== '\0' && type !== DIRECTORY) throw new Error(`Unexpected tar entry type ${JSON.stringify(type)}`);
  const prefix = readString(block, 345, 155);
  const name = readString(block, 0, 100);
  const full = (prefix ? `${prefix}/${name}` : name).replace(/\/$/, '');
  assertSafeName(full);
  return {
    name: full,
    type: type === DIRECTORY ? 'directory' : 'file',
    mode: readOctal(block, 100, 8),
    size: readOctal(block, 124, 12),
    mtime: readOctal(block, 136, 12) * 1000,
  };
}

/** Zero bytes that pad an entry's data to a whole block. */
export function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The two zero blocks that end an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK);

/** A restore writes under its target folder only: no absolute paths, no `..`. */
export function assertSafeName(name: string): void {
  if (name === '' || name.startsWith('/') || name.split('/').some((part) => part === '..' || part === '')) {
    throw new Error(`Unsafe path in backup: ${JSON.stringify(name)}`);
  }
}

function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  const cut = name.lastIndexOf('/', name.length - 2);
  const prefix = name.slice(0, cut);
  const rest = name.slice(cut + 1);
  if (cut <= 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(rest) > 100) throw new Error(`Path too long for tar: ${name}`);
  return [prefix, rest];
}

function writeOctal(block: Buffer, value: number, offset: number, width: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, width, 'latin1');
}

function readOctal(block: Buffer, offset: number, width: number): number {
  const text = readString(block, offset, width).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function readString(block: Buffer, offset: number, width: number): string {
  const field = block.subarray(offset, offset + width);
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end === -1 ? width : end);
}

function checksum(block: Buffer): number {
  let sum = 0;
  for (const byte of block) sum += byte;
  return sum;
}

function checksumWithBlankField(block: Buffer): number {
  const copy = Buffer.from(block);
  copy.fill(' ', 148, 156);
  return checksum(copy);
}
