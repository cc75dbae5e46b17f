/**
 * The pass over the rows below the header: page-break debris out (repeated headers, separator
 * lines, column-number rows), section headings noted, rows split across pages merged back.
 * One pass, each cell looked at a bounded number of times.
 */
import { type Cell, type Diagnostic, type Field, type TableRow, MEASURE_FIELDS, TRACKING_FIELDS } from '../core/types';

const ALL_FIELDS: readonly Field[] = [...MEASURE_FIELDS, ...TRACKING_FIELDS];
import { MIN_HEADER_SCORE, scoreHeaderText } from './header';
import { endsOpen, looksLikeNumber, startsAsContinuation } from './sniff';
import { cellText, fold } from './text';

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

interface Acc {
  first: Cell;
  parts: string[] | null;
}

interface Builder {
  row: number;
  sourceRows: number[];
  section: string | null;
  acc: Map<string, Acc>;
  /** Only the number and the title are filled (a numbered heading if a child number follows). */
  filledKeys: Set<string>;
}

/**
 * Words that start real hyphenated compounds («школа-куратор», «учителей-предметников»,
 * «психолого-педагогический»): a line ending in one of them keeps its hyphen when joined.
 * Prefixes such as «взаимо-», «само-» are word splits.
 */
const COMPOUND_HEAD_RE =
  /(?<![а-яё])(?:(?:школ|учител|мастер|педагог|класс|куратор|психолог|наставник|лидер|участни|партн[её]р|член|директор|заместител)[а-яё]*|(?!(?:взаимо|само|обще|много|мало|высоко|низко|ново|старо|сверх|полу)-)[а-яё]{5,}о)-$/i;
const SEPARATOR_RE = /^[-–—_=*.~\s]+$/;
const LIST_MARK_RE = /^[-–—•·▪●✓]/;
/** A heading on one line; a word hyphenated at a line end is joined as in `append`. */
function oneLine(text: string): string {
  const a: Acc = { first: null, parts: null };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (a.first === null) a.first = t;
    else append(a, t, ' ');
  }
  return a.first === null ? '' : accText(a);
}

function accText(a: Acc): string {
  return a.parts ? a.parts.join('') : cellText(a.first);
}

function lastText(a: Acc | undefined): string {
  if (!a) return '';
  return a.parts ? a.parts[a.parts.length - 1] : cellText(a.first);
}

/** Appends a continuation: a word hyphenated across the break is joined; a lower-case tail follows with a space. */
function append(a: Acc, cell: Cell, separator?: string): void {
  const next = cellText(cell);
  if (!next) return;
  if (!a.parts) a.parts = [cellText(a.first)];
  const parts = a.parts;
  const last = parts[parts.length - 1];
  const tail = last.length > 40 ? last.slice(-40) : last; // regexes anchored at the end still scan from the start
  if (/[а-яёa-z]-$/.test(tail) && /^[а-яёa-z]/.test(next)) {
    // «взаимо-» + «действия» → «взаимодействия»; «школы-» + «наставники» keeps its hyphen.
    // Parts are never concatenated here: re-slicing a grown string would make long merges quadratic.
    if (!COMPOUND_HEAD_RE.test(tail)) parts[parts.length - 1] = last.slice(0, -1);
    parts.push(next);
    return;
  }
  const sep = separator ?? (startsAsContinuation(next) && !LIST_MARK_RE.test(next) ? ' ' : '\n');
  parts.push(sep, next);
}

function accValue(a: Acc | undefined): Cell {
  if (!a) return null;
  return a.parts ? a.parts.join('') : a.first;
}

/** «1.» → «1», «1.2.» → «1.2» — for comparing a parent number with a child one. */
const bareNumber = (s: string): string =>
  s
    .replace(/^№\s*/, '')
    .replace(/\s/g, '')
    .replace(/[.)]+$/, '');

