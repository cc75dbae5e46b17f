/**
 * The grid of the active sheet, drawn by jspreadsheet-ce (MIT; see README «Known gaps»): column
 * letters and row numbers, widths, frozen rows stuck under the header, merged cells, the cells as
 * ./grid-cells.ts paints them, the selection of a cell or a range (click, shift-click, drag, arrows),
 * editing in place (double-click, Enter or typing; Enter commits, Escape cancels) and lazy loading
 * of long sheets.
 *
 * The emulator stays the single source of truth: every write jspreadsheet is about to make (an edit,
 * a paste, Delete) is cancelled in onbeforechange and sent to the server as the text typed; the
 * grid redraws from the server's next view. Formulas are never evaluated here (parseFormulas off,
 * and the formula engine is not even in the bundle: scripts/build-playground.mjs).
 */
import jspreadsheet from 'jspreadsheet-ce';
import type { SheetView } from '../view';
import { columnLetters } from './api';
import { looksOf, paintRows, sheetsCellType, type Paintable } from './grid-cells';
import { FrozenCopy, stickFrozenRows } from './grid-frozen';

/** A 1-based rectangle, as the emulator's active range. */
export interface GridSelection {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface GridHandlers {
  select(range: GridSelection): void;
  edit(row: number, col: number, text: string): void;
}

const DEFAULT_WIDTH = 100;
/** Sheets longer than this load their rows lazily (jspreadsheet draws 100 at a time as one scrolls). */
export const LAZY_ROWS = 500;

type Worksheet = jspreadsheet.WorksheetInstance;

export function rangeName(s: GridSelection): string {
  const first = `${columnLetters(s.col)}${s.row}`;
  return s.numRows === 1 && s.numCols === 1 ? first : `${first}:${columnLetters(s.col + s.numCols - 1)}${s.row + s.numRows - 1}`;
}

function sameRange(a: GridSelection | null, b: GridSelection): boolean {
  return !!a && a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols;
}

function mergeCells(view: SheetView): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const m of view.merges) if (m.numRows > 1 || m.numCols > 1) out[`${columnLetters(m.col)}${m.row}`] = [m.numCols, m.numRows];
  return out;
}

/**
 * jspreadsheet closes (and saves) an open editor on any scroll of its content, even the one the
 * browser makes when the editor takes the focus. Sheets keeps the editor open while the grid
 * scrolls: its scroll handler (lazy loading) runs as if no editor were open.
 */
function keepEditorOnScroll(ws: Worksheet): void {
  const own = ws.content.onscroll;
  if (!own) return;
  ws.content.onscroll = function (this: GlobalEventHandlers, e: Event) {
    const edition = ws.edition;
    ws.edition = null;
    try {
      own.call(this, e);
    } finally {
      ws.edition = edition;
    }
  };
}

/** jspreadsheet's lazy loading keeps 100 rows in the table; a far row is shown with the 100 around it. */
const LAZY_PAGE = 100;

function showLazyRow(ws: Worksheet, y: number): boolean {
  if (!ws.rows[y] || ws.rows[y].element.isConnected) return false;
  const start = Math.max(0, Math.min(y - LAZY_PAGE / 2, ws.rows.length - LAZY_PAGE));
  ws.tbody.replaceChildren(...ws.rows.slice(start, start + LAZY_PAGE).map((r) => r.element));
  return true;
}

