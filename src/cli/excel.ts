/**
 * exceljs and jszip, imported on first use: only a command that reads or writes an .xlsx loads them
 * (exceljs alone is ~0.2 s and 666 modules at start-up, which a .csv/.tsv check never needs).
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

let excel: Promise<typeof ExcelJS> | undefined;
let zip: Promise<typeof JSZip> | undefined;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  excel ??= import('exceljs').then((m) => m.default);
  return excel;
}

export function loadJsZip(): Promise<typeof JSZip> {
  zip ??= import('jszip').then((m) => m.default);
  return zip;
}
