/**
 * The pass over the rows below the header: page-break debris out (repeated headers, separator
 * lines, column-number rows), section headings noted, rows split across pages merged back.
 * The accumulators that join a measure's pieces, and the row helpers; the pass itself is row-pass.ts.
 */
import type { Cell, Diagnostic, Field, TableRow } from '../core/types';
import { isSpace } from '../core/letters';
import { startsAsContinuation } from './sniff';
import { cellText } from './text';

export interface RowPassInput {
  /** Cleaned cells of the rows below the header. */
  rows: Cell[][];
  /** 1-based source row of rows[0]. */
  firstRow: number;
  width: number;
  fields: Partial<Record<Field, number>>;
  /** Unknown columns with their `extra` key. */
  unknown: Array<{ index: number; key: string }>;
  /** Folded header text per header row and column. */
  headerFolded: string[][];
  /** Most measures carry a number: an unnumbered row is then a continuation unless it is clearly a measure. */
  numberingUsed: boolean;
}

export interface RowPassOutput {
  rows: TableRow[];
  diagnostics: Diagnostic[];
}

/**
 * A slot's pieces once a continuation joined it. A slot holding one piece holds the cell itself
 * (never null): most measures are one row, and an object a cell was most of the pass's garbage.
 */
export class Parts {
  constructor(
    readonly first: Cell,
    readonly parts: string[],
  ) {}
}

/** A slot of a Builder: the one cell, or its Parts. */
export type Acc = Exclude<Cell, null> | Parts;

/**
 * A measure being built. Its pieces are kept by slot (one per field or unknown column, see RowPass),
 * in an array rather than a map: one small allocation a row.
 */
export interface Builder {
  row: number;
  sourceRows: number[];
  section: string | null;
  acc: Array<Acc | undefined>;
  /** How many slots hold a piece (a numbered heading fills only the number and the title). */
  filledCount: number;
}

/**
 * Words that start real hyphenated compounds («школа-куратор», «учителей-предметников»,
 * «психолого-педагогический»): a line ending in one of them keeps its hyphen when joined.
 * Prefixes such as «взаимо-», «само-» are word splits.
 */
const COMPOUND_HEAD_RE =
  /(?<![а-яё])(?:(?:школ|учител|мастер|педагог|класс|куратор|психолог|наставник|лидер|участни|партн[её]р|член|директор|заместител)[а-яё]*|(?!(?:взаимо|само|обще|много|мало|высоко|низко|ново|старо|сверх|полу)-)[а-яё]{5,}о)-$/i;
export const SEPARATOR_RE = /^[-–—_=*.~\s]+$/;
const LIST_MARK_RE = /^[-–—•·▪●✓]/;
/** A heading on one line; a word hyphenated at a line end is joined as in `append`. */
export function oneLine(text: string): string {
  let a: Acc | undefined;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (a === undefined) a = t;
    else a = append(a, t, ' ');
  }
  return a === undefined ? '' : accText(a);
}

export function accText(a: Acc): string {
  return a instanceof Parts ? a.parts.join('') : cellText(a);
}

/** The slot's first cell, as it was before anything joined it. */
export function firstCell(a: Acc | undefined): Cell {
  if (a === undefined) return null;
  return a instanceof Parts ? a.first : a;
}

export function lastText(a: Acc | undefined): string {
  if (a === undefined) return '';
  return a instanceof Parts ? a.parts[a.parts.length - 1] : cellText(a);
}

/**
 * Appends a continuation: a word hyphenated across the break is joined; a lower-case tail follows
 * with a space. Returns the slot's new value (its Parts, made on the first continuation).
 */
export function append(a: Acc, cell: Cell, separator?: string): Acc {
  const next = cellText(cell);
  if (!next) return a;
  const joined = a instanceof Parts ? a : new Parts(a, [cellText(a)]);
  const parts = joined.parts;
  const last = parts[parts.length - 1];
  const tail = last.length > 40 ? last.slice(-40) : last; // regexes anchored at the end still scan from the start
  if (/[а-яёa-z]-$/.test(tail) && /^[а-яёa-z]/.test(next)) {
    // «взаимо-» + «действия» → «взаимодействия»; «школы-» + «наставники» keeps its hyphen.
    // Parts are never concatenated here: re-slicing a grown string would make long merges quadratic.
    if (!COMPOUND_HEAD_RE.test(tail)) parts[parts.length - 1] = last.slice(0, -1);
    parts.push(next);
    return joined;
  }
  const sep = separator ?? (startsAsContinuation(next) && !LIST_MARK_RE.test(next) ? ' ' : '\n');
  parts.push(sep, next);
  return joined;
}

