/**
 * findSchoolVariants groups schools by a number made of type, digits and letter (numberKey) and reads
 * the digits as scanNumber found them: its groups are those of SchoolName.key, the string, on random
 * tables of numbered mentions («№ 5», «№ 05», «№5-А», «N 12b», «№ 1234») with several honorifics.
 */
import { findSchoolMentions, findSchoolVariants, parseSchoolName, type SchoolName } from '../../../src/domain/parse/school';
import { honorificForm } from '../../../src/domain/parse/school-honorific';

type Groups = { key: string; variants: { text: string; rows: number[] }[] }[];

/** The groups by SchoolName.key: the schools of the strict reading, else the first of the loose one. */
function reference(texts: string[]): Groups {
  const byKey = new Map<string, Map<string, { text: string; rows: Set<number> }>>();
  texts.forEach((text, row) => {
    let schools: SchoolName[] = findSchoolMentions(text);
    if (schools.length === 0) {
      const one = parseSchoolName(text);
      schools = one ? [one] : [];
    }
    for (const s of schools) {
      const form = s.honorific ? honorificForm(s.honorific) : '';
      if (form === '') continue;
      let forms = byKey.get(s.key);
      if (!forms) byKey.set(s.key, (forms = new Map()));
      const v = forms.get(form) ?? { text: s.text, rows: new Set<number>() };
      forms.set(form, v);
      v.rows.add(row);
    }
  });
  return [...byKey]
    .filter(([, forms]) => forms.size >= 2)
    .map(([key, forms]) => ({ key, variants: [...forms.values()].map((v) => ({ text: v.text, rows: [...v.rows].sort((a, b) => a - b) })) }));
}

const TYPES = ['СШ', 'СОШ', 'МБОУ «СШ', 'МАОУ «Гимназия', 'Лицей', 'школа', 'НШ-ДС'];
const NUMBERS = ['№ 5', '№5', '№ 05', '№ 005', '№ 5а', '№5-А', '№ 5б', 'N 12b', 'N 12B', '№ 1234', '№ 0', '№ 9999', '№ 12', '№ 2'];
const HONORIFICS = ['им. Н.И. Рыленкова', 'имени Н.И. Рыленкова', 'им. Н. Рыленкова', 'им. А.С. Пушкина', 'имени Рыленкова', ''];

test('the groups of findSchoolVariants are those of the key strings, on 300 random tables', () => {
  let x = 5;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return (x >>> 12) % n;
  };
  let groups = 0;
  for (let table = 0; table < 300; table++) {
    const texts: string[] = [];
    for (let i = 0, n = 1 + next(60); i < n; i++) {
      const type = TYPES[next(TYPES.length)];
      const school = `${type} ${NUMBERS[next(NUMBERS.length)]} ${HONORIFICS[next(HONORIFICS.length)]}${type.includes('«') ? '»' : ''}`;
      texts.push(next(3) === 0 ? `Отдел (далее – О1), ${school}, ${TYPES[next(2)]} ${NUMBERS[next(NUMBERS.length)]} ${HONORIFICS[next(3)]}` : school);
    }
    const expected = reference(texts);
    expect(findSchoolVariants(texts)).toEqual(expected);
    groups += expected.length;
  }
  expect(groups).toBeGreaterThan(300);
});
