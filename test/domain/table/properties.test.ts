/** Property tests: any grid is handled without throwing, and page-break debris never changes the measures. */
import fc from 'fast-check';
import { cleanText, normaliseTable } from '../../../src/domain/table';
import { type Cell, type Grid, type NormalisedTable } from '../../../src/domain/core/types';

const WORDS = [
  '№',
  '№ п/п',
  'Мероприятие',
  'Наименование мероприятия',
  'Срок',
  'Сроки исполнения',
  'Ответственный',
  'Показатель',
  'Результат',
  'Задачи',
  'Статус',
  'Комментарий куратора',
  '1.',
  '1.1',
  '2',
  'Март 2023',
  'в течение года',
  'МБОУ «СШ № 1»',
  'вопросов качества',
  'взаимо-',
  '--',
  '<p>абзац</p>',
  '<ul><li>а</li></ul>',
  '&laquo;x&raquo;',
  '<ul style="x"> - а; - б',
  '\n',
  ' ',
  '',
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 2, arbitrary: fc.constant(null) },
);

const grid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 });

/** Cells that are data, never header words: rows below a header. */
const dataCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom('1.', '1.1', '2', 'Март 2023', 'в течение года', 'МБОУ «СШ № 1»', 'вопросов качества', 'взаимо-', '--', '<p>абзац</p>', '\n', ''),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
);
const dataRows: fc.Arbitrary<Grid> = fc.array(fc.array(dataCell, { maxLength: 9 }), { maxLength: 40 });

function checkShape(t: NormalisedTable, g: Grid): void {
  expect(t.diagnostics.some((d) => d.code === 'table-unreadable')).toBe(false);
  if (t.headerRow === null) {
    expect(t.rows).toEqual([]);
    expect(t.diagnostics.map((d) => d.code)).toEqual(['no-header']);
    return;
  }
  expect(t.headerRow).toBeGreaterThanOrEqual(1);
  expect(t.headerRow).toBeLessThanOrEqual(g.length);
  let last = t.headerRow;
  const seen = new Set<number>();
  for (const r of t.rows) {
    expect(r.row).toBe(r.sourceRows[0]);
    for (const s of r.sourceRows) {
      expect(s).toBeGreaterThan(last);
      expect(s).toBeLessThanOrEqual(g.length);
      expect(seen.has(s)).toBe(false);
      seen.add(s);
      last = s;
    }
    for (const v of [...Object.values(r.values), ...Object.values(r.extra)]) {
      expect(v === null || ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date).toBe(true);
      if (typeof v === 'string') expect(v).not.toBe('');
    }
  }
  const indices = [...Object.values(t.columns).map((c) => c!.index), ...t.unknownColumns.map((c) => c.index)];
  expect(new Set(indices).size).toBe(indices.length);
  for (const d of t.diagnostics) expect(typeof d.message).toBe('string');
}

describe('normaliseTable on arbitrary grids', () => {
  it('never throws and returns a consistent table', () => {
    fc.assert(
      fc.property(grid, (g) => {
        checkShape(normaliseTable(g), g);
      }),
      { numRuns: 400 },
    );
  });

  it('handles a header followed by arbitrary rows', () => {
    const header: Cell[] = ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Ответственный', 'Результат'];
    fc.assert(
      fc.property(dataRows, (rows) => {
        const g = [header, ...rows];
        const t = normaliseTable(g);
        expect(t.headerRow).toBe(1);
        checkShape(t, g);
      }),
      { numRuns: 300 },
    );
  });

  it('survives huge cells and non-array rows', () => {
    const huge = 'Мероприятие '.repeat(50_000);
    const g = [['№', 'Мероприятие', 'Срок'], ['1', huge, '<ul>' + huge], null, undefined, 'строка', [huge, null, new Date(NaN)]] as unknown as Grid;
    const t = normaliseTable(g);
    expect(t.headerRow).toBe(1);
    expect(t.rows.length).toBeGreaterThanOrEqual(1);
    expect(normaliseTable(null as unknown as Grid).headerRow).toBeNull();
  });
});

describe('page-break debris does not change the measures', () => {
  const MONTHS = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Сентябрь', 'Октябрь'];
  const measure = fc.record({
    title: fc.constantFrom('Совещание', 'Семинар', 'Анализ результатов', 'Организация консультаций', 'Мониторинг сайтов'),
    extra: fc.nat(99),
    month: fc.constantFrom(...MONTHS),
    who: fc.constantFrom('УО', 'МОЦ, ОЦПРМСО', 'Директор', 'Муниципальный координатор'),
  });
  const debris = fc.constantFrom<'blank' | 'header' | 'separator' | 'none'>('blank', 'header', 'separator', 'none', 'none', 'none');
  const header = ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Ответственный'];

  it('blank rows, repeated headers and separator lines are dropped', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(measure, debris), { minLength: 1, maxLength: 30 }), (items) => {
        const g: Grid = [['План мероприятий на 2023 год'], header];
        items.forEach(([m, d], i) => {
          if (d === 'blank') g.push(['', '', '', '']);
          if (d === 'header') g.push([...header]);
          if (d === 'separator') g.push(['--', '--', '--', '--']);
          g.push([`${i + 1}.`, `${m.title} № ${m.extra}`, `${m.month} 2023`, m.who]);
        });
        const t = normaliseTable(g);
        expect(t.headerRow).toBe(2);
        expect(t.rows.map((r) => r.values.title)).toEqual(items.map(([m]) => `${m.title} № ${m.extra}`));
        expect(t.rows.map((r) => r.values.deadline)).toEqual(items.map(([m]) => `${m.month} 2023`));
        expect(t.diagnostics.filter((x) => x.code === 'header-repeated')).toHaveLength(items.filter(([, d]) => d === 'header').length);
        expect(t.diagnostics.some((x) => x.code === 'rows-merged')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a row split at any word boundary is merged back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('качества', 'образования', 'школ', 'вопросов', 'повышения', 'работы'), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        (words, cut) => {
          const at = 1 + (cut % (words.length - 1));
          const head = ['Организация', ...words.slice(0, at)].join(' ');
          const tail = words.slice(at).join(' ');
          const t = normaliseTable([header, ['1.', head, 'Март', 'УО'], ['', tail, '', ''], ['2.', 'Семинар', 'Май', 'МОЦ']]);
          expect(t.rows).toHaveLength(2);
          expect(t.rows[0].values.title).toBe(['Организация', ...words].join(' '));
          expect(t.rows[0].sourceRows).toEqual([2, 3]);
        },
      ),
    );
  });
});

describe('cleanText', () => {
  it('is idempotent on text without markup and leaves no doubled spaces or empty lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const once = cleanText(s.replace(/[<&]/g, ''));
        expect(cleanText(once)).toBe(once);
        expect(once).not.toMatch(/ {2}|\n{3}|^\s|\s$/);
      }),
      { numRuns: 500 },
    );
  });
});
