import { IntMap } from '../../../src/domain/core/int-map';

test('IntMap holds what a Map holds, through 200,000 random sets, increments and gets over colliding keys', () => {
  const map = new IntMap(4);
  const model = new Map<number, number>();
  let x = 12345;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
  for (let step = 0; step < 200000; step++) {
    // Keys from a small range, multiples of 2^20 (same low bits) and the extremes of int32.
    const r = next() >>> 0;
    const key = r % 3 === 0 ? r % 5000 : r % 3 === 1 ? ((r % 64) << 20) | 0 : [-2147483648, 2147483647, 0, -1][r % 4];
    const op = (r >>> 8) % 3;
    if (op === 0) {
      map.set(key, step);
      model.set(key, step);
    } else if (op === 1) {
      expect(map.increment(key)).toBe((model.get(key) ?? 0) + 1);
      model.set(key, (model.get(key) ?? 0) + 1);
    } else expect(map.get(key)).toBe(model.get(key) ?? -1);
  }
  expect(map.size).toBe(model.size);
  for (const [k, v] of model) expect(map.get(k)).toBe(v);
});
