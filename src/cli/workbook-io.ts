/**
 * The command line's table store: .xlsx / .csv / .tsv / .txt files in and out as grids.
 *
 * Reading conventions (shared with the Sheets adapter, so the domain sees the same cells):
 *  - grid[r][c] is sheet row r+1, column c+1: leading empty rows and columns are kept, trailing
 *    empty cells of each row and trailing empty rows are trimmed (rows may be ragged).
 *  - Empty cells are null. A Date cell is "floating": its UTC fields are the wall-clock date
 *    (exceljs reads and writes Excel serials as UTC, so this holds both ways).
 *  - .xlsx: strings, numbers, booleans and Dates as stored; rich text as its plain text; formula
 *    cells as their cached result ("" when the file has none); error values as their text ("#REF!");
 *    a merged range holds its value in the master cell only (the others are null).
 *  - Hyperlinks: the cell value is the text the user sees (as Sheets' getValues gives it), or the
 *    URL when the cell shows no text. The URLs themselves are listed in SheetGrid.hyperlinks
 *    (also for =HYPERLINK("url"; "label") formulas), for callers that want evidence links.
 *  - .csv / .tsv / .txt: every cell is a string (no number or date conversion: the domain parses
 *    text). See parseDelimited for the (lenient) quoting rules and readDelimited for encodings.
 */
import { columnLetter } from '../domain/templates';
import ExcelJS from 'exceljs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Cell, Grid } from '../domain/types';

export interface HyperlinkRef {
  /** 0-based grid indices: the link belongs to grid[row][col]. */
  row: number;
  col: number;
  url: string;
}

export interface SheetGrid {
  name: string;
  grid: Grid;
  /** Set for hidden and "very hidden" worksheets of an .xlsx. */
  hidden?: true;
  /** Hyperlinks found in the sheet (.xlsx only); absent when there are none. */
  hyperlinks?: HyperlinkRef[];
}

export interface WorkbookData {
  file: string;
  sheets: SheetGrid[];
}

/** A file the command line cannot read; the message is Russian and names the file and the reason. */
export class UnreadableFileError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`Не удалось прочитать файл «${file}»: ${reason}`);
    this.name = 'UnreadableFileError';
    this.file = file;
    this.reason = reason;
  }
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const DELIMITED_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export async function readWorkbook(file: string): Promise<WorkbookData> {
  const ext = path.extname(file).toLowerCase();
  const bytes = await readBytes(file);
  if (XLSX_EXTENSIONS.has(ext)) {
    return { file, sheets: await readXlsx(file, bytes) };
  }
  if (DELIMITED_EXTENSIONS.has(ext)) {
    // An Excel book saved or renamed with a text extension: read it for what it is.
    if (isZip(bytes) || isOle2(bytes)) return { file, sheets: await readXlsx(file, bytes) };
    return { file, sheets: [readDelimited(file, bytes, ext)] };
  }
  throw new UnreadableFileError(file, unsupportedExtensionReason(ext));
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fsp.stat(file);
    if (stat.isDirectory()) throw new UnreadableFileError(file, 'это папка, а не файл');
    if (!stat.isFile()) throw new UnreadableFileError(file, 'это не обычный файл');
    return await fsp.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(file, fsErrorReason(e));
  }
}

function fsErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'файл не найден — проверьте путь и имя файла';
    case 'EISDIR':
      return 'это папка, а не файл';
    case 'EACCES':
    case 'EPERM':
      return 'нет прав на чтение файла';
    case 'EBUSY':
      return 'файл занят другой программой — закройте его и повторите';
    default:
      return `ошибка чтения (${e instanceof Error ? e.message : String(e)})`;
  }
}

function unsupportedExtensionReason(ext: string): string {
  const supported = 'поддерживаются .xlsx, .csv, .tsv и .txt';
  switch (ext) {
    case '':
      return `у файла нет расширения, формат неизвестен (${supported})`;
    case '.xls':
      return 'старый формат .xls не поддерживается — откройте файл в Excel и сохраните как «Книга Excel (*.xlsx)»';
    case '.ods':
      return 'формат .ods не поддерживается — сохраните файл как .xlsx';
    default:
      return `формат «${ext}» не поддерживается (${supported})`;
  }
}

function baseName(file: string): string {
  return path.basename(file, path.extname(file));
}

// --- .xlsx -----------------------------------------------------------------------------------

