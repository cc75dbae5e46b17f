/**
 * Fields as users name them: in «Настройки» (block «Столбцы»), in the check's report of how the
 * columns were read, and in the settings form's list.
 */
import { ALL_FIELDS, type ColumnChoice, type ContentKind, type Field } from '../core/types';
import { columnLetter } from '../core/text';
import { scoreHeaderText } from './header';
import { fold } from './text';

export const FIELD_NAMES_RU: Readonly<Record<Field, string>> = {
  number: '№',
  title: 'Мероприятие',
  task: 'Задача',
  deadline: 'Срок',
  indicator: 'Показатель',
  responsible: 'Ответственный',
  result: 'Результат',
  status: 'Статус',
  doneDate: 'Дата выполнения',
  actual: 'Факт',
  evidence: 'Подтверждающий документ',
  curatorMark: 'Отметка куратора',
  curatorDate: 'Дата отметки',
  curatorComment: 'Комментарий куратора',
  comment: 'Комментарий',
};

/** What the user writes to have a column left unread. */
export const IGNORE_COLUMN_RU = 'не читать';
const IGNORE = new Set(['не читать', 'не учитывать', 'пропустить', 'пропускать', 'игнорировать', 'нет', '-', '–', '—'].map((s) => fold(s) || s));

const BY_NAME = new Map<string, Field>(ALL_FIELDS.map((f) => [fold(FIELD_NAMES_RU[f]) || FIELD_NAMES_RU[f], f]));
// Field ids as the JSON and the code spell them are accepted too.
for (const f of ALL_FIELDS) BY_NAME.set(f.toLowerCase(), f);

/**
 * The field a user's word names: a field's name («Срок»), its id («deadline»), or any header that
 * names it («Сроки исполнения»); null for «не читать»; undefined when it names nothing.
 */
export function fieldFromText(text: string): Field | null | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const key = fold(t) || t;
  if (IGNORE.has(key)) return null;
  const named = BY_NAME.get(key) ?? BY_NAME.get(t.toLowerCase());
  if (named) return named;
  return scoreHeaderText(t)[0]?.field;
}

const KIND_RU: Readonly<Record<ContentKind, string>> = {
  number: 'номера',
  deadline: 'сроки',
  url: 'ссылки',
  status: 'статусы',
  responsible: 'ответственные',
  title: 'названия мероприятий',
  measureTitle: 'мероприятия («Проведение…», «Организация…»)',
  document: 'названия документов',
};

/** «по заголовку», «по содержимому: 9 из 10 ячеек — сроки», «задано в «Настройках»». */
export function columnWhy(choice: Pick<ColumnChoice, 'basis'>): string {
  const b = choice.basis;
  if (b.by === 'header') return 'по заголовку';
  if (b.by === 'settings') return 'задано в «Настройках» (блок «Столбцы»)';
  return `по содержимому: ${b.count} из ${b.of} ${b.of % 10 === 1 && b.of % 100 !== 11 ? 'ячейки' : 'ячеек'} — ${KIND_RU[b.kind]}`;
}

/** «Срок — столбец C «Сроки исполнения» (по заголовку)». */
export function columnLine(choice: ColumnChoice): string {
  return `${FIELD_NAMES_RU[choice.field]} — столбец ${columnLetter(choice.index)} «${choice.header}» (${columnWhy(choice)})`;
}
