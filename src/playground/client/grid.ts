/**
 * The grid of the active sheet as a DOM table (a small renderer of our own, not a grid component:
 * see README «Песочница»): column letters and row numbers, widths, frozen rows stuck under the
 * header, merged cells, bold and filled cells, links, drop-down cells marked, the selection, and
 * editing in place (double-click or Enter; Enter commits, Escape cancels).
 */
import type { CellView, SheetView } from '../view';
import { columnLetters, el } from './api';

export interface GridHandlers {
  select(row: number, col: number): void;
  edit(row: number, col: number, text: string): void;
}

const DEFAULT_WIDTH = 100;
const ROW_HEIGHT = 21;

export class Grid {
  private view: SheetView | null = null;
  private sel = { row: 1, col: 1 };
  private table: HTMLTableElement | null = null;
  private editing: HTMLElement | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly on: GridHandlers,
  ) {
    host.tabIndex = 0;
    host.addEventListener('keydown', (e) => this.key(e as KeyboardEvent));
  }

  private deferred: [SheetView, { row: number; col: number }] | null = null;

  /** Draws a sheet; while a cell is being edited the drawing waits until the edit ends. */
  render(view: SheetView, selection: { row: number; col: number }): void {
    if (this.editing) {
      this.deferred = [view, selection];
      return;
    }
    this.deferred = null;
    // Another sheet opens at its top-left corner, as a Sheets tab does; the same sheet keeps its scroll.
    if (this.view && this.view.name !== view.name) {
      this.host.scrollTop = 0;
      this.host.scrollLeft = 0;
    }
    this.view = view;
    this.sel = { row: selection.row, col: selection.col };
    const rows = Math.max(view.rows + 20, 60);
    const cols = Math.max(view.cols + 2, 26);
    const cells = new Map<string, CellView>(view.cells.map((c) => [`${c.r},${c.c}`, c]));
    const covered = new Set<string>();
    const spans = new Map<string, { rs: number; cs: number }>();
    for (const m of view.merges) {
      spans.set(`${m.row},${m.col}`, { rs: m.numRows, cs: m.numCols });
      for (let r = m.row; r < m.row + m.numRows; r++) for (let c = m.col; c < m.col + m.numCols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
    }
    const table = el('table', { class: 'grid', 'data-sheet': view.name });
    const colgroup = el('colgroup', {}, el('col', { style: 'width:46px' }));
    for (let c = 1; c <= cols; c++) colgroup.append(el('col', { style: `width:${view.widths[c] ?? DEFAULT_WIDTH}px` }));
    const head = el('tr', { class: 'col-head' }, el('th', { class: 'corner' }));
    for (let c = 1; c <= cols; c++) head.append(el('th', { 'data-c': String(c) }, columnLetters(c)));
    table.append(colgroup, el('thead', {}, head));
    const body = el('tbody');
    for (let r = 1; r <= rows; r++) {
      const tr = el('tr', r <= view.frozenRows ? { class: 'frozen', 'data-r': String(r) } : { 'data-r': String(r) });
      tr.append(el('th', { class: 'row-head' }, String(r)));
      for (let c = 1; c <= cols; c++) {
        const k = `${r},${c}`;
        if (covered.has(k)) continue;
        tr.append(this.cell(r, c, view.display[r - 1]?.[c - 1] ?? '', cells.get(k), spans.get(k)));
      }
      body.append(tr);
    }
    table.append(body);
    table.addEventListener('mousedown', (e) => this.click(e));
    table.addEventListener('dblclick', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      if (td) this.startEdit(Number(td.dataset.r), Number(td.dataset.c));
    });
    this.host.replaceChildren(table);
    this.table = table;
    this.stickFrozen(view.frozenRows);
    this.mark(true);
  }

  private cell(r: number, c: number, text: string, v: CellView | undefined, span?: { rs: number; cs: number }): HTMLTableCellElement {
    const td = el('td', { 'data-r': String(r), 'data-c': String(c) });
    if (span) {
      td.rowSpan = span.rs;
      td.colSpan = span.cs;
      td.classList.add('merged');
    }
    const style: string[] = [];
    if (v?.bold) style.push('font-weight:bold');
    if (v?.italic) style.push('font-style:italic');
    if (v?.bg) style.push(`background:${v.bg}`);
    if (v?.color) style.push(`color:${v.color}`);
    const align = v?.align?.toLowerCase();
    if (align === 'left' || align === 'center' || align === 'right') style.push(`text-align:${align}`);
    else if (/^-?[\d\s]+([,.]\d+)?%?$/.test(text.trim()) && text.trim() !== '') style.push('text-align:right');
    if (style.length) td.setAttribute('style', style.join(';'));
    if (v?.conditional) td.classList.add('conditional');
    if (v?.link) td.append(el('span', { class: 'link', title: v.link }, text));
    else td.append(text);
    if (v?.list) {
      td.classList.add('dropdown');
      td.dataset.list = JSON.stringify(v.list);
      td.append(el('span', { class: 'chip', 'aria-hidden': 'true' }, '▾'));
    }
    return td;
  }

  /** Frozen rows stay under the column letters while the grid scrolls (sticky, stacked). */
  private stickFrozen(n: number): void {
    if (!this.table) return;
    const headH = this.table.tHead?.getBoundingClientRect().height ?? ROW_HEIGHT;
    let top = headH;
    for (let r = 1; r <= n; r++) {
      const tr = this.table.querySelector<HTMLTableRowElement>(`tr[data-r="${r}"]`);
      if (!tr) break;
      for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
      top += tr.getBoundingClientRect().height;
    }
    if (n > 0) this.table.querySelector(`tr[data-r="${n}"]`)?.classList.add('frozen-last');
  }

  private td(row: number, col: number): HTMLTableCellElement | null {
    return this.table?.querySelector<HTMLTableCellElement>(`td[data-r="${row}"][data-c="${col}"]`) ?? null;
  }

  /** Moves the selection mark (and scrolls it into view when asked). */
  private mark(scroll: boolean): void {
    this.table?.querySelectorAll('.selected').forEach((x) => x.classList.remove('selected'));
    this.table?.querySelectorAll('.head-selected').forEach((x) => x.classList.remove('head-selected'));
    const td = this.td(this.sel.row, this.sel.col);
    td?.classList.add('selected');
    this.table?.querySelector(`thead th[data-c="${this.sel.col}"]`)?.classList.add('head-selected');
    this.table?.querySelector(`tr[data-r="${this.sel.row}"] th`)?.classList.add('head-selected');
    if (scroll && td) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.host.dispatchEvent(new CustomEvent('selection', { detail: { ...this.sel, text: td ? this.text(td) : '' } }));
  }

  private text(td: HTMLElement): string {
    return this.view?.display[Number(td.dataset.r) - 1]?.[Number(td.dataset.c) - 1] ?? '';
  }

  private click(e: MouseEvent): void {
    const td = (e.target as HTMLElement).closest('td');
    if (!td || td.contains(this.editing)) return;
    this.finishEdit(false);
    this.sel = { row: Number(td.dataset.r), col: Number(td.dataset.c) };
    this.mark(false);
    this.on.select(this.sel.row, this.sel.col);
  }

  private key(e: KeyboardEvent): void {
    if (this.editing) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEdit(this.sel.row, this.sel.col);
    } else if (moves[e.key]) {
      e.preventDefault();
      const [dr, dc] = moves[e.key];
      this.sel = { row: Math.max(1, this.sel.row + dr), col: Math.max(1, this.sel.col + dc) };
      this.mark(true);
      this.on.select(this.sel.row, this.sel.col);
    }
  }

  startEdit(row: number, col: number): void {
    const td = this.td(row, col);
    if (!td) return;
    this.finishEdit(false);
    this.sel = { row, col };
    this.mark(false);
    const list = td.dataset.list ? (JSON.parse(td.dataset.list) as string[]) : null;
    const editor: HTMLInputElement | HTMLSelectElement = list && list.length ? el('select', { class: 'editor' }) : el('input', { class: 'editor' });
    if (editor instanceof HTMLSelectElement) {
      for (const item of ['', ...list!]) editor.append(el('option', { value: item }, item || '—'));
      editor.addEventListener('change', () => this.finishEdit(true));
    }
    editor.value = this.text(td);
    editor.addEventListener('keydown', (ev) => {
      const e = ev as KeyboardEvent;
      if (e.key === 'Enter') {
        e.preventDefault();
        this.finishEdit(true);
      } else if (e.key === 'Escape') this.finishEdit(false);
      e.stopPropagation();
    });
    td.classList.add('editing');
    td.append(editor);
    this.editing = editor;
    editor.focus();
  }

  private finishEdit(commit: boolean): void {
    const editor = this.editing as HTMLInputElement | null;
    if (!editor) return;
    this.editing = null;
    const td = editor.closest('td');
    editor.remove();
    td?.classList.remove('editing');
    this.host.focus();
    if (commit && td) this.on.edit(Number(td.dataset.r), Number(td.dataset.c), editor.value);
    else if (this.deferred) this.render(...this.deferred);
  }
}
