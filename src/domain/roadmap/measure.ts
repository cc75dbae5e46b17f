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

export function buildMeasure(tableRow: TableRow, parsers: TextParsers): { measure: Measure; notes: MeasureParseNotes } {
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
  const extra: Record<string, string> = {};
  // for…in over the plain object: the keys in Object.entries' order, without an array a row.
  for (const header in tableRow.extra) {
    const t = cellText(tableRow.extra[header]);
    if (t) extra[header] = t;
  }
  const responsible = parsers.responsible(cellText(v.responsible));
  const evidenceText = cellText(v.evidence);
  // The fields whose text as typed is kept (for checks that quote it), in this order: doneDate,
  // curatorDate, status, curatorMark, evidence; each cell's text read once (it is used above and below too).
  const raw: Partial<Record<Field, string>> = {};
  const doneText = cellText(v.doneDate);
  if (doneText) raw.doneDate = doneText;
  const curatorDateText = cellText(v.curatorDate);
  if (curatorDateText) raw.curatorDate = curatorDateText;
  if (statusText) raw.status = statusText;
  if (markText) raw.curatorMark = markText;
  if (evidenceText) raw.evidence = evidenceText;
  const deadline = parsedDeadline ? parsedDeadline.deadline : null;
  const hint = deadline ? (deadline.end ?? deadline.start) : null;
  const doneDate = v.doneDate === undefined ? null : parsers.date(v.doneDate, hint);
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
    curatorDate: v.curatorDate === undefined ? null : parsers.date(v.curatorDate, doneDate ?? hint),
    curatorComment: orNull(cellText(v.curatorComment)),
    comment: joinComment(status?.tail ?? null, orNull(cellText(v.comment))),
    extra,
  };
  return {
    measure,
    notes: {
      deadlineReadable: parsedDeadline ? parsedDeadline.readable : true,
      deadlineYears: parsedDeadline ? parsedDeadline.explicitYears : [],
      raw,
      statusExact: status ? status.exact : true,
      statusTail: status ? status.tail : null,
      curatorMarkExact: mark ? mark.exact : true,
    },
  };
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