export function accValue(a: Acc | undefined): Cell {
  if (a === undefined) return null;
  return a instanceof Parts ? a.parts.join('') : a;
}

/**
 * Objects made by `new PlainValues()` are plain ones (their prototype is Object.prototype, their
 * constructor Object), with room in the object itself for the fields it is given: V8 sizes what a
 * constructor makes by the fields its objects get (up to 8 here), where `{}` has room for 4 and keeps
 * the rest in an array it grows twice (8 fields: 88 bytes instead of 120, and 40 of garbage).
 */
function PlainObject(): void {}
PlainObject.prototype = Object.prototype;
const PlainValues = PlainObject as unknown as new () => Partial<Record<Field, Cell>>;

/** The same for objects that stay empty: 24 bytes where `{}` takes 56 (room for four fields it never gets). */
function EmptyObject(): void {}
EmptyObject.prototype = Object.prototype;
const EmptyPlain = EmptyObject as unknown as new () => Record<string, Cell>;

/** A new empty `extra`, for a table without unknown columns (most are). */
export const emptyExtra = (): Record<string, Cell> => new EmptyPlain();

/**
 * A measure's values by field, in ALL_FIELDS order: `s[k]` is the slot of ALL_FIELDS[k] in `acc`, -1
 * when the table has no such column. Each store names its field: stores by a computed key (one site,
 * many names) are megamorphic lookups, ~4× the cost of making the object this way.
 */
export function measureValues(acc: ReadonlyArray<Acc | undefined>, s: Int32Array): Partial<Record<Field, Cell>> {
  const v = new PlainValues();
  if (s[0] >= 0) v.number = accValue(acc[s[0]]);
  if (s[1] >= 0) v.title = accValue(acc[s[1]]);
  if (s[2] >= 0) v.task = accValue(acc[s[2]]);
  if (s[3] >= 0) v.deadline = accValue(acc[s[3]]);
  if (s[4] >= 0) v.indicator = accValue(acc[s[4]]);
  if (s[5] >= 0) v.responsible = accValue(acc[s[5]]);
  if (s[6] >= 0) v.result = accValue(acc[s[6]]);
  if (s[7] >= 0) v.status = accValue(acc[s[7]]);
  if (s[8] >= 0) v.doneDate = accValue(acc[s[8]]);
  if (s[9] >= 0) v.actual = accValue(acc[s[9]]);
  if (s[10] >= 0) v.evidence = accValue(acc[s[10]]);
  if (s[11] >= 0) v.curatorMark = accValue(acc[s[11]]);
  if (s[12] >= 0) v.curatorDate = accValue(acc[s[12]]);
  if (s[13] >= 0) v.curatorComment = accValue(acc[s[13]]);
  if (s[14] >= 0) v.comment = accValue(acc[s[14]]);
  return v;
}

/**
 * «1.» → «1», «1.2.» → «1.2» — for comparing a parent number with a child one: a leading «№», every
 * space and the trailing dots and brackets left out. By hand rather than three regex replaces: it runs
 * on every numbered row.
 */
export function bareNumber(s: string): string {
  let t = s.charCodeAt(0) === NUMERO ? s.slice(1) : s;
  for (let i = 0; i < t.length; i++) {
    if (!isSpace(t.charCodeAt(i))) continue;
    t = t.replace(/\s/g, ''); // a space within the number: rare
    break;
  }
  let end = t.length;
  while (end > 0 && (t.charCodeAt(end - 1) === DOT || t.charCodeAt(end - 1) === CLOSING_BRACKET)) end--;
  return end === t.length ? t : t.slice(0, end);
}

const NUMERO = 0x2116; // №
const DOT = 46;
const CLOSING_BRACKET = 41;

/** «2.3» is numbered under «2» (bare numbers): startsWith(parent + '.') without the string. */
export const isNumberedUnder = (child: string, parent: string): boolean =>
  child.length > parent.length && child.charCodeAt(parent.length) === DOT && child.startsWith(parent);

/** The row with only column `c` kept (the others of a repeated merged heading dropped). */
export function onlyCell(cells: Cell[], c: number, width: number): Cell[] {
  const out: Cell[] = new Array(width).fill(null);
  out[c] = cells[c];
  return out;
}

/** Only the number and a title are filled, and nothing continued them (slots -1 when there is none). */
export function isNumberedHeading(b: Builder, titleSlot: number, numberSlot: number): boolean {
  if (b.sourceRows.length !== 1 || titleSlot < 0 || b.acc[titleSlot] === undefined) return false;
  const hasNumber = numberSlot >= 0 && b.acc[numberSlot] !== undefined;
  return b.filledCount === (hasNumber ? 2 : 1);
}
