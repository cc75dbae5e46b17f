/** The «Реестр школ» kind: the schools a coordinator monitors, their curators and links to their roadmaps. */
import { pluralRu } from '../../../core/text-ru';
import type { Grid } from '../../../core/types';
import type { ReferenceKind } from '../../kind';
import { findHeaderRow, foldLabel } from '../../sheet-cells';
import { REGISTRY_CODES } from './codes';
import { classifyRegistryHeader, parseRegistryGrid, REGISTRY_SHEET, type RegistryEntry } from './registry';

export { REGISTRY_CODES } from './codes';
export * from './registry';
export * from './pairs';

const NAMES = new Set([foldLabel(REGISTRY_SHEET), 'реестр']);

/** A header naming the school and what only a registry has: its curator, cluster or link. */
function recognise(grid: Grid): boolean {
  const header = findHeaderRow(grid, classifyRegistryHeader, 2, ['school']);
  if (!header) return false;
  const c = header.columns;
  return c.curatorSchool !== undefined || c.curatorPerson !== undefined || c.cluster !== undefined || c.link !== undefined;
}

export const registryKind: ReferenceKind<RegistryEntry[]> = {
  id: 'registry',
  title: 'реестр школ',
  sheetName: REGISTRY_SHEET,
  matchesName: (name) => NAMES.has(foldLabel(name)),
  recognise,
  read(grid, sheetName) {
    const parsed = parseRegistryGrid(grid, sheetName);
    const paired = parsed.schools.filter((e) => e.reviewer !== null).length;
    const pairs = paired > 0 ? `; школа-эксперт для взаимоэкспертизы указана у ${paired} из ${parsed.schools.length}` : '';
    return { value: parsed.schools, summary: `${pluralRu(parsed.schools.length, 'школа', 'школы', 'школ')}${pairs}`, diagnostics: parsed.diagnostics };
  },
  codes: REGISTRY_CODES,
};
