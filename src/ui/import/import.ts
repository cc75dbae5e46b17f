/**
 * «Импорт таблицы из Word…»: a table pasted from Word or a PDF, shown as the check reads it — the
 * columns (each editable), the plan period (editable), the first measures, the page-break debris to
 * remove and the split rows to join, the findings. Nothing is written before «Создать лист».
 */
import type { ImportInput, ImportPreviewData } from '../../contracts/import-form';
import { FIELD_CHOICES, IGNORE_FIELD } from '../../contracts/settings-form';
import { parsePeriod } from '../../domain/parse/period';
import { byId, el } from '../shared/dom';
import { count, errorText, formatIsoDate, formatRowList, sentence } from '../shared/format';
import { clearStatus, showNotice, withProgress } from '../shared/progress';
import { callServer, closeDialog } from '../shared/server';
import { readPaste, type PastedTable } from './clipboard';

const paste = byId<HTMLTextAreaElement>('paste');
const status = byId('status');
const create = byId<HTMLButtonElement>('create');
const nameInput = byId<HTMLInputElement>('name');
const periodInput = byId<HTMLInputElement>('period');

let table: PastedTable | null = null;
/** Column letter → field chosen by the user (over what the table says). */
const chosen = new Map<string, string>();
let busy = false;
/** Column letter → its header, from the last preview: a choice is kept by header where the header is unique. */
let headers = new Map<string, string>();

function input(): ImportInput {
  return {
    name: nameInput.value,
    grid: table?.grid ?? [],
    merges: table?.merges ?? [],
    period: periodInput.value.trim(),
    columns: [...chosen].map(([letter, field]) => ({ header: headers.get(letter) ?? letter, field })),
  };
}

function fieldSelect(letter: string, field: string): HTMLSelectElement {
  const s = el('select', { 'aria-label': `Столбец ${letter}: что в нём` });
  s.append(el('option', { value: '' }, '—'));
  for (const [value, label] of FIELD_CHOICES) s.append(el('option', { value }, label));
  s.value = chosen.get(letter) ?? field;
  s.addEventListener('change', () => {
    chosen.set(letter, s.value || IGNORE_FIELD);
    void refresh();
  });
  return s;
}

function show(p: ImportPreviewData): void {
  byId('preview').hidden = false;
  const seen = new Map<string, number>();
  for (const c of p.columns) seen.set(c.header, (seen.get(c.header) ?? 0) + 1);
  headers = new Map(p.columns.filter((c) => seen.get(c.header) === 1 && !/^Столбец \d+$/.test(c.header)).map((c) => [c.letter, c.header]));
  if (!nameInput.value) nameInput.value = p.sheetName;
  if (p.period) byId('hint-period').textContent = `${formatIsoDate(p.period.start)} – ${formatIsoDate(p.period.end)}`;
  if (!periodInput.value && p.period) periodInput.placeholder = p.period.label;
  byId('summary').textContent =
    p.headerRow === null
      ? 'Таблица мероприятий не найдена: проверьте, что скопирована строка заголовка («№», «Мероприятие», «Срок»…).'
      : `${count(p.measures, 'мероприятие', 'мероприятия', 'мероприятий')}, заголовок в строке ${p.headerRow}${p.period ? `, период ${p.period.label}` : ''}`;
  byId('columns').replaceChildren(
    ...p.columns.map((c) =>
      el('tr', {}, el('td', {}, c.letter), el('td', {}, c.header), el('td', {}, fieldSelect(c.letter, c.field)), el('td', { class: 'why' }, c.why)),
    ),
  );
  byId('rows').replaceChildren(
    ...p.rows.map((r) =>
      el('tr', {}, el('td', {}, String(r.row)), el('td', {}, r.number), el('td', {}, r.title), el('td', {}, r.deadline), el('td', {}, r.responsible)),
    ),
  );
  const changes: string[] = [];
  if (p.removeRows.length) changes.push(`Убрать мусор от разрывов страниц: строки ${formatRowList(p.removeRows)}.`);
  if (p.mergeRows.length) changes.push(`Склеить разорванные мероприятия: строки ${formatRowList(p.mergeRows.map((m) => m.row))}.`);
  if (p.repairNumbers) changes.push(`Вернуть номера, ставшие датами: ${p.repairNumbers}.`);
  if (p.addColumns.length) changes.push(`Добавить столбцы: ${p.addColumns.join(', ')}.`);
  if (changes.length === 0) changes.push('Записать таблицу как есть.');
  byId('changes').replaceChildren(...changes.map((c) => el('li', {}, c)));
  byId('findings-title').textContent = `Замечания: ${p.diagnostics.length}`;
  byId('findings').replaceChildren(...p.diagnostics.map((d) => el('li', {}, `${d.row ? `Строка ${d.row}: ` : ''}${d.text}`)));
  create.disabled = p.headerRow === null;
}

async function refresh(): Promise<void> {
  if (!table || busy) return;
  busy = true;
  try {
    show(await withProgress({ status, text: 'Читаем таблицу…', disable: [create] }, () => callServer('getImportPreview', input())));
    clearStatus(status);
  } catch (error) {
    showNotice(status, 'error', sentence(errorText(error)));
  } finally {
    busy = false;
  }
}

async function onCreate(): Promise<void> {
  if (!table || busy) return;
  busy = true;
  try {
    const r = await withProgress({ status, text: 'Создаём лист…', disable: [create] }, () => callServer('createImportedSheet', input()));
    showNotice(
      status,
      'ok',
      `Создан лист «${r.sheet}»: ${count(r.measures, 'мероприятие', 'мероприятия', 'мероприятий')}. ${r.lines.map((l) => (l.items ? `${l.text} ${l.items.join(', ')}.` : l.text)).join(' ')}`,
    );
    create.disabled = true;
  } catch (error) {
    showNotice(status, 'error', `Лист не создан: ${sentence(errorText(error))}`);
  } finally {
    busy = false;
  }
}

paste.addEventListener('paste', (e) => {
  const t = readPaste(e.clipboardData);
  if (!t) return;
  e.preventDefault();
  table = t;
  chosen.clear();
  paste.value = `Вставлено: ${count(t.grid.length, 'строка', 'строки', 'строк')}${t.merges.length ? `, объединённых ячеек: ${t.merges.length}` : ''}.`;
  void refresh();
});
periodInput.addEventListener('change', () => {
  const text = periodInput.value.trim();
  if (text && !parsePeriod(text)) {
    showNotice(status, 'error', `Период «${text}» не распознан. Пример: 2022, 2021/2022 или 2021-2024.`);
    return;
  }
  void refresh();
});
create.addEventListener('click', () => void onCreate());
byId('cancel').addEventListener('click', () => closeDialog());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !busy) closeDialog();
});
paste.focus();