export class Grid {
  private sheet: Paintable | null = null;
  private worksheet: Worksheet | null = null;
  private drawn = '';
  private sel: GridSelection = { row: 1, col: 1, numRows: 1, numCols: 1 };
  /** The server's selection last applied, so that a redraw does not undo a selection not yet reported. */
  private serverSel: GridSelection | null = null;
  private moving = false;
  /** A mouse button is down on the grid: a drag may still grow the selection; it is reported on release. */
  private dragging = false;
  private unreported = false;
  private deferred: [SheetView, GridSelection] | null = null;
  private readonly cellType = sheetsCellType(() => this.sheet!);
  private rowWatch: MutationObserver | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly on: GridHandlers,
  ) {
    // The host hears mousedown before jspreadsheet's document listener selects.
    host.addEventListener('mousedown', () => (this.dragging = true));
    document.addEventListener('mouseup', () => {
      this.dragging = false;
      if (this.unreported) this.report();
    });
  }

  /** Draws a sheet (again only when the view changed); while a cell is being edited the drawing waits. */
  render(view: SheetView, selection: GridSelection): void {
    if (this.worksheet?.edition) {
      this.deferred = [view, selection];
      return;
    }
    this.deferred = null;
    const key = JSON.stringify(view);
    if (key !== this.drawn) {
      this.build(view);
      this.drawn = key;
      this.serverSel = null;
    }
    if (!sameRange(this.serverSel, selection)) {
      this.serverSel = { ...selection };
      this.moveTo(selection, true);
    }
  }

  private build(view: SheetView): void {
    performance.mark('grid-build-start');
    const sameSheet = this.sheet?.view.name === view.name;
    const content = this.worksheet?.content;
    const scroll = sameSheet && content ? { top: content.scrollTop, left: content.scrollLeft } : { top: 0, left: 0 };
    this.rowWatch?.disconnect();
    if (this.worksheet) jspreadsheet.destroy(this.host as jspreadsheet.JspreadsheetInstanceElement, false);
    this.sheet = { view, looks: looksOf(view) };
    const rows = Math.max(view.rows + 20, 60);
    const cols = Math.max(view.cols + 2, 26);
    const data = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => view.display[r]?.[c] ?? ''));
    const columns = Array.from({ length: cols }, (_, c) => ({
      type: this.cellType,
      width: view.widths[c + 1] ?? DEFAULT_WIDTH,
      title: columnLetters(c + 1),
      // Sheets' default: text overflows into empty neighbours (textOverflow) and is never wrapped.
      wordWrap: false,
    }));
    const [worksheet] = jspreadsheet(this.host as HTMLDivElement, {
      ...this.events(),
      tabs: false,
      toolbar: false,
      parseFormulas: false,
      worksheets: [
        {
          worksheetName: view.name,
          data,
          columns,
          mergeCells: mergeCells(view),
          tableOverflow: true,
          tableWidth: '100%',
          tableHeight: '100%',
          lazyLoading: rows > LAZY_ROWS,
          defaultColAlign: 'left',
          textOverflow: true,
          columnSorting: false,
          columnDrag: false,
          columnResize: false,
          rowDrag: false,
          rowResize: false,
          allowInsertRow: false,
          allowManualInsertRow: false,
          allowInsertColumn: false,
          allowManualInsertColumn: false,
          allowDeleteRow: false,
          allowDeleteColumn: false,
          allowRenameColumn: false,
          allowComments: false,
          selectionCopy: false,
        },
      ],
    });
    this.worksheet = worksheet;
    const table = worksheet.element.querySelector('table')!;
    table.classList.add('grid');
    table.dataset.sheet = view.name;
    this.watchRows(worksheet, view);
    keepEditorOnScroll(worksheet);
    worksheet.content.scrollTop = scroll.top;
    worksheet.content.scrollLeft = scroll.left;
    // How long a sheet took to draw (devtools' Performance panel; the browser tests report it).
    performance.measure(`grid-build ${view.name}`, 'grid-build-start');
  }

  /** Paints rows as they enter the table, and keeps a lazy sheet's frozen rows in view. */
  private watchRows(ws: Worksheet, view: SheetView): void {
    const sheet = this.sheet!;
    paintRows(Array.from(ws.tbody.rows), sheet);
    stickFrozenRows(ws.tbody.parentElement as HTMLTableElement, view.frozenRows);
    const frozen = view.frozenRows;
    const copy =
      ws.options.lazyLoading && frozen > 0
        ? new FrozenCopy(
            ws.rows.slice(0, frozen).map((r) => r.element),
            ws.thead,
            (x, y) => ws.updateSelectionFromCoords(x, y, x, y),
          )
        : null;
    this.rowWatch = new MutationObserver((changes) => {
      for (const c of changes)
        paintRows(
          Array.from(c.addedNodes).filter((n): n is HTMLTableRowElement => n instanceof HTMLTableRowElement),
          sheet,
        );
      copy?.update();
    });
    this.rowWatch.observe(ws.tbody, { childList: true });
  }

  private events(): Partial<jspreadsheet.SpreadsheetOptions> {
    return {
      contextMenu: () => false as unknown as jspreadsheet.ContextMenuItem[],
      onbeforechange: (ws, td, x, y, value) => {
        this.on.edit(Number(y) + 1, Number(x) + 1, String(value ?? ''));
        // Keep what the server last showed; its answer redraws the cell.
        return (ws.options.data as jspreadsheet.CellValue[][])[Number(y)][Number(x)];
      },
      onselection: (_ws, x1, y1, x2, y2) => this.selected({ row: y1 + 1, col: x1 + 1, numRows: y2 - y1 + 1, numCols: x2 - x1 + 1 }),
      // A click outside the grid (a menu, a tab) clears jspreadsheet's selection; Sheets keeps it.
      onblur: (ws) => {
        window.setTimeout(() => ws === this.worksheet && this.moveTo(this.sel, false));
      },
      oneditionend: () => {
        window.setTimeout(() => {
          this.host.focus();
          if (this.deferred && !this.worksheet?.edition) this.render(...this.deferred);
        });
      },
    };
  }

  private selected(range: GridSelection): void {
    this.sel = range;
    this.announce();
    if (this.moving) return;
    this.unreported = true;
    if (!this.dragging) this.report();
  }

  private report(): void {
    this.unreported = false;
    this.serverSel = { ...this.sel };
    this.on.select({ ...this.sel });
  }

  /** Tells the page (name box, formula bar) what is selected. */
  private announce(): void {
    const text = this.sheet?.view.display[this.sel.row - 1]?.[this.sel.col - 1] ?? '';
    this.host.dispatchEvent(new CustomEvent('selection', { detail: { ...this.sel, name: rangeName(this.sel), text } }));
  }

  /** Moves the selection to a range (the server's: selectCell, a tab opened), scrolled into view. */
  private moveTo(range: GridSelection, scroll: boolean): void {
    const ws = this.worksheet;
    if (!ws) return;
    this.moving = true;
    try {
      ws.updateSelectionFromCoords(range.col - 1, range.row - 1, range.col + range.numCols - 2, range.row + range.numRows - 2);
    } finally {
      this.moving = false;
    }
    this.sel = { ...range };
    this.announce();
    if (scroll) this.scrollToCell(range.row, range.col);
  }

  private scrollToCell(row: number, col: number): void {
    const ws = this.worksheet!;
    // A far row of a lazy sheet lands mid-page and is scrolled to the middle: near either end of the
    // 100 rows, jspreadsheet's scroll handler would load more rows and push it out of view.
    const far = ws.options.lazyLoading && showLazyRow(ws, row - 1);
    ws.getCellFromCoords(col - 1, row - 1)?.scrollIntoView({ block: far ? 'center' : 'nearest', inline: 'nearest' });
  }
}
