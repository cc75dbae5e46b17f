/**
 * «Мероприятие…» in the spreadsheet: add a measure at the end of its section, or edit the one in
 * the selected row (src/app/measure-editor.ts), under the document lock.
 */
import {
  MeasureEditorDataSchema,
  SaveMeasureResultSchema,
  SaveMeasureSchema,
  draftErrors,
  type MeasureEditorData,
  type SaveMeasureResult,
} from '../contracts/measure-editor';
import { editorData, saveDraft } from '../app/measure-editor';
import { UserError } from '../app/errors';
import { KNOWN_BODIES } from '../domain/parse/responsible/definitions';
import { parseDirectoryGrid } from '../domain/workbook/kinds/directory';
import { kindByName } from '../domain/workbook/kinds';
import { showPage } from './dialogs';
import { gasContext, loadSettings } from './context';
import { readGrid } from './sheet-io';
import { refreshAfterWrite } from './school-block';
import { GasWorkbook, documentLock } from './workbook';

export function showMeasureSidebar(): void {
  showPage('measure');
}

/** The abbreviations users pick responsible bodies from: the workbook's directory first, then the built-in list. */
function directoryEntries(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): { abbr: string; full: string }[] {
  const out: { abbr: string; full: string }[] = [];
  for (const sheet of ss.getSheets()) {
    if (kindByName(sheet.getName())?.id !== 'directory') continue;
    for (const e of parseDirectoryGrid(readGrid(sheet, timeZone), sheet.getName()).entries) out.push({ abbr: e.abbr, full: e.full });
  }
  const seen = new Set(out.map((e) => e.abbr));
  for (const e of KNOWN_BODIES) if (!seen.has(e.abbr)) out.push({ abbr: e.abbr, full: e.full });
  return out.slice(0, 500);
}

export function getMeasureEditorData(): MeasureEditorData {
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const sheet = ctx.ss.getActiveSheet();
  const info = wb.info(sheet);
  const range = sheet.getActiveRange();
  const row = range ? range.getRow() : null;
  const d = editorData(wb, info.id, row, { today: ctx.today, settings: loadSettings(ctx) });
  const m = d.measure;
  return MeasureEditorDataSchema.parse({
    sheetId: info.id,
    sheet: d.sheet,
    period: d.period,
    sections: d.sections,
    newSectionNumber: d.newSectionNumber,
    measure: m ? { row: m.record.row, fingerprint: m.record.fingerprint, section: m.record.measure.section ?? '', draft: m.draft } : null,
    selectedSection: d.selectedSection,
    columns: d.columns,
    directory: directoryEntries(ctx.ss, ctx.timeZone),
  });
}

export function saveMeasure(input: unknown): SaveMeasureResult {
  const parsed = SaveMeasureSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Форма заполнена неверно: откройте «Мероприятие…» заново.');
  const errors = draftErrors(parsed.data);
  if (errors.length > 0) throw new UserError(errors.map((e) => e.message).join(' '));
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const form = parsed.data;
  const edit = form.edit ? { row: form.edit.row, fingerprint: form.edit.fingerprint } : undefined;
  const shown = form.edit ? { number: form.edit.number, title: form.edit.title } : undefined;
  const r = saveDraft(wb, documentLock, { ...form, edit, shown }, { today: ctx.today, settings: loadSettings(ctx) });
  if (!r.ok) {
    const f = r.fresh;
    const message = `Пока форма была открыта, мероприятие в строке ${f.record.row} изменили. Ничего не записано: ниже — как оно записано сейчас; ваш текст остался в полях, «Записать» запишет его поверх.`;
    return SaveMeasureResultSchema.parse({
      ok: false,
      row: f.record.row,
      message,
      notes: [],
      fresh: { row: f.record.row, fingerprint: f.record.fingerprint, draft: f.draft },
    });
  }
  // The measure written is selected, so the user sees it.
  const sheet = ctx.ss.getActiveSheet();
  sheet.getRange(r.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  const message = form.edit ? `Мероприятие в строке ${r.row} записано.` : `Мероприятие добавлено в строку ${r.row}.`;
  const notes = r.notes.map((n) => n.charAt(0).toUpperCase() + n.slice(1));
  // The lock of the write is released: the school's compact block is rewritten.
  const stale = refreshAfterWrite(ctx.ss, ctx.timeZone);
  if (stale) notes.push(stale);
  return SaveMeasureResultSchema.parse({ ok: true, row: r.row, message, notes, fresh: null });
}
