/**
 * The «Проверить лист» sidebar: asks the server for the check report of the active sheet, shows it
 * grouped by severity, and selects a diagnostic's cell in the sheet on click or Enter.
 * Every string from the server (sheet names, cell text quoted in messages) is set as text.
 */
import { type CheckColumn, type CheckDiagnostic, type CheckReport } from '../../contracts/schemas';
import { byId, el } from '../shared/dom';
import { columnLetter, count, errorText, formatIsoDate, sentence } from '../shared/format';
import { clearStatus, showNotice, withProgress } from '../shared/progress';
import { callServer } from '../shared/server';

type Severity = CheckDiagnostic['severity'];

const SEVERITIES: { key: Severity; title: string }[] = [
  { key: 'error', title: 'Ошибки' },
  { key: 'warning', title: 'Предупреждения' },
  { key: 'info', title: 'Замечания' },
];

const status = byId('status');
const reportBox = byId('report');
const recheck = byId<HTMLButtonElement>('recheck');

/** Which groups are open; kept across «Проверить снова». Info is collapsed by default. */
const expanded: Record<Severity, boolean> = { error: true, warning: true, info: false };
/** Diagnostics the user has gone to, by key; kept across «Проверить снова». */
const visited = new Set<string>();
let current: CheckReport | null = null;
let loading = false;

const keyOf = (d: CheckDiagnostic) => `${d.code}|${d.row ?? ''}|${d.column ?? ''}|${d.message}`;

/**
 * Splits «Лист «План», строка 12, столбец «Сроки»: текст» into the place and the text, so a
 * 300 px sidebar does not repeat the sheet name on every line. Other messages stay whole.
 */
/** Where a finding is («Строка 12 · Сроки исполнения») and what it says, as the server sent them apart. */
function placeAndText(d: CheckDiagnostic): { where: string; text: string } {
  let where = d.row === null ? 'Весь лист' : `Строка ${d.row}`;
  if (d.columnHeader) where += ` · ${d.columnHeader}`;
  else if (d.row !== null && d.column !== null) where += ` · столбец ${columnLetter(d.column)}`;
  return { where, text: d.text.charAt(0).toUpperCase() + d.text.slice(1) };
}

function tableLine(t: CheckReport['tables'][number]): HTMLElement {
  const period = t.periodLabel.trim() ? `Период ${t.periodLabel}` : 'Период не определён';
  const main = `${period} · ${count(t.measures, 'мероприятие', 'мероприятия', 'мероприятий')}`;
  const sub: string[] = [];
  if (t.periodStart && t.periodEnd) sub.push(`${formatIsoDate(t.periodStart)} – ${formatIsoDate(t.periodEnd)}`);
  if (t.headerRow !== null) sub.push(`заголовок в строке ${t.headerRow}`);
  const box = el('div', { class: 'table-info' }, el('div', { class: 'main' }, main), el('div', { class: 'sub' }, sub.join(' · ')));
  if (t.columns.length > 0) box.append(columnsList(t.columns));
  return box;
}

/**
 * How the columns were read, folded away: one line per field («C · Срок — «Сроки исполнения»»)
 * with why beneath; a column placed by its cells or by «Настройки» is marked, since that is where a
 * table's headers said something else.
 */
function columnsList(columns: CheckColumn[]): HTMLElement {
  const guessed = columns.filter((c) => c.by !== 'header').length;
  const summary = guessed > 0 ? `Как прочитаны столбцы · не по заголовку: ${guessed}` : 'Как прочитаны столбцы';
  const items = [...columns]
    .sort((a, b) => a.column - b.column)
    .map((c) =>
      el(
        'li',
        { class: `column by-${c.by}` },
        el('span', { class: 'what' }, `${columnLetter(c.column)} · ${c.name} — «${c.header}»`),
        el('span', { class: 'why' }, c.why),
      ),
    );
  return el('details', { class: 'columns' }, el('summary', {}, summary), el('ul', {}, ...items));
}

function setExpanded(severity: Severity, open: boolean): void {
  expanded[severity] = open;
  const head = document.querySelector<HTMLButtonElement>(`.group[data-severity="${severity}"] .group-head`);
  const list = document.getElementById(`items-${severity}`);
  if (head) head.setAttribute('aria-expanded', String(open));
  if (list) list.hidden = !open;
}

function markVisited(item: HTMLElement): void {
  if (item.dataset.visited) return;
  item.classList.add('visited');
  item.dataset.visited = 'true';
  item.querySelector('.where')?.append(el('span', { class: 'seen', title: 'Просмотрено' }, '✓', el('span', { class: 'sr-only' }, ' просмотрено')));
}

async function goTo(item: HTMLElement, d: CheckDiagnostic, sheet: string): Promise<void> {
  const row = d.row;
  if (row === null || row < 1) return;
  visited.add(keyOf(d));
  markVisited(item);
  for (const other of Array.from(document.querySelectorAll('.item.current'))) other.classList.remove('current');
  item.classList.add('current');
  try {
    await withProgress({ status, text: `Переходим к строке ${d.row}…`, delayMs: 400 }, () =>
      callServer('selectCell', { sheet, row, column: d.column !== null && d.column >= 1 ? d.column : null }),
    );
  } catch (error) {
    showNotice(status, 'error', `Не удалось перейти к строке ${d.row}: ${sentence(errorText(error))}`);
  }
}

