/** looksLikeDeadline's regex, regrouped for speed, answers as the one it replaced on every text tried. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { looksLikeDeadline } from '../../../src/domain/table';
import { FIXTURES_DIR } from '../../fixtures/load';

// The regex as first written: one lookbehind an alternative, in the order of the list of kinds.
const L = '(?<![а-яёa-z])';
const MONTH = `${L}(?:январ|феврал|март|апрел|ма[йяе]${L.replace('<!', '!')}|июн|июл|август|сентябр|октябр|ноябр|декабр)`;
const REFERENCE = new RegExp(
  [
    MONTH,
    '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
    '\\d{4}-\\d{2}-\\d{2}',
    `${L}(?:19|20)\\d\\d\\s*(?:г\\.?|гг\\.?|год|года|году|уч)`,
    `${L}(?:19|20)\\d\\d\\s*[-–—/]\\s*(?:19|20)?\\d\\d${L.replace('<!', '!')}`,
    `${L}в\\s+течени[еи]`,
    `${L}(?:ежегодн|ежемесячн|еженедельн|ежеквартальн|ежедневн|постоянн|систематическ|периодическ)`,
    `${L}по\\s+мере`,
    `${L}по\\s+(?:отдельному\\s+|специальному\\s+|утвержденному\\s+)?график`,
    `${L}(?:квартал|полугоди|четверт|триместр|семестр)`,
    `${L}учебн\\S*\\s+год`,
    `${L}до\\s+\\d`,
    `^(?:19|20)\\d\\d$`,
  ].join('|'),
  'i',
);
const reference = (s: string): boolean => s.length <= 160 && REFERENCE.test(s);

const PIECES = [
  'январь',
  'Февраля',
  'МАРТ',
  'апрел',
  'май',
  'мая',
  'мае',
  'маяк',
  'Майский',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
  '2022',
  '1999',
  '2100',
  '19',
  '20',
  '22',
  ' г.',
  'гг.',
  ' год',
  'года',
  'году',
  'уч',
  ' - ',
  '–',
  '—',
  '/',
  '2023',
  '23',
  'в течение',
  'В  ТЕЧЕНИИ',
  'в\tтечени',
  'ежегодно',
  'Ежемесячно',
  'еженедельно',
  'ежеквартально',
  'ежедневно',
  'постоянно',
  'систематически',
  'периодически',
  'по мере',
  'по отдельному графику',
  'по  утвержденному график',
  'по графику',
  'квартал',
  'полугодие',
  'четверть',
  'триместр',
  'семестр',
  'учебного года',
  'учебн  год',
  'до 1',
  'До  30',
  '01.02.2022',
  '1/2/22',
  '2022-03-04',
  '12.1',
  '.',
  ' ',
  '',
  'а',
  'z',
  'ё',
  'Ё',
  '1',
  'x',
  '(',
  '\n',
  'школа',
  'раз',
];

function corpus(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(FIXTURES_DIR)) {
    if (!/\.(tsv|csv)$/.test(f)) continue;
    for (const line of readFileSync(join(FIXTURES_DIR, f), 'utf8').split(/[\n\t]/)) out.push(line, line.slice(0, 160));
  }
  return out;
}

test('on the fixtures’ cells', () => {
  const differing = corpus().filter((s) => looksLikeDeadline(s) !== reference(s));
  expect(differing).toEqual([]);
});

test('on every pair of pieces of deadlines, letters and separators', () => {
  const differing: string[] = [];
  for (const a of PIECES) for (const b of PIECES) for (const t of [a + b, `${a} ${b}`, a + b + a]) if (looksLikeDeadline(t) !== reference(t)) differing.push(t);
  expect(differing).toEqual([]);
});

test('on random texts of those pieces', () => {
  const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (t) => looksLikeDeadline(t) === reference(t)),
    { numRuns: 5000 },
  );
});
