/**
 * Every diagnostic code the product emits, with its severity and what it means.
 * The README's table of codes is generated from this list (npm run docs:codes), and a test
 * checks that every emitted code is listed here.
 */
import type { Severity } from '../core/types';

export interface CodeInfo {
  severity: Severity;
  /** Russian: what the code means for the user. */
  meaning: string;
}

export const DIAGNOSTIC_CODES = {
  // The table itself
  'no-header': { severity: 'warning', meaning: 'На листе не найдена строка заголовка таблицы мероприятий' },
  'header-repeated': { severity: 'info', meaning: 'Повтор строки заголовка (разрыв страницы) пропущен' },
  'rows-merged': { severity: 'info', meaning: 'Строка без номера продолжает мероприятие выше (разрыв страницы) и объединена с ним' },
  'column-numbers-row': { severity: 'info', meaning: 'Строка с номерами столбцов (1, 2, 3…) под заголовком пропущена' },
  'number-was-date': { severity: 'info', meaning: 'Номер мероприятия Таблицы превратили в дату («1.10» → 01.10); он прочитан как номер' },
  'table-unreadable': { severity: 'error', meaning: 'Таблицу не удалось разобрать (внутренняя ошибка; сообщите разработчикам)' },
  'table-end': { severity: 'info', meaning: 'Таблица мероприятий закончилась: ниже идёт текст (например, приказ, вставленный целиком)' },
  'cell-outside-table': { severity: 'warning', meaning: 'Ячейка вне таблицы: значение далеко справа или ниже таблицы (случайный ввод); не проверяется' },
  'column-override-unknown': { severity: 'warning', meaning: 'В «Настройках» (блок «Столбцы») указан столбец, которого нет в таблице' },
  'unknown-columns': { severity: 'info', meaning: 'Столбцы, которые не удалось сопоставить с полями; они сохранены как есть' },
  'missing-column': { severity: 'warning', meaning: 'В таблице нет столбца, без которого план нельзя проверить (срок, ответственный, результат)' },
  'period-inferred': { severity: 'info', meaning: 'Период плана определён по тексту листа или по годам в сроках' },
  'period-unknown': { severity: 'warning', meaning: 'Период плана не удалось определить: задайте его (--period или «Настройки»)' },
  // Required fields
  'missing-title': { severity: 'error', meaning: 'Не указано наименование мероприятия' },
  'missing-deadline': { severity: 'error', meaning: 'Не указан срок' },
  'missing-responsible': { severity: 'error', meaning: 'Не указан ответственный' },
  'missing-result': { severity: 'warning', meaning: 'Не указан результат (форма представления результата)' },
  // Deadlines and indicators
  'deadline-unreadable': { severity: 'error', meaning: 'Срок не удалось прочитать как дату или период' },
  'deadline-is-responsible': { severity: 'error', meaning: 'В столбце сроков записан ответственный, а не срок' },
  'deadline-outside-period': { severity: 'error', meaning: 'Срок выходит за период плана' },
  'deadline-unscheduled': { severity: 'info', meaning: 'Срок без дат («по мере необходимости», «по графику…»): мероприятие не попадёт в просроченные' },
  'plan-below-audit-target': {
    severity: 'warning',
    meaning: 'По срокам плана к концу полугодия наступает меньше мероприятий, чем требует цель аудита (из «Настроек»: 40 % / 90 %)',
  },
  'indicator-not-measurable': { severity: 'warning', meaning: 'Показатель нельзя измерить: нет числа, доли или количества' },
  // Numbering and duplicates
  'number-gap': { severity: 'warning', meaning: 'Пропуск в нумерации' },
  'number-duplicate': { severity: 'error', meaning: 'Один номер у нескольких мероприятий' },
  'number-missing': { severity: 'warning', meaning: 'Мероприятие без номера (отдельная строка со своим сроком)' },
  'duplicate-measure': { severity: 'warning', meaning: 'Похоже, одно и то же мероприятие записано дважды' },
  'school-name-variants': { severity: 'warning', meaning: 'Одна школа названа по-разному' },
  // Tracking
  'status-unknown': { severity: 'error', meaning: 'Статус не из списка' },
  'status-variant': { severity: 'info', meaning: 'Статус записан не по списку, но понятен' },
  'curator-mark-unknown': { severity: 'error', meaning: 'Отметка куратора не из списка' },
  'curator-mark-variant': { severity: 'info', meaning: 'Отметка куратора записана не по списку, но понятна' },
  'done-without-date': { severity: 'warning', meaning: '«Выполнено» без даты выполнения' },
  'done-without-evidence': { severity: 'warning', meaning: '«Выполнено» без ссылки на подтверждающий документ' },
  'date-unreadable': { severity: 'error', meaning: 'Дата выполнения или отметки не читается' },
  'date-in-future': { severity: 'error', meaning: 'Дата выполнения или отметки позже сегодняшней' },
  'evidence-not-link': { severity: 'error', meaning: 'Подтверждающий документ — не ссылка http(s)' },
  'evidence-no-link': { severity: 'warning', meaning: 'Подтверждающий документ назван («Протокол № 3»), но ссылки на него нет' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
