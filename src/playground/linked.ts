/**
 * Several workbooks in one playground: `npm start -- coordinator.xlsx school-1.xlsx …`. The first is
 * the open spreadsheet; every other file becomes a spreadsheet the add-on can open with
 * SpreadsheetApp.openById, under the id its registry row links to — the registry's row is found
 * as the command line finds it (matchRegistry: the link's file or sheet name, else the school the
 * file names) — so «Сводка по школам», «Сводка по реестру…» and the expertise of a partner's
 * documents read the school's file as they read a Google spreadsheet. A file no registry row links
 * with a spreadsheet URL is opened under an id of its own, and said so.
 */
import path from 'node:path';
import { kindOfSheet } from '../domain/workbook/kinds';
import { matchRegistry, parseRegistryGrid, type RegistryEntry } from '../domain/workbook/kinds/registry';
import type { FakeGas } from '../emulator';
import type { SheetGrid } from '../cli/workbook-io';
import { loadWorkbook, type LoadedWorkbook } from './load';

const SPREADSHEET_ID = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;

export interface LinkedFile {
  file: string;
  /** The id SpreadsheetApp.openById opens it by. */
  id: string;
  /** The registry row that links to it, or null. */
  entry: RegistryEntry | null;
  loaded: LoadedWorkbook;
}

function registryOf(fake: FakeGas): RegistryEntry[] {
  for (const sheet of fake.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const grid = fake.sheetValues(name).map((row) => row.map((v) => (v === '' ? null : v)));
    if (kindOfSheet(name, grid) === 'registry') return parseRegistryGrid(grid, name).schools;
  }
  return [];
}

/** The registry row a school's file answers to, by its name, first visible sheet and that sheet's first text. */
function entryOf(entries: readonly RegistryEntry[], file: string, sheets: readonly SheetGrid[]): RegistryEntry | null {
  const first = sheets.find((s) => !s.hidden);
  const title = first?.grid.flat().find((v) => v !== null && v !== undefined && String(v).trim() !== '');
  return matchRegistry(entries, { file: path.basename(file), sheet: first?.name, title: title === undefined ? undefined : String(title) });
}

/** A Sheets-like id of our own for a file nothing links to (the alphabet and length of a real one). */
function ownId(index: number): string {
  return `playground-file-${String(index + 1).padStart(4, '0')}-local`;
}

/** Loads `files` as spreadsheets the open one (`main`) can open by id; what was linked to what. */
export async function linkFiles(main: FakeGas, files: readonly string[], htmlDir: string): Promise<LinkedFile[]> {
  const entries = registryOf(main);
  const taken = new Set<string>([main.spreadsheet.getId()]);
  const out: LinkedFile[] = [];
  for (const [i, file] of files.entries()) {
    let entry: RegistryEntry | null = null;
    let id = ownId(i);
    const loaded = await loadWorkbook(file, htmlDir, (sheets) => {
      const found = entryOf(entries, file, sheets);
      const linked = found?.link ? SPREADSHEET_ID.exec(found.link)?.[1] : undefined;
      if (linked && !taken.has(linked)) [entry, id] = [found, linked];
      return id;
    });
    taken.add(id);
    main.addSpreadsheet(loaded.fake);
    out.push({ file, id, entry, loaded });
  }
  main.calls.reset();
  return out;
}
