/**
 * normaliseTable: a grid as pasted from Word, exported from Sheets or read from CSV → the roadmap
 * table it holds: header row, field → column mapping, logical measure rows, title lines above.
 * Pure, never throws, linear in the number of cells.
 */
import { type Cell, type CellRange, type ColumnOverride, type Diagnostic, type Field, type Grid, type NormalisedTable } from '../core/types';
import { profileColumns } from './columns';
import { findHeader } from './header';
import { readColumns } from './mapping';
import { fillMergesDown } from './layout';
import { repairNumberColumn } from './repair';
import { rowPass } from './row-pass';
import { cellText, cleanCell, fold } from './text';
import { cutToRegion, gridWidth, isOwnRegion, outsideDiagnostics } from './region';

export { cleanCell, cleanText, cellText, fold, htmlToText } from './text';
export { looksLikeDeadline, looksLikeNumber, looksLikeResponsible } from './sniff';
export { scoreHeaderText } from './header';
export { cutToRegion, cutWithMasks, outsideDiagnostics, type OutsideCell } from './region';

export interface NormaliseOptions {
  /** Shown in messages when given. */
  sheetName?: string;
  /** Merged ranges of the grid (0-based, as the grid's rows): a vertical merge's value is read in every row it spans. */
  merges?: readonly CellRange[];
  /** Cells with a link behind them (0-based, as the grid's rows): the evidence column is the one holding links. */
  links?: readonly { row: number; col: number }[];
  /** The user's column mapping for this sheet («Настройки», block «Столбцы»). */
  columns?: readonly ColumnOverride[];
  /**
   * Filled-cell masks of the grid's rows, from cutWithMasks on the grid this one is a slice of: when
   * they show that the grid is its own region, it is not cut again (no second pass over its cells).
   */
  filled?: Int32Array | null;
}

const EXPECTED_HEADERS = '«№», «Мероприятие», «Срок», «Ответственный», «Показатель», «Результат»';

function emptyTable(diagnostics: Diagnostic[]): NormalisedTable {
  return { headerRow: null, columns: {}, mapping: [], unknownColumns: [], rows: [], titleLines: [], diagnostics };
}

/** Messages continue a «Лист «…», строка N:» prefix the caller adds, so they start in lower case. */
function noHeader(): Diagnostic {
  return {
    code: 'no-header',
    severity: 'warning',
    row: null,
    field: null,
    message:
      `не найдена строка заголовка таблицы мероприятий. Ожидаются заголовки столбцов вроде ${EXPECTED_HEADERS}: ` +
      'нужны хотя бы два из них, и среди них «№», «Мероприятие» или «Срок».',
  };
}

export function normaliseTable(grid: Grid, opts?: NormaliseOptions): NormalisedTable {
  try {
    // A stray cell far from the table is reported, never padded to.
    const given = Array.isArray(grid) ? grid : [];
    const own = opts?.filled && opts.filled.length === given.length && isOwnRegion(given, opts.filled);
    const { grid: inRegion, outside } = own ? { grid: given, outside: [] } : cutToRegion(given);
    const table = normalise(inRegion, { merges: opts?.merges ?? [], links: opts?.links ?? [], overrides: opts?.columns ?? [] });
    if (outside.length > 0) table.diagnostics.push(...outsideDiagnostics(outside));
    return table;
  } catch (e) {
    // Safety net: a malformed grid must not break the caller's run.
    return emptyTable([
      {
        code: 'table-unreadable',
        severity: 'error',
        row: null,
        field: null,
        message: `таблицу не удалось разобрать: ${e instanceof Error ? e.message : String(e)}.`,
      },
    ]);
  }
}

const MEASURE_OF_ITS_OWN: ReadonlySet<Field> = new Set<Field>(['number', 'title']);

interface Layout {
  merges: readonly CellRange[];
  links: readonly { row: number; col: number }[];
  overrides: readonly ColumnOverride[];
}