/** "PK\x03\x04": a zip, which an .xlsx is. */
function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** An OLE2 compound file: an old .xls, or an .xlsx encrypted with a password. */
function isOle2(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

async function readXlsx(file: string, bytes: Buffer): Promise<SheetGrid[]> {
  if (bytes.length === 0) return [{ name: baseName(file), grid: [] }];
  if (isOle2(bytes)) {
    throw new UnreadableFileError(
      file,
      'это книга старого формата .xls или книга, защищённая паролем — снимите пароль и сохраните файл как «Книга Excel (*.xlsx)»',
    );
  }
  if (!isZip(bytes)) {
    throw new UnreadableFileError(file, 'файл повреждён или не является книгой Excel (.xlsx)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings predate Buffer<ArrayBufferLike>; the runtime accepts any Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
    throw new UnreadableFileError(file, `файл повреждён или не является книгой Excel (.xlsx)${detail}`);
  }
  const sheets: SheetGrid[] = [];
  // workbook.worksheets is in tab order (exceljs sorts by the workbook's sheet order).
  for (const ws of workbook.worksheets) {
    sheets.push(readWorksheet(ws));
  }
  return sheets;
}

function readWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const grid: Cell[][] = [];
  const hyperlinks: HyperlinkRef[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      while (cells.length < c) cells.push(null);
      if (cell.type === ExcelJS.ValueType.Merge) {
        cells.push(null);
        return;
      }
      const link: { url?: string } = {};
      cells.push(xlsxValue(cell.value, link));
      if (link.url) hyperlinks.push({ row: r, col: c, url: link.url });
    });
    while (grid.length < r) grid.push([]);
    grid[r] = cells;
  });
  const out: SheetGrid = { name: ws.name, grid: trimGrid(grid) };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') out.hidden = true;
  if (hyperlinks.length) out.hyperlinks = hyperlinks;
  return out;
}

const HYPERLINK_FORMULA = /^\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i;

/** One exceljs cell value as a Cell; `link.url` is set when the cell carries a hyperlink. */
function xlsxValue(v: ExcelJS.CellValue | undefined, link: { url?: string }): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v !== 'object') return String(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return richText(o.richText) || null;
  if (typeof o.hyperlink === 'string') {
    const url = o.hyperlink;
    link.url = url;
    const t = o.text;
    const text =
      typeof t === 'string'
        ? t
        : t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)
          ? richText((t as { richText: unknown[] }).richText)
          : '';
    return text !== '' ? text : url || null;
  }
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = typeof o.formula === 'string' ? o.formula : '';
    const m = HYPERLINK_FORMULA.exec(formula);
    if (m) link.url = m[1].replace(/""/g, '"');
    if (o.result === undefined || o.result === null) return '';
    const res = xlsxValue(o.result as ExcelJS.CellValue, {});
    return res === null ? '' : res;
  }
  if (typeof o.error === 'string') return o.error;
  if ('text' in o && typeof o.text === 'string') return o.text || null;
  return null;
}

function richText(runs: unknown[]): string {
  let s = '';
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === 'string') s += t;
  }
  return s;
}

function isBlank(v: Cell): boolean {
  return v === null || v === '';
}

/** Drops trailing empty cells of each row, then trailing empty rows. Mutates and returns `grid`. */
function trimGrid(grid: Cell[][]): Cell[][] {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    let n = row.length;
    while (n > 0 && isBlank(row[n - 1])) n--;
    row.length = n;
    grid[r] = row;
  }
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].length === 0) rows--;
  grid.length = rows;
  return grid;
}

// --- .csv / .tsv / .txt ------------------------------------------------------------------------

/**
 * Bytes to text: a UTF-8 BOM or no BOM → UTF-8; a UTF-16 BOM (Excel's «Текст Юникод») → UTF-16;
 * bytes that are not valid UTF-8 → Windows-1251 (Russian Excel's «CSV (разделители — запятые)»).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

function readDelimited(file: string, bytes: Buffer, ext: string): SheetGrid {
  const text = decodeText(bytes);
  const delimiter = ext === '.tsv' ? '\t' : detectDelimiter(text, ext === '.txt' ? ['\t', ';', ','] : [';', ',', '\t']);
  const rows = parseDelimited(text, delimiter);
  // Word's manual line break (Shift+Enter) travels as a vertical tab in copied text.
  const grid: Cell[][] = rows.map((row) => row.map((v) => (v === '' ? null : v.replace(/\v/g, '\n'))));
  return { name: baseName(file), grid: trimGrid(grid) };
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const TAB = 9;

/**
 * Splits delimited text into records and fields (RFC 4180, made lenient so it never fails):
 *  - a field that starts with `"` is a quoted field only if its quoted form is clean: every inner
 *    quote doubled, the closing quote followed by the delimiter, a line break or the end. Such a
 *    field may hold delimiters and line breaks — except that with a tab delimiter it may not hold
 *    a tab: a quote that opens a cell of text copied out of Word and one that ends a later cell
 *    would otherwise swallow everything between them;
 *  - any other field — including one that starts with `"` but does not close cleanly — runs to
 *    the next delimiter or line break, with every quote taken literally. So text copied out of
 *    Word («ЦДО» "лучшие) splits on tabs and line breaks only;
 *  - records end at \r\n, \n or \r; a final line break does not start an empty record.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return rows;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value: string | undefined;
    if (text.charCodeAt(i) === QUOTE) {
      const q = quotedField(text, i, d);
      if (q) {
        value = q.value;
        i = q.end;
      }
    }
    if (value === undefined) {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === CR || c === LF) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/** The clean quoted field starting at `start`, or null when it does not parse cleanly. */
