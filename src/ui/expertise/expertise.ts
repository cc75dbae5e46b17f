/**
 * «Экспертиза документа»: the reviewer picks whose documents (this spreadsheet's, or a school it
 * reviews from «Реестр школ», read from that school's spreadsheet) and a document, and scores it
 * criterion by criterion, with the add-on's proposal, its reasons and the rows it is about beside
 * each (a click selects the row, in this spreadsheet); saving writes the sheet «Экспертиза»;
 * reopening shows the saved scores.
 */
import type { ExpertiseData, ExpertiseDocumentView } from '../../contracts/expertise';
import { SCORE_LABELS, scoreLabel, totals, type Score } from '../../domain/expertise/criteria';
import { byId, el } from '../shared/dom';
import { errorText } from '../shared/format';
import { callServer } from '../shared/server';

const schoolSelect = byId<HTMLSelectElement>('school');
const reviewerLine = byId('reviewer');
const docSelect = byId<HTMLSelectElement>('doc');
const list = byId('criteria');
const message = byId('message');
const total = byId('total');
const save = byId<HTMLButtonElement>('save');
let data: ExpertiseData | null = null;

function current(): ExpertiseDocumentView | null {
  return data?.documents[Number(docSelect.value)] ?? null;
}

function options(scale: '0-3' | 'yes-no'): [string, string][] {
  const none: [string, string] = ['', '— не оценено —'];
  if (scale === 'yes-no') return [none, ['true', 'да'], ['false', 'нет']];
  return [none, ...[3, 2, 1, 0].map((n): [string, string] => [String(n), `${n} – ${SCORE_LABELS[n]}`])];
}

const toValue = (s: Score): string => (s === null ? '' : String(s));
const fromValue = (v: string): Score => (v === '' ? null : v === 'true' ? true : v === 'false' ? false : (Number(v) as 0 | 1 | 2 | 3));

function readScores(): { id: string; score: Score; comment: string }[] {
  return Array.from(list.querySelectorAll<HTMLElement>('.criterion')).map((node) => ({
    id: node.dataset.id ?? '',
    score: fromValue(node.querySelector('select')?.value ?? ''),
    comment: node.querySelector('textarea')?.value ?? '',
  }));
}

function showTotal(): void {
  const d = current();
  if (!d) return;
  const scores = readScores();
  const t = totals(d.criteria.map((c, i) => ({ scale: c.scale, score: scores[i]?.score ?? null })));
  total.textContent = t.max === 0 ? 'Оценок пока нет.' : `Итого: ${t.total} из ${t.max} (${t.percent} % от максимума по оценённым критериям)`;
}

function criterionNode(d: ExpertiseDocumentView, c: ExpertiseDocumentView['criteria'][number]): HTMLElement {
  const select = el('select', { 'aria-label': c.text });
  for (const [value, label] of options(c.scale)) select.append(el('option', { value }, label));
  select.value = toValue(c.score ?? (d.saved ? null : c.proposed));
  select.addEventListener('change', showTotal);
  const proposal = c.proposed === null ? 'Предложения нет: оценивает эксперт.' : `Предложение: ${scoreLabel(c.scale, c.proposed)}`;
  const evidence = c.evidence.map((e) => {
    const text = e.row === null ? e.text : `строка ${e.row}: ${e.text}`;
    // Another school's rows are in its own spreadsheet: named, not selectable from here.
    if (!data?.local) return el('div', {}, e.row === null ? text : `лист «${e.sheet}», ${text}`);
    const b = el('button', { type: 'button', class: 'link' }, text);
    if (e.row !== null) b.addEventListener('click', () => void callServer('selectCell', { sheet: e.sheet, row: e.row ?? 1, column: null }));
    return el('div', {}, b);
  });
  const comment = el('textarea', { rows: '2', 'aria-label': `Комментарий: ${c.text}`, placeholder: 'Комментарий' });
  comment.value = c.comment;
  return el(
    'div',
    { class: 'criterion', 'data-id': c.id },
    el('strong', {}, c.text),
    el('div', { class: 'muted' }, proposal),
    el('ul', { class: 'reasons' }, ...c.reasons.map((r) => el('li', {}, r))),
    el('div', { class: 'evidence' }, ...evidence),
    select,
    comment,
  );
}

function render(): void {
  const d = current();
  list.replaceChildren(...(d ? d.criteria.map((c) => criterionNode(d, c)) : []));
  save.disabled = !d;
  showTotal();
}

const BY = { pair: 'пара по взаимоэкспертизе', curator: 'курирует', all: 'из реестра' } as const;

/** The school picker: this spreadsheet first, then the registry's schools offered. */
function showSchools(d: ExpertiseData, keep: string): void {
  const options = [el('option', { value: '' }, 'Эта таблица'), ...d.schools.map((s) => el('option', { value: String(s.row) }, `${s.school} — ${BY[s.by]}`))];
  schoolSelect.replaceChildren(...options);
  schoolSelect.value = d.schools.some((s) => String(s.row) === keep) ? keep : '';
  schoolSelect.disabled = d.schools.length === 0;
  reviewerLine.textContent = d.reviewer ? `Эксперт: ${d.reviewer}` : '';
}

const chosenRow = (): number | null => (schoolSelect.value === '' ? null : Number(schoolSelect.value));

async function load(keepDoc = true): Promise<void> {
  try {
    const keep = keepDoc ? docSelect.value : '';
    const keepSchool = schoolSelect.value;
    message.textContent = 'Загрузка…';
    data = await callServer('getExpertiseData', { row: chosenRow() });
    showSchools(data, keepSchool);
    docSelect.replaceChildren(...data.documents.map((d, i) => el('option', { value: String(i) }, `${d.title}${d.saved ? ' ✓' : ''}`)));
    if (keep && Number(keep) < data.documents.length) docSelect.value = keep;
    const whose = data.school ? `В таблице школы «${data.school.school}»` : 'В таблице';
    message.textContent = data.error ?? (data.documents.length === 0 ? `${whose} нет программ, дорожных карт или рискового профиля для экспертизы.` : '');
    render();
  } catch (error) {
    message.textContent = errorText(error);
  }
}

docSelect.addEventListener('change', render);
schoolSelect.addEventListener('change', () => void load(false));
save.addEventListener('click', async () => {
  const d = current();
  if (!d) return;
  save.disabled = true;
  message.textContent = 'Сохранение…';
  try {
    const r = await callServer('saveExpertise', { row: chosenRow(), title: d.title, type: d.type, scores: readScores() });
    await load();
    message.textContent = r.message;
  } catch (error) {
    message.textContent = errorText(error);
  } finally {
    save.disabled = false;
  }
});

void load();
