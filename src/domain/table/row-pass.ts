/**
 * The pass over the rows below the header: page-break debris out (repeated headers, separator
 * lines, column-number rows), section headings noted, rows split across pages merged back.
 * One pass, each cell looked at a bounded number of times. The state of the pass (the measure being
 * built, the section in force, the text rows since the last measure) lives in one object; each kind
 * of row has its own method.
 */
import { type Cell, type Diagnostic, type Field, type TableRow, MEASURE_FIELDS, TRACKING_FIELDS } from '../core/types';
import { MIN_HEADER_SCORE, scoreHeaderText } from './header';
import {
  SEPARATOR_RE,
  accText,
  accValue,
  append,
  bareNumber,
  isNumberedHeading,
  lastText,
  oneLine,
  onlyCell,
  type Acc,
  type Builder,
  type RowPassInput,
  type RowPassOutput,
} from './rows';
import { endsOpen, looksLikeNumber, startsAsContinuation } from './sniff';
import { cellText, fold } from './text';

const ALL_FIELDS: readonly Field[] = [...MEASURE_FIELDS, ...TRACKING_FIELDS];

class RowPass {
  readonly out: TableRow[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly keyOf: Array<string | undefined>;
  private readonly fieldOfCol: Array<Field | undefined>;
  private readonly mappedFields: Field[];
  private current: Builder | null = null;
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
    this.keyOf = new Array(width).fill(undefined);
    this.fieldOfCol = new Array(width).fill(undefined);
    for (const [f, c] of Object.entries(fields) as Array<[Field, number]>) {
      this.keyOf[c] = f;
      this.fieldOfCol[c] = f;
    }
    for (const u of unknown) this.keyOf[u.index] = `x${u.index}`;
    this.mappedFields = ALL_FIELDS.filter((f) => fields[f] !== undefined);
  }

  private info(code: string, row: number, message: string): void {
    this.diagnostics.push({ code, severity: 'info', row, field: null, message });
  }

  private finish(b: Builder | null): void {
    if (!b) return;
    const values: Partial<Record<Field, Cell>> = {};
    for (const f of this.mappedFields) values[f] = accValue(b.acc.get(f));
    // A merged «Задачи» cell spans its measures: the task carries down within the section.
    if (this.input.fields.task !== undefined) {
      if (values.task === null && this.lastTaskSection === b.section) values.task = this.lastTask;
      this.lastTask = values.task ?? null;
      this.lastTaskSection = b.section;
    }
    const extra: Record<string, Cell> = {};
    for (const u of this.input.unknown) extra[u.key] = accValue(b.acc.get(`x${u.index}`));
    this.out.push({ row: b.row, sourceRows: b.sourceRows, section: b.section, values, extra });
  }

  private start(cells: Cell[], row: number): Builder {
    this.trailing.length = 0;
    const b: Builder = { row, sourceRows: [row], section: this.section, acc: new Map(), filledKeys: new Set() };
    for (let c = 0; c < this.input.width; c++) {
      const key = this.keyOf[c];
      const cell = cells[c];
      if (key === undefined || cell === null || cell === undefined) continue;
      b.acc.set(key, { first: cell, parts: null });
      b.filledKeys.add(key);
    }
    this.lastKind = 'measure';
    return b;
  }

  private merge(b: Builder, cells: Cell[], row: number, redirect?: { from: number; to: string }): void {
    for (let c = 0; c < this.input.width; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const key = redirect && redirect.from === c ? redirect.to : this.keyOf[c];
      if (key === undefined) continue;
      const a = b.acc.get(key);
      if (a) append(a, cell);
      else b.acc.set(key, { first: cell, parts: null });
      b.filledKeys.add(key);
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

  private isRepeatedHeader(cells: Cell[]): boolean {
    const width = this.input.width;
    // Identical (folded) to a header row.
    for (const h of this.input.headerFolded) {
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
      const t = cellText(cell).replace(/\.$/, '');
      if (t !== String(expect)) return false;
      expect++;
    }
    return expect > 3;
  }

  /** A row whose number cell holds a number: a new measure, or the first child of a numbered heading. */
  private numberedRow(cells: Cell[], row: number, numCell: Cell): void {
    const cur = this.current;
    // «1. | Организационные меры» with nothing else, followed by «1.1»: a numbered heading.
    if (cur && isNumberedHeading(cur)) {
      const parentNumber = cellText(cur.acc.get('number')?.first ?? null);
      const parent = bareNumber(parentNumber);
      if (parent && bareNumber(cellText(numCell)).startsWith(parent + '.')) {
        this.current = null;
        this.setSection(`${parentNumber} ${accText(cur.acc.get('title') as Acc)}`, cur.row);
        this.sectionNumber = parent;
        this.current = this.start(cells, row);
        return;
      }
    }
    // «3.» after the heading «2.» and its «2.x» measures is outside that section.
    if (this.sectionNumber !== null && !bareNumber(cellText(numCell)).startsWith(this.sectionNumber + '.')) {
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
      const titleOpen = this.current !== null && endsOpen(lastText(this.current.acc.get('title')));
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
      const redirect = c === numberCol && titleCol !== undefined ? { from: c, to: 'title' } : undefined;
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
    const curTitle = cur.acc.get('title');
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

  /** One row below the header, by what it is. */
  row(cells: Cell[], row: number): void {
    const filled: number[] = [];
    // Rows are ragged (never padded to the table's width): only the row's own cells are looked at.
    const n = Math.min(this.input.width, cells.length);
    for (let c = 0; c < n; c++) if (cells[c] !== null && cells[c] !== undefined) filled.push(c);
    if (filled.length === 0) return;
    if (filled.every((c) => typeof cells[c] === 'string' && SEPARATOR_RE.test(cells[c] as string))) return;
    if (this.isRepeatedHeader(cells)) return this.info('header-repeated', row, 'повтор строки заголовка (разрыв страницы) пропущен.');
    if (this.isColumnNumbers(cells)) return this.info('column-numbers-row', row, 'строка с номерами столбцов (1, 2, 3…) пропущена.');
    const numberCol = this.input.fields.number;
    const numCell = numberCol === undefined ? null : cells[numberCol];
    if (numCell !== null && numCell !== undefined && looksLikeNumber(numCell)) return this.numberedRow(cells, row, numCell);
    // A merged heading some exports repeat in every cell of the row counts as one cell.
    if (filled.length > 1 && typeof cells[filled[0]] === 'string' && filled.every((c) => cells[c] === cells[filled[0]])) filled.length = 1;
    if (filled.length === 1) return this.singleCellRow(cells, row, filled[0]);
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
