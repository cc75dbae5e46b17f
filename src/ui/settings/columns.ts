/**
 * The block «Столбцы» of the settings form: one row per column the user names — the sheet (or
 * every sheet), the column's header (offered from the workbook's tables, or its letter) and what it
 * holds (a field, or «не читать»). Rows are added and removed; their errors sit under them.
 */
import type { SettingsForm } from '../../contracts/schemas';
import { FIELD_CHOICES } from '../../contracts/settings-form';
import { byId, el } from '../shared/dom';

type ColumnRow = SettingsForm['columns'][number];

const box = byId('column-rows');
const addButton = byId<HTMLButtonElement>('add-column');
const EVERY_SHEET = 'Все листы';

let sheets: string[] = [];
let uid = 0;

function select(options: [string, string][], value: string, label: string): HTMLSelectElement {
  const s = el('select', { 'aria-label': label });
  for (const [v, text] of options) s.append(el('option', { value: v }, text));
  // A saved value the list does not hold (a sheet since renamed) stays selectable as it is.
  if (!options.some(([v]) => v === value)) s.append(el('option', { value }, value));
  s.value = value;
  return s;
}

function fieldOptions(): [string, string][] {
  return FIELD_CHOICES.map(([value, label]): [string, string] => [value, label]);
}

function renumber(): void {
  Array.from(box.querySelectorAll<HTMLElement>('.column-row')).forEach((row, i) => {
    row.dataset.index = String(i);
    row.querySelector('.column-sheet')?.setAttribute('aria-label', `Столбец ${i + 1}: лист`);
    row.querySelector('input')?.setAttribute('aria-label', `Столбец ${i + 1}: заголовок или буква`);
    row.querySelector('.column-field')?.setAttribute('aria-label', `Столбец ${i + 1}: что в нём`);
    row.querySelector('.remove')?.setAttribute('aria-label', `Удалить столбец ${i + 1}`);
  });
}

/** A row of the block, appended; focuses its header input when asked. */
export function addColumnRow(value: ColumnRow, focus = false): void {
  const id = `column-${++uid}`;
  const sheet = select([['', EVERY_SHEET], ...sheets.map((s): [string, string] => [s, s])], value.sheet, 'лист');
  sheet.classList.add('column-sheet');
  const header = el('input', { type: 'text', id, list: 'column-headers', placeholder: 'Заголовок или буква', autocomplete: 'off' });
  header.value = value.header;
  const field = select(fieldOptions(), value.field || 'title', 'что в нём');
  field.classList.add('column-field');
  const remove = el('button', { type: 'button', class: 'remove', title: 'Удалить столбец' }, '×');
  const error = el('div', { class: 'field-error', id: `err-${id}` });
  const row = el('div', { class: 'column-row' }, el('div', { class: 'line' }, sheet, remove), header, field, error);
  header.addEventListener('input', () => setColumnError(row, ''));
  remove.addEventListener('click', () => {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    renumber();
    ((next?.querySelector('input') as HTMLInputElement | null) ?? addButton).focus();
  });
  box.append(row);
  renumber();
  if (focus) header.focus();
}

/** The block's rows as the form sends them. */
export function columnRows(): ColumnRow[] {
  return Array.from(box.querySelectorAll<HTMLElement>('.column-row')).map((row) => ({
    sheet: (row.querySelector('.column-sheet') as HTMLSelectElement).value,
    header: (row.querySelector('input') as HTMLInputElement).value.trim(),
    field: (row.querySelector('.column-field') as HTMLSelectElement).value,
  }));
}

function setColumnError(row: HTMLElement, message: string): void {
  const error = row.querySelector('.field-error') as HTMLElement;
  const input = row.querySelector('input') as HTMLInputElement;
  error.textContent = message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

/** Shows an error («columns.<i>») under its row; false when there is no such row. */
export function showColumnError(key: string, message: string): boolean {
  const m = /^columns\.(\d+)/.exec(key);
  const row = m ? box.querySelectorAll<HTMLElement>('.column-row')[Number(m[1])] : undefined;
  if (!row) return false;
  const error = row.querySelector('.field-error') as HTMLElement;
  if (!error.textContent) setColumnError(row, message);
  return true;
}

export function clearColumnErrors(): void {
  for (const row of Array.from(box.querySelectorAll<HTMLElement>('.column-row'))) setColumnError(row, '');
}

export function setColumnsDisabled(disabled: boolean): void {
  for (const c of Array.from(box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'))) c.disabled = disabled;
  addButton.disabled = disabled;
}

/** Fills the block from the saved settings, with the workbook's sheets and headers to choose from. */
export function fillColumns(rows: readonly ColumnRow[], roadmapSheets: readonly string[], headers: readonly string[]): void {
  sheets = [...roadmapSheets];
  byId('column-headers').replaceChildren(...headers.map((h) => el('option', { value: h })));
  box.replaceChildren();
  for (const r of rows) addColumnRow(r);
}

addButton.addEventListener('click', () => addColumnRow({ sheet: '', header: '', field: 'title' }, true));
