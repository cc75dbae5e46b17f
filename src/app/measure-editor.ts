/**
 * «Мероприятие…», written once over the ports: the selected measure's own text (number, title,
 * task, deadline, indicator, responsible, result) to edit, or a new measure at the end of its
 * section (or of a new section at the end of the table). An edit is written to the measure found
 * again by its fingerprint; a new row gets the formats and validation of the row above; the
 * numbering below is left as the user wrote it, and a gap or a repeat it now has is said.
 */
import type { Cell, CellBlock, MeasureField, Period } from '../domain/core/types';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import { firstNumberOfNextSection, nextNumber } from '../domain/roadmap/draft-text';
import type { DirectoryEntry } from '../domain/workbook/kinds/directory';
import type { Lock, WorkbookEditor, WorkbookReader } from '../ports';
import { analyseRoadmaps, analyseSnapshot, mainRoadmap } from './analyse';
import { UserError } from './errors';
import { findAgain, recordsOfSnapshot, sameMeasureAt, type FormContext, type MeasureRecord } from './measure-form';

export const DRAFT_FIELDS = ['number', 'title', 'task', 'deadline', 'indicator', 'responsible', 'result'] as const satisfies readonly MeasureField[];
export type Draft = Record<(typeof DRAFT_FIELDS)[number], string>;

export interface SectionInfo {
  title: string;
  /** The number a new measure at its end would have. */
  nextNumber: string;
}

export interface EditorData {
  sheet: string;
  period: Period;
  sections: SectionInfo[];
  /** The number a measure of a new section would start with. */
  newSectionNumber: string;
  /** The measure of the selected row, with its cells as written; null for a new one. */
  measure: { record: MeasureRecord; draft: Draft } | null;
  /** The measure fields the table has a column for. */
  columns: MeasureField[];
  /** The section of the selected row: its measure's, or that of the nearest measure above it ('' when none). */
  selectedSection: string;
}

function sectionsOf(t: SheetAnalysis): SectionInfo[] {
  const order: string[] = [];
  const numbers = new Map<string, string[]>();
  for (const m of t.measures) {
    const s = m.section ?? '';
    if (!numbers.has(s)) {
      order.push(s);
      numbers.set(s, []);
    }
    if (m.number) numbers.get(s)!.push(m.number);
  }
  return order.map((title) => ({ title, nextNumber: nextNumber(numbers.get(title) ?? []) }));
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : c instanceof Date ? '' : String(c));

export function editorData(wb: WorkbookReader, sheetId: number, row: number | null, ctx: FormContext & { directory?: readonly DirectoryEntry[] }): EditorData {
  const s = wb.read(sheetId);
  const t = mainRoadmap(analyseSnapshot(s, ctx));
  if (!t)
    throw new UserError(
      `На листе «${s.name}» не найдена таблица мероприятий: добавлять и править мероприятия можно в таблице с заголовком «№ | Мероприятие | Срок | Ответственный».`,
    );
  const records = recordsOfSnapshot(s, [t]);
  const record = row === null ? null : (records.find((r) => r.rows.includes(row)) ?? null);
  const columns = DRAFT_FIELDS.filter((f) => t.table.columns[f] !== undefined);
  const draft = record ? draftOf(record, t) : null;
  const last = t.measures[t.measures.length - 1]?.number ?? '';
  return {
    sheet: s.name,
    period: t.period,
    sections: sectionsOf(t),
    newSectionNumber: firstNumberOfNextSection(last),
    measure: record && draft ? { record, draft } : null,
    columns,
    selectedSection: (record ?? [...records].reverse().find((r) => row !== null && r.row <= row))?.measure.section ?? '',
  };
}

/** The measure's own text as a draft: each field's cells over its rows, joined as the table reads them. */
function draftOf(r: MeasureRecord, t: SheetAnalysis): Draft {
  const row = t.table.rows.find((x) => x.row === r.row);
  const out = {} as Draft;
  for (const f of DRAFT_FIELDS) out[f] = text(row?.values[f]);
  return out;
}

export interface SaveDraft {
  sheetId: number;
  /** The measure as it was shown, to edit; absent for a new one. */
  edit?: { row: number; fingerprint: string };
  /** Its number and title as shown, to tell it among the rows when its cells changed. */
  shown?: { number: string; title: string };
  /** A new measure's section (its heading as shown, '' for measures outside any section), or a new section's heading. */
  section?: string;
  newSection?: string;
  draft: Draft;
}

