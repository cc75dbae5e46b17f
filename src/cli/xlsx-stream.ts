/**
 * A big .xlsx read row by row (exceljs' streaming WorkbookReader), so memory is bounded by the cells
 * and not by exceljs' whole-book model (a 100k-row book: ~2 GB loaded whole). It gives what the
 * whole-book reader in ./workbook-io gives, with the same conventions:
 *  - values, rich text, formulas' cached results (a date-formatted result as a Date, as the whole
 *    reader does), number formats (styles are cached);
 *  - merged ranges and hyperlinks, which the streaming reader does not give: they follow the cells
 *    in the sheet's XML, so each sheet's part is scanned once beforehand for its <mergeCell> and
 *    <hyperlink> elements (the URLs from the sheet's relationships);
 *  - sheet names, tab order and hidden state from xl/workbook.xml.
 * When a book is laid out so that the streaming reader would misread it (a sheet part not named
 * xl/worksheets/sheetN.xml, styles stored after a sheet it would parse at once), it returns null and
 * the caller loads the book whole. Known difference: exceljs' streaming reader parses every non-text
 * cached result of a formula as a number, so a boolean result reads as 1 or 0 and an error as "".
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { PassThrough, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Cell, CellRange } from '../domain/core/types';
import { sheetFromSparse, xlsxValue, xmlText, type SheetGrid, type SparseSheet } from './xlsx-cells';

/**
 * Books from this size on are streamed; smaller ones are loaded whole (no temp files, and exceljs'
 * own tests cover that path best). ROADMAP_MONITOR_STREAM_FROM (bytes) changes it, for tests and the bench.
 */
const fromEnv = Number(process.env.ROADMAP_MONITOR_STREAM_FROM);
export const STREAM_FROM_BYTES = process.env.ROADMAP_MONITOR_STREAM_FROM && Number.isFinite(fromEnv) ? fromEnv : 4 * 1024 * 1024;

interface BookSheet {
  name: string;
  state?: string;
  part: string;
  tab: number;
}

/** What a sheet's XML says after its cells. */
interface SheetTail {
  merges: CellRange[];
  /** Cell address («B7») → URL. */
  links: Map<string, string>;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlText(m[1]) : undefined;
};

/** The worksheets xl/workbook.xml lists, in tab order, with their parts; null if one is not sheetN.xml. */
async function bookSheets(zip: JSZip): Promise<BookSheet[] | null> {
  const book = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (book === undefined || rels === undefined) return null;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: BookSheet[] = [];
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = attr(m[0], 'r:id');
    const part = id ? targets.get(id) : undefined;
    if (!part || !/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) return null;
    sheets.push({ name: attr(m[0], 'name') ?? '', state: attr(m[0], 'state'), part, tab: sheets.length });
  }
  return sheets;
}

/**
 * The streaming reader parses a sheet as soon as it meets it once the shared strings and the
 * book's relationships are read; styles stored after such a sheet would be missing from its cells.
 */
function stylesInTime(zip: JSZip): boolean {
  const order = Object.keys(zip.files);
  const at = (name: string) => order.indexOf(name);
  const ready = Math.max(at('xl/sharedStrings.xml'), at('xl/_rels/workbook.xml.rels'));
  const styles = at('xl/styles.xml');
  if (at('xl/sharedStrings.xml') < 0 || styles < ready) return true;
  return !order.some((name, i) => i > ready && i < styles && /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
}

/** «B7» → 0-based [row, col]. */
function decodeAddress(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return [-1, -1];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

/** The sheet's merged ranges and hyperlinks: its part streamed, only the XML after the cells kept. */
async function sheetTail(zip: JSZip, part: string): Promise<SheetTail> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let tail: string | null = null;
  // jszip's node stream is an old-style one: piped into a PassThrough to iterate it.
  for await (const chunk of zip.file(part)!.nodeStream('nodebuffer').pipe(new PassThrough())) {
    const text = decoder.write(chunk as Buffer);
    if (tail !== null) {
      tail += text;
      continue;
    }
    const joined = carry + text;
    const end = joined.indexOf('</sheetData>');
    if (end >= 0) tail = joined.slice(end);
    else carry = joined.slice(-16);
  }
  tail = (tail ?? carry) + decoder.end();
  const merges: CellRange[] = [];
  for (const m of tail.matchAll(/<mergeCell\b[^>]*>/g)) {
    const [from, to] = (attr(m[0], 'ref') ?? '').split(':');
    const [row, col] = decodeAddress(from);
    const [lastRow, lastCol] = decodeAddress(to ?? from);
    if (row < 0 || lastRow < row || lastCol < col || (lastRow === row && lastCol === col)) continue;
    merges.push({ row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 });
  }
  return { merges, links: await sheetLinks(zip, part, tail) };
}

/** Cell address → URL of the sheet's external hyperlinks (internal ones carry no relationship). */
async function sheetLinks(zip: JSZip, part: string, tail: string): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  if (!tail.includes('<hyperlink')) return links;
  const relsPart = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = (await zip.file(relsPart)?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    if (id) targets.set(id, attr(m[0], 'Target') ?? '');
  }
  for (const m of tail.matchAll(/<hyperlink\b[^>]*>/g)) {
    const ref = attr(m[0], 'ref');
    const id = attr(m[0], 'r:id');
    const url = id !== undefined ? targets.get(id) : undefined;
    if (ref && url) links.set(ref, url);
  }
  return links;
}

