/** measureValues names each field by hand: its keys must follow ALL_FIELDS, as the template copy it replaced did. */
import { ALL_FIELDS, type Cell, type Field } from '../../../src/domain/core/types';
import { Parts, emptyExtra, measureValues, type Acc } from '../../../src/domain/table/rows';

/** The definition: every mapped field, in ALL_FIELDS order, with its slot's value (null when empty). */
function reference(acc: Array<Acc | undefined>, slots: Int32Array): Partial<Record<Field, Cell>> {
  const out: Partial<Record<Field, Cell>> = {};
  ALL_FIELDS.forEach((f, k) => {
    if (slots[k] < 0) return;
    const a = acc[slots[k]];
    out[f] = a === undefined ? null : a instanceof Parts ? a.parts.join('') : a;
  });
  return out;
}

test('keys in ALL_FIELDS order, values from their slots, for many subsets and slot orders', () => {
  let seed = 1;
  const rnd = (): number => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
  for (let run = 0; run < 2000; run++) {
    const slots = new Int32Array(ALL_FIELDS.length).fill(-1);
    const free = ALL_FIELDS.map((_, k) => k).sort(() => rnd() - 0.5);
    let next = 0;
    for (const k of free) if (rnd() < 0.5) slots[k] = next++;
    const acc: Array<Acc | undefined> = Array.from({ length: next }, (_, i) =>
      i % 4 === 0 ? undefined : i % 4 === 1 ? `т${i}` : i % 4 === 2 ? new Parts(`a${i}`, [`a${i}`, ' ', 'b']) : i,
    );
    const got = measureValues(acc, slots);
    const want = reference(acc, slots);
    expect(Object.keys(got)).toEqual(Object.keys(want));
    expect(got).toEqual(want);
  }
});

test('the fields it names are ALL_FIELDS, one each', () => {
  const acc: Array<Acc | undefined> = ALL_FIELDS.map((f) => f);
  const got = measureValues(
    acc,
    Int32Array.from(ALL_FIELDS, (_, k) => k),
  );
  expect(Object.entries(got)).toEqual(ALL_FIELDS.map((f) => [f, f]));
});

test('values are plain objects', () => {
  const v = measureValues(
    ['1', 'Мероприятие'],
    Int32Array.from(ALL_FIELDS, (_, k) => (k < 2 ? k : -1)),
  );
  expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  expect(v.constructor).toBe(Object);
  expect(v).toStrictEqual({ number: '1', title: 'Мероприятие' });
  expect(JSON.stringify(v)).toBe('{"number":"1","title":"Мероприятие"}');
  expect(structuredClone(v)).toStrictEqual(v);
});

test('an empty extra is a plain empty object, a new one each time', () => {
  const a = emptyExtra();
  expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  expect(a).toStrictEqual({});
  expect(emptyExtra()).not.toBe(a);
  a.x = 'т';
  expect(a).toStrictEqual({ x: 'т' });
});
