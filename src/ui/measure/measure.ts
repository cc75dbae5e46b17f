/**
 * «Мероприятие…»: edit the measure of the selected row, or add one at the end of a section. The
 * deadline and the indicator are read as the user types by the same parsers the check uses (bundled
 * here: no server call), responsible bodies are offered from the directory, and the server writes
 * only the measure's own cells.
 */
import { draftErrors, type DraftForm, type MeasureEditorData, type SaveMeasureForm } from '../../contracts/measure-editor';
import { describeDeadline, describeIndicator } from '../../domain/roadmap/draft-text';
import type { Period } from '../../domain/core/types';
import { byId, el } from '../shared/dom';
import { errorText, sentence } from '../shared/format';
import { clearStatus, showNotice, showProgress, withProgress } from '../shared/progress';
import { callServer } from '../shared/server';
import { bindSubmit, showFieldErrors } from '../shared/measure-form';

const NEW_SECTION = '\u0000new';
const FIELDS = ['title', 'newSection'];
const DRAFT = ['number', 'title', 'task', 'deadline', 'indicator', 'responsible', 'result'] as const;

const form = byId<HTMLFormElement>('form');
const loading = byId('loading');
const line = byId('status-line');
const save = byId<HTMLButtonElement>('save');
const fresh = byId<HTMLButtonElement>('new');
const section = byId<HTMLSelectElement>('section');
const newSection = byId<HTMLInputElement>('newSection');
const input = (f: (typeof DRAFT)[number]) => byId<HTMLInputElement | HTMLTextAreaElement>(f);

let data: MeasureEditorData | null = null;
let editing: { row: number; fingerprint: string; number: string; title: string } | null = null;
let busy = false;

function period(): Period {
  return data!.period;
}

function hint(id: string, reading: { ok: boolean; text: string }): void {
  const h = byId(id);
  h.textContent = reading.text;
  h.className = `hint ${reading.text ? (reading.ok ? 'good' : 'bad') : ''}`;
}

function previewDeadline(): void {
  hint('hint-deadline', describeDeadline(input('deadline').value, period()));
}

function previewIndicator(): void {
  hint('hint-indicator', describeIndicator(input('indicator').value));
}

/** The full names of the abbreviations typed («УО, МОЦ» → what each stands for). */
function previewResponsible(): void {
  const byAbbr = new Map(data!.directory.map((e) => [e.abbr.toLowerCase(), e.full]));
  const named = input('responsible')
    .value.split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => byAbbr.has(p.toLowerCase()))
    .map((p) => `${p} — ${byAbbr.get(p.toLowerCase())}`);
  byId('hint-responsible').textContent = named.join('; ');
}

function proposeNumber(): void {
  if (editing || !data) return;
  const chosen = section.value;
  const next = chosen === NEW_SECTION ? data.newSectionNumber : (data.sections.find((s) => s.title === chosen)?.nextNumber ?? '');
  input('number').value = next;
  byId('hint-number').textContent = next ? 'следующий по порядку в разделе; можно изменить' : '';
}

function fillSections(d: MeasureEditorData, current: string): void {
  const options = d.sections.map((s) => el('option', { value: s.title }, s.title || 'Без раздела'));
  section.replaceChildren(...options, el('option', { value: NEW_SECTION }, 'Новый раздел…'));
  section.value = d.sections.some((s) => s.title === current) ? current : (d.sections[d.sections.length - 1]?.title ?? NEW_SECTION);
  newSection.hidden = section.value !== NEW_SECTION;
}

function setMode(d: MeasureEditorData, edit: boolean): void {
  editing = edit && d.measure ? { row: d.measure.row, fingerprint: d.measure.fingerprint, number: d.measure.draft.number, title: d.measure.draft.title } : null;
  byId('mode').textContent = editing ? `Изменить мероприятие в строке ${editing.row} листа «${d.sheet}»` : `Новое мероприятие на листе «${d.sheet}»`;
  byId('section-box').hidden = editing !== null;
  fresh.hidden = editing === null;
  for (const f of DRAFT) input(f).value = editing && d.measure ? d.measure.draft[f] : '';
  fillSections(d, d.measure?.section ?? d.selectedSection);
  proposeNumber();
  previewDeadline();
  previewIndicator();
  previewResponsible();
  showFieldErrors([], FIELDS);
  input('title').focus();
}

function fill(d: MeasureEditorData): void {
  data = d;
  byId('directory').replaceChildren(...d.directory.map((e) => el('option', { value: e.abbr }, e.full)));
  const missing = DRAFT.filter((f) => !d.columns.includes(f));
  for (const f of DRAFT) input(f).disabled = missing.includes(f);
  const note = byId('no-columns');
  note.hidden = missing.length === 0;
  note.textContent = `В таблице нет столбцов: ${missing.map((f) => byId(f).previousElementSibling?.textContent ?? f).join(', ')} — эти поля не записываются.`;
  setMode(d, d.measure !== null);
  form.hidden = false;
  save.disabled = false;
}

function currentForm(): SaveMeasureForm {
  const draft = Object.fromEntries(DRAFT.map((f) => [f, input(f).value])) as DraftForm;
  const f: SaveMeasureForm = { sheetId: data!.sheetId, draft };
  if (editing) f.edit = editing;
  else if (section.value === NEW_SECTION) f.newSection = newSection.value;
  else f.section = section.value;
  return f;
}

async function onSave(): Promise<void> {
  if (busy || !data) return;
  const f = currentForm();
  const errors = draftErrors(f);
  if (errors.length > 0) {
    showFieldErrors(errors, FIELDS);
    showNotice(line, 'error', 'Исправьте поля, отмеченные красным.');
    return;
  }
  busy = true;
  try {
    const r = await withProgress({ status: line, text: 'Записываем…', disable: [save] }, () => callServer('saveMeasure', f));
    if (!r.ok && r.fresh && editing) {
      // The user's text stays in the fields; the table's is shown; the next «Записать» writes over it knowingly.
      const now = r.fresh.draft;
      const changed = DRAFT.filter((k) => now[k] !== input(k).value).map((k) => `${byId(k).previousElementSibling?.textContent ?? k}: «${now[k]}»`);
      editing = { ...editing, row: r.fresh.row, fingerprint: r.fresh.fingerprint };
      showNotice(line, 'error', r.message, el('br'), `Сейчас в таблице — ${changed.join('; ') || 'то же, что в форме'}.`);
      return;
    }
    showNotice(line, 'ok', [r.message, ...r.notes.map(sentence)].join(' '));
    // The form now edits what was written (its fingerprint is new).
    fill(await callServer('getMeasureEditorData'));
  } catch (error) {
    showNotice(line, 'error', `Не удалось записать: ${sentence(errorText(error))}`);
  } finally {
    busy = false;
  }
}

async function load(): Promise<void> {
  showProgress(loading, 'Читаем лист…');
  try {
    const d = await callServer('getMeasureEditorData');
    clearStatus(loading);
    fill(d);
  } catch (error) {
    showNotice(loading, 'error', sentence(errorText(error)));
  }
}

section.addEventListener('change', () => {
  newSection.hidden = section.value !== NEW_SECTION;
  if (!newSection.hidden) newSection.focus();
  proposeNumber();
});
input('deadline').addEventListener('input', previewDeadline);
input('indicator').addEventListener('input', previewIndicator);
input('responsible').addEventListener('input', previewResponsible);
fresh.addEventListener('click', () => data && setMode(data, false));
bindSubmit(form, save, line, () => void onSave());
void load();
