/**
 * A workbook: every sheet analysed on its own, plus the checks that look across sheets
 * (one school written several ways in different tables of the same document).
 */
import type { CellLinkRef } from './links';
import type { CellLayout, ColumnOverride, Diagnostic, Grid, IsoDate, Period } from '../core/types';
import { DIAGNOSTIC_CODES } from '../checks/codes';
import { quote } from '../checks/context';
import { findSchoolVariants } from '../parse/school';
import type { OutsideCell } from '../table';
import { analyseSheet, type SheetAnalysis } from './analyse';

export interface WorkbookOptions {
  today: IsoDate;
  /** Period for every sheet (command line --period); else per-sheet settings; else inferred. */
  period?: string | Period | null;
  periods?: Record<string, string>;
  /** The organisation directory («Справочник организаций»), to expand abbreviations of responsible bodies. */
  directory?: { abbr: string; full: string; type?: string }[];
  /** Audit targets from «Настройки», for the plan-time check of each table. */
  auditTargets?: { h1: number; h2: number };
}

export function analyseWorkbook(
  sheets: ({ name: string; grid: Grid; outside?: OutsideCell[]; links?: readonly CellLinkRef[]; columns?: readonly ColumnOverride[] } & CellLayout)[],
  opts: WorkbookOptions,
): SheetAnalysis[] {
  const perSheet = sheets.map((s) =>
    analyseSheet(s.grid, {
      sheetName: s.name,
      today: opts.today,
      period: opts.period ?? opts.periods?.[s.name] ?? null,
      directory: opts.directory,
      auditTargets: opts.auditTargets,
      outside: s.outside,
      links: s.links,
      merges: s.merges,
      formats: s.formats,
      columns: s.columns,
    }),
  );
  addSchoolVariants(
    sheets,
    perSheet.map((tables) => tables[0]),
  );
  return perSheet.flat();
}

// Hoisted: a regex literal in the loop would make a new RegExp object for every cell.
const HONORIFIC_WORD = /им(?:\.|ени)/i;

/**
 * School names are gathered from every text cell of every sheet (a pairs table or a registry names
 * schools too, not only measures). A finding is attached to the sheet and row of its first mention.
 */
function addSchoolVariants(sheets: { name: string; grid: Grid }[], analyses: SheetAnalysis[]): void {
  // The mentions as bare texts (each in the "row" of its index), and where mention i stands: sheet
  // and row at 2i and 2i + 1 of a typed array, rather than an object per mention.
  const mentions: string[] = [];
  let places: Int32Array = new Int32Array(256);
  const at = (i: number) => ({ sheet: places[2 * i], row: places[2 * i + 1] });
  // Index loops over every cell of the workbook: no closure call per row.
  for (let sheet = 0; sheet < sheets.length; sheet++) {
    const grid = sheets[sheet].grid;
    for (let r = 0; r < grid.length; r++) {
      const cells = grid[r];
      if (cells === undefined) continue; // a hole in a sparse grid, which forEach skipped
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        // «им.» / «имени» is what makes two spellings differ; skip cells that cannot hold one (the
        // shortest, «им.», has three characters: shorter cells need no regex call).
        if (typeof cell !== 'string' || cell.length < 3 || !HONORIFIC_WORD.test(cell)) continue;
        const n = mentions.push(cell);
        if (2 * n > places.length) places = doubled(places);
        places[2 * n - 2] = sheet;
        places[2 * n - 1] = r + 1;
      }
    }
  }
  for (const group of findSchoolVariants(mentions)) {
    let firstIndex = Infinity; // a loop, not Math.min(...rows): a group may hold more rows than a call takes arguments
    for (const v of group.variants) for (const i of v.rows) if (i < firstIndex) firstIndex = i;
    const first = at(firstIndex);
    const listed = group.variants.map((v) => `${quote(v.text, 70)} (${where(v.rows.map(at), sheets, first.sheet)})`);
    const text = `одна школа названа по-разному: ${listed.join('; ')}. Приведите название к одному виду.`;
    const diagnostic: Diagnostic = {
      code: 'school-name-variants',
      severity: DIAGNOSTIC_CODES['school-name-variants'].severity,
      row: first.row,
      field: null,
      message: `Лист «${sheets[first.sheet].name}», строка ${first.row}: ${text}`,
      place: { sheet: sheets[first.sheet].name, row: first.row, column: null },
      text,
    };
    const target = analyses[first.sheet];
    target.diagnostics.push(diagnostic);
    target.diagnostics.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
}

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** «строки 16, 19» on the sheet of the finding; «лист «План 2021», строки 7, 8» elsewhere. */
function where(locs: { sheet: number; row: number }[], sheets: { name: string }[], home: number): string {
  const bySheet = new Map<number, Set<number>>();
  for (const l of locs) {
    const rows = bySheet.get(l.sheet) ?? new Set<number>();
    rows.add(l.row);
    bySheet.set(l.sheet, rows);
  }
  return [...bySheet]
    .map(([sheet, set]) => {
      const rows = [...set];
      const shown = rows.length > 8 ? `${rows.slice(0, 8).join(', ')}…` : rows.join(', ');
      const label = `${rows.length === 1 ? 'строка' : 'строки'} ${shown}`;
      return sheet === home ? label : `лист «${sheets[sheet].name}», ${label}`;
    })
    .join('; ');
}
