/**
 * Several workbooks in one playground: `npm start -- opened.xlsx other.xlsx …`. The first file is
 * the open spreadsheet; every other file becomes a spreadsheet the add-on can open with
 * SpreadsheetApp.openById, under the id a registry gives it, so «Сводка по школам», «Сводка по
 * реестру…» and a partner's expertise read it as they read a Google spreadsheet:
 * - The registry is the opened file's «Реестр школ», else the first other file holding one — the
 *   coordinator's file beside a school's own, which reaches it through its «Настройки» link; that
 *   file then takes the link's id.
 * - A school's file takes the id its registry row links to; the row is found as the command line
 *   finds it (matchRegistry: the link's file or sheet name, else the school the file names). The
 *   opened file too, when it is a school's: the registry then knows it as the reviewer it is.
 * - A file nothing links to is opened under an id of its own, and said so.
 */
import path from 'node:path';
import type { Grid } from '../domain/core/types';
import { spreadsheetIdOf } from '../domain/parse/spreadsheet-link';
import { kindOfSheet } from '../domain/workbook/kinds';
import { matchRegistry, parseRegistryGrid, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { parseSettingsGrid, SETTINGS_SHEET } from '../domain/workbook/kinds/settings';
import { readWorkbookFile, workbookOf, type LoadedWorkbook, type WorkbookFile } from './load';

export const OPENED_ID = 'playground';

export interface LinkedFile {
  file: string;
  /** The id SpreadsheetApp.openById opens it by. */
  id: string;
  /** How the id was given: a school's registry row, the opened file's «Настройки» link to the registry, or none. */
  by: { kind: 'school'; entry: RegistryEntry } | { kind: 'registry'; link: string } | { kind: 'none' };
  loaded: LoadedWorkbook;
}

const gridOf = (s: WorkbookFile['sheets'][number]): Grid => s.grid as Grid;

function registryIn(read: WorkbookFile): RegistryEntry[] | null {
  const sheet = read.sheets.find((s) => !s.hidden && kindOfSheet(s.name, gridOf(s)) === 'registry');
  return sheet ? parseRegistryGrid(gridOf(sheet), sheet.name).schools : null;
}

function registryLinkIn(read: WorkbookFile): string | null {
  const sheet = read.sheets.find((s) => s.name === SETTINGS_SHEET);
  return sheet ? parseSettingsGrid(gridOf(sheet), sheet.name).settings.registryLink : null;
}

/** The registry row a school's file answers to, by its name, first visible sheet and that sheet's first text. */
function entryOf(entries: readonly RegistryEntry[], read: WorkbookFile): RegistryEntry | null {
  const first = read.sheets.find((s) => !s.hidden);
  const title = first?.grid.flat().find((v) => v !== null && v !== undefined && String(v).trim() !== '');
  return matchRegistry(entries, { file: path.basename(read.file), sheet: first?.name, title: title === undefined ? undefined : String(title) });
}

/** A Sheets-like id of our own for a file nothing links to (the alphabet and length of a real one). */
function ownId(index: number): string {
  return `playground-file-${String(index + 1).padStart(4, '0')}-local`;
}

type Placed = Omit<LinkedFile, 'loaded'>;

/** Every file's id, from the registry (wherever it is) and the opened file's «Настройки». */
function place(opened: WorkbookFile, others: readonly WorkbookFile[]): { opened: Placed; others: Placed[] } {
  const own = registryIn(opened);
  let holder = -1;
  let entries = own ?? [];
  for (let i = 0; !own && holder < 0 && i < others.length; i++) {
    const found = registryIn(others[i]);
    if (found) [holder, entries] = [i, found];
  }
  const taken = new Set<string>([OPENED_ID]);
  const asSchool = (read: WorkbookFile, fallback: string): Placed => {
    const entry = entryOf(entries, read);
    const id = spreadsheetIdOf(entry?.link);
    const placed: Placed =
      entry && id && !taken.has(id) ? { file: read.file, id, by: { kind: 'school', entry } } : { file: read.file, id: fallback, by: { kind: 'none' } };
    taken.add(placed.id);
    return placed;
  };
  const first = own ? { file: opened.file, id: OPENED_ID, by: { kind: 'none' as const } } : asSchool(opened, OPENED_ID);
  const link = registryLinkIn(opened);
  const linkId = spreadsheetIdOf(link);
  const placed = others.map((read, i): Placed => {
    if (i !== holder) return asSchool(read, ownId(i));
    const id = link && linkId && !taken.has(linkId) ? linkId : ownId(i);
    taken.add(id);
    return { file: read.file, id, by: id === linkId && link ? { kind: 'registry', link } : { kind: 'none' } };
  });
  return { opened: first, others: placed };
}

/**
 * Reads the opened file and the others, gives each its id, and makes the others spreadsheets the
 * opened one can open by id.
 */
export async function openFiles(openedFile: string, otherFiles: readonly string[], htmlDir: string): Promise<{ opened: LinkedFile; others: LinkedFile[] }> {
  const opened = await readWorkbookFile(openedFile);
  const others: WorkbookFile[] = [];
  for (const f of otherFiles) others.push(await readWorkbookFile(f));
  const ids = place(opened, others);
  const main: LinkedFile = { ...ids.opened, loaded: workbookOf(opened, htmlDir, ids.opened.id) };
  const linked = ids.others.map((p, i): LinkedFile => ({ ...p, loaded: workbookOf(others[i], htmlDir, p.id) }));
  for (const l of linked) main.loaded.fake.addSpreadsheet(l.loaded.fake);
  main.loaded.fake.calls.reset();
  return { opened: main, others: linked };
}
