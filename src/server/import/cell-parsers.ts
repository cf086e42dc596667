// Generic cell parsers for column definitions. Numbers, dates and e-mails are NFKC-normalised
// first, so full-width digits and letters typed with a Japanese input method are accepted.
import { fail, ok, type CellOutcome } from './column-definition.ts';

export function text(options: { maxLength?: number } = {}) {
  return (value: string): CellOutcome<string> =>
    options.maxLength !== undefined && [...value].length > options.maxLength ? fail('cell.tooLong', { max: options.maxLength }) : ok(value);
}

export function integer(options: { min?: number; max?: number } = {}) {
  return (value: string): CellOutcome<number> => {
    const normalized = value.normalize('NFKC').replace(/[,\s]/g, '');
    if (!/^[+-]?\d{1,15}$/.test(normalized)) return fail('cell.notInteger');
    const n = Number(normalized);
    if (options.min !== undefined && n < options.min) return fail('cell.outOfRange', { min: options.min, max: options.max ?? '' });
    if (options.max !== undefined && n > options.max) return fail('cell.outOfRange', { min: options.min ?? '', max: options.max });
    return ok(n);
  };
}

/** A calendar date as YYYY-MM-DD; accepts `-`, `/` or `.` between parts (Japanese Excel writes
 * 2001/4/5 in CSV). Day-first or month-first forms are refused: they are ambiguous. */
export function isoDate() {
  return (value: string): CellOutcome<string> => {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.normalize('NFKC'));
    if (!m) return fail('cell.notDate');
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fail('cell.notDate');
    return ok(`${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  };
}

export function email() {
  return (value: string): CellOutcome<string> => {
    const normalized = value.normalize('NFKC');
    return normalized.length <= 254 && /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\.]+$/.test(normalized) ? ok(normalized) : fail('cell.notEmail');
  };
}

/** One of a fixed set of values, matched case- and width-insensitively; yields the canonical one. */
export function oneOf<const T extends string>(allowed: readonly T[]) {
  const byNormalized = new Map(allowed.map((a) => [a.normalize('NFKC').toLowerCase(), a]));
  return (value: string): CellOutcome<T> => {
    const match = byNormalized.get(value.normalize('NFKC').toLowerCase());
    return match === undefined ? fail('cell.notAllowed', { allowed: allowed.join(', ') }) : ok(match);
  };
}
