/**
 * «Проверка куратора…»: the curator's block for the selected measure — its evidence opened in a new
 * tab, the mark, its date (today), a comment (required for anything but «Подтверждено») and who
 * reviewed (the account's e-mail, else a name typed once and remembered). «Следующее
 * неподтверждённое» walks the sheet's measures that are done and not yet reviewed.
 */
import { curatorErrors, type CuratorForm, type MeasureFormData, type MeasureView } from '../../contracts/forms';
import { findUrls } from '../../domain/parse/tracking';
import { linkKind } from '../../domain/roadmap/form-text';
import { byId, el } from '../shared/dom';
import { count, errorText, sentence } from '../shared/format';
import { clearStatus, showNotice, showProgress, withProgress } from '../shared/progress';
import { callServer } from '../shared/server';
import { bindSubmit, measureCard, showFieldErrors } from '../shared/measure-form';

const FIELDS = ['mark', 'date', 'comment', 'reviewer'];
const form = byId<HTMLFormElement>('form');
const loading = byId('loading');
const line = byId('status-line');
const left = byId('left');
const save = byId<HTMLButtonElement>('save');
const next = byId<HTMLButtonElement>('next');
const mark = byId<HTMLSelectElement>('mark');
const date = byId<HTMLInputElement>('date');
const comment = byId<HTMLTextAreaElement>('comment');
const reviewer = byId<HTMLInputElement>('reviewer');

let data: MeasureFormData | null = null;
let measure: MeasureView | null = null;
let busy = false;
/** How many of the sheet's done measures wait for review, as the walk last counted (null before the walk). */
let waiting: number | null = null;
let counted = new Set<number>();

function showLeft(): void {
  left.textContent =
    waiting === null
      ? ''
      : waiting > 0
        ? `Ждут проверки: ${count(waiting, 'мероприятие', 'мероприятия', 'мероприятий')}`
        : 'Все выполненные мероприятия листа проверены.';
}

/** The evidence as links that open in a new tab, each named by what it is. */
function evidenceLine(m: MeasureView): HTMLElement[] {
  const urls = findUrls(m.evidence);
  if (urls.length === 0) return [el('span', { class: 'muted' }, m.evidence ? `Ссылки нет: «${m.evidence}»` : 'Подтверждающий документ не указан.')];
  return urls.map((u) => el('a', { href: u, target: '_blank', rel: 'noopener noreferrer' }, linkKind(u) ?? 'Открыть документ'));
}

function fill(d: MeasureFormData): void {
  data = d;
  measure = d.measures[0] ?? null;
  if (!measure) {
    form.hidden = true;
    showNotice(loading, 'info', `В выбранной строке листа «${d.sheet}» нет мероприятия. Выберите его или нажмите «Следующее неподтверждённое».`);
    return;
  }
  clearStatus(loading);
  byId('measures').replaceChildren(measureCard(measure));
  byId('evidence-line').replaceChildren(...evidenceLine(measure));
  mark.replaceChildren(...d.marks.map((m) => el('option', { value: m }, m)));
  mark.value = measure.curatorMark && d.marks.includes(measure.curatorMark) ? measure.curatorMark : 'Подтверждено';
  date.max = d.today;
  date.value = d.today;
  comment.value = measure.curatorComment;
  if (!reviewer.value) reviewer.value = d.reviewer;
  showFieldErrors([], FIELDS);
  form.hidden = false;
  save.disabled = false;
  mark.focus();
}

function currentForm(d: MeasureFormData, m: MeasureView): CuratorForm {
  return {
    sheetId: d.sheetId,
    measure: { row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title },
    mark: mark.value,
    date: date.value,
    comment: comment.value,
    reviewer: reviewer.value,
  };
}

async function onSave(): Promise<void> {
  if (busy || !data || !measure) return;
  const f = currentForm(data, measure);
  const errors = curatorErrors(f, data.today);
  if (errors.length > 0) {
    showFieldErrors(errors, FIELDS);
    showNotice(line, 'error', 'Исправьте поля, отмеченные красным.');
    return;
  }
  busy = true;
  try {
    const result = await withProgress({ status: line, text: 'Записываем…', disable: [save, next] }, () => callServer('saveCuratorReview', f));
    if (result.ok) {
      showNotice(line, 'ok', result.message);
      // A measure confirmed or rejected leaves the walk; one sent back for rework stays in it.
      if (waiting !== null && f.mark !== 'На доработку' && counted.has(f.measure.row)) {
        waiting = Math.max(0, waiting - 1);
        counted.delete(f.measure.row);
        showLeft();
      }
    } else if (result.fresh.length > 0) {
      measure = result.fresh[0];
      byId('measures').replaceChildren(measureCard(measure));
      byId('evidence-line').replaceChildren(...evidenceLine(measure));
      showNotice(line, 'error', result.message);
    } else {
      const rest = showFieldErrors(result.errors, FIELDS);
      showNotice(line, 'error', rest.length > 0 ? rest.map(sentence).join(' ') : result.message);
    }
  } catch (error) {
    showNotice(line, 'error', `Не удалось записать: ${sentence(errorText(error))}`);
  } finally {
    busy = false;
  }
}

async function onNext(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    const r = await withProgress({ status: line, text: 'Ищем следующее…', disable: [save, next] }, () => callServer('nextUnreviewed', measure?.row ?? 0));
    waiting = r.left;
    showLeft();
    if (!r.data) {
      showNotice(line, 'ok', 'Все выполненные мероприятия листа проверены.');
      return;
    }
    counted = new Set(r.data.measures.map((m) => m.row));
    clearStatus(line);
    fill(r.data);
  } catch (error) {
    showNotice(line, 'error', `Не удалось перейти: ${sentence(errorText(error))}`);
  } finally {
    busy = false;
  }
}

async function load(): Promise<void> {
  showProgress(loading, 'Читаем выбранную строку…');
  try {
    fill(await callServer('getMeasureFormData'));
  } catch (error) {
    showNotice(loading, 'error', `Не удалось прочитать строку: ${sentence(errorText(error))}`);
  }
}

next.addEventListener('click', () => void onNext());
bindSubmit(form, save, line, () => void onSave());
void load();
