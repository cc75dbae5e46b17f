/**
 * «Отметить выполнение…»: the measures of the selected rows; status, completion date («сегодня» by
 * default), and for one measure its actual value (against the target), evidence link (a Google
 * Drive or Docs link shown as such) and comment. Checked with the server's rules as the user types;
 * a refusal because the measure changed meanwhile shows the fresh values and keeps what was typed.
 */
import { progressErrors, type FormResult, type MeasureFormData, type MeasureView, type ProgressForm } from '../../contracts/forms';
import { actualAgainstTarget, linkKind } from '../../domain/roadmap/form-text';
import { isHttpUrl } from '../../domain/parse/tracking';
import { parseIndicator } from '../../domain/parse/indicator';
import { byId, el } from '../shared/dom';
import { count, errorText, sentence } from '../shared/format';
import { clearStatus, showNotice, showProgress, withProgress } from '../shared/progress';
import { callServer } from '../shared/server';
import { bindSubmit, measureCard, setFieldError, showFieldErrors } from '../shared/measure-form';

const FIELDS = ['status', 'doneDate', 'evidence'];
const form = byId<HTMLFormElement>('form');
const loading = byId('loading');
const line = byId('status-line');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLSelectElement>('status');
const doneDate = byId<HTMLInputElement>('doneDate');
const actual = byId<HTMLInputElement>('actual');
const evidence = byId<HTMLInputElement>('evidence');
const comment = byId<HTMLTextAreaElement>('comment');

let data: MeasureFormData | null = null;
let saving = false;

function fillMeasures(d: MeasureFormData): void {
  byId('measures').replaceChildren(...d.measures.map(measureCard));
  const skipped = byId('skipped');
  skipped.hidden = d.notMeasures.length === 0 || d.measures.length === 0;
  skipped.textContent = `Строки без мероприятий пропущены: ${d.notMeasures.slice(0, 10).join(', ')}${d.notMeasures.length > 10 ? '…' : ''}.`;
}

function fill(d: MeasureFormData): void {
  data = d;
  fillMeasures(d);
  const one = d.measures.length === 1 ? d.measures[0] : null;
  status.replaceChildren(...d.statuses.map((s) => el('option', { value: s }, s)));
  status.value = one?.status && d.statuses.includes(one.status) ? one.status : 'Выполнено';
  doneDate.max = d.today;
  doneDate.value = one?.doneDate || d.today;
  byId('single').hidden = !one;
  byId('several').hidden = d.measures.length < 2;
  if (one) {
    actual.value = one.actual;
    evidence.value = one.evidence;
    comment.value = one.comment;
    const missing = (['actual', 'evidence', 'comment'] as const).filter((f) => !one.columns.includes(f));
    for (const f of ['actual', 'evidence', 'comment'] as const) byId<HTMLInputElement>(f).disabled = missing.includes(f);
    if (missing.length > 0)
      showNotice(line, 'info', 'Нет столбцов «Факт», «Подтверждающий документ» или «Комментарий»: добавьте их через «Подготовить лист для мониторинга».');
  }
  describeActual();
  describeEvidence();
  form.hidden = false;
  save.disabled = false;
  status.focus();
}

/** «факт 68 % при цели 75 %» as the user types, from the same parser the check uses. */
function describeActual(): void {
  const hint = byId('hint-actual');
  const one = data?.measures.length === 1 ? data.measures[0] : null;
  const target = one?.indicator ? parseIndicator(one.indicator).target : null;
  const against = actualAgainstTarget(actual.value, target);
  hint.className = `hint${against ? (against.met ? ' good' : ' bad') : ''}`;
  hint.textContent = against ? against.text : one?.target ? `цель: ${one.target}` : '';
}

function describeEvidence(): void {
  const url = evidence.value.trim();
  const kind = url && isHttpUrl(url) ? linkKind(url) : null;
  byId('hint-evidence').textContent = kind ? `${kind}: откроется по ссылке` : '';
  if (url === '' || isHttpUrl(url)) setFieldError('evidence', '');
}

function currentForm(d: MeasureFormData): ProgressForm {
  const f: ProgressForm = {
    sheetId: d.sheetId,
    measures: d.measures.map((m) => ({ row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title })),
    status: status.value,
    doneDate: doneDate.value,
  };
  if (d.measures.length === 1) {
    const cols = d.measures[0].columns;
    if (cols.includes('actual')) f.actual = actual.value;
    if (cols.includes('evidence')) f.evidence = evidence.value;
    if (cols.includes('comment')) f.comment = comment.value;
  }
  return f;
}

/** The measures changed meanwhile: their fresh values shown, the form keeps what was typed. */
function showFresh(result: FormResult): void {
  if (!data) return;
  const fresh = new Map(result.fresh.map((m: MeasureView) => [m.number + m.title, m]));
  data = { ...data, measures: data.measures.map((m) => fresh.get(m.number + m.title) ?? m) };
  fillMeasures(data);
  showNotice(line, 'error', result.message);
}

async function onSave(): Promise<void> {
  if (saving || !data) return;
  const f = currentForm(data);
  const errors = progressErrors(f, data.today);
  if (errors.length > 0) {
    const rest = showFieldErrors(errors, FIELDS);
    showNotice(line, 'error', rest.length > 0 ? rest.map(sentence).join(' ') : 'Исправьте поля, отмеченные красным.');
    return;
  }
  showFieldErrors([], FIELDS);
  saving = true;
  try {
    const result = await withProgress({ status: line, text: 'Записываем…', disable: [save] }, () => callServer('saveProgress', f));
    if (result.ok) {
      showNotice(line, 'ok', result.message);
      const again = await callServer('getMeasureFormData');
      if (again.measures.length > 0) fillMeasures((data = { ...again }));
    } else if (result.fresh.length > 0) showFresh(result);
    else {
      const rest = showFieldErrors(result.errors, FIELDS);
      showNotice(line, 'error', rest.length > 0 ? rest.map(sentence).join(' ') : result.message);
    }
  } catch (error) {
    showNotice(line, 'error', `Не удалось записать: ${sentence(errorText(error))}`);
  } finally {
    saving = false;
  }
}

async function load(): Promise<void> {
  showProgress(loading, 'Читаем выбранные строки…');
  try {
    const d = await callServer('getMeasureFormData');
    clearStatus(loading);
    if (d.measures.length === 0) {
      showNotice(loading, 'info', `В выбранных строках листа «${d.sheet}» нет мероприятий. Выберите строку мероприятия и откройте форму снова.`);
      return;
    }
    if (d.measures.length > 1) showNotice(loading, 'info', `Выбрано ${count(d.measures.length, 'мероприятие', 'мероприятия', 'мероприятий')}.`);
    fill(d);
  } catch (error) {
    showNotice(loading, 'error', `Не удалось прочитать строки: ${sentence(errorText(error))}`);
  }
}

byId('today').addEventListener('click', () => {
  if (data) doneDate.value = data.today;
  setFieldError('doneDate', '');
});
actual.addEventListener('input', describeActual);
evidence.addEventListener('input', describeEvidence);
bindSubmit(form, save, line, () => void onSave());
void load();
