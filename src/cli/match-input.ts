// The lean reader of `kakehashi match`'s input, for national-scale files (35 MiB, 4 million list
// entries): one pass over the file's bytes builds the market's lists as typed arrays, with ids
// interned as byte ranges in two hash tables (students; companies), so that no object or string
// is made per list entry. It accepts only the plain case: valid UTF-8 and JSON, no escape in an
// id or a key it reads, no repeated key among those it reads, ids that are neither all digits
// nor "__proto__" (JavaScript objects order or swallow those keys, and the general path's output
// keeps that), and an instance with no problem at all. On anything else it returns null, and the
// command takes the general path (JSON.parse, zod, buildMarket), which reports the problems; so
// both paths give the same result for every input this one accepts (tested on generated files).
// O(file size) time; memory: the file, 4 bytes per list entry on either side and the ids' table.
import { isUtf8 } from 'node:buffer';
import { IdTable } from './match-id-table.ts';

/** Ids as byte ranges of the input: id i is bytes[start[i] … end[i]). */
export type IdBytes = { readonly bytes: Uint8Array; readonly start: Int32Array; readonly end: Int32Array; readonly count: number };

/** The instance as read: lists as numbers (students and companies in input order), before the rank join and the cap. */
export type LeanInstance = {
  readonly students: IdBytes;
  readonly companies: IdBytes;
  readonly studentStart: Int32Array;
  readonly studentList: Int32Array;
  readonly companyStart: Int32Array;
  readonly companyList: Int32Array;
  readonly capacity: Int32Array;
  readonly totalCap: number | undefined;
  /** The capSharing value's JSON text, when there is one. */
  readonly capSharingJson: string | undefined;
};

const BAIL = new Error('not the plain case');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The instance in `bytes`, or null when the general path must read it. With `inPlace`, the lists
 * are written over the bytes already read (no second copy of 4 bytes an entry), so `bytes` no
 * longer hold the file afterwards, whether or not it returns null.
 */
export function readMatchInputLean(bytes: Uint8Array, options: { inPlace: boolean }): LeanInstance | null {
  if (!isUtf8(bytes)) return null;
  try {
    return new LeanReader(bytes, options.inPlace).read();
  } catch {
    return null; // BAIL, or a stack overflow on deep nesting: the general path decides
  }
}

/** Growable Int32Array. */
class Ints {
  length = 0;
  data: Int32Array;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
}

const keyCode = (key: string) => Array.from(key, (ch) => ch.charCodeAt(0));
const KEYS = { students: keyCode('students'), companies: keyCode('companies'), totalCap: keyCode('totalCap'), capSharing: keyCode('capSharing'), id: keyCode('id'), ranking: keyCode('ranking'), capacity: keyCode('capacity') };

