/**
 * «Отметить выполнение…» and «Проверка куратора…» in the spreadsheet: sidebars over the measures
 * of the selected rows of the active sheet (any roadmap the add-on reads, through its column
 * mapping). Reads are one snapshot of the sheet; writes go through src/app/measure-form.ts under the
 * document lock, to the measures found again by their fingerprints, only the fields the form owns.
 */
import {
  CuratorFormSchema,
  FormResultSchema,
  MeasureFormDataSchema,
  ProgressFormSchema,
  commentWithReviewer,
  curatorErrors,
  progressErrors,
  splitReviewer,
  type FormResult,
  type MeasureFormData,
  type MeasureView,
  type NextUnreviewed,
} from '../contracts/forms';
import { allMeasures, measuresAt, writeMeasures, type FormContext, type MeasureRecord, type MeasureWrite } from '../app/measure-form';
import type { Cell, TrackingField } from '../domain/core/types';
import { targetText } from '../domain/roadmap/form-text';
import { CURATOR_MARKS, STATUSES } from '../domain/parse/tracking';
import { pluralRu } from '../domain/core/text-ru';
import { parts } from '../domain/metrics/dates';
import { UserError } from '../app/errors';
import { showPage } from './dialogs';
import { gasContext, loadSettings, type GasContext } from './context';
import { GasWorkbook, documentLock } from './workbook';
import { refreshAfterWrite } from './school-block';

const REVIEWER_KEY = 'roadmap-monitor.reviewer';

