/**
 * The «Подготовить лист для мониторинга» dialog: shows what preparing the active sheet will do
 * (a copy of the sheet, tracking columns, page-break rows removed and merged), asks for consent,
 * runs prepareSheet once and shows what was done.
 */
import { type PreparePlan, type PrepareResult } from '../../contracts/schemas';
import { prepareResultLines } from '../../contracts/prepare-text';
import { byId, el } from '../shared/dom';
import { count, errorText, formatRowList, sentence } from '../shared/format';
import { clearStatus, showNotice, showProgress, withProgress } from '../shared/progress';
import { callServer, closeDialog } from '../shared/server';

/** How many row numbers a sentence lists before «и ещё N». */
const MAX_ROWS_LISTED = 8;

const status = byId('status');
const cancel = byId<HTMLButtonElement>('cancel');
const prepare = byId<HTMLButtonElement>('prepare');
const closeButton = byId<HTMLButtonElement>('close');
const done = byId<HTMLButtonElement>('done');

let started = false;
/** The plan on screen: consent applies exactly this one (the server refuses if the sheet changed). */
let shown: PreparePlan | null = null;

/** The server's refusal when the sheet changed after the plan was shown (src/gas/prepare.ts). */
const SHEET_CHANGED = /Лист изменился/;

const rowsWord = (n: number) => count(n, 'строка', 'строки', 'строк');

function planSteps(plan: PreparePlan): HTMLElement[] {
  const steps: HTMLElement[] = [];
  steps.push(el('li', {}, `Будет создана копия листа «${plan.sheet}» с именем «${plan.copyName}»: в ней сохранится исходный вид листа.`));
  if (plan.addColumns.length > 0) {
    steps.push(
      el(
        'li',
        {},
        plan.addColumns.length === 1
          ? 'Справа от таблицы будет добавлен столбец для отслеживания:'
          : `Справа от таблицы будут добавлены столбцы для отслеживания (${plan.addColumns.length}):`,
        el('ul', { class: 'cols' }, ...plan.addColumns.map((c) => el('li', {}, c))),
      ),
    );
  } else {
    steps.push(el('li', { class: 'none' }, 'Все столбцы для отслеживания уже есть: новые не понадобятся.'));
  }
  if (plan.removeRows.length > 0) {
    steps.push(
      el(
        'li',
        {},
        `Будут удалены повторы строки заголовка и разделители, оставшиеся от разрывов страниц: ${rowsWord(plan.removeRows.length)} `,
        el('span', { class: 'rows' }, `(${formatRowList(plan.removeRows, MAX_ROWS_LISTED)})`),
        '.',
      ),
    );
  }
  if (plan.mergeRows.length > 0) {
    const rows = plan.mergeRows.map((m) => m.row);
    const li = el(
      'li',
      {},
      `Мероприятия, разорванные страницей, будут собраны в одну строку: ${rowsWord(rows.length)} `,
      el('span', { class: 'rows' }, `(${formatRowList(rows, MAX_ROWS_LISTED)})`),
      rows.length === 1 ? ' присоединится к началу своего мероприятия.' : ' присоединятся к началу своих мероприятий.',
    );
    li.title = plan.mergeRows.map((m) => `строка ${m.row} → к строке ${m.into}`).join('\n');
    steps.push(li);
  }
  if (plan.repairNumbers.length > 0) {
    const li = el(
      'li',
      {},
      `Номера мероприятий, которые Таблицы превратили в даты, будут записаны как текст: ${rowsWord(plan.repairNumbers.length)} `,
      el(
        'span',
        { class: 'rows' },
        `(${formatRowList(
          plan.repairNumbers.map((r) => r.row),
          MAX_ROWS_LISTED,
        )})`,
      ),
      '.',
    );
    li.title = plan.repairNumbers.map((r) => `строка ${r.row}: ${r.number}`).join('\n');
    steps.push(li);
  }
  if (plan.removeRows.length === 0 && plan.mergeRows.length === 0) {
    steps.push(el('li', { class: 'none' }, 'Повторов заголовка и разорванных строк нет: строки таблицы останутся как есть.'));
  }
  return steps;
}

function showCannot(plan: PreparePlan): void {
  // The reason says why: no roadmap table, or nothing left to do.
  byId('cannot-title').textContent = plan.sheet ? `Подготовка листа «${plan.sheet}» к мониторингу` : 'Подготовка листа к мониторингу';
  byId('reason').textContent = sentence(plan.reason?.trim() || 'На листе не найдена таблица мероприятий.');
  byId('cannot').hidden = false;
  cancel.hidden = true;
  closeButton.hidden = false;
  closeButton.focus();
}

function showPlan(plan: PreparePlan): void {
  shown = plan;
  byId('plan-title').textContent = `Подготовка листа «${plan.sheet}» к мониторингу`;
  const header = byId('header-row');
  header.hidden = plan.headerRow === null;
  header.textContent = plan.headerRow === null ? '' : `Заголовок таблицы — в строке ${plan.headerRow}. Что будет сделано:`;
  byId('steps').replaceChildren(...planSteps(plan));
  byId('plan').hidden = false;
  prepare.hidden = false;
  prepare.focus();
}

function showResult(r: PrepareResult): void {
  byId('plan').hidden = true;
  byId('result-title').textContent = `Лист «${r.sheet}» подготовлен`;
  const steps = prepareResultLines(r).map((line) =>
    line.items ? el('li', {}, line.text, el('ul', { class: 'cols' }, ...line.items.map((c) => el('li', {}, c)))) : el('li', {}, line.text),
  );
  byId('result-steps').replaceChildren(...steps);
  byId('result').hidden = false;
  cancel.hidden = true;
  prepare.hidden = true;
  done.hidden = false;
  done.focus();
}

async function onPrepare(): Promise<void> {
  if (started || !shown) return;
  started = true;
  const request = { sheetId: shown.sheetId, token: shown.token };
  let result: PrepareResult | null = null;
  try {
    result = await withProgress({ status, text: 'Готовим лист…', disable: [prepare, cancel] }, () => callServer('prepareSheet', request));
  } catch (error) {
    const text = errorText(error);
    started = false;
    prepare.disabled = false;
    if (SHEET_CHANGED.test(text)) {
      await load(`${sentence(text)} Ниже — план для листа в его нынешнем виде.`);
      return;
    }
    showNotice(status, 'error', `Не удалось подготовить лист: ${sentence(text)}`);
    return;
  }
  clearStatus(status);
  showResult(result);
}

/** Asks for the plan and shows it; `notice`, when given, stays above it (why the plan is shown again). */
async function load(notice?: string): Promise<void> {
  showProgress(status, 'Смотрим лист…');
  try {
    const plan = await callServer('getPreparePlan');
    if (notice) showNotice(status, 'info', notice);
    else clearStatus(status);
    if (plan.canPrepare) showPlan(plan);
    else {
      byId('plan').hidden = true;
      prepare.hidden = true;
      showCannot(plan);
    }
  } catch (error) {
    showNotice(status, 'error', `Не удалось прочитать лист: ${sentence(errorText(error))}`);
    cancel.hidden = true;
    closeButton.hidden = false;
  }
}

prepare.addEventListener('click', () => {
  prepare.disabled = true;
  void onPrepare();
});
cancel.addEventListener('click', () => closeDialog());
closeButton.addEventListener('click', () => closeDialog());
done.addEventListener('click', () => closeDialog());
void load();