function quotedField(text: string, start: number, d: number): { value: string; end: number } | null {
  const n = text.length;
  let value = '';
  let p = start + 1;
  for (;;) {
    const q = text.indexOf('"', p);
    if (q < 0) return null;
    const chunk = text.slice(p, q);
    if (d === TAB && chunk.includes('\t')) return null;
    value += chunk;
    if (text.charCodeAt(q + 1) === QUOTE) {
      value += '"';
      p = q + 2;
      continue;
    }
    const end = q + 1;
    if (end >= n) return { value, end };
    const c = text.charCodeAt(end);
    return c === d || c === CR || c === LF ? { value, end } : null;
  }
}

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * Picks the delimiter whose field count is the most consistent over the first records (outside
 * quotes): Russian Excel writes `;` while the text itself is full of commas. Ties go to the
 * candidate listed first; with no candidate splitting anything, the first one.
 */
export function detectDelimiter(text: string, candidates: string[]): string {
  const truncated = text.length > SAMPLE_CHARS;
  const sample = truncated ? text.slice(0, SAMPLE_CHARS) : text;
  let best = candidates[0];
  let bestScore = [0, 0];
  for (const d of candidates) {
    let records = parseDelimited(sample, d);
    if (truncated && records.length > 1) records = records.slice(0, -1);
    const counts = records
      .slice(0, SAMPLE_RECORDS)
      .filter((r) => r.length > 1 || r[0] !== '')
      .map((r) => r.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const k of counts) freq.set(k, (freq.get(k) ?? 0) + 1);
    let mode = 1;
    let modeFreq = 0;
    for (const [k, f] of freq) {
      if (f > modeFreq || (f === modeFreq && k > mode)) {
        mode = k;
        modeFreq = f;
      }
    }
    if (mode <= 1) continue;
    const score = [modeFreq / counts.length, mode];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

export interface ColumnOut {
  /** When any column has a header, a header row is written as sheet row 1 and `rows` follow it. */
  header?: string;
  /** In Excel character widths. */
  width?: number;
  /** Number format of the whole column, e.g. "@" for text. */
  numFmt?: string;
}

export interface ValidationOut {
  /** 0-based column index. */
  col: number;
  /** 1-based sheet rows, inclusive. */
  fromRow: number;
  toRow: number;
  /** Allowed values; a drop-down list in Excel. */
  list: string[];
}

export interface SheetOut {
  name: string;
  rows: Cell[][];
  columns?: ColumnOut[];
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  validations?: ValidationOut[];
  /** 1-based sheet rows set in bold. */
  boldRows?: number[];
  /** Solid fills: row is a 1-based sheet row, col a 0-based column index, argb like "FFFFC7CE". */
  fills?: { row: number; col: number; argb: string }[];
  hidden?: boolean;
}

const DATE_FORMAT = 'dd.mm.yyyy';
/** Excel caps an inline list (the quoted "a,b,c" formula) at 255 characters. */
const INLINE_LIST_MAX = 255;
const LISTS_SHEET = 'Списки';

type ValidationsApi = { add(address: string, validation: ExcelJS.DataValidation): void };

/**
 * Writes an .xlsx with exceljs. Strings are always text — a string starting with "=" is stored
 * as a string, never as a formula. Dates become date cells shown as dd.mm.yyyy. Sheet names are
 * made valid for Excel (no []:*?/\, at most 31 characters, unique). A drop-down list that cannot
 * be written inline (an item holding a comma, or longer than Excel allows) is kept on a "very
 * hidden" sheet «Списки», which readWorkbook then reports with `hidden: true`. Non-finite numbers
 * are written as empty cells.
 */
export async function writeWorkbook(file: string, sheets: SheetOut[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  const lists: string[][] = [];
  const out = sheets.length ? sheets : [{ name: 'Лист1', rows: [] }];
  const listSheetName = uniqueSheetName(LISTS_SHEET, new Set(out.map((s) => s.name.toLowerCase())));

  for (const sheet of out) {
    const ws = workbook.addWorksheet(uniqueSheetName(sheet.name, used), {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: sheet.frozenRows ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }] : undefined,
    });
    const columns = sheet.columns ?? [];
    columns.forEach((col, i) => {
      const column = ws.getColumn(i + 1);
      if (col.width !== undefined) column.width = col.width;
      if (col.numFmt) column.numFmt = col.numFmt;
    });
    let rowNumber = 1;
    if (columns.some((c) => c.header !== undefined)) {
      writeRow(ws, rowNumber++, columns.map((c) => c.header ?? null));
    }
    for (const row of sheet.rows) writeRow(ws, rowNumber++, row);

    for (const r of sheet.boldRows ?? []) {
      // Sets the font of the row's existing cells and of cells added to it later.
      ws.getRow(r).font = { bold: true };
    }
    for (const f of sheet.fills ?? []) {
      ws.getCell(f.row, f.col + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f.argb } };
    }
    const validations = (ws as unknown as { dataValidations: ValidationsApi }).dataValidations;
    for (const v of sheet.validations ?? []) {
      if (!v.list.length || v.toRow < v.fromRow) continue;
      const letter = columnLetter(v.col);
      validations.add(`${letter}${v.fromRow}:${letter}${v.toRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(v.list, lists, listSheetName)],
      });
    }
  }

  if (lists.length) {
    const ws = workbook.addWorksheet(listSheetName, { state: 'veryHidden' });
    lists.forEach((list, c) => list.forEach((item, r) => (ws.getCell(r + 1, c + 1).value = item)));
  }
  await workbook.xlsx.writeFile(file);
}

function writeRow(ws: ExcelJS.Worksheet, rowNumber: number, values: Cell[]): void {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number' && !Number.isFinite(v)) return;
    if (v instanceof Date && Number.isNaN(v.getTime())) return;
    const cell = row.getCell(i + 1);
    // A plain JS string is always a string cell in exceljs (formulas need a { formula } object).
    cell.value = v;
    if (v instanceof Date) cell.numFmt = DATE_FORMAT;
  });
}

function listFormula(list: string[], lists: string[][], listSheetName: string): string {
  const inline = `"${list.map((s) => s.replace(/"/g, '""')).join(',')}"`;
  if (!list.some((s) => s.includes(',')) && inline.length - 2 <= INLINE_LIST_MAX) return inline;
  lists.push(list);
  const letter = columnLetter(lists.length - 1);
  return `'${listSheetName.replace(/'/g, "''")}'!$${letter}$1:$${letter}$${list.length}`;
}

