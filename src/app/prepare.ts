/**
 * «Подготовить лист для мониторинга», written once over the ports: plan what to change on a sheet,
 * and apply exactly that plan — or refuse when the sheet changed since it was shown. The Apps Script
 * adapter runs it from the dialog; a command line import can run it over a file.
 */
import type { PrepareResult } from '../contracts/schemas';
import { sheetFingerprint } from '../domain/core/fingerprint';
import { ruDate } from '../domain/metrics/dates';
import { isEmptyPlan, planPrepare, repairBlocks, type PrepareChanges } from '../domain/roadmap/prepare';
import type { Settings } from '../domain/core/settings';
import type { IsoDate } from '../domain/core/types';
import type { Lock, SheetInfo, WorkbookEditor, WorkbookReader } from '../ports';
import { analyseRoadmaps, mainRoadmap } from './analyse';
import { UserError } from './errors';

export const SHEET_CHANGED = 'Лист изменился после того, как был показан план: посмотрите план заново.';

/** The mark a kept copy carries (as developer metadata in Sheets), with the id of its original. */
export const COPY_MARK = 'copy';

export interface PrepareContext {
  today: IsoDate;
  settings: Settings;
}

export interface SheetPlan {
  sheet: SheetInfo;
  /** null: the sheet holds no roadmap table. */
  changes: PrepareChanges | null;
  /** Fingerprint of the content and the plan: the plan is applied to that content only. */
  token: string;
  /** Why the sheet cannot be prepared (no table, nothing to do), in Russian; null when it can. */
  reason: string | null;
}

function whyNot(name: string, changes: PrepareChanges | null): string | null {
  if (!changes) {
    return `На листе «${name}» не найдена таблица мероприятий (строка заголовка с «№», «Мероприятие», «Срок», «Ответственный»). Подготовить нечего.`;
  }
  if (isEmptyPlan(changes)) {
    return `Лист «${name}» уже готов к мониторингу: все столбцы отслеживания есть, мусора от разрывов страниц и номеров-дат нет.`;
  }
  return null;
}

/** What preparing the sheet would change: one read of the sheet. */
export function planSheet(wb: WorkbookReader, sheetId: number, ctx: PrepareContext): SheetPlan {
  const snapshot = wb.read(sheetId);
  const { name, grid, formulas, merges, formats } = snapshot;
  // Rows of a vertical merge are measures of their own (never joined); the merge stays as it is.
  const tables = analyseRoadmaps([{ name, grid, merges, formats }], { today: ctx.today, settings: ctx.settings });
  // The sheet's main roadmap: the table with the most measures.
  const analysis = mainRoadmap(tables);
  const changes = analysis ? planPrepare(grid, analysis, formulas) : null;
  const token = sheetFingerprint(grid, formulas, [name, JSON.stringify(changes)]);
  const { id, hidden, generated } = snapshot;
  return { sheet: { id, name, hidden, generated }, changes, token, reason: whyNot(name, changes) };
}

const COPY_NAME = /^(.+) — копия \d\d\.\d\d\.\d{4}(?: \(\d+\))?$/;

/** «План — копия 01.12.2026» (or «… (2)») beside a sheet «План»: the copy kept here, in a file where no metadata tells. */
export function isPrepareCopy(name: string, names: ReadonlySet<string>): boolean {
  const m = COPY_NAME.exec(name);
  return m !== null && names.has(m[1]);
}

/** The name the copy of the original sheet gets: «План — копия 01.12.2026» (or «… (2)»). */
export function copyNameFor(wb: WorkbookEditor, name: string, today: IsoDate): string {
  return wb.freeName(`${name} — копия ${ruDate(today)}`);
}

/**
 * Applies the plan the user saw (its sheet and fingerprint) under the lock: a copy of the sheet is
 * kept, merged measures' changed cells are written, debris and continuation rows deleted whole, the
 * tracking columns added. Refuses, changing nothing, when the sheet is not as it was shown.
 */
export function applyPlan(
  wb: WorkbookEditor,
  lock: Lock,
  shown: { sheetId: number; token: string },
  ctx: PrepareContext,
  /** Runs once the plan is applied and the lock released: the school's compact block is rewritten. */
  onApplied?: () => void,
): PrepareResult {
  const result = lock.withLock((): PrepareResult => {
    const sheet = wb.sheets().find((s) => s.id === shown.sheetId);
    if (!sheet) throw new UserError('Лист, для которого был показан план, удалён. Откройте «Подготовить лист» заново.');
    const p = planSheet(wb, sheet.id, ctx);
    if (p.token !== shown.token) throw new UserError(SHEET_CHANGED);
    if (p.reason || !p.changes) throw new UserError(p.reason ?? SHEET_CHANGED);
    const c = p.changes;
    const copyName = copyNameFor(wb, sheet.name, ctx.today);
    wb.copySheet(sheet.id, copyName, `${COPY_MARK}:${sheet.id}`);
    // Merged measures first, while the rows still have their numbers; then the rows go, lowest last.
    wb.writeBlocks(sheet.id, [...c.mergedCells, ...repairBlocks(c)]);
    wb.deleteRows(sheet.id, c.deleteRuns);
    if (c.addColumns.length > 0) wb.addColumns(sheet.id, { col: c.addAt, headerRow: c.regionStart, lastRow: c.lastRowAfter }, c.addColumns);
    return {
      sheet: sheet.name,
      copyName,
      addedColumns: c.addColumns.map((x) => x.header),
      removedRows: c.removeRows.length,
      mergedRows: c.mergeRows.length,
      repairedNumbers: c.repairNumbers.length,
    };
  });
  onApplied?.();
  return result;
}
