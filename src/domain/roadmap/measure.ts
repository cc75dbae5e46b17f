/** A measure of a roadmap: one normalised table row, its free text parsed. */
import type { Cell, Deadline, Field, Indicator, IsoDate, Period, TableRow } from '../core/types';
import { parseDeadline, type DeadlineParse } from '../parse/deadline';
import { parseIndicator } from '../parse/indicator';
import { abbreviationExpander, splitResponsible, type OrgDirectory } from '../parse/responsible';
import { memoise } from '../core/memo';
import { floatingDateRu } from '../core/text-ru';
import { trimmed } from '../core/text';
import { normaliseCuratorMark, splitStatus, type CuratorMark, type Status } from '../parse/tracking';
import { parseDateCellIn } from '../parse/tracking-dates';

export interface Measure {
  /** 1-based source row where the measure starts. */
  row: number;
  sourceRows: number[];
  /** The number as written («1.10» stays «1.10»), '' when the row has none. */
  number: string;
  section: string | null;
  title: string;
  task: string | null;
  deadline: Deadline | null;
  indicator: Indicator | null;
  responsible: string[];
  /** The responsible entries with abbreviations expanded from the directory («УОиМП» → «Управление образования…»). */
  responsibleFull: string[];
  result: string | null;
  status: Status | null;
  doneDate: IsoDate | null;
  actual: string | null;
  evidence: string | null;
  curatorMark: CuratorMark | null;
  curatorDate: IsoDate | null;
  curatorComment: string | null;
  comment: string | null;
  /** Cells of columns no field matched, by header. */
  extra: Record<string, string>;
}

/** What parsing found that the checks turn into diagnostics. */
export interface MeasureParseNotes {
  deadlineReadable: boolean;
  deadlineYears: number[];
  /** Raw texts of tracking cells, for messages about values that did not parse. */
  raw: Partial<Record<Field, string>>;
  statusExact: boolean;
  /** Words typed after the status («перенос на май»), moved to the comment; null when none. */
  statusTail: string | null;
  curatorMarkExact: boolean;
}

/** Text of a cell as the user sees it; Date cells as dd.mm.yyyy (floating: UTC fields are the wall clock). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return trimmed(cell);
  if (cell instanceof Date) return floatingDateRu(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return String(cell).trim();
}

const orNull = (s: string): string | null => (s === '' ? null : s);

/** The parsers of a table's free text, for one period and directory. */
export interface TextParsers {
  deadline(text: string): DeadlineParse;
  indicator(text: string): Indicator;
  /** The entries of a responsible cell and the same entries with abbreviations expanded. */
  responsible(text: string): { entries: string[]; full: string[] };
  /** A status cell: the status and any words typed after it. */
  status(text: string): ReturnType<typeof splitStatus>;
  /** A completion or mark date; one typed without a year («18.01», «18 янв») gets the year from the period. */
  date(cell: Cell, hint: IsoDate | null): IsoDate | null;
}

/** How many distinct texts of each kind one table remembers. */
export const TEXT_CACHE_CAP = 4096;

/**
 * The parsers of one table: each distinct deadline, indicator, responsible and status text is parsed once
 * (see memoise). Measures with the same text share the parsed objects, which nothing changes.
 */
export function tableParsers(period: Period, directory: OrgDirectory, cap = TEXT_CACHE_CAP): TextParsers {
  return {
    deadline: memoise((t) => parseDeadline(t, period), cap),
    indicator: memoise(parseIndicator, cap),
    responsible: memoiseResponsible(directory, cap),
    status: memoise(splitStatus, cap),
    date: (cell, hint) => parseDateCellIn(cell, period, hint),
  };
}

/** The responsible parser of a table: entries, and the same entries expanded (the directory's index read once). */
function memoiseResponsible(directory: OrgDirectory, cap: number): TextParsers['responsible'] {
  const expand = abbreviationExpander(directory);
  return memoise((t) => {
    const entries = splitResponsible(t);
    return { entries, full: entries.map(expand) };
  }, cap);
}

/** A measure whose parse found something the checks report, with what it found. */
export interface NotedMeasure {
  measure: Measure;
  notes: MeasureParseNotes;
}

/**
 * The measures of a table's rows, and (in the same order) those whose parse found something to
 * report: most measures have nothing to say, and a notes object a row would only be garbage.
 */
export interface BuiltMeasures {
  measures: Measure[];
  noted: NotedMeasure[];
}

/** The notes of a measure that has none in BuiltMeasures.noted: everything read as typed. */
export const NO_NOTES: MeasureParseNotes = Object.freeze({
  deadlineReadable: true,
  deadlineYears: Object.freeze([]) as unknown as number[],
  raw: Object.freeze({}),
  statusExact: true,
  statusTail: null,
  curatorMarkExact: true,
});

/** The notes of the measure at `measures[i]`, walking `noted` with a cursor (callers go in order). */
export class NotesCursor {
  private next = 0;
  constructor(private readonly noted: readonly NotedMeasure[]) {}