/** «2022-05-18» → a floating date (UTC fields = the wall-clock date), written as a date cell. */
function floatingFromIso(iso: string): Date {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

export function showProgressSidebar(): void {
  showPage('progress');
}

export function showCuratorSidebar(): void {
  showPage('curator');
}

function view(r: MeasureRecord): MeasureView {
  const m = r.measure;
  const curator = splitReviewer(m.curatorComment ?? '');
  return {
    row: r.row,
    rows: r.rows,
    fingerprint: r.fingerprint,
    number: m.number,
    title: m.title,
    section: m.section,
    deadline: m.deadline?.text ?? null,
    indicator: m.indicator?.text ?? null,
    target: m.indicator?.target ? targetText(m.indicator.target) : null,
    status: m.status ?? '',
    doneDate: m.doneDate ?? '',
    actual: m.actual ?? '',
    evidence: m.evidence ?? '',
    comment: m.comment ?? '',
    curatorMark: m.curatorMark ?? '',
    curatorDate: m.curatorDate ?? '',
    curatorComment: curator.comment,
    columns: r.columns,
  };
}

function formContext(ctx: GasContext): FormContext {
  return { today: ctx.today, settings: loadSettings(ctx) };
}

/** Who reviews: the user's e-mail where Apps Script gives it, else the name typed once before. */
function reviewerOf(): string {
  let email = '';
  try {
    email = Session.getActiveUser().getEmail();
  } catch {
    email = '';
  }
  if (email) return email;
  return PropertiesService.getUserProperties().getProperty(REVIEWER_KEY) ?? '';
}

/** The measures of the selected rows of the active sheet, for either form. */
export function getMeasureFormData(): MeasureFormData {
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const sheet = ctx.ss.getActiveSheet();
  const info = wb.info(sheet);
  const range = sheet.getActiveRange();
  const first = range ? range.getRow() : 1;
  const count = range ? Math.min(range.getNumRows(), 2000) : 1;
  const rows = Array.from({ length: count }, (_, i) => first + i);
  const { sheet: name, records } = measuresAt(wb, info.id, rows, formContext(ctx));
  const covered = new Set(records.flatMap((r) => r.rows));
  return MeasureFormDataSchema.parse({
    sheetId: info.id,
    sheet: name,
    today: ctx.today,
    statuses: [...STATUSES],
    marks: [...CURATOR_MARKS],
    measures: records.map(view),
    notMeasures: rows.filter((r) => !covered.has(r)).slice(0, 50),
    reviewer: reviewerOf(),
  });
}

function refused(errors: { field: string; message: string }[]): FormResult {
  return FormResultSchema.parse({ ok: false, message: 'Исправьте поля, отмеченные красным.', errors, fresh: [] });
}

/** The form's answer; after a write (its lock released) the school's compact block is rewritten. */
function outcome(ctx: GasContext, result: ReturnType<typeof writeMeasures>): FormResult {
  if (!result.ok) return FormResultSchema.parse({ ok: false, message: result.message, errors: [], fresh: result.fresh.map(view) });
  const n = result.written.length;
  const stale = refreshAfterWrite(ctx.ss, ctx.timeZone);
  const message = [`Записано: ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')}.`, stale].filter(Boolean).join(' ');
  return FormResultSchema.parse({ ok: true, message, errors: [], fresh: [] });
}

/** «Отметить выполнение…»: status and date for every measure sent; actual, evidence and comment when one is. */
export function saveProgress(input: unknown): FormResult {
  const parsed = ProgressFormSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Форма заполнена неверно: откройте «Отметить выполнение…» заново.');
  const form = parsed.data;
  const ctx = gasContext();
  const errors = progressErrors(form, ctx.today);
  if (errors.length > 0) return refused(errors);
  const single = form.measures.length === 1;
  const values: Partial<Record<TrackingField, Cell>> = { status: form.status, doneDate: form.doneDate ? floatingFromIso(form.doneDate) : null };
  if (single) {
    if (form.actual !== undefined) values.actual = form.actual.trim() || null;
    if (form.evidence !== undefined) values.evidence = form.evidence.trim() || null;
    if (form.comment !== undefined) values.comment = form.comment.trim() || null;
  }
  const writes: MeasureWrite[] = form.measures.map((m) => ({ row: m.row, fingerprint: m.fingerprint, values }));
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  return outcome(ctx, writeMeasures(wb, documentLock, { sheetId: form.sheetId, shown: form.measures }, writes, formContext(ctx)));
}

/** «Проверка куратора…»: the mark, its date and comment (with who reviewed) for one measure. */
export function saveCuratorReview(input: unknown): FormResult {
  const parsed = CuratorFormSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Форма заполнена неверно: откройте «Проверка куратора…» заново.');
  const form = parsed.data;
  const ctx = gasContext();
  const errors = curatorErrors(form, ctx.today);
  if (errors.length > 0) return refused(errors);
  const reviewer = form.reviewer.trim();
  // A name typed (not the account's e-mail) is remembered for the next review.
  if (!reviewerOf() || reviewerOf() !== reviewer) PropertiesService.getUserProperties().setProperty(REVIEWER_KEY, reviewer);
  const values: Partial<Record<TrackingField, Cell>> = {
    curatorMark: form.mark,
    curatorDate: floatingFromIso(form.date),
    curatorComment: commentWithReviewer(form.comment, reviewer),
  };
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const write: MeasureWrite = { row: form.measure.row, fingerprint: form.measure.fingerprint, values };
  return outcome(ctx, writeMeasures(wb, documentLock, { sheetId: form.sheetId, shown: [form.measure] }, [write], formContext(ctx)));
}

/** Done and not yet reviewed: what the curator's walk visits. */
function awaitsReview(r: MeasureRecord): boolean {
  return r.measure.status === 'Выполнено' && (r.measure.curatorMark === null || r.measure.curatorMark === 'На доработку');
}

/**
 * The next measure of the active sheet that is done and not reviewed, after `afterRow` (from the top
 * again at the end), selected in the sheet; with how many are left. Null measure when none is left.
 */
export function nextUnreviewed(afterRow: unknown): NextUnreviewed {
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const sheet = ctx.ss.getActiveSheet();
  const info = wb.info(sheet);
  const waiting = allMeasures(wb, info.id, formContext(ctx)).filter(awaitsReview);
  if (waiting.length === 0) return { data: null, left: 0 };
  const after = typeof afterRow === 'number' ? afterRow : 0;
  const next = waiting.find((r) => r.row > after) ?? waiting[0];
  sheet.getRange(next.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { data: getMeasureFormData(), left: waiting.length };
}
