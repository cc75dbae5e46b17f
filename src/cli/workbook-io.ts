/**
 * The command line's table store: .xlsx / .csv / .tsv / .txt files in and out as grids, .docx
 * tables in (see ./docx).
 *
 * Reading conventions (shared with the Sheets adapter, so the domain sees the same cells):
 *  - grid[r][c] is sheet row r+1, column c+1: leading empty rows and columns are kept, trailing
 *    empty cells of each row and trailing empty rows are trimmed (rows may be ragged).
 *  - Empty cells are null. A Date cell is "floating": its UTC fields are the wall-clock date
 *    (exceljs reads and writes Excel serials as UTC, so this holds both ways).
 *  - .xlsx: strings, numbers, booleans and Dates as stored; rich text as its plain text; formula
 *    cells as their cached result ("" when the file has none); error values as their text ("#REF!");
 *    a merged range holds its value in the master cell only (the others are null), and is listed
 *    in SheetGrid.merges; number formats other than General are in SheetGrid.formats (a percent
 *    cell is the number 1 with «0%», as Sheets hands it over).
 *  - Hyperlinks: the cell value is the text the user sees (as Sheets' getValues gives it), or the
 *    URL when the cell shows no text. The URLs themselves are listed in SheetGrid.hyperlinks
 *    (also for =HYPERLINK("url"; "label") formulas), for callers that want evidence links.
 *  - .csv / .tsv / .txt: every cell is a string (no number or date conversion: the domain parses
 *    text). See parseDelimited for the (lenient) quoting rules and readDelimited for encodings.
 */
import type ExcelJS from 'exceljs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Cell, CellLayout, CellRange, Grid } from '../domain/core/types';
import { findRegion, type OutsideCell } from '../domain/table/region';
import { detectDelimiter, parseDelimited } from './delimited';
import { decodeText } from './text-encoding';
import { loadExcelJs, loadJsZip } from './excel';
import { UnreadableFileError, isOle2, isZip } from './unreadable';
import { looksLikeDocx, oldDocReason, readDocx } from './docx';

export { UnreadableFileError } from './unreadable';

/** exceljs, loaded lazily by the first .xlsx read (see ./excel). */
let excel: typeof ExcelJS;

export interface HyperlinkRef {
  /** 0-based grid indices: the link belongs to grid[row][col]. */
  row: number;
  col: number;
  url: string;
}

/** A sheet of a file; `merges` and `formats` (CellLayout) as the file stores them. */
export interface SheetGrid extends CellLayout {
  name: string;
  grid: Grid;
  /** Set for hidden and "very hidden" worksheets of an .xlsx. */
  hidden?: true;
  /** Hyperlinks found in the sheet (.xlsx only); absent when there are none. */
  hyperlinks?: HyperlinkRef[];
  /** Non-empty cells far outside the sheet's table (.xlsx only), left out of `grid`; absent when none. */
  outside?: OutsideCell[];
}