  /** The notes of m (call for each measure in order). */
  of(m: Measure): MeasureParseNotes {
    if (this.next < this.noted.length && this.noted[this.next].measure === m) return this.noted[this.next++].notes;
    return NO_NOTES;
  }
}

export function buildMeasures(rows: readonly TableRow[], parsers: TextParsers): BuiltMeasures {
  const noted: NotedMeasure[] = [];
  const measures = rows.map((r) => buildMeasure(r, parsers, noted));
  return { measures, noted };
}

/** A measure without extra cells shares this one (nothing writes to a measure's extra). */
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** The measure of one row; when its parse found something to report, it is pushed onto `noted` with its notes. */
export function buildMeasure(tableRow: TableRow, parsers: TextParsers, noted: NotedMeasure[]): Measure {
  const v = tableRow.values;
  // cellText(v.field) at each use, not a helper taking the field's name: a keyed load whose key
  // changes from call to call goes megamorphic (a third of this function's time).
  const deadlineText = cellText(v.deadline);
  const parsedDeadline = deadlineText ? parsers.deadline(deadlineText) : null;
  const indicatorText = cellText(v.indicator);
  const statusText = cellText(v.status);
  const markText = cellText(v.curatorMark);
  const status = statusText ? parsers.status(statusText) : null;
  const mark = markText ? normaliseCuratorMark(markText) : null;
  let extra = NO_EXTRA;
  // for…in over the plain object: the keys in Object.entries' order, without an array a row.
  for (const header in tableRow.extra) {
    const t = cellText(tableRow.extra[header]);
    if (t) {
      if (extra === NO_EXTRA) extra = {};
      extra[header] = t;
    }
  }
  const responsible = parsers.responsible(cellText(v.responsible));
  const evidenceText = cellText(v.evidence);
  const doneText = cellText(v.doneDate);
  const curatorDateText = cellText(v.curatorDate);
  const deadline = parsedDeadline ? parsedDeadline.deadline : null;
  const hint = deadline ? (deadline.end ?? deadline.start) : null;
  const doneDate = v.doneDate === undefined ? null : parsers.date(v.doneDate, hint);
  const curatorDate = v.curatorDate === undefined ? null : parsers.date(v.curatorDate, doneDate ?? hint);
  const measure: Measure = {
    row: tableRow.row,
    sourceRows: tableRow.sourceRows,
    number: cellText(v.number),
    section: tableRow.section,
    title: cellText(v.title),
    task: orNull(cellText(v.task)),
    deadline,
    indicator: indicatorText ? parsers.indicator(indicatorText) : null,
    responsible: responsible.entries,
    responsibleFull: responsible.full,
    result: orNull(cellText(v.result)),
    status: status ? status.status : null,
    doneDate,
    actual: orNull(cellText(v.actual)),
    evidence: orNull(evidenceText),
    curatorMark: mark ? mark.mark : null,
    curatorDate,
    curatorComment: orNull(cellText(v.curatorComment)),
    comment: joinComment(status?.tail ?? null, orNull(cellText(v.comment))),
    extra,
  };
  // Something to report: a deadline not read, a status or mark not as listed, a date typed but not
  // read (or read from no text). Without notes the checks take NO_NOTES, which says the same.
  if (
    (parsedDeadline !== null && !parsedDeadline.readable) ||
    (status !== null && (status.status === null || !status.exact)) ||
    (mark !== null && (mark.mark === null || !mark.exact)) ||
    (doneText !== '') !== (doneDate !== null) ||
    (curatorDateText !== '') !== (curatorDate !== null)
  ) {
    // The fields whose text as typed is kept (for checks that quote it), in this order: doneDate,
    // curatorDate, status, curatorMark, evidence.
    const raw: Partial<Record<Field, string>> = {};
    if (doneText) raw.doneDate = doneText;
    if (curatorDateText) raw.curatorDate = curatorDateText;
    if (statusText) raw.status = statusText;
    if (markText) raw.curatorMark = markText;
    if (evidenceText) raw.evidence = evidenceText;
    const notes: MeasureParseNotes = {
      deadlineReadable: parsedDeadline ? parsedDeadline.readable : true,
      deadlineYears: parsedDeadline ? parsedDeadline.explicitYears : [],
      raw,
      statusExact: status ? status.exact : true,
      statusTail: status ? status.tail : null,
      curatorMarkExact: mark ? mark.exact : true,
    };
    noted.push({ measure, notes });
  }
  return measure;
}

/**
 * The comment of a measure whose status had a tail: the tail first (it explains the status beside
 * it), then the comment cell's own text: «перенос на май; согласовано с УО». Neither is lost; a tail
 * the comment already says is not repeated.
 */
export function joinComment(tail: string | null, comment: string | null): string | null {
  if (tail === null) return comment;
  if (comment === null) return tail;
  if (comment.toLocaleLowerCase('ru').includes(tail.toLocaleLowerCase('ru'))) return comment;
  return `${tail}; ${comment}`;
}