export { columnLetter };

function uniqueSheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Лист';
  base = base.slice(0, 31);
  let candidate = base;
  for (let k = 2; used.has(candidate.toLowerCase()); k++) {
    const suffix = ` (${k})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Writes a delimited text file: UTF-8 with a BOM (so Excel recognises Cyrillic), \r\n line ends,
 * cells quoted only when they hold the delimiter, a quote or a line break. The delimiter defaults
 * to a tab for .tsv and to `;` otherwise (what Russian Excel expects when it opens a .csv). With a
 * tab delimiter a cell's own tabs become spaces (parseDelimited does not allow tabs in cells).
 * Dates are written as dd.mm.yyyy, booleans as TRUE/FALSE, null as an empty cell.
 * Note: CSV has no way to mark text, so Excel will still evaluate a cell like "=1+1" on opening.
 */
export async function writeDelimited(file: string, grid: Cell[][], delimiter?: string): Promise<void> {
  const d = delimiter ?? (path.extname(file).toLowerCase() === '.tsv' ? '\t' : ';');
  const text = d === '\t' ? (v: Cell) => cellText(v).replace(/\t/g, ' ') : cellText;
  const lines = grid.map((row) => row.map((v) => quoteField(text(v), d)).join(d));
  const body = lines.length ? lines.join('\r\n') + '\r\n' : '';
  await fsp.writeFile(file, '\uFEFF' + body, 'utf8');
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : formatDate(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** dd.mm.yyyy of a floating Date (its UTC fields). */
function formatDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${String(d.getUTCFullYear()).padStart(4, '0')}`;
}

function quoteField(s: string, d: string): string {
  if (s.includes(d) || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}
