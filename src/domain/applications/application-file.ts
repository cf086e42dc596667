// The CV and portfolio a student attaches to an application (issue 4 item 2): which kinds of
// file each may be, told by the content's first bytes (never the name or the type the browser
// claims), the size limits, and the file name as the student gave it, made safe to store and to
// send back in a Content-Disposition header. Pure.
//
// A CV is a PDF. A portfolio is a PDF, a PNG or JPEG image, or a ZIP archive of several works
// (stored as it came, never unpacked on the server, so a zip bomb costs nothing but its size).
import type { ApplicationFileKind } from './application.ts';

export const FILE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/zip'] as const;
export type FileMediaType = (typeof FILE_MEDIA_TYPES)[number];

export const ALLOWED_MEDIA_TYPES: Record<ApplicationFileKind, readonly FileMediaType[]> = {
  cv: ['application/pdf'],
  portfolio: ['application/pdf', 'image/png', 'image/jpeg', 'application/zip'],
};

const MB = 1024 * 1024;
export const MAX_FILE_BYTES: Record<ApplicationFileKind, number> = { cv: 10 * MB, portfolio: 20 * MB };
/** The largest body any upload route accepts (the portfolio's limit). */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(MAX_FILE_BYTES));

const SIGNATURES: { type: FileMediaType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // a local file header (also .docx, .xlsx: a zip is a zip)
];

/** The media type the content's first bytes show, or null for anything else. */
export function sniffMediaType(bytes: Uint8Array): FileMediaType | null {
  return SIGNATURES.find((s) => bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b))?.type ?? null;
}

export type FileCheck = { ok: true; mediaType: FileMediaType } | { ok: false; code: 'file.empty' | 'file.tooLarge' | 'file.unsupportedType'; maxBytes?: number };

/** Whether these bytes may be stored as this kind of file. */
export function checkApplicationFile(kind: ApplicationFileKind, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, code: 'file.empty' };
  if (bytes.length > MAX_FILE_BYTES[kind]) return { ok: false, code: 'file.tooLarge', maxBytes: MAX_FILE_BYTES[kind] };
  const mediaType = sniffMediaType(bytes);
  if (!mediaType || !ALLOWED_MEDIA_TYPES[kind].includes(mediaType)) return { ok: false, code: 'file.unsupportedType' };
  return { ok: true, mediaType };
}

const EXTENSION: Record<FileMediaType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'application/zip': 'zip' };
const MAX_NAME_LENGTH = 120;

/**
 * The name the student gave, safe to keep and to offer back: the last path segment only,
 * without control, bidirectional-override or reserved characters, at most 120 characters,
 * never a dot file; a blank result becomes `<kind>.<extension>`. Letters of every script stay.
 */
export function sanitizeFileName(raw: string | undefined, kind: ApplicationFileKind, mediaType: FileMediaType): string {
  const lastSegment = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment
    // C0/C1 controls, bidi overrides and isolates, zero-width characters; then what file systems and headers reserve.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*;]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const fallback = `${kind}.${EXTENSION[mediaType]}`;
  if (!cleaned) return fallback;
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return `${[...cleaned.slice(0, cleaned.length - extension.length)].slice(0, MAX_NAME_LENGTH - extension.length).join('')}${extension}`;
}
