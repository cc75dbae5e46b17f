/**
 * buildMeasures keeps parse notes only for the measures that have something to report; the checks
 * read NO_NOTES for the others. Differential: the checks over those notes say exactly what they say
 * when every measure carries its notes as they were built before (one notes object a row).
 */
import type { Cell, Field, Grid, TableRow } from '../../../src/domain/core/types';
import { normaliseTable } from '../../../src/domain/table';
import { parsePeriod } from '../../../src/domain/parse/period';
import { buildDirectory } from '../../../src/domain/parse/responsible';
import { normaliseCuratorMark } from '../../../src/domain/parse/tracking';
import { buildMeasures, cellText, tableParsers, type BuiltMeasures, type MeasureParseNotes, type TextParsers } from '../../../src/domain/roadmap/measure';
import { DiagnosticSink } from '../../../src/domain/checks/context';
import { checkFields } from '../../../src/domain/checks/fields';
import { checkTracking } from '../../../src/domain/checks/tracking';
import { picker } from '../../fakes/random';

/** The notes as buildMeasure made them for every row before (the reference). */
function referenceNotes(tableRow: TableRow, parsers: TextParsers): MeasureParseNotes {
  const v = tableRow.values;
  const deadlineText = cellText(v.deadline);
  const parsedDeadline = deadlineText ? parsers.deadline(deadlineText) : null;
  const statusText = cellText(v.status);
  const markText = cellText(v.curatorMark);
  const status = statusText ? parsers.status(statusText) : null;
  const mark = markText ? normaliseCuratorMark(markText) : null;
  const evidenceText = cellText(v.evidence);
  const raw: Partial<Record<Field, string>> = {};
  const doneText = cellText(v.doneDate);
  if (doneText) raw.doneDate = doneText;
  const curatorDateText = cellText(v.curatorDate);
  if (curatorDateText) raw.curatorDate = curatorDateText;
  if (statusText) raw.status = statusText;
  if (markText) raw.curatorMark = markText;
  if (evidenceText) raw.evidence = evidenceText;
  return {
    deadlineReadable: parsedDeadline ? parsedDeadline.readable : true,
    deadlineYears: parsedDeadline ? parsedDeadline.explicitYears : [],
    raw,
    statusExact: status ? status.exact : true,
    statusTail: status ? status.tail : null,
    curatorMarkExact: mark ? mark.exact : true,
  };
}

const HEADER = [
  '№',
  'Наименование мероприятия',
  'Сроки исполнения',
  'Показатель',
  'Ответственный',
  'Результат',
  'Статус',
  'Дата выполнения',
  'Подтверждающий документ',
  'Отметка куратора',
  'Дата отметки',
];

const DEADLINES: Cell[] = ['', 'март 2022', 'до 01.09.2022', 'УОиМП', 'абв где', 'по мере необходимости', '01.01.2030', '  ', null];
const STATUSES: Cell[] = ['', 'Выполнено', 'выполнено', 'Выполнено, перенос на май', 'В работе', 'ерунда', 'Отменено', ' Не начато ', null, 0];
const DATES: Cell[] = [
  '',
  '1.01.2022',
  '18.01',
  '18 янв',
  '31.02.2022',
  'вчера',
  '01.01.2099',
  '   ',
  null,
  44600,
  new Date(Date.UTC(2022, 2, 5)),
  true,
  false,
  0,
  '18.01.22',
];
const MARKS: Cell[] = ['', 'Подтверждено', 'подтверждено', 'На доработку!', 'ок', null];
const EVIDENCE: Cell[] = ['', 'https://example.org/a', 'Приказ № 5 от 01.02.2022', 'см. папку', null];

function grid(rows: number, seed: number): Grid {
  const pick = picker(seed);
  const out: Cell[][] = [['План мероприятий на 2022 год'], HEADER];
  for (let i = 0; i < rows; i++) {
    out.push([
      `${i + 1}`,
      pick(9) === 0 ? '' : `Мероприятие ${i}`,
      DEADLINES[pick(DEADLINES.length)],
      pick(3) === 0 ? 'не менее 75% учителей' : '',
      pick(4) === 0 ? '' : 'УОиМП',
      pick(5) === 0 ? '' : 'Справка',
      STATUSES[pick(STATUSES.length)],
      DATES[pick(DATES.length)],
      EVIDENCE[pick(EVIDENCE.length)],
      MARKS[pick(MARKS.length)],
      DATES[pick(DATES.length)],
    ]);
  }
  return out;
}

function diagnostics(built: BuiltMeasures, g: Grid): string[] {
  const table = normaliseTable(g);
  const period = parsePeriod('2022')!;
  const sink = new DiagnosticSink('План', table);
  checkFields(built, table, period, sink);
  checkTracking(built, table, '2022-11-23', sink);
  return sink.list.map((d) => `${d.code} ${d.row} ${d.message}`);
}

describe('parse notes only for measures with something to report', () => {
  test.each([1, 2, 3, 4])('the checks say the same as with notes for every measure (seed %i)', (seed) => {
    const g = grid(1500, seed * 7919);
    const table = normaliseTable(g);
    const parsers = tableParsers(parsePeriod('2022')!, buildDirectory());
    const built = buildMeasures(table.rows, parsers);
    expect(built.measures.length).toBe(1500);
    const everyOne: BuiltMeasures = {
      measures: built.measures,
      noted: built.measures.map((measure, i) => ({ measure, notes: referenceNotes(table.rows[i], parsers) })),
    };
    const got = diagnostics(built, g);
    expect(got.length).toBeGreaterThan(500);
    expect(got).toEqual(diagnostics(everyOne, g));
    // The notes kept are those of the reference, in the measures' order.
    let last = -1;
    for (const { measure, notes } of built.noted) {
      const i = built.measures.indexOf(measure);
      expect(i).toBeGreaterThan(last);
      last = i;
      expect(notes).toEqual(referenceNotes(table.rows[i], parsers));
    }
    expect(built.noted.length).toBeLessThan(built.measures.length);
  });

  test('a measure read as typed has no notes; its extra cells are kept', () => {
    const g: Grid = [
      ['План мероприятий на 2022 год'],
      [...HEADER.slice(0, 8), 'Факторы риска'],
      ['1', 'Мероприятие', 'март 2022', '', 'УОиМП', 'Справка', 'Выполнено', '01.03.2022', 'x'],
      ['2', 'Мероприятие', 'март 2022', '', 'УОиМП', 'Справка', 'Выполнено', '', ''],
    ];
    const table = normaliseTable(g);
    const built = buildMeasures(table.rows, tableParsers(parsePeriod('2022')!, buildDirectory()));
    expect(built.measures.map((m) => m.extra)).toEqual([{ 'Факторы риска': 'x' }, {}]);
    expect(built.noted).toEqual([]);
    expect(diagnostics(built, g).filter((d) => d.startsWith('done-without-date'))).toHaveLength(1);
  });
});
