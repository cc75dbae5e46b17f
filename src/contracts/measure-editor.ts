/**
 * «Мероприятие…»'s contract: the sheet's sections, the selected measure's text, the directory to
 * pick responsible bodies from; what the page sends back; the rules both sides check.
 */
import * as z from 'zod/mini';
import type { FieldError } from './settings-form';

export const DraftSchema = z.object({
  number: z.string(),
  title: z.string(),
  task: z.string(),
  deadline: z.string(),
  indicator: z.string(),
  responsible: z.string(),
  result: z.string(),
});
export type DraftForm = z.infer<typeof DraftSchema>;

export const MeasureEditorDataSchema = z.object({
  sheetId: z.int(),
  sheet: z.string(),
  period: z.object({ kind: z.enum(['calendar', 'academic', 'span']), label: z.string(), start: z.string(), end: z.string() }),
  sections: z.array(z.object({ title: z.string(), nextNumber: z.string() })),
  newSectionNumber: z.string(),
  /** The selected measure, to edit; null: a new measure. */
  measure: z.nullable(z.object({ row: z.int(), fingerprint: z.string(), section: z.string(), draft: DraftSchema })),
  /** The section of the selected row when it holds no measure ('' when none). */
  selectedSection: z.string(),
  /** The measure fields the table has a column for. */
  columns: z.array(z.string()),
  /** Abbreviations and full names of «Справочник организаций» and the built-in list, to pick from. */
  directory: z.array(z.object({ abbr: z.string(), full: z.string() })),
});
export type MeasureEditorData = z.infer<typeof MeasureEditorDataSchema>;

export const SaveMeasureSchema = z.object({
  sheetId: z.int(),
  edit: z.optional(z.object({ row: z.int(), fingerprint: z.string(), number: z.string(), title: z.string() })),
  section: z.optional(z.string()),
  newSection: z.optional(z.string()),
  draft: DraftSchema,
});
export type SaveMeasureForm = z.infer<typeof SaveMeasureSchema>;

export const SaveMeasureResultSchema = z.object({
  ok: z.boolean(),
  row: z.int(),
  message: z.string(),
  notes: z.array(z.string()),
  /** When refused because the measure changed meanwhile: it as it is now (the form keeps what was typed). */
  fresh: z.nullable(z.object({ row: z.int(), fingerprint: z.string(), draft: DraftSchema })),
});
export type SaveMeasureResult = z.infer<typeof SaveMeasureResultSchema>;

/** The rules of «Мероприятие…», the same in the page and on the server. */
export function draftErrors(form: SaveMeasureForm): FieldError[] {
  const errors: FieldError[] = [];
  if (form.draft.title.trim() === '') errors.push({ field: 'title', message: 'Напишите, что будет сделано: без названия мероприятие не проверить.' });
  if (form.newSection !== undefined && form.newSection.trim() === '') errors.push({ field: 'newSection', message: 'Напишите заголовок нового раздела.' });
  for (const [field, text] of Object.entries(form.draft)) {
    if (text.length > 5000) errors.push({ field, message: 'Слишком длинный текст: не больше 5000 знаков.' });
  }
  return errors;
}
