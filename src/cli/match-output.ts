// `kakehashi match`'s output written straight from the typed arrays, in chunks of about 1 MiB,
// byte for byte what JSON.stringify gives for the general path's object (tested on generated
// files): no object per student or list entry, and never the whole 19 MiB of a national-scale
// result in memory. Only for ids read by the lean reader (match-input.ts), which need no escaping
// and keep their input order as object keys. O(S + C + the entries above each student's result).
import { HIGHER_CHOICE_REASONS, UNFILLED_REASONS, explainMatchingCodes } from '../domain/matching/explain-matching.ts';
import type { Market } from '../domain/matching/market.ts';
import type { IdBytes } from './match-input.ts';

const CHUNK = 1 << 20;
const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const REASON = HIGHER_CHOICE_REASONS.map((r) => ascii(`,"reason":"${r}"}`));
const UNFILLED = UNFILLED_REASONS.map((r) => ascii(`,"unfilledReason":${r === null ? 'null' : `"${r}"`}}`));

/** The fixed pieces of the output, by the order they first appear below. */
const OPEN_MATCHES = ascii('{"matches":[');
const COMPANY_KEY = ascii(',"company":');
const CLOSE = ascii('}');
const OPEN_UNMATCHED = ascii('],"unmatched":[');
const COMMA = ascii(',');
const OPEN_STUDENTS = ascii('],"explanations":{"students":{');
const CHOICE_KEY = ascii(':{"choice":');
const NULL = ascii('null');
const NOT_HIGHER_KEY = ascii(',"notHigher":[');
const CLOSE_STUDENT = ascii(']}');
const OPEN_COMPANIES = ascii('},"companies":{');
const FILLED_KEY = ascii(':{"filled":');
const CAPACITY_KEY = ascii(',"capacity":');
const CUTOFF_KEY = ascii(',"cutoff":');
const RANK_KEY = ascii('{"rank":');
const STUDENT_KEY = ascii(',"student":');
const CLOSE_ALL = ascii('}}}\n');
const STUDENT_FIRST = ascii('{"student":');
const STUDENT_NEXT = ascii(',{"student":');
const COMPANY_FIRST = ascii('{"company":');
const COMPANY_NEXT = ascii(',{"company":');

class ChunkWriter {
  private out = Buffer.allocUnsafe(CHUNK);
  private at = 0;
  /** `write` says whether it is done with the chunk (then the buffer is reused). */
  constructor(private readonly write: (chunk: Uint8Array) => boolean) {}

  /** Room for n more bytes; a chunk ends between tokens, never inside a character. */
  room(n: number): void {
    if (this.at + n <= this.out.length) return;
    this.flush();
    if (n > this.out.length) this.out = Buffer.allocUnsafe(n + CHUNK);
  }

  flush(): void {
    if (this.at > 0 && !this.write(this.out.subarray(0, this.at))) this.out = Buffer.allocUnsafe(this.out.length); // the stream still holds it
    this.at = 0;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    const { out } = this;
    let at = this.at;
    for (let k = 0; k < b.length; k++) out[at++] = b[k]!;
    this.at = at;
  }

  int(n: number): void {
    this.room(11);
    if (n < 0) {
      this.out[this.at++] = 0x2d;
      n = -n;
    }
    if (n === 0) {
      this.out[this.at++] = 0x30;
      return;
    }
    let digits = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) digits++;
    for (let i = this.at + digits - 1; i >= this.at; i--, n = Math.floor(n / 10)) this.out[i] = 0x30 + (n % 10);
    this.at += digits;
  }

  /** `"id"` */
  id(ids: IdBytes, i: number): void {
    const from = ids.start[i]!;
    const to = ids.end[i]!;
    this.room(to - from + 2);
    const { out } = this;
    let at = this.at;
    out[at++] = 0x22;
    for (let k = from; k < to; k++) out[at++] = ids.bytes[k]!;
    out[at++] = 0x22;
    this.at = at;
  }
}

/** The result as the general path prints it (`JSON.stringify` of matches, unmatched, explanations, and a newline). */
export function writeMatchLean(write: (chunk: Uint8Array) => boolean, market: Market, companyOf: Int32Array, ids: { students: IdBytes; companies: IdBytes }): void {
  const { studentCount, companyCount, studentStart, studentList, companyStart, companyList, capacity } = market;
  const { students, companies } = ids;
  const w = new ChunkWriter(write);
  w.bytes(OPEN_MATCHES);
  let first = true;
  for (let s = 0; s < studentCount; s++) {
    if (companyOf[s] === -1) continue;
    w.bytes(first ? STUDENT_FIRST : STUDENT_NEXT);
    first = false;
    w.id(students, s);
    w.bytes(COMPANY_KEY);
    w.id(companies, companyOf[s]!);
    w.bytes(CLOSE);
  }
  w.bytes(OPEN_UNMATCHED);
  first = true;
  for (let s = 0; s < studentCount; s++) {
    if (companyOf[s] !== -1) continue;
    if (!first) w.bytes(COMMA);
    first = false;
    w.id(students, s);
  }
  w.bytes(OPEN_STUDENTS);
  const { choice, reason, filled, cutoff, unfilled } = explainMatchingCodes(market, companyOf);
  for (let s = 0; s < studentCount; s++) {
    if (s > 0) w.bytes(COMMA);
    w.id(students, s);
    w.bytes(CHOICE_KEY);
    if (choice[s] === -1) w.bytes(NULL);
    else w.int(choice[s]! + 1);
    w.bytes(NOT_HIGHER_KEY);
    const end = choice[s] === -1 ? studentStart[s + 1]! : studentStart[s]! + choice[s]!;
    for (let j = studentStart[s]!; j < end; j++) {
      w.bytes(j === studentStart[s] ? COMPANY_FIRST : COMPANY_NEXT);
      w.id(companies, studentList[j]!);
      w.bytes(REASON[reason[j]!]!);
    }
    w.bytes(CLOSE_STUDENT);
  }
  w.bytes(OPEN_COMPANIES);
  for (let c = 0; c < companyCount; c++) {
    if (c > 0) w.bytes(COMMA);
    w.id(companies, c);
    w.bytes(FILLED_KEY);
    w.int(filled[c]!);
    w.bytes(CAPACITY_KEY);
    w.int(capacity[c]!);
    w.bytes(CUTOFF_KEY);
    if (cutoff[c] === -1) w.bytes(NULL);
    else {
      w.bytes(RANK_KEY);
      w.int(cutoff[c]! + 1);
      w.bytes(STUDENT_KEY);
      w.id(students, companyList[companyStart[c]! + cutoff[c]!]!);
      w.bytes(CLOSE);
    }
    w.bytes(UNFILLED[unfilled[c]!]!);
  }
  w.bytes(CLOSE_ALL);
  w.flush();
}
