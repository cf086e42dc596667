import { describe, expect, it } from 'vitest';
import { checkApplicationFile, MAX_FILE_BYTES, sanitizeFileName, sniffMediaType } from './application-file.ts';

const bytes = (...b: number[]) => new Uint8Array([...b, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);

describe('sniffMediaType', () => {
  it('tells PDF, PNG, JPEG and ZIP by their first bytes', () => {
    expect([PDF, PNG, JPEG, ZIP].map(sniffMediaType)).toEqual(['application/pdf', 'image/png', 'image/jpeg', 'application/zip']);
  });
  it('knows nothing else, whatever the file is called', () => {
    expect(sniffMediaType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffMediaType(bytes(0x47, 0x49, 0x46, 0x38))).toBeNull(); // GIF
    expect(sniffMediaType(new Uint8Array([0x25, 0x50]))).toBeNull(); // truncated
  });
});

describe('checkApplicationFile', () => {
  it('takes only a PDF as a CV', () => {
    expect(checkApplicationFile('cv', PDF)).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkApplicationFile('cv', PNG)).toMatchObject({ ok: false, code: 'file.unsupportedType' });
    expect(checkApplicationFile('cv', ZIP)).toMatchObject({ ok: false, code: 'file.unsupportedType' });
  });
  it('takes a PDF, an image or a ZIP as a portfolio', () => {
    for (const file of [PDF, PNG, JPEG, ZIP]) expect(checkApplicationFile('portfolio', file).ok).toBe(true);
  });
  it('refuses an empty file and one over the kind’s limit', () => {
    expect(checkApplicationFile('cv', new Uint8Array())).toMatchObject({ ok: false, code: 'file.empty' });
    const big = new Uint8Array(MAX_FILE_BYTES.cv + 1);
    big.set(PDF);
    expect(checkApplicationFile('cv', big)).toMatchObject({ ok: false, code: 'file.tooLarge', maxBytes: MAX_FILE_BYTES.cv });
    expect(checkApplicationFile('portfolio', big).ok).toBe(true);
  });
});

describe('sanitizeFileName', () => {
  it('keeps names in every script', () => {
    expect(sanitizeFileName('Батбаяр CV.pdf', 'cv', 'application/pdf')).toBe('Батбаяр CV.pdf');
    expect(sanitizeFileName('履歴書.pdf', 'cv', 'application/pdf')).toBe('履歴書.pdf');
  });
  it('drops paths, controls, bidi overrides and header-breaking characters', () => {
    expect(sanitizeFileName('../../etc/passwd', 'cv', 'application/pdf')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\me\\cv.pdf', 'cv', 'application/pdf')).toBe('cv.pdf');
    expect(sanitizeFileName('evil\u202Efdp.exe', 'cv', 'application/pdf')).toBe('evilfdp.exe');
    expect(sanitizeFileName('a"b;\r\nc.pdf', 'cv', 'application/pdf')).toBe('a_b_c.pdf');
    expect(sanitizeFileName('.htaccess', 'cv', 'application/pdf')).toBe('htaccess');
  });
  it('falls back to the kind and the sniffed extension when nothing is left', () => {
    expect(sanitizeFileName(undefined, 'portfolio', 'image/png')).toBe('portfolio.png');
    expect(sanitizeFileName(' / ', 'cv', 'application/pdf')).toBe('cv.pdf');
  });
  it('shortens a long name and keeps its extension', () => {
    const name = sanitizeFileName(`${'я'.repeat(300)}.pdf`, 'cv', 'application/pdf');
    expect(name.length).toBe(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
