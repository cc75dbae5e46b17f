/**
 * The compact block of a school (src/domain/summary/compact.ts), written into a hidden sheet the
 * add-on owns in the school's own file: on «Подготовить лист», on «Обновить итоги школы», and by
 * the forms after they write (they call `refreshSchoolBlock`). One read of each roadmap sheet, one
 * clear and one write of the block sheet, in the school's own execution and quota.
 */
import { BLOCK_SHEET, BLOCK_VERSION, encodeBlock, type CompactBlock } from '../domain/summary';
import type { IsoDate } from '../domain/core/types';
import type { Lock, OwnedSheets, TimeClock, WorkbookReader } from '../ports';
import { ownSettings, readsForSummary, workbookRoadmaps, type WorkbookInput } from './summary';

/** The mark of the block's sheet. */
export const BLOCK_KEY = 'school-block';

/** Every sheet of a workbook but the ones the add-on made (its «Экспертиза» kept), read whole. */
export function readWhole(wb: WorkbookReader, label = wb.name): WorkbookInput {
  return {
    label,
    sheets: wb
      .sheets()
      .filter(readsForSummary)
      .map((s) => wb.read(s.id)),
  };
}

/** The block of a workbook read whole, as of `writtenAt` (an ISO timestamp). */
export function blockOf(wb: WorkbookInput, today: IsoDate, writtenAt: string): CompactBlock {
  const settings = ownSettings(wb);
  return { version: BLOCK_VERSION, writtenAt, label: wb.label, settings, ...workbookRoadmaps(wb, { today }, settings) };
}

export interface BlockRefresh {
  tables: number;
  measures: number;
  writtenAt: string;
}

/**
 * Reads the school's roadmaps and rewrites its block under the lock. `wb` is the school's
 * workbook, `store` its owned sheets. Callable from any use case that has just changed a roadmap.
 */
export function refreshSchoolBlock(wb: WorkbookReader, store: OwnedSheets, lock: Lock, clock: TimeClock): BlockRefresh {
  return lock.withLock(() => {
    const writtenAt = new Date(clock.now()).toISOString();
    const block = blockOf(readWhole(wb), clock.today(), writtenAt);
    const sheet = store.owned(BLOCK_KEY, BLOCK_SHEET, true)!;
    sheet.clear();
    sheet.writeRows(1, encodeBlock(block));
    return { tables: block.tables.length, measures: block.tables.reduce((n, t) => n + t.measures.length, 0), writtenAt };
  });
}