export function rowPass(input: RowPassInput): RowPassOutput {
  const { rows, firstRow, width, fields, unknown, headerFolded, numberingUsed } = input;
  const keyOf: Array<string | undefined> = new Array(width).fill(undefined);
  const fieldOfCol: Array<Field | undefined> = new Array(width).fill(undefined);
  for (const [f, c] of Object.entries(fields) as Array<[Field, number]>) {
    keyOf[c] = f;
    fieldOfCol[c] = f;
  }
  for (const u of unknown) keyOf[u.index] = `x${u.index}`;
  const mappedFields = ALL_FIELDS.filter((f) => fields[f] !== undefined);
  const numberCol = fields.number;
  const titleCol = fields.title;
  const deadlineCol = fields.deadline;
  const respCol = fields.responsible;
  const taskCol = fields.task;

  const out: TableRow[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: Builder | null = null;
  let section: string | null = null;
  let sectionRow = 0;
  /** Number of a numbered heading row («2.» above «2.1», «2.2»), which bounds its section. */
  let sectionNumber: string | null = null;
  let lastKind = 'none' as 'none' | 'section' | 'measure';
  let lastTask: Cell = null;
  let lastTaskSection: string | null = null;

  /** Heading-like text rows since the last measure: after the last one they are a signature, not a section. */
  const trailing: Array<{ row: number; text: string }> = [];
  const info = (code: string, row: number, message: string): void => {
    diagnostics.push({ code, severity: 'info', row, field: null, message });
  };

  const finish = (b: Builder | null): void => {
    if (!b) return;
    const values: Partial<Record<Field, Cell>> = {};
    for (const f of mappedFields) values[f] = accValue(b.acc.get(f));
    // A merged «Задачи» cell spans its measures: the task carries down within the section.
    if (taskCol !== undefined) {
      if (values.task === null && lastTaskSection === b.section) values.task = lastTask;
      lastTask = values.task ?? null;
      lastTaskSection = b.section;
    }
    const extra: Record<string, Cell> = {};
    for (const u of unknown) extra[u.key] = accValue(b.acc.get(`x${u.index}`));
    out.push({ row: b.row, sourceRows: b.sourceRows, section: b.section, values, extra });
  };

  const start = (cells: Cell[], row: number): Builder => {
    trailing.length = 0;
    const b: Builder = { row, sourceRows: [row], section, acc: new Map(), filledKeys: new Set() };
    for (let c = 0; c < width; c++) {
      const key = keyOf[c];
      const cell = cells[c];
      if (key === undefined || cell === null || cell === undefined) continue;
      b.acc.set(key, { first: cell, parts: null });
      b.filledKeys.add(key);
    }
    lastKind = 'measure';
    return b;
  };

  const merge = (b: Builder, cells: Cell[], row: number, redirect?: { from: number; to: string }): void => {
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const key = redirect && redirect.from === c ? redirect.to : keyOf[c];
      if (key === undefined) continue;
      const a = b.acc.get(key);
      if (a) append(a, cell);
      else b.acc.set(key, { first: cell, parts: null });
      b.filledKeys.add(key);
    }
    b.sourceRows.push(row);
    info('rows-merged', row, `продолжает мероприятие из строки ${b.row} (разрыв страницы) и объединена с ним.`);
  };

  const setSection = (text: string, row: number): void => {
    trailing.push({ row, text });
    finish(current);
    current = null;
    section = oneLine(text);
    sectionNumber = null;
    sectionRow = row;
    lastKind = 'section';
    lastTask = null;
  };

  const isRepeatedHeader = (cells: Cell[]): boolean => {
    // Identical (folded) to a header row.
    for (const h of headerFolded) {
      let same = true;
      for (let c = 0; c < width && same; c++) {
        const cell = cells[c];
        const t = cell === null || cell === undefined ? '' : cellText(cell);
        if (t.length > 300) same = false;
        else same = (t ? fold(t) : '') === (h[c] ?? '');
      }
      if (same) return true;
    }
    // Or every filled cell names the field of its column (a header repeated with small changes).
    let filled = 0;
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      filled++;
      if (typeof cell !== 'string' || cell.length > 150 || looksLikeNumber(cell)) return false;
      const f = fieldOfCol[c];
      const best = scoreHeaderText(cell)[0];
      if (!f || !best || best.score < MIN_HEADER_SCORE || best.field !== f) return false;
    }
    return filled >= 2;
  };

  const isColumnNumbers = (cells: Cell[]): boolean => {
    let expect = 1;
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const t = cellText(cell).replace(/\.$/, '');
      if (t !== String(expect)) return false;
      expect++;
    }
    return expect > 3;
  };

  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    const row = firstRow + i;
    const filled: number[] = [];
    // Rows are ragged (never padded to the table's width): only the row's own cells are looked at.
    const n = Math.min(width, cells.length);
    for (let c = 0; c < n; c++) if (cells[c] !== null && cells[c] !== undefined) filled.push(c);
    if (filled.length === 0) continue;
    if (filled.every((c) => typeof cells[c] === 'string' && SEPARATOR_RE.test(cells[c] as string))) continue;
    if (isRepeatedHeader(cells)) {
      info('header-repeated', row, 'повтор строки заголовка (разрыв страницы) пропущен.');
      continue;
    }
    if (isColumnNumbers(cells)) {
      info('column-numbers-row', row, 'строка с номерами столбцов (1, 2, 3…) пропущена.');
      continue;
    }

    const numCell = numberCol === undefined ? null : cells[numberCol];
    if (numCell !== null && numCell !== undefined && looksLikeNumber(numCell)) {
      const cur: Builder | null = current;
      // «1. | Организационные меры» with nothing else, followed by «1.1»: a numbered heading.
      if (cur && isNumberedHeading(cur)) {
        const parentNumber = cellText(cur.acc.get('number')?.first ?? null);
        const parent = bareNumber(parentNumber);
        if (parent && bareNumber(cellText(numCell)).startsWith(parent + '.')) {
          current = null;
          setSection(`${parentNumber} ${accText(cur.acc.get('title') as Acc)}`, cur.row);
          sectionNumber = parent;
          current = start(cells, row);
          continue;
        }
      }
      // «3.» after the heading «2.» and its «2.x» measures is outside that section.
      if (sectionNumber !== null && !bareNumber(cellText(numCell)).startsWith(sectionNumber + '.')) {
        section = null;
        sectionNumber = null;
      }
      finish(current);
      current = start(cells, row);
      continue;
    }

    // A merged heading some exports repeat in every cell of the row counts as one cell.
    if (filled.length > 1 && typeof cells[filled[0]] === 'string' && filled.every((c) => cells[c] === cells[filled[0]])) {
      filled.length = 1;
    }
    if (filled.length === 1) {
      const c = filled[0];
      const text = cellText(cells[c]);
      const continuation = startsAsContinuation(text);
      const headingColumn = c === 0 || c === numberCol || c === titleCol;
      if (headingColumn && continuation && lastKind === 'section' && section !== null) {
        section = `${section} ${oneLine(text)}`;
        info('rows-merged', row, `продолжает заголовок раздела из строки ${sectionRow} и объединена с ним.`);
        continue;
      }
      if (headingColumn && !continuation && !looksLikeNumber(text)) {
        const titleOpen = current !== null && endsOpen(lastText((current as Builder).acc.get('title')));
        // In the title column of an unnumbered table, or after an unfinished title, it is the title's tail.
        const inTitle = c === titleCol && c !== 0 && c !== numberCol;
        if (!titleOpen && (!inTitle || numberingUsed || current === null)) {
          setSection(text, row);
          continue;
        }
      }
      const only = onlyCell(cells, c, width);
      if (current) {
        // Text in the number column belongs to the title.
        const redirect = c === numberCol && titleCol !== undefined ? { from: c, to: 'title' } : undefined;
        merge(current, only, row, redirect);
        continue;
      }
      current = start(only, row);
      continue;
    }

    if (!current) {
      current = start(cells, row);
      continue;
    }
    const cur: Builder = current;
    const title = titleCol === undefined ? '' : cellText(cells[titleCol] ?? null);
    const curTitle = cur.acc.get('title');
    const has = (col: number | undefined): boolean => col !== undefined && cells[col] !== null && cells[col] !== undefined;
    // In a numbered table an unnumbered row is a measure of its own only when it looks complete:
    // its own title (capitalised, the previous one finished), its own deadline and responsible.
    const own =
      title !== '' &&
      !startsAsContinuation(title) &&
      curTitle !== undefined &&
      !endsOpen(lastText(curTitle)) &&
      (!numberingUsed || (has(deadlineCol) && (respCol === undefined || has(respCol))));
    if (own) {
      finish(cur);
      current = start(cells, row);
    } else {
      merge(cur, cells, row);
    }
  }
  finish(current);
  if (trailing.length > 0 && out.length > 0) {
    const rowsText = trailing.map((t) => t.row).join(', ');
    const first = trailing[0].text.replace(/\s+/g, ' ').trim();
    info(
      'table-end',
      trailing[0].row,
      `после последнего мероприятия идёт текст без мероприятий (${trailing.length === 1 ? 'строка' : 'строки'} ${rowsText}: «${first.length > 60 ? `${first.slice(0, 59)}…` : first}»); он не проверяется как мероприятия.`,
    );
  }
  return { rows: out, diagnostics };
}

/** The row with only column `c` kept (the others of a repeated merged heading dropped). */
function onlyCell(cells: Cell[], c: number, width: number): Cell[] {
  const out: Cell[] = new Array(width).fill(null);
  out[c] = cells[c];
  return out;
}

/** Only the number and a title are filled, and nothing continued them. */
function isNumberedHeading(b: Builder): boolean {
  if (b.sourceRows.length !== 1 || !b.filledKeys.has('title')) return false;
  for (const k of b.filledKeys) if (k !== 'number' && k !== 'title') return false;
  return true;
}
