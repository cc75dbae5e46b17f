/**
 * The list of document kinds. A sheet is the first reference kind its name names, else the first
 * whose headers and content it holds, else a roadmap. Adding a kind: a folder beside these, one line
 * in REFERENCE_KINDS, its codes in ALL_CODES (see README «How to extend»).
 */
import { DIAGNOSTIC_CODES } from '../../checks/codes';
import { PROGRAMME_CODES } from '../../risk/codes';
import { normaliseTable } from '../../table';
import type { Grid } from '../../core/types';
import type { KindId, ReferenceKind } from '../kind';
import { directoryKind } from './directory';
import { expertiseKind } from './expertise';
import { registryKind } from './registry';
import { riskProfileKind } from './risk-profile';
import { settingsKind } from './settings';

export const REFERENCE_KINDS: readonly ReferenceKind<unknown>[] = [
  settingsKind,
  directoryKind,
  riskProfileKind,
  expertiseKind,
  registryKind,
] as readonly ReferenceKind<unknown>[];

/** Every diagnostic code the product emits: the roadmap's, each reference kind's, the anti-risk programmes'. Feeds the README table. */
export const ALL_CODES = {
  ...DIAGNOSTIC_CODES,
  ...settingsKind.codes,
  ...directoryKind.codes,
  ...registryKind.codes,
  ...riskProfileKind.codes,
  ...expertiseKind.codes,
  ...PROGRAMME_CODES,
};

/** The reference kind a sheet name names, or null. */
export function kindByName(name: string): ReferenceKind<unknown> | null {
  return REFERENCE_KINDS.find((k) => k.matchesName(name)) ?? null;
}

/** Rows looked at to tell a sheet's kind by its content: headers sit near the top. */
const PROBE_ROWS = 40;

/**
 * What a sheet is: by its name first; then a sheet whose top holds a roadmap header is a roadmap
 * (its «Отметка куратора» or «Ссылка» columns do not make it a registry); then by the headers and
 * content of each reference kind; a roadmap otherwise.
 */
export function kindOfSheet(name: string, grid: Grid): KindId {
  const named = kindByName(name);
  if (named) return named.id;
  const probe = grid.length > PROBE_ROWS ? grid.slice(0, PROBE_ROWS) : grid;
  // An expertise form's «Критерий | Оценка | Комментарий» is no roadmap header.
  if (expertiseKind.recognise(probe)) return expertiseKind.id;
  if (normaliseTable(probe).headerRow !== null) return 'roadmap';
  return REFERENCE_KINDS.find((k) => k.recognise(probe))?.id ?? 'roadmap';
}

export { directoryKind, expertiseKind, registryKind, riskProfileKind, settingsKind };
