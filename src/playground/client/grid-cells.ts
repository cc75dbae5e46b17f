/**
 * How one cell of the jspreadsheet grid looks and is edited: a custom column type (jspreadsheet's
 * CustomEditor) shared by every column. It paints each cell from the server's view — the text as
 * Sheets displays it, bold, italic, fill, colour, alignment, a link, a drop-down chip, a colour from a
 * conditional rule — and tags the td with its 1-based Sheets coordinates (data-r, data-c), row by row
 * as rows enter the table (paintRows). Its editor
 * is a text box, or for a drop-down cell the list of the cell's items; what it returns goes to
 * jspreadsheet's onbeforechange, where the grid sends it to the server instead (see ./grid.ts).
 */
import type jspreadsheet from 'jspreadsheet-ce';
import type { CellView, SheetView } from '../view';
import { el } from './api';

/** What the painter needs of a sheet: its display texts and its per-cell looks by "row,col". */
export interface Paintable {
  view: SheetView;
  looks: Map<string, CellView>;
}

export function looksOf(view: SheetView): Map<string, CellView> {
  return new Map(view.cells.map((c) => [`${c.r},${c.c}`, c]));
}

const NUMBER_LIKE = /^-?[\d\s]+([,.]\d+)?%?$/;

/** Paints one td from the view (1-based row and column); jspreadsheet's own overflow style is kept. */
export function paintCell(td: HTMLTableCellElement, sheet: Paintable, row: number, col: number): void {
  const text = sheet.view.display[row - 1]?.[col - 1] ?? '';
  const look = sheet.looks.get(`${row},${col}`);
  td.dataset.r = String(row);
  td.dataset.c = String(col);
  // A sheet's looks do not change within one drawing: a cell without a look has none to clear.
  if (look) paintLook(td, look, text);
  else if (isNumberLike(text)) td.style.textAlign = 'right';
  if (look?.link) td.replaceChildren(el('span', { class: 'link', title: look.link }, text));
  else if (td.textContent !== text || td.childElementCount) td.replaceChildren(...(text ? [text] : []));
  if (look?.list) td.append(el('span', { class: 'chip', 'aria-hidden': 'true' }, '▾'));
}

function isNumberLike(text: string): boolean {
  return text.trim() !== '' && NUMBER_LIKE.test(text.trim());
}

function paintLook(td: HTMLTableCellElement, look: CellView, text: string): void {
  if (look.bold) td.style.fontWeight = 'bold';
  if (look.italic) td.style.fontStyle = 'italic';
  if (look.bg) td.style.backgroundColor = look.bg;
  if (look.color) td.style.color = look.color;
  const align = look.align?.toLowerCase();
  if (align === 'left' || align === 'center' || align === 'right') td.style.textAlign = align;
  else if (isNumberLike(text)) td.style.textAlign = 'right';
  if (look.conditional) td.classList.add('conditional');
  if (look.list) td.classList.add('dropdown');
}

/** Paints the rows of a table that are not painted yet (jspreadsheet adds rows as a long sheet scrolls). */
export function paintRows(rows: Iterable<HTMLTableRowElement>, sheet: Paintable): void {
  for (const tr of rows) {
    if (tr.dataset.painted) continue;
    tr.dataset.painted = '1';
    const row = Number(tr.dataset.y) + 1;
    for (const td of Array.from(tr.cells)) if (td.dataset.x !== undefined) paintCell(td, sheet, row, Number(td.dataset.x) + 1);
  }
}

/** The text box, or the list of a drop-down cell, laid over the cell being edited. */
function openCellEditor(td: HTMLTableCellElement, sheet: Paintable, x: number, y: number, ws: jspreadsheet.WorksheetInstance, e?: Event): void {
  const text = sheet.view.display[y]?.[x] ?? '';
  const list = sheet.looks.get(`${y + 1},${x + 1}`)?.list;
  td.classList.add('editing');
  if (list && list.length) {
    const select = el('select', { class: 'editor list-editor', size: String(Math.min(list.length + 1, 10)) });
    for (const item of ['', ...list]) select.append(el('option', { value: item }, item || '—'));
    select.value = text;
    select.addEventListener('change', () => ws.closeEditor(td, true));
    select.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') ws.closeEditor(td, false);
      ev.stopPropagation();
    });
    select.onblur = () => ws.edition && ws.closeEditor(td, false);
    td.append(select);
    select.focus({ preventScroll: true });
    return;
  }
  const input = el('input', { class: 'editor' });
  // A key typed on a selected cell starts an empty edit (the key itself then lands in the box), as in
  // Sheets; double-click, Enter and F2 keep the cell's text.
  const typed = e instanceof KeyboardEvent && e.key.length === 1;
  input.value = typed ? '' : text;
  input.onblur = () => ws.edition && ws.closeEditor(td, true);
  td.append(input);
  input.focus({ preventScroll: true });
  input.setSelectionRange(input.value.length, input.value.length);
}

/** The column type every column of the grid uses. `current` gives the sheet being shown. */
export function sheetsCellType(current: () => Paintable): jspreadsheet.CustomEditor {
  return {
    // Cells are painted when their row enters the table (paintRows): a long sheet creates every cell at once.
    createCell: (td) => td,
    updateCell: (td, value, x, y) => {
      paintCell(td, current(), y + 1, x + 1);
      return value;
    },
    openEditor: (td, _value, x, y, ws, _options, e) => openCellEditor(td, current(), x, y, ws, e),
    closeEditor: (td, save, x, y) => {
      const editor = td.querySelector<HTMLInputElement | HTMLSelectElement>('.editor');
      const value = editor?.value ?? '';
      if (editor) editor.onblur = null;
      td.classList.remove('editing');
      editor?.remove();
      paintCell(td, current(), y + 1, x + 1);
      return save ? value : undefined;
    },
  } as jspreadsheet.CustomEditor;
}