function itemNode(d: CheckDiagnostic, sheet: string): HTMLElement {
  const { where, text } = placeAndText(d);
  const clickable = d.row !== null && d.row >= 1;
  const li = el(
    'li',
    { class: clickable ? 'item' : 'item static', 'data-code': d.code },
    el('div', { class: 'where' }, el('span', {}, where)),
    el('div', { class: 'msg' }, text),
  );
  if (d.row !== null) li.dataset.row = String(d.row);
  if (visited.has(keyOf(d))) markVisited(li);
  if (!clickable) return li;
  li.tabIndex = 0;
  li.setAttribute('role', 'button');
  li.title = 'Перейти к ячейке';
  li.addEventListener('click', () => void goTo(li, d, sheet));
  li.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void goTo(li, d, sheet);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const items = Array.from(document.querySelectorAll<HTMLElement>('.items:not([hidden]) .item[tabindex]'));
      const next = items[items.indexOf(li) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  });
  return li;
}

function groupNode(severity: Severity, title: string, all: number, list: CheckDiagnostic[], sheet: string): HTMLElement {
  const head = el(
    'button',
    { class: 'group-head', type: 'button', 'aria-expanded': String(expanded[severity]), 'aria-controls': `items-${severity}` },
    el('span', { class: 'chevron', 'aria-hidden': 'true' }),
    el('span', { class: 'dot', 'aria-hidden': 'true' }),
    el('span', { class: 'title' }, title),
    el('span', { class: 'num' }, String(all)),
  );
  head.addEventListener('click', () => setExpanded(severity, !expanded[severity]));
  const items = el('ul', { class: 'items', id: `items-${severity}` }, ...list.map((d) => itemNode(d, sheet)));
  if (list.length < all) {
    items.append(el('li', { class: 'group-more' }, `Показано ${list.length} из ${all}.`));
  }
  items.hidden = !expanded[severity];
  return el('section', { class: `group sev-${severity}`, 'data-severity': severity }, head, items);
}

function badgeNode(severity: Severity, title: string, n: number): HTMLElement {
  const b = el(
    'button',
    { class: `badge sev-${severity}${n === 0 ? ' zero' : ''}`, type: 'button', 'data-severity': severity, 'aria-label': `${title}: ${n}` },
    el('span', { class: 'n' }, String(n)),
    el('span', { class: 't' }, title),
  );
  b.addEventListener('click', () => {
    const group = document.querySelector<HTMLElement>(`.group[data-severity="${severity}"]`);
    if (!group) return;
    setExpanded(severity, true);
    group.scrollIntoView({ block: 'start', behavior: 'smooth' });
    group.querySelector<HTMLElement>('.group-head')?.focus({ preventScroll: true });
  });
  return b;
}

function render(report: CheckReport): void {
  current = report;
  byId('sheet').textContent = report.sheet;
  const tables = byId('tables');
  tables.replaceChildren(
    ...(report.tables.length > 0 ? report.tables.map(tableLine) : [el('p', { class: 'muted' }, 'Таблица мероприятий на листе не найдена.')]),
  );
  byId('badges').replaceChildren(...SEVERITIES.map((s) => badgeNode(s.key, s.title, report.counts[s.key])));

  const nothing = report.total === 0 && report.diagnostics.length === 0;
  byId('nothing').hidden = !nothing;
  const groups = byId('groups');
  groups.replaceChildren();
  for (const s of SEVERITIES) {
    const list = report.diagnostics.filter((d) => d.severity === s.key);
    const all = Math.max(report.counts[s.key], list.length);
    if (all === 0) continue;
    groups.append(groupNode(s.key, s.title, all, list, report.sheet));
  }

  const more = byId('more');
  const hiddenCount = report.total - report.diagnostics.length;
  more.hidden = hiddenCount <= 0;
  more.textContent =
    hiddenCount > 0
      ? `Не показано: ${hiddenCount} (всего ${report.total}, показаны первые ${report.diagnostics.length}). Исправьте найденное и проверьте снова.`
      : '';
  const now = new Date();
  byId('checked-at').textContent = `Проверено в ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  reportBox.hidden = false;
}

async function load(): Promise<void> {
  if (loading) return;
  loading = true;
  reportBox.classList.add('stale');
  reportBox.setAttribute('aria-busy', 'true');
  try {
    const report = await withProgress({ status, text: 'Проверяем лист…', disable: [recheck] }, () => callServer('getCheckReport'));
    clearStatus(status);
    render(report);
  } catch (error) {
    showNotice(status, 'error', `Не удалось проверить лист: ${sentence(errorText(error))}`);
    if (!current) reportBox.hidden = true;
  } finally {
    reportBox.classList.remove('stale');
    reportBox.removeAttribute('aria-busy');
    loading = false;
  }
}

recheck.addEventListener('click', () => void load());
void load();