/** The whole reader's order of merges: by the first cell of the range after its master, row by row. */
function inReadingOrder(merges: CellRange[]): CellRange[] {
  const first = (m: CellRange): [number, number] => (m.cols > 1 ? [m.row, m.col + 1] : [m.row + 1, m.col]);
  return merges
    .map((m) => ({ m, at: first(m) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map((x) => x.m);
}

/** Per 0-based row, the column spans of merged cells other than the master (their values are not read). */
function coveredCells(merges: CellRange[]): Map<number, [number, number][]> {
  const covered = new Map<number, [number, number][]>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      const spans = covered.get(r) ?? [];
      spans.push(r === m.row ? [m.col + 1, m.col + m.cols - 1] : [m.col, m.col + m.cols - 1]);
      covered.set(r, spans);
    }
  }
  return covered;
}

const DATE_FORMAT = (format: string | undefined): boolean => !!format && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** A streamed cell's value as the whole reader would have built it (see the module's comment). */
function wholeReaderValue(cell: ExcelJS.Cell, url: string | undefined, date1904: boolean): ExcelJS.CellValue {
  let value = cell.value;
  const formula = value !== null && typeof value === 'object' && 'formula' in value ? (value as ExcelJS.CellFormulaValue) : null;
  if (formula && typeof formula.result === 'number' && DATE_FORMAT(cell.numFmt)) {
    const ms = Math.round((formula.result - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
    value = { ...formula, result: new Date(ms) };
  }
  if (url === undefined) return value;
  const text = formula ? (value as ExcelJS.CellFormulaValue).result : value;
  return { text, hyperlink: url } as unknown as ExcelJS.CellValue;
}

type StreamedSheet = AsyncIterable<ExcelJS.Row> & { name: string };

async function readStreamedSheet(ws: StreamedSheet, tail: SheetTail, date1904: boolean): Promise<SparseSheet> {
  const merges = inReadingOrder(tail.merges);
  const sparse: SparseSheet = { rows: [], cols: [], values: [], hyperlinks: [], formats: [], merges: new Map() };
  merges.forEach((m, i) => sparse.merges.set(String(i), m));
  const covered = coveredCells(merges);
  for await (const row of ws) {
    const r = row.number - 1;
    const spans = covered.get(r);
    const cols: number[] = [];
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (spans?.some(([from, to]) => c >= from && c <= to)) return;
      const url = tail.links.get(cell.address);
      if ((cell.value === null || cell.value === undefined) && url === undefined) return;
      const link: { url?: string } = {};
      const v = xlsxValue(wholeReaderValue(cell, url, date1904), link);
      if (link.url) sparse.hyperlinks.push({ row: r, col: c, url: link.url });
      if (v === null) return;
      const format = typeof v === 'number' ? cell.numFmt : undefined;
      if (format && format !== 'General') sparse.formats.push({ row: r, col: c, format });
      cols.push(c);
      values.push(v);
    });
    if (cols.length === 0) continue;
    sparse.rows.push(r);
    sparse.cols.push(cols);
    sparse.values.push(values);
  }
  return sparse;
}

/** The book's sheets in tab order, streamed; null when it must be loaded whole (see the module's comment). */
export async function readXlsxStreaming(bytes: Buffer, excel: typeof ExcelJS, zip: JSZip): Promise<SheetGrid[] | null> {
  const listed = await bookSheets(zip);
  if (listed === null || !stylesInTime(zip)) return null;
  const byName = new Map(listed.map((s) => [s.name, s]));
  const tails = new Map<string, SheetTail>();
  for (const s of listed) if (zip.file(s.part)) tails.set(s.name, await sheetTail(zip, s.part));
  const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const read: { tab: number; sheet: SheetGrid }[] = [];
  for await (const ws of reader as unknown as AsyncIterable<StreamedSheet>) {
    const info = byName.get(ws.name);
    const tail = tails.get(ws.name);
    if (!info || !tail) return null;
    const date1904 = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904 === true;
    read.push({ tab: info.tab, sheet: sheetFromSparse(info.name, info.state, await readStreamedSheet(ws, tail, date1904)) });
  }
  return read.sort((a, b) => a.tab - b.tab).map((x) => x.sheet);
}
