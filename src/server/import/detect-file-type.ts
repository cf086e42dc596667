// Which parser a file goes to, decided by its first bytes, never by its name or the type the
// browser claims: a zip local-file header is an XLSX candidate; other known binary formats
// (legacy .xls, PDF, images, archives) are refused; anything else is tried as text.
import { ImportError } from './import-error.ts';

export type FileKind = 'xlsx' | 'text';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const REFUSED_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'zip', bytes: [0x50, 0x4b] }, // empty or spanned zip
  { name: 'ole2', bytes: [0xd0, 0xcf, 0x11, 0xe0] }, // .xls, .doc
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'rar', bytes: [0x52, 0x61, 0x72, 0x21] },
];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export function detectFileType(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new ImportError('import.empty');
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return 'xlsx';
  const refused = REFUSED_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (refused) throw new ImportError('import.unsupportedType', { detected: refused.name });
  return 'text';
}
