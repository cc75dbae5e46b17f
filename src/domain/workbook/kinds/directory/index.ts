/** The «Справочник организаций» kind: abbreviations of responsible bodies and their full names. */
import { pluralRu } from '../../../core/text-ru';
import type { Grid } from '../../../core/types';
import type { ReferenceKind } from '../../kind';
import { findHeaderRow, foldLabel } from '../../sheet-cells';
import { DIRECTORY_CODES } from './codes';
import { classifyDirectoryHeader, DIRECTORY_SHEET, parseDirectoryGrid, type DirectoryEntry } from './directory';

export { DIRECTORY_CODES } from './codes';
export * from './directory';

const NAMES = new Set([foldLabel(DIRECTORY_SHEET), 'справочник', 'справочник сокращений']);

/** «Сокращение | Полное название» among the first rows. */
function recognise(grid: Grid): boolean {
  return findHeaderRow(grid, classifyDirectoryHeader, 2, ['abbr', 'full']) !== null;
}

export const directoryKind: ReferenceKind<DirectoryEntry[]> = {
  id: 'directory',
  title: 'справочник организаций',
  sheetName: DIRECTORY_SHEET,
  matchesName: (name) => NAMES.has(foldLabel(name)),
  recognise,
  read(grid, sheetName) {
    const parsed = parseDirectoryGrid(grid, sheetName);
    return { value: parsed.entries, summary: pluralRu(parsed.entries.length, 'организация', 'организации', 'организаций'), diagnostics: parsed.diagnostics };
  },
  codes: DIRECTORY_CODES,
};
