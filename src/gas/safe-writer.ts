/**
 * The one way the add-on writes to a spreadsheet.
 * - Under the document lock, so two executions never interleave their writes.
 * - One batch per block: number formats first, then values (2 calls + getRange).
 * - Every string cell gets the plain-text format «@» before its value, so Sheets never turns
 *   «1.10», «01.03.2022», «100%» into a number or date, nor «=IMPORTXML(…)» into a formula.
 *   Dates are written as serial numbers with a date format; numbers keep a number format.
 * - Generated sheets carry developer metadata; only such sheets are ever replaced.
 */
import type { Cell, CellBlock } from '../domain/core/types';
import { UserError } from './errors';
import { serialDay } from '../domain/metrics/dates';
import { DATE_FORMAT, TEXT_FORMAT } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const GENERATED_KEY = 'roadmap-monitor.generated';
const LOCK_WAIT_MS = 20000;
const NUMBER_FORMAT = '0.##';

export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (e) {
    // The platform's time limit ends the execution; it is not a lock held by someone else.
    if (/Exceeded maximum execution time/.test(String((e as Error)?.message))) throw e;
    throw new UserError('Таблицу сейчас изменяет другой пользователь или процесс. Повторите через минуту.');
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** Values and formats as Sheets should get them: strings as text, dates as serial numbers. */
export function prepareBlock(values: Cell[][]): { values: (string | number | boolean)[][]; formats: string[][] } {
  const width = Math.max(0, ...values.map((r) => r.length));
  const outValues: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (const row of values) {
    const vr: (string | number | boolean)[] = [];
    const fr: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = c < row.length ? row[c] : null;
      if (v instanceof Date) {
        vr.push(serialDay(v));
        fr.push(DATE_FORMAT);
      } else if (typeof v === 'number') {
        vr.push(Number.isFinite(v) ? v : '');
        fr.push(NUMBER_FORMAT);
      } else if (typeof v === 'boolean') {
        vr.push(v);
        fr.push(TEXT_FORMAT);
      } else {
        vr.push(v ?? '');
        fr.push(TEXT_FORMAT);
      }
    }
    outValues.push(vr);
    formats.push(fr);
  }
  return { values: outValues, formats };
}

/** Writes one block: getRange + setNumberFormats + setValues. Call inside withDocumentLock. */
export function writeBlock(sheet: Sheet, block: CellBlock): void {
  if (block.values.length === 0) return;
  const { values, formats } = prepareBlock(block.values);
  if (values[0].length === 0) return;
  const range = sheet.getRange(block.row, block.col, values.length, values[0].length);
  range.setNumberFormats(formats);
  range.setValues(values);
}

/**
 * A sheet the add-on owns, emptied for a rewrite: the sheet it generated under that name before
 * (found by its developer metadata, even when a user's sheet took the plain name), or a new one.
 * A user's sheet of the same name is never touched: the new sheet gets a free name instead.
 */
export function ownedSheet(ss: Spreadsheet, name: string, kind: string): Sheet {
  const value = `${kind}:${name}`;
  const found = ss.createDeveloperMetadataFinder().withKey(GENERATED_KEY).withValue(value).find();
  const existing = found.length > 0 ? found[0].getLocation().getSheet() : null;
  if (existing) {
    existing.clear();
    return existing;
  }
  const sheet = ss.insertSheet(freeName(ss, name));
  sheet.addDeveloperMetadata(GENERATED_KEY, value);
  return sheet;
}

/** Whether the add-on made this sheet (a summary, a copy kept by «Подготовить лист»…): never read as a roadmap. */
export function isGenerated(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY);
}

/** «Сводка» → «Сводка (2)», «Сводка (3)»… the first name no sheet has. */
export function freeName(ss: Spreadsheet, name: string): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName()));
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}
