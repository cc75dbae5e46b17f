/**
 * The «Настройки» dialog: loads the settings form, checks it with the server's rules as the user
 * types, sends it as a plain object to saveSettingsForm and shows the server's field errors next
 * to the fields. Closes on success.
 */
import { type SaveSettingsResult, type SettingsDialogData } from '../../contracts/schemas';
import { byId, el } from '../shared/dom';
import { errorText, sentence } from '../shared/format';
import { clearStatus, showNotice, showProgress, withProgress } from '../shared/progress';
import { callServer, closeDialog } from '../shared/server';
import { clearColumnErrors, columnRows, fillColumns, setColumnsDisabled, showColumnError } from './columns';
import { describePeriod, normaliseDayMonth, periodOf, readSettings, resolveField, type FieldError, type RawSettings } from './validate';

/** How long «Сохранено» stays in view before the dialog closes. */
const CLOSE_AFTER_MS = 700;

const form = byId<HTMLFormElement>('form');
const loading = byId('loading');
const status = byId('status');
const save = byId<HTMLButtonElement>('save');
const cancel = byId<HTMLButtonElement>('cancel');
const addDate = byId<HTMLButtonElement>('add-date');
const datesBox = byId('dates');

interface FieldRef {
  input: HTMLInputElement;
  error: HTMLElement;
  hint?: HTMLElement;
}

/** Inputs by field key: «auditH1», «periods.0», «reportDates.1»… */
const fields = new Map<string, FieldRef>();
let sheets: string[] = [];
let saving = false;
let done = false;

function scalar(key: string, hint?: string): FieldRef {
  const ref: FieldRef = { input: byId<HTMLInputElement>(key), error: byId(`err-${key}`) };
  if (hint) ref.hint = byId(hint);
  return ref;
}

function setError(ref: FieldRef, message: string): void {
  ref.error.textContent = message;
  if (message) {
    ref.input.setAttribute('aria-invalid', 'true');
    ref.input.setAttribute('aria-describedby', ref.error.id);
  } else {
    ref.input.removeAttribute('aria-invalid');
    ref.input.removeAttribute('aria-describedby');
  }
}

function clearErrors(): void {
  for (const ref of fields.values()) setError(ref, '');
  clearColumnErrors();
  byId('err-reportDates').textContent = '';
}

let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

/** Re-keys the report date inputs after one is added or removed: reportDates.0, .1, … */
function reindexDates(): void {
  for (const key of [...fields.keys()]) if (key.startsWith('reportDates.')) fields.delete(key);
  const boxes = Array.from(datesBox.querySelectorAll<HTMLElement>('.date'));
  boxes.forEach((box, i) => {
    const input = box.querySelector('input') as HTMLInputElement;
    const error = box.querySelector('.field-error') as HTMLElement;
    input.dataset.field = `reportDates.${i}`;
    input.setAttribute('aria-label', `Срок отчёта ${i + 1}, ДД.ММ`);
    (box.querySelector('.remove') as HTMLButtonElement).setAttribute('aria-label', `Удалить срок ${i + 1}`);
    fields.set(`reportDates.${i}`, { input, error });
  });
  const only = boxes.length <= 1;
  for (const b of Array.from(datesBox.querySelectorAll<HTMLButtonElement>('.remove'))) b.disabled = only || saving;
}

function addDateInput(value: string, focus = false): void {
  const input = el('input', { type: 'text', class: 'date-input', placeholder: 'ДД.ММ', maxlength: '5', autocomplete: 'off', inputmode: 'numeric' });
  input.value = value;
  const error = el('div', { class: 'field-error', id: nextId('err-date') });
  const remove = el('button', { type: 'button', class: 'remove', title: 'Удалить срок' }, '×');
  const box = el('div', { class: 'date' }, el('div', { class: 'line' }, input, remove), error);
  remove.addEventListener('click', () => {
    if (datesBox.querySelectorAll('.date').length <= 1) return;
    const next = box.nextElementSibling ?? box.previousElementSibling;
    box.remove();
    reindexDates();
    (next?.querySelector('input') as HTMLInputElement | null)?.focus();
  });
  input.addEventListener('blur', () => checkField(input));
  datesBox.append(box);
  reindexDates();
  if (focus) input.focus();
}