export interface WorkbookData {
  file: string;
  sheets: SheetGrid[];
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const DELIMITED_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const DOCX_EXTENSIONS = new Set(['.docx', '.docm']);

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export async function readWorkbook(file: string): Promise<WorkbookData> {
  try {
    return await readAny(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    // No library's English text reaches the user: known failures in Russian, the rest generic.
    throw new UnreadableFileError(file, unexpectedErrorReason(e));
  }
}

function unexpectedErrorReason(e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  if (e instanceof RangeError && /string length|allocation|Array buffer|too large/i.test(message)) {
    return 'файл слишком большой для чтения';
  }
  if (/heap|memory/i.test(message)) return 'не хватило памяти для чтения файла';
  return 'файл повреждён или в нём есть то, что программа не умеет читать';
}

async function readAny(file: string): Promise<WorkbookData> {
  const ext = path.extname(file).toLowerCase();
  const bytes = await readBytes(file);
  // A Word document under another name, or an Excel book named .docx: read it for what it is.
  if (looksLikeDocx(bytes)) return { file, sheets: await readDocx(file, bytes) };
  if (XLSX_EXTENSIONS.has(ext)) {
    return { file, sheets: await readXlsx(file, bytes) };
  }
  if (DOCX_EXTENSIONS.has(ext)) {
    if (isZip(bytes) && bytes.includes('xl/workbook.xml')) return { file, sheets: await readXlsx(file, bytes) };
    return { file, sheets: await readDocx(file, bytes) };
  }
  if (ext === '.doc') throw new UnreadableFileError(file, oldDocReason(bytes));
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
    case 'ELOOP':
      return 'ссылки на файл образуют петлю';
    case 'EMFILE':
    case 'ENFILE':
      return 'открыто слишком много файлов';
    default:
      return 'ошибка чтения с диска';
  }
}

function unsupportedExtensionReason(ext: string): string {
  const supported = 'поддерживаются .xlsx, .docx, .csv, .tsv и .txt';
  switch (ext) {
    case '':
      return `у файла нет расширения, формат неизвестен (${supported})`;
    case '.xls':
      return 'старый формат .xls не поддерживается — откройте файл в Excel и сохраните как «Книга Excel (*.xlsx)»';
    case '.ods':
      return 'формат .ods не поддерживается — сохраните файл как .xlsx';
    case '.odt':
    case '.rtf':
      return `формат ${ext} не поддерживается — сохраните документ как «Документ Word (*.docx)»`;
    default:
      return `формат «${ext}» не поддерживается (${supported})`;
  }
}

function baseName(file: string): string {
  return path.basename(file, path.extname(file));
}

// --- .xlsx -----------------------------------------------------------------------------------

async function readXlsx(file: string, bytes: Buffer): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new UnreadableFileError(file, 'файл пустой (0 байт) — это не книга Excel; сохраните книгу заново');
  if (isOle2(bytes)) {
    throw new UnreadableFileError(
      file,
      'это книга старого формата .xls или книга, защищённая паролем — снимите пароль и сохраните файл как «Книга Excel (*.xlsx)»',
    );
  }
  if (!isZip(bytes)) {
    throw new UnreadableFileError(file, 'файл повреждён или не является книгой Excel (.xlsx)');
  }
  excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    // exceljs' typings predate Buffer<ArrayBufferLike>; the runtime accepts any Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableFileError(file, 'файл повреждён или не является книгой Excel (.xlsx)');
  }
  const missing = await missingSheetParts(bytes);
  if (missing.length > 0) {
    throw new UnreadableFileError(file, `книга повреждена: нет данных ${missing.length === 1 ? 'листа' : 'листов'} ${missing.map((n) => `«${n}»`).join(', ')}`);
  }
  const sheets: SheetGrid[] = [];
  // workbook.worksheets is in tab order (exceljs sorts by the workbook's sheet order).
  for (const ws of workbook.worksheets) {
    sheets.push(readWorksheet(ws));
  }
  return sheets;
}

/**
 * Worksheets the workbook lists (xl/workbook.xml) whose part is missing from the zip: exceljs
 * silently drops them, and the book would read as if empty.
 */
async function missingSheetParts(bytes: Buffer): Promise<string[]> {
  const zip = await (await loadJsZip()).loadAsync(bytes);
  const book = await zip.file('xl/workbook.xml')?.async('string');
  if (book === undefined) return ['(список листов)'];
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target);
  }
  const missing: string[] = [];
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '?';
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (!target || !/worksheets\//.test(target)) continue;
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (!zip.file(part)) missing.push(xmlText(name));
  }
  return missing;
}

function xmlText(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** One worksheet's non-empty cells as exceljs hands them over: sparse, row by row. */
interface SparseSheet {
  rows: number[];
  cols: number[][];
  values: Cell[][];
  hyperlinks: HyperlinkRef[];
  /** Number formats of number cells that have one, as {row, col, format}. */
  formats: { row: number; col: number; format: string }[];
  /** Merged ranges by their master cell's address, grown as their other cells are met. */
  merges: Map<string, CellRange>;
}

/** The range a merged (non-master) cell belongs to, grown to cover it. */
function growMerge(merges: Map<string, CellRange>, cell: ExcelJS.Cell, row: number, col: number): void {
  const master = cell.master;
  const key = master.address;
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  const m = merges.get(key) ?? { row: top, col: left, rows: 1, cols: 1 };
  m.rows = Math.max(m.rows, row - top + 1);
  m.cols = Math.max(m.cols, col - left + 1);
  merges.set(key, m);
}

function readSparse(ws: ExcelJS.Worksheet): SparseSheet {
  const sparse: SparseSheet = { rows: [], cols: [], values: [], hyperlinks: [], formats: [], merges: new Map() };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cols: number[] = [];
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged range holds its value in the master cell only.
      if (cell.type === excel.ValueType.Merge) {
        growMerge(sparse.merges, cell, rowNumber - 1, colNumber - 1);
        return;
      }
      const link: { url?: string } = {};
      const v = xlsxValue(cell.value, link);
      if (link.url) sparse.hyperlinks.push({ row: rowNumber - 1, col: colNumber - 1, url: link.url });
      if (v === null) return;
      const format = typeof v === 'number' ? cell.numFmt : undefined;
      if (format && format !== 'General') sparse.formats.push({ row: rowNumber - 1, col: colNumber - 1, format });
      cols.push(colNumber - 1);
      values.push(v);
    });
    if (cols.length === 0) return;
    sparse.rows.push(rowNumber - 1);
    sparse.cols.push(cols);
    sparse.values.push(values);
  });
  return sparse;
}

