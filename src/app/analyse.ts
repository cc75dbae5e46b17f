/**
 * Roadmap sheets analysed the one way every use case does it: each sheet's period from «Настройки»
 * (an explicit period over all), abbreviations from «Справочник организаций» and the settings.
 */
import type { Settings } from '../domain/core/settings';
import type { CellLayout, Grid, IsoDate } from '../domain/core/types';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import type { CellLinkRef } from '../domain/roadmap/links';
import { analyseWorkbook } from '../domain/roadmap/workbook';
import type { OutsideCell } from '../domain/table';
import type { DirectoryEntry } from '../domain/workbook/kinds/directory';
import { sheetColumns, sheetPeriods } from '../domain/workbook/kinds/settings';

export interface RoadmapSheet extends CellLayout {
  name: string;
  grid: Grid;
  outside?: OutsideCell[];
  /** Links behind cells: evidence is read with them, by the checks and the summary alike. */
  links?: readonly CellLinkRef[];
}

export interface AnalyseContext {
  today: IsoDate;
  /** One period for every sheet (the command line's --period), over the settings'. */
  period?: string | null;
  settings: Settings | null;
  directory?: readonly DirectoryEntry[];
}

/** A sheet's main roadmap: the table with a header and the most measures; null when it has none. */
export function mainRoadmap(tables: readonly SheetAnalysis[]): SheetAnalysis | null {
  return [...tables].filter((t) => t.table.headerRow !== null).sort((a, b) => b.measures.length - a.measures.length)[0] ?? null;
}

/** The roadmap tables of one sheet as read (its links, merges and formats with it). */
export function analyseSnapshot(s: RoadmapSheet, ctx: AnalyseContext): SheetAnalysis[] {
  return analyseRoadmaps([{ name: s.name, grid: s.grid, links: s.links, merges: s.merges, formats: s.formats }], ctx);
}

export function analyseRoadmaps(sheets: readonly RoadmapSheet[], ctx: AnalyseContext): SheetAnalysis[] {
  return analyseWorkbook(
    sheets.map((s) => ({
      name: s.name,
      grid: s.grid,
      outside: s.outside,
      links: s.links,
      merges: s.merges,
      formats: s.formats,
      columns: sheetColumns(ctx.settings, s.name),
    })),
    {
      today: ctx.today,
      period: ctx.period ?? null,
      periods: sheetPeriods(
        ctx.settings,
        sheets.map((s) => s.name),
      ),
      directory: [...(ctx.directory ?? []), ...(ctx.settings?.directory ?? [])],
      auditTargets: ctx.settings?.auditTargets,
    },
  );
}