class LeanReader {
  private pos = 0;
  private readonly n: number;
  private readonly studentIds: IdTable;
  private readonly companyIds: IdTable;
  private readonly studentStart = new Ints(1024);
  private readonly companyStart = new Ints(1024);
  private readonly studentOwner = new Ints(1024); // each student's id symbol
  private readonly companyOwner = new Ints(1024);
  private readonly capacities = new Ints(1024);
  // Both sides' list entries, each side's in one run: a list entry takes 4 bytes of the file at
  // least ("x" and a comma), so the entries fit in the file's own bytes, written behind the
  // reading position (in place), or in an array sized for the file (only the pages used are touched).
  private readonly entries: Int32Array;
  /** In place: the byte offset in `bytes` of entries[0]. */
  private readonly entriesAt: number;
  private count = 0;
  private studentBase = 0;
  private companyBase = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inPlace: boolean,
  ) {
    this.n = bytes.length;
    this.studentIds = new IdTable();
    this.companyIds = new IdTable();
    const aligned = (4 - (bytes.byteOffset % 4)) % 4;
    this.entriesAt = inPlace ? aligned : 0;
    this.entries = inPlace ? new Int32Array(bytes.buffer, bytes.byteOffset + aligned, (this.n - aligned) >> 2) : new Int32Array((this.n >> 2) + 1);
    this.studentStart.push(0);
    this.companyStart.push(0);
  }

  read(): LeanInstance {
    let students = false;
    let companies = false;
    let totalCap: number | undefined;
    let capSharingJson: string | undefined;
    this.members((from, to) => {
      if (this.isKey(from, to, KEYS.students) && !students) {
        students = true;
        this.studentBase = this.count;
        this.array(() => this.owner(this.studentIds, this.companyIds, false));
      } else if (this.isKey(from, to, KEYS.companies) && !companies) {
        companies = true;
        this.companyBase = this.count;
        this.array(() => this.owner(this.companyIds, this.studentIds, true));
      } else if (this.isKey(from, to, KEYS.totalCap) && totalCap === undefined) totalCap = this.number();
      else if (this.isKey(from, to, KEYS.capSharing) && capSharingJson === undefined) {
        const valueFrom = this.pos;
        this.skipValue();
        capSharingJson = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + valueFrom, this.pos - valueFrom).toString('utf8');
      } else if (this.isKey(from, to, KEYS.students) || this.isKey(from, to, KEYS.companies) || this.isKey(from, to, KEYS.totalCap) || this.isKey(from, to, KEYS.capSharing)) throw BAIL;
      else this.skipValue();
    });
    this.space();
    if (this.pos !== this.n || !students || !companies) throw BAIL;
    const studentCount = this.studentOwner.length;
    const companyCount = this.companyOwner.length;
    return {
      students: this.ids(this.studentIds, this.studentOwner),
      companies: this.ids(this.companyIds, this.companyOwner),
      studentStart: this.studentStart.data.slice(0, studentCount + 1),
      studentList: resolve(this.entries.subarray(this.studentBase, this.studentBase + this.studentStart.data[studentCount]!), this.companyIds.owner, this.studentStart.data, studentCount, companyCount),
      companyStart: this.companyStart.data.slice(0, companyCount + 1),
      companyList: resolve(this.entries.subarray(this.companyBase, this.companyBase + this.companyStart.data[companyCount]!), this.studentIds.owner, this.companyStart.data, companyCount, studentCount),
      capacity: this.capacities.data.slice(0, companyCount),
      totalCap,
      capSharingJson,
    };
  }

  /** One student (`company` false) or company object: its id declared in `own`, its list's entries interned in `other`. */
  private owner(own: IdTable, other: IdTable, company: boolean): void {
    let id = -1;
    let listed = false;
    let capacity = -1;
    // Loops rather than callbacks: no object made per student.
    if (this.begin(0x7b, 0x7d)) {
      do {
        this.key();
        const { keyFrom: from, keyTo: to } = this;
        if (this.isKey(from, to, KEYS.id) && id === -1) {
          const h = this.string();
          if (this.to === this.from || !plainId(this.bytes, this.from, this.to)) throw BAIL;
          id = own.intern(this.bytes, this.from, this.to, h);
        } else if (this.isKey(from, to, KEYS.ranking) && !listed) {
          listed = true;
          if (this.begin(0x5b, 0x5d)) {
            do {
              const h = this.string();
              const sym = other.intern(this.bytes, this.from, this.to, h);
              // In place, the entry overwrites bytes already read (an empty id is unknown anyway, and would take only 3).
              if (this.inPlace && (this.from === this.to || this.entriesAt + 4 * this.count + 4 > this.pos)) throw BAIL;
              this.entries[this.count++] = sym;
            } while (this.more(0x5d));
          }
        } else if (company && this.isKey(from, to, KEYS.capacity) && capacity === -1) {
          capacity = this.number();
          if (!Number.isInteger(capacity) || capacity < 0 || capacity > 0x7fffffff) throw BAIL;
        } else if (this.isKey(from, to, KEYS.id) || this.isKey(from, to, KEYS.ranking) || (company && this.isKey(from, to, KEYS.capacity))) throw BAIL;
        else this.skipValue();
      } while (this.more(0x7d));
    }
    if (id === -1 || !listed || (company && capacity === -1)) throw BAIL;
    const owners = company ? this.companyOwner : this.studentOwner;
    if (own.owner[id] !== -1) throw BAIL; // a duplicate id
    own.owner[id] = owners.length;
    owners.push(id);
    if (company) {
      this.capacities.push(capacity);
      this.companyStart.push(this.count - this.companyBase);
    } else this.studentStart.push(this.count - this.studentBase);
  }

  private ids(table: IdTable, owners: Ints): IdBytes {
    const count = owners.length;
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const sym = owners.data[i]!;
      start[i] = table.keyStart[sym]!;
      end[i] = table.keyStart[sym + 1]!;
    }
    return { bytes: table.pool, start, end, count };
  }

  // ------------------------------------------------------------- JSON, strictly

  private space(): void {
    const { bytes, n } = this;
    let p = this.pos;
    while (p < n) {
      const b = bytes[p]!;
      if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) break;
      p++;
    }
    this.pos = p;
  }

  private expect(byte: number): void {
    this.space();
    if (this.bytes[this.pos] !== byte) throw BAIL;
    this.pos++;
  }

  /** Reads `open`; false when the close follows at once (an empty object or array), which it reads too. */
  private begin(open: number, close: number): boolean {
    this.expect(open);
    this.space();
    if (this.bytes[this.pos] !== close) return true;
    this.pos++;
    return false;
  }

  /** After a member or element: true on a comma, false on `close` (read). */
  private more(close: number): boolean {
    this.space();
    const b = this.bytes[this.pos++];
    if (b === 0x2c) return true;
    if (b === close) return false;
    throw BAIL;
  }

  /** The bytes of the last key read: keyFrom … keyTo. */
  private keyFrom = 0;
  private keyTo = 0;

  /** A member's key (no escapes: an escaped key might spell one we read) and its colon. */
  private key(): void {
    this.string();
    this.keyFrom = this.from;
    this.keyTo = this.to;
    this.expect(0x3a);
  }

  /** The members of an object, each read by `each` with its key's byte range. */
  private members(each: (keyFrom: number, keyTo: number) => void): void {
    if (!this.begin(0x7b, 0x7d)) return;
    do {
      this.key();
      each(this.keyFrom, this.keyTo);
    } while (this.more(0x7d));
  }

  /** The elements of an array, each read by `each`. */
  private array(each: () => void): void {
    if (!this.begin(0x5b, 0x5d)) return;
    do each();
    while (this.more(0x5d));
  }

  private isKey(from: number, to: number, key: readonly number[]): boolean {
    if (to - from !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.bytes[from + i] !== key[i]) return false;
    return true;
  }

  /** The bytes of the last string read: from … to. */
  private from = 0;
  private to = 0;

  /** A string without escapes: sets its contents' byte range, returns its hash (FNV-1a). */
  private string(): number {
    this.expect(QUOTE);
    const { bytes, n } = this;
    const from = this.pos;
    let p = from;
    let h = 0x811c9dc5 | 0;
    for (;;) {
      if (p >= n) throw BAIL;
      const b = bytes[p]!;
      if (b === QUOTE) break;
      if (b === BACKSLASH || b < 0x20) throw BAIL;
      h = Math.imul(h ^ b, 0x01000193);
      p++;
    }
    this.pos = p + 1;
    this.from = from;
    this.to = p;
    h ^= h >>> 16; // murmur3's finaliser: FNV's low bits alone cluster on ids like s1, s2, …
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  private number(): number {
    this.space();
    const from = this.pos;
    const { bytes } = this;
    let p = from;
    const digits = () => {
      const first = p;
      while (bytes[p]! >= 0x30 && bytes[p]! <= 0x39) p++;
      if (p === first) throw BAIL;
    };
    if (bytes[p] === 0x2d) p++; // -
    if (bytes[p] === 0x30) p++;
    else digits();
    if (bytes[p] === 0x2e) {
      p++;
      digits();
    }
    if (bytes[p] === 0x65 || bytes[p] === 0x45) {
      p++;
      if (bytes[p] === 0x2b || bytes[p] === 0x2d) p++;
      digits();
    }
    this.pos = p;
    return wholeNumber(bytes, from, p) ?? Number(Buffer.from(bytes.buffer, bytes.byteOffset + from, p - from).toString('latin1'));
  }

  /** Any JSON value, checked as strictly as JSON.parse does, and ignored. */
  private skipValue(): void {
    this.space();
    const b = this.bytes[this.pos];
    if (b === 0x7b) {
      if (!this.begin(0x7b, 0x7d)) return;
      do {
        this.space();
        if (this.bytes[this.pos] !== QUOTE) throw BAIL;
        this.skipString(); // a key no one reads: escapes are fine
        this.expect(0x3a);
        this.skipValue();
      } while (this.more(0x7d));
    } else if (b === 0x5b) this.array(() => this.skipValue());
    else if (b === QUOTE) this.skipString();
    else if (b === 0x74) this.literal('true');
    else if (b === 0x66) this.literal('false');
    else if (b === 0x6e) this.literal('null');
    else this.number();
  }

  private skipString(): void {
    const { bytes, n } = this;
    let p = this.pos + 1;
    for (;;) {
      if (p >= n) throw BAIL;
      const b = bytes[p++]!;
      if (b === QUOTE) break;
      if (b < 0x20) throw BAIL;
      if (b !== BACKSLASH) continue;
      const e = bytes[p++];
      if (e === 0x75) {
        for (let k = 0; k < 4; k++, p++) if (!isHex(bytes[p])) throw BAIL;
      } else if (e !== QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) throw BAIL;
    }
    this.pos = p;
  }

  private literal(word: string): void {
    for (let i = 0; i < word.length; i++) if (this.bytes[this.pos + i] !== word.charCodeAt(i)) throw BAIL;
    this.pos += word.length;
  }
}

