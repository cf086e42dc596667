// The lean reader's table of ids (match-input.ts): byte strings interned to numbers, with their
// bytes kept for the output. Open addressing with linear probing, at most 7/8 full: lookups far
// outnumber inserts and mostly hit, and a smaller table misses the cache less.
/**
 * Interned ids: symbol numbers in order of first appearance, each declared (given an owner index)
 * at most once. Open addressing; a slot holds the hash, the symbol and, for an id of up to 8 bytes,
 * the id itself (zero-padded: JSON strings hold no raw NUL), so that most lookups touch one cache
 * line; longer ids are compared in a pool of the keys' bytes (marked by 0xffffffff, which no UTF-8
 * text packs to).
 */
export class IdTable {
  count = 0;
  pool = new Uint8Array(1 << 16);
  /** Symbol i's bytes are pool[keyStart[i] … keyStart[i + 1]). */
  keyStart = new Int32Array(1024);
  owner = new Int32Array(1024).fill(-1);
  private slots = new Int32Array(4 * 4096); // [hash, symbol + 1, bytes 0–3, bytes 4–7]; symbol + 1 = 0 when empty
  private used = 0;

  /** The symbol of bytes[from … to) with hash h (well mixed), added when new. */
  intern(bytes: Uint8Array, from: number, to: number, h: number): number {
    const { slots } = this;
    const mask = (slots.length >> 2) - 1;
    const length = to - from;
    let w0 = -1;
    let w1 = -1;
    if (length <= 8) {
      w0 = 0;
      w1 = 0;
      for (let i = 0; i < length; i++) {
        if (i < 4) w0 |= bytes[from + i]! << (8 * i);
        else w1 |= bytes[from + i]! << (8 * (i - 4));
      }
    }
    for (let slot = (h & mask) << 2; ; slot = (slot + 4) & (mask << 2)) {
      const held = slots[slot + 1]!;
      if (held === 0) break;
      if (slots[slot] !== h || slots[slot + 2] !== w0 || slots[slot + 3] !== w1) continue;
      if (w0 !== -1 || this.samePooled(held - 1, bytes, from, length)) return held - 1;
    }
    return this.add(bytes, from, to, h, w0, w1);
  }

  private samePooled(sym: number, bytes: Uint8Array, from: number, length: number): boolean {
    const at = this.keyStart[sym]!;
    if (this.keyStart[sym + 1]! - at !== length) return false;
    for (let i = 0; i < length; i++) if (this.pool[at + i] !== bytes[from + i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, from: number, to: number, h: number, w0: number, w1: number): number {
    const sym = this.count++;
    if (this.count + 1 >= this.keyStart.length) {
      this.keyStart = grown(this.keyStart, 0);
      this.owner = grown(this.owner, -1);
    }
    const at = this.used;
    if (at + (to - from) > this.pool.length) {
      const pool = new Uint8Array(Math.max(2 * this.pool.length, at + (to - from)));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let i = from; i < to; i++) this.pool[at + i - from] = bytes[i]!;
    this.used = at + (to - from);
    this.keyStart[sym + 1] = this.used;
    this.place(this.slots, h, sym, w0, w1);
    if (this.count * 8 > 7 * (this.slots.length >> 2)) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2);
      for (let i = 0; i < old.length; i += 4) if (old[i + 1] !== 0) this.place(this.slots, old[i]!, old[i + 1]! - 1, old[i + 2]!, old[i + 3]!);
    }
    return sym;
  }

  private place(slots: Int32Array, h: number, sym: number, w0: number, w1: number): void {
    const mask = (slots.length >> 2) - 1;
    let slot = (h & mask) << 2;
    while (slots[slot + 1] !== 0) slot = (slot + 4) & (mask << 2);
    slots[slot] = h;
    slots[slot + 1] = sym + 1;
    slots[slot + 2] = w0;
    slots[slot + 3] = w1;
  }
}

function grown(a: Int32Array, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2).fill(fill);
  b.set(a);
  return b;
}
