/**
 * The measure forms' contract: what the server sends a sidebar about the selected measures, what
 * the sidebar sends back, and the rules both sides check with the same Russian messages
 * («Отметить выполнение…», «Проверка куратора…»).
 */
import * as z from 'zod/mini';
import { CURATOR_MARKS, STATUSES, isHttpUrl } from '../domain/parse/tracking';
import type { IsoDate } from '../domain/core/types';
import { isIsoDate } from '../domain/metrics/dates';
import type { FieldError } from './settings-form';

/** A measure as the forms show it; dates ISO ('' when empty). */
export const MeasureViewSchema = z.object({
  row: z.int(),
  rows: z.array(z.int()),
  fingerprint: z.string(),
  number: z.string(),
  title: z.string(),
  section: z.nullable(z.string()),
  deadline: z.nullable(z.string()),
  indicator: z.nullable(z.string()),
  /** The indicator's target in words («не менее 75 %»), when it has one. */
  target: z.nullable(z.string()),
  status: z.string(),
  doneDate: z.string(),
  actual: z.string(),
  evidence: z.string(),
  comment: z.string(),
  curatorMark: z.string(),
  curatorDate: z.string(),
  curatorComment: z.string(),
  /** The tracking fields the sheet has a column for. */
  columns: z.array(z.string()),
});
export type MeasureView = z.infer<typeof MeasureViewSchema>;

export const MeasureFormDataSchema = z.object({
  sheetId: z.int(),
  sheet: z.string(),
  today: z.string(),
  statuses: z.array(z.string()),
  marks: z.array(z.string()),
  measures: z.array(MeasureViewSchema),
  /** Selected rows that hold no measure (a heading, the header, an empty row). */
  notMeasures: z.array(z.int()),
  /** Who reviews, as far as Apps Script tells (the user's e-mail) or as typed before; '' when unknown. */
  reviewer: z.string(),
});
export type MeasureFormData = z.infer<typeof MeasureFormDataSchema>;

/** The curator's walk: the next measure to review (selected in the sheet), and how many are left. */
export const NextUnreviewedSchema = z.object({ data: z.nullable(MeasureFormDataSchema), left: z.int() });
export type NextUnreviewed = z.infer<typeof NextUnreviewedSchema>;

const shownMeasure = z.object({ row: z.int(), fingerprint: z.string(), number: z.string(), title: z.string() });

/** «Отметить выполнение…»: status and date for every measure; the other fields only when one is marked. */
export const ProgressFormSchema = z.object({
  sheetId: z.int(),
  measures: z.array(shownMeasure).check(z.minLength(1)),
  status: z.string(),
  doneDate: z.string(),
  actual: z.optional(z.string()),
  evidence: z.optional(z.string()),
  comment: z.optional(z.string()),
});
export type ProgressForm = z.infer<typeof ProgressFormSchema>;

/** «Проверка куратора…» of one measure. */
export const CuratorFormSchema = z.object({
  sheetId: z.int(),
  measure: shownMeasure,
  mark: z.string(),
  date: z.string(),
  comment: z.string(),
  reviewer: z.string(),
});
export type CuratorForm = z.infer<typeof CuratorFormSchema>;

export const FormResultSchema = z.object({
  ok: z.boolean(),
  /** What happened, in Russian («Записано: 3 мероприятия», «…изменили. Ничего не записано…»). */
  message: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  /** When refused because the measures changed meanwhile: their fresh values. */
  fresh: z.array(MeasureViewSchema),
});
export type FormResult = z.infer<typeof FormResultSchema>;

function dateError(text: string, today: IsoDate, what: string, required: boolean): string | null {
  if (text.trim() === '') return required ? `Укажите ${what}.` : null;
  if (!isIsoDate(text)) return `${what.charAt(0).toUpperCase()}${what.slice(1)}: такой даты нет.`;
  if (text > today) return `${what.charAt(0).toUpperCase()}${what.slice(1)} не может быть позже сегодняшней.`;
  return null;
}

/** The rules of «Отметить выполнение…», the same in the page and on the server. */
export function progressErrors(form: ProgressForm, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  if (!(STATUSES as readonly string[]).includes(form.status)) errors.push({ field: 'status', message: 'Выберите статус из списка.' });
  const dateNeeded = form.status === 'Выполнено';
  const d = dateError(form.doneDate, today, 'дату выполнения', dateNeeded);
  if (d) errors.push({ field: 'doneDate', message: d });
  const evidence = (form.evidence ?? '').trim();
  if (evidence !== '' && !isHttpUrl(evidence)) {
    errors.push({ field: 'evidence', message: 'Ссылка должна начинаться с https:// или http:// (например, ссылка на файл в Google Диске).' });
  }
  return errors;
}

/** The rules of «Проверка куратора…»: a mark from the list, a date, a comment for anything but «Подтверждено», who reviewed. */
export function curatorErrors(form: CuratorForm, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  if (!(CURATOR_MARKS as readonly string[]).includes(form.mark)) errors.push({ field: 'mark', message: 'Выберите отметку.' });
  const d = dateError(form.date, today, 'дату отметки', true);
  if (d) errors.push({ field: 'date', message: d });
  if (form.mark !== 'Подтверждено' && form.mark !== '' && form.comment.trim() === '') {
    errors.push({ field: 'comment', message: 'Напишите, что не так и что нужно исправить: без комментария школа не поймёт отметку.' });
  }
  if (form.reviewer.trim() === '') errors.push({ field: 'reviewer', message: 'Укажите, кто проверил (фамилия и инициалы или адрес почты).' });
  return errors;
}

/** How the reviewer is kept in the curator's comment: «…текст (проверил(а): Иванова И.И.)». */
export function commentWithReviewer(comment: string, reviewer: string): string {
  const c = comment.trim();
  const tail = `(проверил(а): ${reviewer.trim()})`;
  return c ? `${c} ${tail}` : tail;
}

/** The curator's comment without the reviewer's tail, and who that was. */
export function splitReviewer(text: string): { comment: string; reviewer: string } {
  const m = /\s*\(проверил\(а\): ([^()]*)\)\s*$/.exec(text);
  return m ? { comment: text.slice(0, m.index).trim(), reviewer: m[1].trim() } : { comment: text.trim(), reviewer: '' };
}
