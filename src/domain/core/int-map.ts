/**
 * A map from 32-bit integers (hashes) to non-negative integers, in typed arrays with open addressing.
 * For per-row counting keyed by hashes: a Map of 10k entries allocates its growing tables and a
 * heap number per key, and its lookups cost more than a probe into an Int32Array.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  /** 0: empty slot; 1: taken. */
  private taken: Uint8Array;
  /** 32 − log2 of the table's size: a key's slot is the top bits of its Fibonacci hash. */
  private shift: number;
  private count = 0;

  constructor(expected = 16) {
    const bits = Math.max(4, 32 - Math.clz32(Math.max(1, expected) * 2 - 1));
    const size = 2 ** bits;
    this.shift = 32 - bits;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.taken = new Uint8Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, or -1 when it has none. */
  get(key: number): number {
    const slot = this.slotOf(key | 0);
    return this.taken[slot] ? this.values[slot] : -1;
  }

  /** Sets the value of `key` (a non-negative integer). */
  set(key: number, value: number): void {
    const k = key | 0;
    let slot = this.slotOf(k);
    if (!this.taken[slot]) {
      if ((this.count + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(k);
      }
      this.taken[slot] = 1;
      this.keys[slot] = k;
      this.count++;
    }
    this.values[slot] = value;
  }

  /** Adds 1 to the value of `key` (from 0); returns the new value. */
  increment(key: number): number {
    const value = Math.max(0, this.get(key)) + 1;
    this.set(key, value);
    return value;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.taken[slot] && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values, taken } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.taken = new Uint8Array(keys.length * 2);
    this.shift--;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (taken[i]) this.set(keys[i], values[i]);
  }
}
