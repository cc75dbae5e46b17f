/**
 * Word documents (.docx) as sheets: every table of the document becomes one SheetGrid, laid out
 * the way Sheets and exceljs hand a sheet over, so the domain reads it like a pasted table:
 *  - the non-empty paragraphs just above the table (at most MAX_TITLE_LINES) are its title lines:
 *    one per row in column 0, above the table's header (so «на 2022 год» gives the period);
 *  - a horizontal merge (w:gridSpan, legacy w:hMerge) and a vertical one (w:vMerge restart /
 *    continue) are CellRanges in `merges` (0-based): the master cell holds the value, the others
 *    are null; w:gridBefore / w:gridAfter leave their grid columns empty;
 *  - links (w:hyperlink, HYPERLINK fields) are `hyperlinks` of their cell, whose text is the label.
 * jszip and saxes are loaded on the first .docx read only.
 */
import type JSZip from 'jszip';
import type * as Saxes from 'saxes';
import path from 'node:path';
import type { Cell, CellRange } from '../domain/core/types';
import { loadJsZip } from './excel';
import { readDocumentTables, readRelationships, type DocxCell, type DocxTable } from './docx-xml';
import { UnreadableFileError, isOle2, isZip } from './unreadable';
import type { HyperlinkRef, SheetGrid } from './workbook-io';

const DAMAGED = 'документ повреждён или не является документом Word (.docx) — откройте его в Word и сохраните заново';
const OLD_DOC = 'старый формат .doc не поддерживается — откройте документ в Word и сохраните как «Документ Word (*.docx)»';
const ENCRYPTED = 'документ защищён паролем — снимите пароль (Файл → Сведения → Защита документа) и сохраните его снова';
const NO_TABLES = 'в документе нет таблиц — дорожная карта читается из таблицы Word';
const MAIN_DOCUMENT = 'word/document.xml';
const OFFICE_DOCUMENT = /\/officeDocument$/;

/** True when the bytes are a zip holding a Word document (a .docx, whatever its extension). */
export function looksLikeDocx(bytes: Buffer): boolean {
  return isZip(bytes) && bytes.includes(MAIN_DOCUMENT) && !bytes.includes('xl/workbook.xml');
}

/** The reason an OLE2 file given as a Word document cannot be read: encrypted, or an old .doc. */
function ole2Reason(bytes: Buffer): string {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (bytes.includes(utf16('EncryptedPackage')) || bytes.includes(utf16('EncryptionInfo'))) return ENCRYPTED;
  return OLD_DOC;
}

/** Why an old .doc cannot be read (the file is not a .docx under a wrong name). */
export function oldDocReason(bytes: Buffer): string {
  return isOle2(bytes) ? ole2Reason(bytes) : OLD_DOC;
}

type SaxesModule = typeof Saxes;
let saxes: Promise<SaxesModule> | undefined;

function loadSaxes(): Promise<SaxesModule> {
  saxes ??= import('saxes');
  return saxes;
}

/** Reads every table of a .docx; throws UnreadableFileError (Russian) when it cannot. */
export async function readDocx(file: string, bytes: Buffer): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new UnreadableFileError(file, 'файл пустой (0 байт) — это не документ Word; сохраните документ заново');
  if (isOle2(bytes)) throw new UnreadableFileError(file, ole2Reason(bytes));
  if (!isZip(bytes)) throw new UnreadableFileError(file, DAMAGED);
  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch {
    throw new UnreadableFileError(file, DAMAGED);
  }
  const { SaxesParser } = await loadSaxes();
  let tables: DocxTable[];
  try {
    const part = await mainPart(zip, SaxesParser);
    const xml = await zip.file(part)?.async('string');
    if (xml === undefined) throw new UnreadableFileError(file, DAMAGED);
    const relsXml = await zip.file(relsPartOf(part))?.async('string');
    const links = new Map((relsXml ? readRelationships(SaxesParser, relsXml) : []).map((r) => [r.id, r.target]));
    tables = readDocumentTables(SaxesParser, xml, links);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(file, DAMAGED);
  }
  if (tables.length === 0) throw new UnreadableFileError(file, NO_TABLES);
  return sheetsOf(tables);
}

