/**
 * A workbook file into the emulator, through the Apps Script services as a script would write it:
 * values (dates in the spreadsheet's time zone), number formats, merges, links as rich text, column
 * widths, frozen rows, bold and filled cells, drop-down lists; hidden sheets stay hidden.
 */
import path from 'node:path';
import { readWorkbook, type SheetGrid } from '../cli/workbook-io';
import { APP_NAME } from '../contracts/app-info';
import { createFakeGas, zonedDate, type FakeGas, type SeedValue } from '../emulator';
import { readLayout, type FileRule, type SheetLayout } from './layout';

export const TIME_ZONE = 'Europe/Moscow';

export interface LoadedWorkbook {
  fake: FakeGas;
  /** Conditional format rules of the file Sheets would not keep as rules of its own, by sheet (shown as not evaluated). */
  fileRules: Record<string, { ref: string; type: string }[]>;
}

/** readWorkbook's floating dates (UTC fields = the wall clock) as instants in the spreadsheet's zone. */
function seedValue(v: unknown): SeedValue {
  if (v instanceof Date) {
    return zonedDate(TIME_ZONE, v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate(), v.getUTCHours(), v.getUTCMinutes(), v.getUTCSeconds());
  }
  if (v === null || v === undefined) return null;
  return v as SeedValue;
}

function seeds(s: SheetGrid): SeedValue[][] {
  const rows = s.grid.map((row) => row.map(seedValue));
  for (const o of s.outside ?? []) {
    while (rows.length <= o.row) rows.push([]);
    const row = rows[o.row];
    while (row.length < o.col) row.push(null);
    row[o.col] = seedValue(o.value);
  }
  return rows;
}

function applyGrid(fake: FakeGas, s: SheetGrid): void {
  const sheet = fake.spreadsheet.getSheetByName(s.name)!;
  (s.formats ?? []).forEach((row, r) =>
    row.forEach((fmt, c) => {
      if (fmt) sheet.getRange(r + 1, c + 1).setNumberFormat(fmt);
    }),
  );
  for (const l of s.hyperlinks ?? []) {
    const range = sheet.getRange(l.row + 1, l.col + 1);
    const text = range.getDisplayValue() || l.url;
    range.setRichTextValue(fake.SpreadsheetApp.newRichTextValue().setText(text).setLinkUrl(0, text.length, l.url).build());
  }
  for (const m of s.merges ?? []) sheet.getRange(m.row + 1, m.col + 1, m.rows, m.cols).merge();
  if (s.hidden) sheet.hideSheet();
}

function applyLayout(fake: FakeGas, name: string, l: SheetLayout): void {
  const sheet = fake.spreadsheet.getSheetByName(name);
  if (!sheet) return;
  if (l.frozenRows > 0) sheet.setFrozenRows(l.frozenRows);
  for (const [col, px] of Object.entries(l.widths)) sheet.setColumnWidth(Number(col), px);
  for (const [r, c] of l.bold) sheet.getRange(r, c).setFontWeight('bold');
  for (const f of l.fills) sheet.getRange(f.row, f.col).setBackground(f.color);
  for (const v of l.lists) {
    if (v.items.length === 0) continue;
    const rule = fake.SpreadsheetApp.newDataValidation().requireValueInList(v.items, true).setAllowInvalid(true).build();
    sheet.getRange(v.row, v.col).setDataValidation(rule);
  }
}

/**
 * The file's conditional formats as Sheets imports them: «cell equals "text"» becomes «text is
 * exactly», an expression a custom formula (the same en_US formula, relative to the range's top-left
 * cell); the rules returned are the others, kept only to be listed.
 */
function importRules(fake: FakeGas, name: string, rules: readonly FileRule[]): { ref: string; type: string }[] {
  const sheet = fake.spreadsheet.getSheetByName(name);
  if (!sheet) return [];
  const kept: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const others: { ref: string; type: string }[] = [];
  for (const r of rules) {
    const text = r.type === 'cellIs' && r.operator === 'equal' ? /^"((?:[^"]|"")*)"$/s.exec(r.formulae[0] ?? '') : null;
    const formula = r.type === 'expression' && r.formulae[0] ? `=${r.formulae[0].replace(/^=/, '')}` : null;
    if (!text && !formula) {
      others.push({ ref: r.ref, type: r.type });
      continue;
    }
    const builder = fake.SpreadsheetApp.newConditionalFormatRule();
    if (text) builder.whenTextEqualTo(text[1].replace(/""/g, '"'));
    else builder.whenFormulaSatisfied(formula!);
    if (r.background) builder.setBackground(r.background);
    if (r.bold) builder.setBold(true);
    kept.push(builder.setRanges(r.ref.split(/\s+/).map((a1) => sheet.getRange(a1))).build());
  }
  if (kept.length) sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...kept]);
  return others;
}

/** A workbook file as read, before any emulator is made of it (./linked settles the ids first). */
export interface WorkbookFile {
  file: string;
  sheets: SheetGrid[];
  layout: Record<string, SheetLayout>;
}

/** Reads `file` (.xlsx, .csv, .tsv, .docx): its sheets and what Sheets shows of them. */
export async function readWorkbookFile(file: string): Promise<WorkbookFile> {
  const data = await readWorkbook(file);
  return { file, sheets: data.sheets, layout: await readLayout(file) };
}

/** A new emulator holding a read file, under `spreadsheetId`, whose HtmlService reads `htmlDir`. */
export function workbookOf(read: WorkbookFile, htmlDir: string, spreadsheetId = 'playground'): LoadedWorkbook {
  const sheets: Record<string, SeedValue[][]> = {};
  for (const s of read.sheets) sheets[s.name] = seeds(s);
  const visible = read.sheets.find((s) => !s.hidden)?.name;
  const fake = createFakeGas({
    sheets,
    activeSheet: visible,
    timeZone: TIME_ZONE,
    htmlDir,
    addonName: APP_NAME,
    spreadsheetName: path.basename(read.file).replace(/\.[^.]+$/, ''),
    spreadsheetId,
  });
  for (const s of read.sheets) applyGrid(fake, s);
  const fileRules: LoadedWorkbook['fileRules'] = {};
  for (const [name, l] of Object.entries(read.layout)) {
    applyLayout(fake, name, l);
    const others = importRules(fake, name, l.conditional);
    if (others.length) fileRules[name] = others;
  }
  fake.calls.reset();
  return { fake, fileRules };
}

/** Reads `file` into a new emulator (id «playground» unless given). */
export async function loadWorkbook(file: string, htmlDir: string, spreadsheetId?: string): Promise<LoadedWorkbook> {
  return workbookOf(await readWorkbookFile(file), htmlDir, spreadsheetId);
}