/**
 * A worksheet as a grid bounded by its region (see src/domain/table/region.ts): a stray cell far
 * from the table (XFD1048576) goes to `outside` instead of being padded to, so memory stays
 * bounded by the data.
 */
function readWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const sparse = readSparse(ws);
  // The region is found from the cells that show something (not "" nor spaces).
  const rows: number[] = [];
  const cols: number[][] = [];
  sparse.rows.forEach((r, k) => {
    const shown = sparse.cols[k].filter((_, i) => !isBlank(sparse.values[k][i]) && String(sparse.values[k][i]).trim() !== '');
    if (shown.length === 0) return;
    rows.push(r);
    cols.push(shown);
  });
  const region = findRegion(rows, cols);
  const grid: Cell[][] = [];
  const outside: OutsideCell[] = [];
  sparse.rows.forEach((r, k) => {
    const cells: Cell[] = [];
    sparse.cols[k].forEach((c, i) => {
      const v = sparse.values[k][i];
      if (r >= region.rows || c >= region.cols) {
        if (!isBlank(v)) outside.push({ row: r, col: c, value: v });
        return;
      }
      while (cells.length < c) cells.push(null);
      cells.push(v);
    });
    if (cells.length === 0) return;
    while (grid.length < r) grid.push([]);
    grid[r] = cells;
  });
  const out: SheetGrid = { name: ws.name, grid: trimGrid(grid) };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') out.hidden = true;
  const inRegion = (p: { row: number; col: number }): boolean => p.row < region.rows && p.col < region.cols;
  const hyperlinks = sparse.hyperlinks.filter(inRegion);
  if (hyperlinks.length) out.hyperlinks = hyperlinks;
  const merges = [...sparse.merges.values()].filter(inRegion);
  if (merges.length) out.merges = merges;
  const formats = sparse.formats.filter(inRegion);
  if (formats.length) out.formats = formatRows(formats);
  if (outside.length) out.outside = outside;
  return out;
}

/** Sparse formats as rows of formats ('' where a cell has none), as long as their last format. */
function formatRows(formats: readonly { row: number; col: number; format: string }[]): string[][] {
  const rows: string[][] = [];
  for (const f of formats) {
    while (rows.length <= f.row) rows.push([]);
    const row = rows[f.row];
    while (row.length < f.col) row.push('');
    row[f.col] = f.format;
  }
  return rows;
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

function readDelimited(file: string, bytes: Buffer, ext: string): SheetGrid {
  const text = decodeText(bytes);
  if (text === null) {
    throw new UnreadableFileError(file, 'кодировка не распознана — сохраните файл в UTF-8 (в Excel: «CSV UTF-8»)');
  }
  const delimiter = ext === '.tsv' ? '\t' : detectDelimiter(text, ext === '.txt' ? ['\t', ';', ','] : [';', ',', '\t']);
  const rows = parseDelimited(text, delimiter);
  // Word's manual line break (Shift+Enter) travels as a vertical tab in copied text.
  // Trailing empty fields are dropped before the row is copied: a million empty lines stay cheap.
  const grid: Cell[][] = rows.map((row) => {
    let n = row.length;
    while (n > 0 && row[n - 1] === '') n--;
    return n === 0 ? [] : row.slice(0, n).map((v) => (v === '' ? null : v.replace(/\v/g, '\n')));
  });
  return { name: baseName(file), grid: trimGrid(grid) };
}

export { columnLetter } from './xlsx-writer';
export { writeWorkbook, type ColumnOut, type SheetOut, type ValidationOut } from './xlsx-writer';
export { detectDelimiter, parseDelimited, writeDelimited } from './delimited';
export { decodeText } from './text-encoding';
