import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageOf } from './request-language.ts';

describe('the language of a request', () => {
  it('is the best-ranked of ja, mn and en in Accept-Language, Japanese otherwise', () => {
    expect(languageOf(undefined)).toBe('ja');
    expect(languageOf('mn-MN')).toBe('mn');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('fr,en;q=0.1')).toBe('en');
    expect(languageOf('fr')).toBe('ja');
    expect(languageOf('ja;q=0.1,mn;q=0.9')).toBe('mn');
  });

  it('never fails on a malformed header', () => {
    fc.assert(fc.property(fc.string(), (header) => ['ja', 'mn', 'en'].includes(languageOf(header))));
  });
});