function normalise(grid: Grid, { merges, links, overrides }: Layout): NormalisedTable {
  const width = gridWidth(grid);
  if (width === 0) return emptyTable([noHeader()]);

  const header = findHeader(grid, width);
  if (!header) return emptyTable([noHeader()]);
  const headerStart = header.rows[0];
  const dataStart = header.rows[header.rows.length - 1] + 1;

  // Clean every cell below the header once; note which columns hold anything.
  // Sized once: every entry is set below (no store grown by pushes).
  const rows: Cell[][] = new Array<Cell[]>(Math.max(0, grid.length - dataStart));
  const hasData: boolean[] = new Array(width).fill(false);
  // Cells are cleaned into one buffer, then copied at the row's exact length (no array grown a row).
  const scratch: Cell[] = [];
  for (let r = dataStart; r < grid.length; r++) {
    const src = grid[r];
    // Rows are as long as their source row, never padded to the widest one: empty rows stay cheap.
    const n = Array.isArray(src) ? Math.min(src.length, width) : 0;
    // Trailing empty cells are left out: the row ends with its last filled cell.
    let last = -1;
    for (let c = 0; c < n; c++) {
      const v = cleanCell(src[c]);
      scratch[c] = v;
      if (v === null) continue;
      last = c;
      hasData[c] = true;
    }
    rows[r - dataStart] = last < 0 ? [] : scratch.slice(0, last + 1);
  }
  // A merged deadline or responsible cell belongs to every measure it spans; a merged number or title is one measure.
  const ownColumns = new Set(header.columns.filter((c) => MEASURE_OF_ITS_OWN.has(c.candidates[0]?.field)).map((c) => c.index));
  fillMergesDown(
    rows,
    dataStart,
    merges.filter((m) => m.col < width),
    ownColumns,
  );

  const linkedCells = new Set(links.filter((l) => l.row >= dataStart).map((l) => `${l.row - dataStart}:${l.col}`));
  const read = readColumns(header.columns, rows, hasData, width, {
    overrides,
    headerRow: headerStart + 1,
    linked: linkedCells.size > 0 ? (i, c) => linkedCells.has(`${i}:${c}`) : undefined,
  });
  const { fields, profiles } = read;

  const headerFolded = header.rows.map((r) => {
    const src = grid[r];
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = Array.isArray(src) && c < src.length ? cleanCell(src[c]) : null;
      out.push(cell === null ? '' : fold(cellText(cell)));
    }
    return out;
  });

  const numberCol = fields.number;
  // Numbers Sheets turned into dates are numbers again; the column's profile is taken again after.
  const repairs = repairNumberColumn(rows, numberCol, dataStart + 1);
  const numberProfile = numberCol === undefined ? null : (repairs.length > 0 ? profileColumns(rows, width) : profiles)[numberCol];
  const numberingUsed = numberProfile !== null && numberProfile.number >= 0.3;

  const pass = rowPass({
    rows,
    firstRow: dataStart + 1,
    width,
    fields,
    unknown: read.unknown,
    headerFolded,
    numberingUsed,
  });

  return {
    headerRow: headerStart + 1,
    columns: read.columns,
    mapping: read.mapping,
    unknownColumns: read.unknownColumns,
    rows: pass.rows,
    titleLines: titleLinesAbove(grid, headerStart),
    diagnostics: [...read.diagnostics, ...repairs, ...pass.diagnostics],
  };
}

/** Lines of text above the header, top to bottom (document title, plan period). */
function titleLinesAbove(grid: Grid, headerStart: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < headerStart; r++) {
    const src = grid[r];
    if (!Array.isArray(src)) continue;
    const texts: string[] = [];
    for (const cell of src) {
      const t = cellText(cleanCell(cell));
      if (t) texts.push(t);
    }
    if (texts.length === 0) continue;
    for (const line of texts.join(' ').split('\n')) {
      const l = line.trim();
      if (l) lines.push(l);
    }
  }
  return lines;
}
