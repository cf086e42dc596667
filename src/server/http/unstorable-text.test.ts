import { describe, expect, it } from 'vitest';
import { UNSTORABLE_TEXT_CODE, unstorableTextIn } from './unstorable-text.ts';

describe('unstorableTextIn', () => {
  it('names the first field whose text holds NUL or a lone surrogate', () => {
    expect(unstorableTextIn({ name: { ja: 'ok', mn: 'Бат\u0000эрдэнэ' } })).toEqual({ field: 'name.mn', code: UNSTORABLE_TEXT_CODE });
    expect(unstorableTextIn({ rows: [{ a: 'x' }, { a: 'x\uD800' }] })).toEqual({ field: 'rows.1.a', code: UNSTORABLE_TEXT_CODE });
    expect(unstorableTextIn({ tail: '\uDC00' })?.field).toBe('tail');
    expect(unstorableTextIn('\u0000')?.field).toBe('body');
  });

  it('checks keys too (bodies that are maps)', () => {
    expect(unstorableTextIn({ scores: { 'a\u0000': 1 } })).toEqual({ field: 'scores', code: UNSTORABLE_TEXT_CODE });
  });

  it('lets real text through: surrogate pairs, kana, Mongolian, bidi controls, other control characters', () => {
    expect(unstorableTextIn({ a: '👨‍👩‍👧 🇲🇳', b: 'ｶﾀｶﾅ ＡＢＣ', c: 'Өлзий ᠮᠣᠩᠭᠣᠯ', d: '\u202Ex\u202C\t\r\n\u0001', e: [1, null, true] })).toBeNull();
  });

  it('walks very deep bodies without exhausting the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextIn(deep)?.code).toBe(UNSTORABLE_TEXT_CODE);
  });
});
