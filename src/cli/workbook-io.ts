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
import type JSZip from 'jszip';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Cell, CellRange } from '../domain/core/types';
import { sheetFromSparse, xmlText, trimGrid, xlsxValue, type SheetGrid, type SparseSheet } from './xlsx-cells';
import { detectDelimiter, parseDelimited } from './delimited';
import { decodeText } from './text-encoding';
import { loadExcelJs, loadJsZip, streamingSafe } from './excel';
import { readXlsxStreaming, STREAM_FROM_BYTES } from './xlsx-stream';
import { UnreadableFileError, isOle2, isZip } from './unreadable';
import { looksLikeDocx, oldDocReason, readDocx } from './docx';

export { UnreadableFileError } from './unreadable';
export type { HyperlinkRef, SheetGrid } from './xlsx-cells';

/** exceljs, loaded lazily by the first .xlsx read (see ./excel). */
let excel: typeof ExcelJS;

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

/**
 * An .xlsx book's sheets. Books of `streamFromBytes` and more are read row by row (./xlsx-stream),
 * smaller ones loaded whole; both give the same sheets. Exported for the tests that compare the two.
 */
export async function readXlsx(file: string, bytes: Buffer, streamFromBytes = STREAM_FROM_BYTES): Promise<SheetGrid[]> {
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
  if (bytes.length >= streamFromBytes && streamingSafe()) {
    const streamed = await readStreamed(file, bytes);
    if (streamed) return streamed;
  }
  const workbook = new excel.Workbook();
  try {
    // exceljs' typings predate Buffer<ArrayBufferLike>; the runtime accepts any Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableFileError(file, 'файл повреждён или не является книгой Excel (.xlsx)');
  }
  await refuseMissingSheets(file, await (await loadJsZip()).loadAsync(bytes));
  const sheets: SheetGrid[] = [];
  // workbook.worksheets is in tab order (exceljs sorts by the workbook's sheet order).
  for (const ws of workbook.worksheets) {
    sheets.push(sheetFromSparse(ws.name, ws.state, readSparse(ws)));
  }
  return sheets;
}

/** The book streamed, or null when it must be loaded whole; a damaged book is refused as the whole reader does. */
async function readStreamed(file: string, bytes: Buffer): Promise<SheetGrid[] | null> {
  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch {
    throw new UnreadableFileError(file, 'файл повреждён или не является книгой Excel (.xlsx)');
  }
  await refuseMissingSheets(file, zip);
  try {
    return await readXlsxStreaming(bytes, excel, zip);
  } catch {
    throw new UnreadableFileError(file, 'файл повреждён или не является книгой Excel (.xlsx)');
  }
}

async function refuseMissingSheets(file: string, zip: JSZip): Promise<void> {
  const missing = await missingSheetParts(zip);
  if (missing.length > 0) {
    throw new UnreadableFileError(file, `книга повреждена: нет данных ${missing.length === 1 ? 'листа' : 'листов'} ${missing.map((n) => `«${n}»`).join(', ')}`);
  }
}

/**
 * Worksheets the workbook lists (xl/workbook.xml) whose part is missing from the zip: exceljs
 * silently drops them, and the book would read as if empty.
 */
async function missingSheetParts(zip: JSZip): Promise<string[]> {
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