/** The field's error under the rules, or ''. Reads the whole form: a rule may compare two fields. */
function errorFor(key: string): string {
  return readSettings(raw()).errors.find((e) => e.field === key)?.message ?? '';
}

/** Checks one field when the user leaves it (a date is first written as ДД.ММ). */
function checkField(input: HTMLInputElement): void {
  const key = input.dataset.field ?? '';
  const ref = fields.get(key);
  if (!ref) return;
  if (key.startsWith('reportDates.') && input.value.trim() !== '') input.value = normaliseDayMonth(input.value);
  setError(ref, input.value.trim() === '' ? '' : errorFor(key));
}

/** Shows how a period input was understood, or why it was not, as the user types. */
function checkPeriod(ref: FieldRef, emptyHint: string, short = false): void {
  const key = ref.input.dataset.field ?? '';
  const message = ref.input.value.trim() === '' ? '' : errorFor(key);
  setError(ref, message);
  const period = message ? null : periodOf(ref.input.value);
  if (ref.hint) ref.hint.textContent = message ? '' : period ? describePeriod(period, short) : emptyHint;
}

function periodRow(sheet: string, period: string, index: number): HTMLTableRowElement {
  const id = `period-${index}`;
  const input = el('input', { type: 'text', id, placeholder: 'как по умолчанию', autocomplete: 'off', 'data-field': `periods.${index}` });
  input.value = period;
  const error = el('div', { class: 'field-error', id: `err-${id}` });
  const hint = el('div', { class: 'hint', id: `hint-${id}` });
  const ref: FieldRef = { input, error, hint };
  fields.set(`periods.${index}`, ref);
  input.addEventListener('input', () => checkPeriod(ref, '', true));
  checkPeriod(ref, '', true);
  const name = el('label', { for: id }, sheet);
  return el('tr', {}, el('td', { class: 'sheet-name' }, name), el('td', {}, input, error, hint));
}

function raw(): RawSettings {
  const v = (key: string) => fields.get(key)?.input.value ?? '';
  return {
    defaultPeriod: v('defaultPeriod'),
    periods: sheets.map((sheet, i) => ({ sheet, period: v(`periods.${i}`) })),
    auditH1: v('auditH1'),
    auditH2: v('auditH2'),
    reportDates: Array.from(datesBox.querySelectorAll<HTMLInputElement>('.date input')).map((i) => i.value),
    redOverduePercent: v('redOverduePercent'),
    unconfirmedDays: v('unconfirmedDays'),
    blockMaxAgeDays: v('blockMaxAgeDays'),
    registryLink: v('registryLink'),
    columns: columnRows(),
  };
}

/** Puts errors next to their fields; the rest in the footer. Focuses the first field in error. */
function showErrors(errors: FieldError[]): void {
  clearErrors();
  const general: string[] = [];
  let first: HTMLInputElement | null = null;
  for (const e of errors) {
    const key = resolveField(e.field, sheets, (k) => fields.has(k) || k === 'reportDates');
    const ref = key ? fields.get(key) : undefined;
    if (ref) {
      if (!ref.error.textContent) setError(ref, e.message);
      if (!first) first = ref.input;
    } else if (showColumnError(e.field, e.message)) {
      // Shown under its row of the block «Столбцы».
    } else if (key === 'reportDates') {
      byId('err-reportDates').textContent = e.message;
    } else {
      general.push(e.message);
    }
  }
  // Keep the order of the page: the first field in error is the one highest up.
  const invalid = Array.from(form.querySelectorAll<HTMLInputElement>('input[aria-invalid=true]'));
  if (invalid.length > 0) first = invalid[0];
  const n = errors.length;
  const summary =
    general.length > 0 ? general.map(sentence).join(' ') : n === 1 ? 'Исправьте поле, отмеченное красным.' : 'Исправьте поля, отмеченные красным.';
  showNotice(status, 'error', summary);
  first?.focus();
}

