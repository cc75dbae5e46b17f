/**
 * «Проверить лист» and `check`, written once: every sheet of a workbook is what its kind says —
 * a reference sheet («Настройки», «Справочник организаций», «Реестр школ», by name or by content) is
 * read and checked by its own rules; every other sheet is checked as a roadmap, with the periods of
 * «Настройки» and the abbreviations of «Справочник организаций». Changes nothing.
 */
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import { analyseRoadmaps } from './analyse';
import type { Settings } from '../domain/core/settings';
import type { CellLayout, Diagnostic, Grid, IsoDate } from '../domain/core/types';
import type { ReferenceKindId } from '../domain/workbook/kind';
import { REFERENCE_KINDS, kindOfSheet } from '../domain/workbook/kinds';
import type { DirectoryEntry } from '../domain/workbook/kinds/directory';
import type { OutsideCell } from '../domain/table';
import type { RiskProfile } from '../domain/workbook/kinds/risk-profile';
import { crossCheckRisks } from '../domain/risk/cross';
import type { Programme } from '../domain/risk/programmes';

export interface SheetToCheck extends CellLayout {
  name: string;
  grid: Grid;
  hidden?: boolean;
  /** Cells the reader left out of the grid as far outside the table (reported, never padded to). */
  outside?: OutsideCell[];
  /** Links behind cells (0-based row and column). */
  links?: readonly { row: number; col: number; url: string }[];
}

/** A reference sheet: read, and checked by its kind's rules, not as a roadmap. */
export interface ReferenceSheet {
  name: string;
  kind: ReferenceKindId;
  /** What was read, in Russian («периоды заданы для 4 листов…»). */
  summary: string;
  diagnostics: Diagnostic[];
}

export interface WorkbookCheck {
  /** Every roadmap table of the sheets checked, each with its own period. */
  tables: SheetAnalysis[];
  reference: ReferenceSheet[];
  /** The workbook's settings (its first «Настройки»), or null. */
  settings: Settings | null;
  directory: DirectoryEntry[];
  /** The workbook's risk profiles, and the anti-risk programmes of its roadmaps. */
  profiles: RiskProfile[];
  programmes: Programme[];
}

export interface CheckOptions {
  today: IsoDate;
  /** The plan period of every sheet, over the settings' (the command line's --period). */
  period?: string | null;
  /** Check only this sheet (hidden sheets are checked only when named). */
  only?: string;
  /** Check `only` as a roadmap whatever its kind (the command line's --sheet: the user named it). */
  asRoadmap?: boolean;
}

export function checkWorkbook(sheets: readonly SheetToCheck[], opts: CheckOptions): WorkbookCheck {
  let settings: Settings | null = null;
  const directory: DirectoryEntry[] = [];
  const reference: ReferenceSheet[] = [];
  const roadmaps: SheetToCheck[] = [];
  const profiles: RiskProfile[] = [];
  const otherRoadmaps: SheetToCheck[] = [];
  for (const s of sheets) {
    const kindId = kindOfSheet(s.name, s.grid);
    const kind = REFERENCE_KINDS.find((k) => k.id === kindId);
    const named = opts.only !== undefined && s.name === opts.only;
    if (!kind || (named && opts.asRoadmap)) {
      if (opts.only ? named : !s.hidden) roadmaps.push(s);
      else if (!kind && !s.hidden) otherRoadmaps.push(s);
      if (!kind) continue;
    }
    if (kind.id === 'settings' && settings) continue; // the first «Настройки» is the workbook's
    const read = kind.read(s.grid, s.name);
    if (kind.id === 'settings') settings = read.value as Settings;
    if (kind.id === 'directory') directory.push(...(read.value as DirectoryEntry[]));
    if (kind.id === 'risk-profile') profiles.push(read.value as RiskProfile);
    if (!opts.only || (named && !opts.asRoadmap)) reference.push({ name: s.name, kind: kind.id, summary: read.summary, diagnostics: read.diagnostics });
  }
  const ctx = { today: opts.today, period: opts.period, settings, directory };
  const checked = analyseRoadmaps(roadmaps, ctx);
  // The profile against the programmes of every roadmap; a profile checked alone needs the others read.
  const profileOnly = opts.only !== undefined && reference.some((r) => r.kind === 'risk-profile');
  const others = profiles.length > 0 && profileOnly ? analyseRoadmaps(otherRoadmaps, ctx) : [];
  const risk = crossCheckRisks(profiles, checked, new Map(sheets.map((s) => [s.name, s.grid])), others);
  const tables = checked.map((t, i) => (risk.tableDiagnostics[i].length > 0 ? { ...t, diagnostics: [...t.diagnostics, ...risk.tableDiagnostics[i]] } : t));
  for (const r of reference) r.diagnostics.push(...(risk.profileDiagnostics.get(r.name) ?? []));
  return { tables, reference, settings, directory, profiles, programmes: risk.programmes };
}
