/**
 * The pass over the rows below the header: page-break debris out (repeated headers, separator
 * lines, column-number rows), section headings noted, rows split across pages merged back.
 * One pass, each cell looked at a bounded number of times. The state of the pass (the measure being
 * built, the section in force, the text rows since the last measure) lives in one object; each kind
 * of row has its own method.
 */
import { type Cell, type Diagnostic, type Field, type TableRow, ALL_FIELDS } from '../core/types';
import { MIN_HEADER_SCORE, scoreHeaderText } from './header';
import {
  SEPARATOR_RE,
  accText,
  accValue,
  append,
  bareNumber,
  emptyExtra,
  firstCell,
  isNumberedHeading,
  isNumberedUnder,
  lastText,
  measureValues,
  oneLine,
  onlyCell,
  type Acc,
  type Builder,
  type RowPassInput,
  type RowPassOutput,
} from './rows';
import { endsOpen, looksLikeNumber, startsAsContinuation } from './sniff';
import { UNKNOWN_FOLD, cellText, firstCodeOfFolded, fold, foldedFirstCode } from './text';

class RowPass {
  readonly out: TableRow[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** The slot of each column's piece in a Builder's `acc` (-1: the column is not kept). */
  private readonly slotOfCol: number[];
  private readonly fieldOfCol: Array<Field | undefined>;
  /** The slot of each of ALL_FIELDS (-1: not mapped), for measureValues. */
  private readonly slotOfField: Int32Array;
  /** Unknown columns' keys with their slots (parallel arrays: no pair to destructure a row). */
  private readonly extraKeys: string[];
  private readonly extraSlots: number[];
  private readonly slotCount: number;
  /** The unknown columns' keys, in output order, all null: what each measure's `extra` starts from. */
  private readonly extraTemplate: Record<string, Cell> = {};
  private readonly titleSlot: number;
  private readonly numberSlot: number;
  /** Filled columns of the row being looked at (reused: no array a row). */
  private readonly filled: number[] = [];
  /** How many of `filled` are the row's (its length is never cut: a cut array grows its store again). */
  private filledN = 0;
  private current: Builder | null = null;
  /** The last text folded in each column by the repeated-header test, and its folded form. */
  private readonly lastText: string[] = [];
  private readonly lastFolded: string[] = [];
  /** A finished builder, to be reused by `start`. */
  private spare: Builder | null = null;
  private section: string | null = null;
  private sectionRow = 0;
  /** Number of a numbered heading row («2.» above «2.1», «2.2»), which bounds its section. */
  private sectionNumber: string | null = null;
  private lastKind: 'none' | 'section' | 'measure' = 'none';
  private lastTask: Cell = null;
  private lastTaskSection: string | null = null;
  /** Heading-like text rows since the last measure: after the last one they are a signature, not a section. */
  private readonly trailing: Array<{ row: number; text: string }> = [];

  constructor(private readonly input: RowPassInput) {
    const { width, fields, unknown } = input;
    const keyOf: Array<string | undefined> = new Array(width).fill(undefined);
    this.fieldOfCol = new Array(width).fill(undefined);
    const slotOfKey = new Map<string, number>();
    for (const [f, c] of Object.entries(fields) as Array<[Field, number]>) {
      keyOf[c] = f;
      this.fieldOfCol[c] = f;
      slotOfKey.set(f, slotOfKey.size);
    }
    for (const u of unknown) {
      keyOf[u.index] = `x${u.index}`;
      slotOfKey.set(`x${u.index}`, slotOfKey.size);
    }
    const slot = (key: string): number => slotOfKey.get(key) ?? -1;
    this.slotOfCol = keyOf.map((k) => (k === undefined ? -1 : slot(k)));
    this.slotOfField = Int32Array.from(ALL_FIELDS, (f) => (fields[f] === undefined ? -1 : slot(f)));
    this.extraKeys = unknown.map((u) => u.key);
    this.extraSlots = unknown.map((u) => slot(`x${u.index}`));
    this.slotCount = slotOfKey.size;
    for (const key of this.extraKeys) this.extraTemplate[key] = null;
    this.titleSlot = slot('title');
    this.numberSlot = slot('number');
  }

  private info(code: string, row: number, message: string): void {
    this.diagnostics.push({ code, severity: 'info', row, field: null, message });
  }

  private finish(b: Builder | null): void {
    if (!b) return;
    const values = measureValues(b.acc, this.slotOfField);
    // A merged «Задачи» cell spans its measures: the task carries down within the section.
    if (this.input.fields.task !== undefined) {
      if (values.task === null && this.lastTaskSection === b.section) values.task = this.lastTask;
      this.lastTask = values.task ?? null;
      this.lastTaskSection = b.section;
    }
    // Without unknown columns, a small empty object. Else a copy of a template with every key in
    // place: stores by a computed key to a fresh {} make a new hidden class a key; stores to existing keys do not.
    const extra: Record<string, Cell> = this.extraKeys.length === 0 ? emptyExtra() : { ...this.extraTemplate };
    for (let k = 0; k < this.extraKeys.length; k++) extra[this.extraKeys[k]] = accValue(b.acc[this.extraSlots[k]]);
    this.out.push({ row: b.row, sourceRows: b.sourceRows, section: b.section, values, extra });
    // Nothing refers to a finished builder: the next measure reuses it and its slots (no two objects a row).
    this.spare = b;
  }

  private start(cells: Cell[], row: number): Builder {
    // Setting the length is a call even when it is 0 already.
    if (this.trailing.length > 0) this.trailing.length = 0;
    const b = this.spare ?? { row, sourceRows: [], section: null, acc: new Array<Acc | undefined>(this.slotCount), filledCount: 0 };
    this.spare = null;
    b.row = row;
    b.sourceRows = [row];
    b.section = this.section;
    // A loop, not fill(): a builtin call on an array of a few slots costs more than the stores.
    const acc = b.acc;
    for (let k = 0; k < acc.length; k++) acc[k] = undefined;
    b.filledCount = 0;
    for (let c = 0; c < this.input.width; c++) {
      const slot = this.slotOfCol[c];
      const cell = cells[c];
      if (slot < 0 || cell === null || cell === undefined) continue;
      b.acc[slot] = cell;
      b.filledCount++;
    }
    this.lastKind = 'measure';
    return b;
  }

  /** `redirect`: the piece of column `from` goes to slot `to` instead of its own. */
  private merge(b: Builder, cells: Cell[], row: number, redirect?: { from: number; to: number }): void {
    for (let c = 0; c < this.input.width; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const slot = redirect && redirect.from === c ? redirect.to : this.slotOfCol[c];
      if (slot < 0) continue;
      const a = b.acc[slot];
      if (a !== undefined) b.acc[slot] = append(a, cell);
      else {
        b.acc[slot] = cell;
        b.filledCount++;
      }
    }
    b.sourceRows.push(row);
    this.info('rows-merged', row, `продолжает мероприятие из строки ${b.row} (разрыв страницы) и объединена с ним.`);
  }

  private setSection(text: string, row: number): void {
    this.trailing.push({ row, text });
    this.finish(this.current);
    this.current = null;
    this.section = oneLine(text);
    this.sectionNumber = null;
    this.sectionRow = row;
    this.lastKind = 'section';
    this.lastTask = null;
  }

  /** fold(t) for a cell of column c: a repeated header repeats its texts, so the column's last one is kept. */
  private folded(t: string, c: number): string {
    if (!t) return '';
    if (this.lastText[c] === t) return this.lastFolded[c];
    const f = fold(t);
    this.lastText[c] = t;
    this.lastFolded[c] = f;
    return f;
  }

  private isRepeatedHeader(cells: Cell[]): boolean {
    const width = this.input.width;
    // Identical (folded) to a header row.
    const headers = this.input.headerFolded;
    for (let k = 0; k < headers.length; k++) {
      const h = headers[k];
      let same = true;
      for (let c = 0; c < width && same; c++) {
        const cell = cells[c];
        const t = cell === null || cell === undefined ? '' : cellText(cell);
        const folded = h[c] ?? '';
        if (t.length > 300) same = false;
        // Most rows differ from the header in their first cell's first letter: no fold needed.
        else {
          const first = foldedFirstCode(t);
          same = first !== UNKNOWN_FOLD && first !== firstCodeOfFolded(folded) ? false : this.folded(t, c) === folded;
        }
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
      const f = this.fieldOfCol[c];
      const best = scoreHeaderText(cell)[0];
      if (!f || !best || best.score < MIN_HEADER_SCORE || best.field !== f) return false;
    }
    return filled >= 2;
  }

  private isColumnNumbers(cells: Cell[]): boolean {
    let expect = 1;
    for (let c = 0; c < this.input.width; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      // «3» or «3.»: two comparisons instead of a replace(/\.$/, '') a row.
      const t = cellText(cell);
      const want = String(expect);
      // «3.» is compared as «3» and a dot: no «3.» made a row.
      if (t !== want && !(t.length === want.length + 1 && t.charCodeAt(want.length) === 46 && t.startsWith(want))) return false;
      expect++;
    }
    return expect > 3;
  }

  /** A row whose number cell holds a number: a new measure, or the first child of a numbered heading. */
  private numberedRow(cells: Cell[], row: number, numCell: Cell): void {
    const cur = this.current;
    // «1. | Организационные меры» with nothing else, followed by «1.1»: a numbered heading.
    if (cur && isNumberedHeading(cur, this.titleSlot, this.numberSlot)) {
      const parentNumber = cellText(this.numberSlot >= 0 ? firstCell(cur.acc[this.numberSlot]) : null);
      const parent = bareNumber(parentNumber);
      if (parent && isNumberedUnder(bareNumber(cellText(numCell)), parent)) {
        this.current = null;
        this.setSection(`${parentNumber} ${accText(cur.acc[this.titleSlot] as Acc)}`, cur.row);
        this.sectionNumber = parent;
        this.current = this.start(cells, row);
        return;
      }
    }
    // «3.» after the heading «2.» and its «2.x» measures is outside that section.
    if (this.sectionNumber !== null && !isNumberedUnder(bareNumber(cellText(numCell)), this.sectionNumber)) {
      this.section = null;
      this.sectionNumber = null;
    }
    this.finish(this.current);
    this.current = this.start(cells, row);
  }

  /** A row with one filled cell: a section heading, its continuation, or the tail of the measure above. */
  private singleCellRow(cells: Cell[], row: number, c: number): void {
    const { numberCol, titleCol } = { numberCol: this.input.fields.number, titleCol: this.input.fields.title };
    const text = cellText(cells[c]);
    const continuation = startsAsContinuation(text);
    const headingColumn = c === 0 || c === numberCol || c === titleCol;
    if (headingColumn && continuation && this.lastKind === 'section' && this.section !== null) {
      this.section = `${this.section} ${oneLine(text)}`;
      this.info('rows-merged', row, `продолжает заголовок раздела из строки ${this.sectionRow} и объединена с ним.`);
      return;
    }
    if (headingColumn && !continuation && !looksLikeNumber(text)) {
      const titleOpen = this.current !== null && endsOpen(lastText(this.titleSlot < 0 ? undefined : this.current.acc[this.titleSlot]));
      // In the title column of an unnumbered table, or after an unfinished title, it is the title's tail.
      const inTitle = c === titleCol && c !== 0 && c !== numberCol;
      if (!titleOpen && (!inTitle || this.input.numberingUsed || this.current === null)) {
        this.setSection(text, row);
        return;
      }
    }
    const only = onlyCell(cells, c, this.input.width);
    if (this.current) {
      // Text in the number column belongs to the title.
      const redirect = c === numberCol && titleCol !== undefined ? { from: c, to: this.titleSlot } : undefined;
      this.merge(this.current, only, row, redirect);
      return;
    }
    this.current = this.start(only, row);
  }

  /** A row of several cells without a number: a measure of its own, or the rest of the one above. */
  private unnumberedRow(cells: Cell[], row: number): void {
    const cur = this.current;
    if (!cur) {
      this.current = this.start(cells, row);
      return;
    }
    const { title: titleCol, deadline: deadlineCol, responsible: respCol } = this.input.fields;
    const title = titleCol === undefined ? '' : cellText(cells[titleCol] ?? null);
    const curTitle = this.titleSlot < 0 ? undefined : cur.acc[this.titleSlot];
    const has = (col: number | undefined): boolean => col !== undefined && cells[col] !== null && cells[col] !== undefined;
    // In a numbered table an unnumbered row is a measure of its own only when it looks complete:
    // its own title (capitalised, the previous one finished), its own deadline and responsible.
    const own =
      title !== '' &&
      !startsAsContinuation(title) &&
      curTitle !== undefined &&
      !endsOpen(lastText(curTitle)) &&
      (!this.input.numberingUsed || (has(deadlineCol) && (respCol === undefined || has(respCol))));
    if (own) {
      this.finish(cur);
      this.current = this.start(cells, row);
    } else {
      this.merge(cur, cells, row);
    }
  }

  /** Every filled cell is a separator line («-----», «____»). A loop, not `every`: no closure a row. */
  private allSeparators(cells: Cell[]): boolean {
    for (let k = 0; k < this.filledN; k++) {
      const cell = cells[this.filled[k]];
      if (typeof cell !== 'string' || !SEPARATOR_RE.test(cell)) return false;
    }
    return true;
  }

  /** Every filled cell holds the first one's value (a merged heading repeated across the row). */
  private allSame(cells: Cell[]): boolean {
    const first = cells[this.filled[0]];
    for (let k = 1; k < this.filledN; k++) if (cells[this.filled[k]] !== first) return false;
    return true;
  }

  /** One row below the header, by what it is. */
  row(cells: Cell[], row: number): void {
    const filled = this.filled;
    let count = 0;
    // Rows are ragged (never padded to the table's width): only the row's own cells are looked at.
    const n = Math.min(this.input.width, cells.length);
    for (let c = 0; c < n; c++) if (cells[c] !== null && cells[c] !== undefined) filled[count++] = c;
    this.filledN = count;
    if (count === 0) return;
    if (this.allSeparators(cells)) return;
    if (this.isRepeatedHeader(cells)) return this.info('header-repeated', row, 'повтор строки заголовка (разрыв страницы) пропущен.');
    if (this.isColumnNumbers(cells)) return this.info('column-numbers-row', row, 'строка с номерами столбцов (1, 2, 3…) пропущена.');
    const numberCol = this.input.fields.number;
    const numCell = numberCol === undefined ? null : cells[numberCol];
    if (numCell !== null && numCell !== undefined && looksLikeNumber(numCell)) return this.numberedRow(cells, row, numCell);
    // A merged heading some exports repeat in every cell of the row counts as one cell.
    if (count > 1 && typeof cells[filled[0]] === 'string' && this.allSame(cells)) this.filledN = 1;
    if (this.filledN === 1) return this.singleCellRow(cells, row, filled[0]);
    this.unnumberedRow(cells, row);
  }

  /** The last measure closed; text rows after it are reported as the end of the table. */
  end(): RowPassOutput {
    this.finish(this.current);
    this.current = null;
    const trailing = this.trailing;
    if (trailing.length > 0 && this.out.length > 0) {
      const rowsText = trailing.map((t) => t.row).join(', ');
      const first = trailing[0].text.replace(/\s+/g, ' ').trim();
      this.info(
        'table-end',
        trailing[0].row,
        `после последнего мероприятия идёт текст без мероприятий (${trailing.length === 1 ? 'строка' : 'строки'} ${rowsText}: «${first.length > 60 ? `${first.slice(0, 59)}…` : first}»); он не проверяется как мероприятия.`,
      );
    }
    return { rows: this.out, diagnostics: this.diagnostics };
  }
}

export function rowPass(input: RowPassInput): RowPassOutput {
  const pass = new RowPass(input);
  for (let i = 0; i < input.rows.length; i++) pass.row(input.rows[i], input.firstRow + i);
  return pass.end();
}