/** The main document part: the package relationship says where; Word always writes word/document.xml. */
async function mainPart(zip: JSZip, Parser: SaxesModule['SaxesParser']): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels ? readRelationships(Parser, rels).find((r) => OFFICE_DOCUMENT.test(r.type))?.target : undefined;
  if (target) {
    const part = target.replace(/^\/+/, '');
    if (zip.file(part)) return part;
  }
  return MAIN_DOCUMENT;
}

/** word/document.xml → word/_rels/document.xml.rels */
function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/** Sheet names: the table's caption when it has a unique one, else «Таблица N». */
function sheetsOf(tables: DocxTable[]): SheetGrid[] {
  const captions = tables.map((t) => t.caption?.slice(0, 100) ?? '');
  return tables.map((t, i) => {
    const caption = captions[i];
    const unique = caption !== '' && captions.filter((c) => c.toLowerCase() === caption.toLowerCase()).length === 1;
    return tableSheet(t, unique && !/^Таблица \d+$/i.test(caption) ? caption : `Таблица ${i + 1}`);
  });
}

/** A row's cells with legacy horizontal merges folded into the cell on their left. */
function foldHMerge(cells: DocxCell[]): DocxCell[] {
  const out: DocxCell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    if (c.hMergeContinue && prev) {
      out[out.length - 1] = { ...prev, span: prev.span + c.span, text: joinText(prev.text, c.text), links: [...prev.links, ...c.links] };
    } else out.push(c);
  }
  return out;
}

function joinText(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}\n${b}`;
}

/** One vertical merge being extended down the table: its range and master cell. */
interface OpenMerge {
  range: CellRange;
}

/** One table as a sheet: title lines, then the rows, with merges and links (0-based, sheet coordinates). */
function tableSheet(t: DocxTable, name: string): SheetGrid {
  const top = t.title.length;
  const grid: Cell[][] = t.title.map((line) => [line]);
  const merges: CellRange[] = [];
  const hyperlinks: HyperlinkRef[] = [];
  let open = new Map<number, OpenMerge>();
  t.rows.forEach((docRow, i) => {
    const r = top + i;
    const row: Cell[] = [];
    const next = new Map<number, OpenMerge>();
    let col = docRow.before;
    for (const cell of foldHMerge(docRow.cells)) {
      const above = open.get(col);
      if (cell.vMerge === 'continue' && above && above.range.cols === cell.span) {
        // The cell continues the merge above: its own text (Word leaves it empty) joins the master's.
        above.range.rows++;
        next.set(col, above);
        const master = grid[above.range.row];
        if (cell.text !== '') master[above.range.col] = joinText(String(master[above.range.col] ?? ''), cell.text);
        for (const url of cell.links) hyperlinks.push({ row: above.range.row, col: above.range.col, url });
      } else {
        while (row.length < col) row.push(null);
        row.push(cell.text === '' ? null : cell.text);
        for (let k = 1; k < cell.span; k++) row.push(null);
        for (const url of cell.links) hyperlinks.push({ row: r, col, url });
        const range = { row: r, col, rows: 1, cols: cell.span };
        if (cell.vMerge !== null) next.set(col, { range });
        if (cell.vMerge !== null || cell.span > 1) merges.push(range);
      }
      col += cell.span;
    }
    open = next;
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    row.length = n;
    grid.push(row);
  });
  const out: SheetGrid = { name, grid: trimRows(grid) };
  const real = merges.filter((m) => (m.rows > 1 || m.cols > 1) && m.row < out.grid.length);
  if (real.length > 0) out.merges = real;
  if (hyperlinks.length > 0) out.hyperlinks = hyperlinks;
  return out;
}

function trimRows(grid: Cell[][]): Cell[][] {
  let n = grid.length;
  while (n > 0 && grid[n - 1].length === 0) n--;
  grid.length = n;
  return grid;
}