function setFormDisabled(disabled: boolean): void {
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input'))) input.readOnly = disabled;
  addDate.disabled = disabled;
  setColumnsDisabled(disabled);
  cancel.disabled = disabled;
  reindexDates();
}

async function onSave(): Promise<void> {
  if (saving || done) return;
  const { form: data, errors } = readSettings(raw());
  if (errors.length > 0) {
    showErrors(errors);
    return;
  }
  clearErrors();
  saving = true;
  setFormDisabled(true);
  let result: SaveSettingsResult | null = null;
  try {
    result = await withProgress({ status, text: 'Сохраняем…', disable: [save] }, () => callServer('saveSettingsForm', data));
  } catch (error) {
    showNotice(status, 'error', `Не удалось сохранить: ${sentence(errorText(error))}`);
  } finally {
    saving = false;
  }
  if (result && result.ok) {
    done = true;
    save.disabled = true;
    showNotice(status, 'ok', 'Сохранено');
    window.setTimeout(closeDialog, CLOSE_AFTER_MS);
    return;
  }
  setFormDisabled(false);
  if (result) showErrors(result.errors.length > 0 ? result.errors : [{ field: '', message: 'Сервер не принял настройки.' }]);
}

function fill(data: SettingsDialogData): void {
  const f = data.form;
  // Roadmap sheets first, in the workbook's order, then sheets that only have a saved period.
  const saved = new Map(f.periods.map((p) => [p.sheet, p.period]));
  sheets = [...new Set([...data.roadmapSheets, ...f.periods.map((p) => p.sheet)])];
  byId('periods-body').replaceChildren(...sheets.map((s, i) => periodRow(s, saved.get(s) ?? '', i)));
  byId('periods').hidden = sheets.length === 0;
  byId('no-sheets').hidden = sheets.length > 0;

  const dp = scalar('defaultPeriod', 'hint-defaultPeriod');
  fields.set('defaultPeriod', dp);
  dp.input.value = f.defaultPeriod;
  const dpHint = 'Пусто — период определяется по каждому листу (по заголовку или по годам в сроках).';
  dp.input.addEventListener('input', () => checkPeriod(dp, dpHint));
  checkPeriod(dp, dpHint);

  const numbers: [keyof typeof f & string, number][] = [
    ['auditH1', f.auditH1],
    ['auditH2', f.auditH2],
    ['redOverduePercent', f.redOverduePercent],
    ['unconfirmedDays', f.unconfirmedDays],
    ['blockMaxAgeDays', f.blockMaxAgeDays],
  ];
  for (const [key, value] of numbers) {
    const ref = scalar(key);
    ref.input.value = String(value).replace('.', ',');
    ref.input.addEventListener('input', () => setError(ref, ''));
    ref.input.addEventListener('change', () => checkField(ref.input));
    fields.set(key, ref);
  }

  const link = scalar('registryLink');
  link.input.value = f.registryLink;
  link.input.addEventListener('input', () => setError(link, ''));
  link.input.addEventListener('change', () => checkField(link.input));
  fields.set('registryLink', link);

  datesBox.replaceChildren();
  for (const d of f.reportDates.length > 0 ? f.reportDates : ['']) addDateInput(d);
  fillColumns(f.columns, data.roadmapSheets, data.headers);

  form.hidden = false;
  save.disabled = false;
}

async function load(): Promise<void> {
  showProgress(loading, 'Загружаем настройки…');
  try {
    const data = await callServer('getSettingsDialogData');
    clearStatus(loading);
    fill(data);
    fields.get('defaultPeriod')?.input.focus();
  } catch (error) {
    showNotice(loading, 'error', `Не удалось загрузить настройки: ${sentence(errorText(error))}`);
    cancel.textContent = 'Закрыть';
  }
}

addDate.addEventListener('click', () => addDateInput('', true));
save.addEventListener('click', () => void onSave());
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void onSave();
});
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
    e.preventDefault();
    void onSave();
  }
});
cancel.addEventListener('click', () => closeDialog());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !saving) closeDialog();
});
void load();
