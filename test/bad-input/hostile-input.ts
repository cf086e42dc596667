// Hostile request bodies for the write routes' fuzzing (issue 10 item 5): text that a database
// or a renderer chokes on (NUL, lone surrogates, bidi controls, byte-order marks), the scripts
// our people write (half- and full-width kana, Mongolian Cyrillic and traditional script),
// prototype-pollution keys, deep nesting, huge strings and arrays, wrong types, and arbitrary
// JSON; mixed into a route's own valid body (its fields, found by walking it) or sent instead of it.
import fc from 'fast-check';

/** Valid text as our people write it (half- and full-width kana, Mongolian Cyrillic and script), with bidi controls around it. */
export const PEOPLES_TEXT = '\u202Eｶﾀｶﾅ ＡＢＣ１２３ Өлзийбаяр Үүрийнцэцэг ᠮᠣᠩᠭᠣᠯ\u202C\u2066x\u2069';

export const HOSTILE_TEXTS = [
  PEOPLES_TEXT,
  '\u0000',
  'Бат\u0000эрдэнэ',
  '\u202Eevil.pdf\u202C',
  '\u2066\u2067\u2068x\u2069\u200F',
  '\uD800',
  'x\uDFFFy',
  '\uD83D',
  '\uFEFFBOM',
  'ｶﾀｶﾅ ﾃｽﾄ ﾊﾝｶｸ',
  'ＡＢＣ１２３　全角スペース',
  'Өлзийбаяр Үүрийнцэцэг Ё ё',
  'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ\u180E',
  '👨‍👩‍👧‍👦🇯🇵🇲🇳',
  '\r\n\t\b\f\u000B\u001F\u007F\u0085\u2028\u2029',
  "'; DROP TABLE users; --",
  '../../../etc/passwd',
  "=HYPERLINK(\"http://evil.example\",\"x\")",
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '%s%n%x',
  'a'.repeat(301),
];

/** A value rendered as raw JSON text when the body is serialised (see `render`). */
export class Raw {
  constructor(readonly text: string, readonly label: string) {}
  toJSON(): string {
    return `@@RAW:${this.label}@@`;
  }
}

export const deep = (depth: number, open = '[', close = ']') => new Raw(`${open.repeat(depth)}${close.repeat(depth)}`, `deep${open}${depth}`);
const deepObject = (depth: number) => new Raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `deep{${depth}`);
export const PROTO = new Raw('{"__proto__":{"polluted":"yes"},"a":1}', 'proto');
export const CONSTRUCTOR = new Raw('{"constructor":{"prototype":{"polluted":"yes"}}}', 'constructor');

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: 'binary', maxLength: 8 })).map(([a, b, c]) => `${a}${b}${c}`) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  // Huge: far beyond any field's limit (a few hundred characters), within the 1 MiB body limit.
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 60_000 }).map((n) => 'Ж'.repeat(n)) },
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, '', [], {}, [null], '1970-01-01', '9999-12-31', '2025-02-30', '0000-00-00T00:00:00Z', '00000000-0000-0000-0000-000000000000') },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => deep(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map(deepObject) },
  { weight: 1, arbitrary: fc.constantFrom(PROTO, CONSTRUCTOR) },
);

/** Replaces each Raw's placeholder by its raw JSON text. */
export function render(body: unknown, raws: Raw[]): string {
  let text = JSON.stringify(body) ?? '';
  for (const raw of raws) text = text.replace(JSON.stringify(`@@RAW:${raw.label}@@`), raw.text);
  return text;
}

type Path = (string | number)[];

/** Every leaf (and every array) of a JSON value, by path; the root is `[]`. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object' && Object.keys(value).length > 0) return Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]));
  return [at];
}

/** Objects of a JSON value by path, where extra keys can go. */
export function objectsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsOf(v, [...at, i]));
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => objectsOf(v, [...at, k]))];
  return [];
}

export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], root);
}

/** One attack on a JSON route: edits of the valid body's fields, or a whole body of its own. */
export type Attack =
  | { kind: 'fields'; edits: { pick: number; value: unknown }[]; extra: { pick: number; key: string; value: unknown } | null; hugeArray: number | null }
  | { kind: 'everyString'; value: string }
  | { kind: 'whole'; body: unknown }
  | { kind: 'text'; text: string };

const extraKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'id', 'version', 'role', 'operatorId', 'organizationId', 'admin', 'isAdmin', '$where', '');

export const attack: fc.Arbitrary<Attack> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('fields' as const),
      edits: fc.array(fc.record({ pick: fc.nat(), value: hostileValue }), { minLength: 1, maxLength: 3 }),
      extra: fc.option(fc.record({ pick: fc.nat(), key: extraKey, value: hostileValue }), { freq: 3 }),
      hugeArray: fc.option(fc.integer({ min: 1_000, max: 20_000 }), { freq: 8 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('everyString' as const), value: hostileString }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), body: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '{"__proto__":{"x":1}}', '\u0000', '{}garbage', '\uFEFF{}')) }) },
);

/** The JSON text an attack makes of a route's valid body. */
export function apply(template: unknown, a: Attack): string {
  const raws = new Set<Raw>();
  const keep = (v: unknown) => (v instanceof Raw ? (raws.add(v), v) : v);
  if (a.kind === 'text') return a.text;
  if (a.kind === 'whole') return render(keep(a.body), [...raws]);
  if (a.kind === 'everyString') {
    const edited = pathsOf(template).reduce((body, p) => (typeof getAt(body, p) === 'string' ? setAt(body, p, a.value) : body), template);
    return render(edited, []);
  }
  let body: unknown = template ?? {};
  const paths = pathsOf(body);
  for (const edit of a.edits) body = setAt(body, paths[edit.pick % paths.length]!, keep(edit.value));
  if (a.hugeArray !== null) {
    // One of the valid body's arrays, its first element repeated thousands of times.
    const arrays = paths.filter((p) => Array.isArray(getAt(template, p)));
    const target = arrays[a.hugeArray % Math.max(arrays.length, 1)];
    if (target) body = setAt(body, target, Array.from({ length: a.hugeArray }, () => (getAt(template, target) as unknown[])[0] ?? 'x'));
  }
  let text = render(body, [...raws]);
  if (a.extra) {
    const objects = objectsOf(JSON.parse(JSON.stringify(body)));
    // A key straight into the JSON text, so that `__proto__` reaches the server as a key.
    const entry = `${JSON.stringify(a.extra.key)}:${a.extra.value instanceof Raw ? a.extra.value.text : JSON.stringify(a.extra.value) ?? 'null'}`;
    text = objects.length > 0 && text.startsWith('{') ? (text === '{}' ? `{${entry}}` : `{${entry},${text.slice(1)}`) : text;
  }
  return text;
}
