/**
 * VariantGroups (school-variants.ts) keeps each key's index in an IntMap or a Map and a key met once in
 * a typed array: it reports what the plain Map of every key reported, on random sequences of schools.
 */
import { findSchoolVariants } from '../../../src/domain/parse/school';
import { VariantGroups } from '../../../src/domain/parse/school-variants';
import { picker } from '../../fakes/random';

interface RefVariant {
  form: string;
  mention: number;
  ordinal: number;
  rows: number[];
  order: number;
}

/** The groups as they were kept: one Map of every key, in the order of its first mention. */
class ReferenceGroups {
  private readonly groups = new Map<string | number, Map<string, RefVariant>>();
  private order = 0;

  add(key: string | number, form: string, mention: number, ordinal: number, row: number): void {
    let forms = this.groups.get(key);
    if (!forms) this.groups.set(key, (forms = new Map()));
    const v = forms.get(form);
    if (!v) forms.set(form, { form, mention, ordinal, rows: [row], order: this.order++ });
    else if (!v.rows.includes(row)) v.rows.push(row);
  }

  variants(schoolOf: (mention: number, ordinal: number) => { key: string; text: string }): { key: string; variants: { text: string; rows: number[] }[] }[] {
    const out: { key: string; variants: { text: string; rows: number[] }[] }[] = [];
    for (const forms of this.groups.values()) {
      if (forms.size < 2) continue;
      const sorted = [...forms.values()].sort((a, b) => a.order - b.order);
      const schools = sorted.map((v) => schoolOf(v.mention, v.ordinal));
      out.push({ key: schools[0].key, variants: sorted.map((v, i) => ({ text: schools[i].text, rows: [...v.rows].sort((x, y) => x - y) })) });
    }
    return out;
  }
}

const FORMS = ['нирыленкова', 'нрыленкова', 'рыленкова', 'амгороднянского', ''];

test('VariantGroups reports what one Map of every key reported, on 2,000 random sequences', () => {
  let reported = 0;
  for (let seed = 1; seed <= 2000; seed++) {
    const next = picker(seed);
    const expected = seed % 7 === 0 ? 0 : next(300); // a size given, or the default
    const groups = expected === 0 ? new VariantGroups() : new VariantGroups(expected);
    const reference = new ReferenceGroups();
    const keySpace = 1 + next(seed % 3 === 0 ? 5 : 400);
    const count = next(600);
    for (let m = 0; m < count; m++) {
      const k = next(keySpace);
      // Numbered keys as numberKey makes them (up to ~33 million) and string keys, "5" apart from 5.
      const key = k % 3 === 0 ? `СШ|${k}` : k % 3 === 1 ? k * 97_003 : String(k * 97_003);
      const form = FORMS[next(next(4) === 0 ? FORMS.length : 2)];
      const row = next(4) === 0 ? next(50) : m; // mostly rising, sometimes back or again
      const ordinal = next(3);
      groups.add(key, form, m, ordinal, row);
      reference.add(key, form, m, ordinal, row);
    }
    const schoolOf = (mention: number, ordinal: number) => ({ key: `key of ${mention}`, text: `text ${mention}/${ordinal}` });
    const found = groups.variants(schoolOf);
    expect(found).toEqual(reference.variants(schoolOf));
    reported += found.length;
  }
  expect(reported).toBeGreaterThan(20000); // the sequences do make groups
});

test('findSchoolVariants of bare texts: each mention in the row of its index, as objects with those rows', () => {
  const texts = [
    'МБОУ «СШ № 7 им. Н.И. Рыленкова»',
    'МБОУ «СШ № 8 им. Н.И. Рыленкова», СШ № 7 им. Н. Рыленкова',
    'Отдел (далее – О1), МБОУ «СШ № 7 им. Н.И. Рыленкова»',
    'СШ № 7 им. Н. Рыленкова',
    'СШ № 8 имени Рыленкова',
    'МБОУ «Гимназия «Полилог» им. А.С. Пушкина»',
    'Гимназия «Полилог» имени Пушкина',
  ];
  const asObjects = findSchoolVariants(texts.map((text, row) => ({ text, row })));
  expect(findSchoolVariants(texts)).toEqual(asObjects);
  expect(asObjects.map((g) => g.key)).toEqual(['СШ|7', 'СШ|8', 'Гимназия|полилог']);
});