/** The value of bytes[from … to) when they are only digits, few enough to be exact (capacities are); otherwise undefined. */
function wholeNumber(bytes: Uint8Array, from: number, to: number): number | undefined {
  if (to - from > 15) return undefined;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

const isHex = (b: number | undefined) => b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66));

/** Not all digits (an array index to a JavaScript object) and not "__proto__". */
function plainId(bytes: Uint8Array, from: number, to: number): boolean {
  let digits = true;
  for (let i = from; i < to && digits; i++) digits = bytes[i]! >= 0x30 && bytes[i]! <= 0x39;
  if (digits) return false;
  const proto = '__proto__';
  if (to - from !== proto.length) return true;
  for (let i = 0; i < proto.length; i++) if (bytes[from + i] !== proto.charCodeAt(i)) return true;
  return false;
}

/** The entries' symbols turned, in place, into the owner numbers of the other side; null-free: an unknown id or a repeat in a list bails. */
function resolve(list: Int32Array, ownerOf: Int32Array, start: Int32Array, owners: number, others: number): Int32Array {
  const seenBy = new Int32Array(others).fill(-1);
  for (let o = 0; o < owners; o++) {
    for (let j = start[o]!, end = start[o + 1]!; j < end; j++) {
      const target = ownerOf[list[j]!]!;
      if (target === -1 || seenBy[target] === o) throw BAIL;
      seenBy[target] = o;
      list[j] = target;
    }
  }
  return list;
}
