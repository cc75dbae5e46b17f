/**
 * How one cell of the jspreadsheet grid looks and is edited: a custom column type (jspreadsheet's
 * CustomEditor) shared by every column. It paints each cell from the server's view — the text as
 * Sheets displays it, bold, italic, fill, colour, alignment, a link, a drop-down chip, a colour from a
 * conditional rule — and tags the td with its 1-based Sheets coordinates (data-r, data-c). Its editor
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

function cellStyle(text: string, look: CellView | undefined): string {
  const style: string[] = [];
  if (look?.bold) style.push('font-weight:bold');
  if (look?.italic) style.push('font-style:italic');
  if (look?.bg) style.push(`background-color:${look.bg}`);
  if (look?.color) style.push(`color:${look.color}`);
  const align = look?.align?.toLowerCase();
  if (align === 'left' || align === 'center' || align === 'right') style.push(`text-align:${align}`);
  else if (text.trim() !== '' && NUMBER_LIKE.test(text.trim())) style.push('text-align:right');
  return style.join(';');
}

/** Paints one td from the view (1-based row and column). */
export function paintCell(td: HTMLTableCellElement, sheet: Paintable, row: number, col: number): void {
  const text = sheet.view.display[row - 1]?.[col - 1] ?? '';
  const look = sheet.looks.get(`${row},${col}`);
  td.dataset.r = String(row);
  td.dataset.c = String(col);
  const style = cellStyle(text, look);
  if (style) td.setAttribute('style', style);
  else td.removeAttribute('style');
  td.classList.toggle('conditional', Boolean(look?.conditional));
  td.classList.toggle('dropdown', Boolean(look?.list));
  if (look?.link) td.replaceChildren(el('span', { class: 'link', title: look.link }, text));
  else if (text) td.replaceChildren(text);
  else td.replaceChildren();
  if (look?.list) td.append(el('span', { class: 'chip', 'aria-hidden': 'true' }, '▾'));
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
  // A key typed on a selected cell starts the edit with that key, as in Sheets; double-click and Enter keep the text.
  const typed = e instanceof KeyboardEvent && e.key.length === 1 ? e.key : null;
  input.value = typed ?? text;
  input.onblur = () => ws.edition && ws.closeEditor(td, true);
  td.append(input);
  input.focus({ preventScroll: true });
  input.setSelectionRange(input.value.length, input.value.length);
}

/** The column type every column of the grid uses. `current` gives the sheet being shown. */
export function sheetsCellType(current: () => Paintable): jspreadsheet.CustomEditor {
  return {
    createCell: (td, _value, x, y) => {
      paintCell(td, current(), y + 1, x + 1);
      return td;
    },
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