export type SaveDraftResult =
  | {
      ok: true;
      row: number;
      /** What the numbering now says about the measure (a gap, a repeat), in Russian. */
      notes: string[];
    }
  /** The measure changed since the form was opened: nothing written; it as it is now. */
  | { ok: false; fresh: { record: MeasureRecord; draft: Draft } };

/** Writes a measure under the lock: the edited one found again, or a new row at the end of its section. */
export function saveDraft(wb: WorkbookEditor, lock: Lock, req: SaveDraft, ctx: FormContext): SaveDraftResult {
  return lock.withLock(() => {
    const s = wb.read(req.sheetId);
    const t = mainRoadmap(analyseSnapshot(s, ctx));
    if (!t) throw new UserError(`На листе «${s.name}» больше нет таблицы мероприятий.`);
    const records = recordsOfSnapshot(s, [t]);
    const col = (f: MeasureField) => t.table.columns[f]?.index;
    let row: number;
    const blocks: CellBlock[] = [];
    if (req.edit) {
      const shown = { row: req.edit.row, fingerprint: req.edit.fingerprint, values: {} };
      const r = findAgain(records, shown);
      if (!r) {
        const now = sameMeasureAt(records, shown, req.shown);
        if (now) return { ok: false, fresh: { record: now, draft: draftOf(now, t) } };
        throw new UserError(
          `Мероприятие из строки ${req.edit.row} удалили или изменили до неузнаваемости, пока форма была открыта. Ничего не записано: выберите строку заново.`,
        );
      }
      row = r.row;
      for (const f of DRAFT_FIELDS) {
        const c = col(f);
        if (c === undefined) continue;
        blocks.push({ row, col: c + 1, values: [[req.draft[f].trim() || null]] });
        // The continuation rows of a measure split across a page break hold the rest of its text: emptied.
        for (const extra of r.rows.slice(1)) if (text(s.grid[extra - 1]?.[c]) !== '') blocks.push({ row: extra, col: c + 1, values: [[null]] });
      }
      wb.writeBlocks(req.sheetId, blocks);
    } else {
      row = insertNew(wb, req, t, records);
    }
    return { ok: true, row, notes: numberingNotes(wb, req.sheetId, row, ctx) };
  });
}

/** A new measure (after a new section's heading, when asked) inserted after the last row of its section. */
function insertNew(wb: WorkbookEditor, req: SaveDraft, t: SheetAnalysis, records: readonly MeasureRecord[]): number {
  const inSection = req.newSection ? [] : records.filter((r) => (r.measure.section ?? '') === (req.section ?? ''));
  const pool = inSection.length > 0 ? inSection : records;
  const after = pool.length > 0 ? Math.max(...pool[pool.length - 1].rows) : (t.table.headerRow ?? 1);
  const heading = req.newSection?.trim();
  const first = Math.min(...Object.values(t.table.columns).map((c) => c.index));
  wb.insertRowsAfter(req.sheetId, after, heading ? 2 : 1);
  const row = after + (heading ? 2 : 1);
  const blocks: CellBlock[] = [];
  if (heading) blocks.push({ row: after + 1, col: first + 1, values: [[heading]] });
  for (const f of DRAFT_FIELDS) {
    const c = t.table.columns[f]?.index;
    if (c !== undefined && req.draft[f].trim() !== '') blocks.push({ row, col: c + 1, values: [[req.draft[f].trim()]] });
  }
  wb.writeBlocks(req.sheetId, blocks);
  return row;
}

/** The numbering's findings about the measure at `row` and the one after it, once written. */
function numberingNotes(wb: WorkbookReader, sheetId: number, row: number, ctx: FormContext): string[] {
  const s = wb.read(sheetId);
  const t = mainRoadmap(analyseRoadmaps([{ name: s.name, grid: s.grid }], ctx));
  if (!t) return [];
  const next = t.measures.find((m) => m.row > row)?.row ?? row;
  return t.diagnostics
    .filter((d) => (d.code === 'number-gap' || d.code === 'number-duplicate') && (d.row === row || d.row === next))
    .map((d) => d.text ?? d.message);
}
