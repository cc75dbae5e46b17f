/**
 * «Обновить итоги школы»: the school's compact block (src/app/school-block.ts) rewritten in a hidden
 * sheet of this spreadsheet, for the coordinator's collection to read in one range.
 */
import { refreshSchoolBlock, type BlockRefresh } from '../app/school-block';
import { pluralRu } from '../domain/core/text-ru';
import type { TimeClock } from '../ports';
import { gasContext, spreadsheetClock } from './context';
import { GasOwnedSheets } from './owned';
import { GasWorkbook, documentLock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function timeClock(timeZone: string): TimeClock {
  return { today: spreadsheetClock(timeZone).today, now: () => Date.now() };
}

/** Rewrites the block of `ss` (the forms and «Подготовить лист» call this after they write). */
export function refreshBlockOf(ss: Spreadsheet, timeZone: string): BlockRefresh {
  return refreshSchoolBlock(new GasWorkbook(ss, timeZone), new GasOwnedSheets(ss), documentLock, timeClock(timeZone));
}

/** What a form says when its write stands but the block could not be rewritten. */
export const BLOCK_NOT_REFRESHED = 'Итоги школы для сводки координатора не обновлены: выберите в меню «Обновить итоги школы».';

/**
 * After a form's write, once its lock is released: the block rewritten. A failure here does not
 * undo the write; it is returned as a sentence for the form to show (null when refreshed).
 */
export function refreshAfterWrite(ss: Spreadsheet, timeZone: string): string | null {
  try {
    refreshBlockOf(ss, timeZone);
    return null;
  } catch {
    return BLOCK_NOT_REFRESHED;
  }
}

/** Menu handler. */
export function refreshSchoolSummary(): void {
  const ctx = gasContext();
  const r = refreshBlockOf(ctx.ss, ctx.timeZone);
  ctx.ss.toast(
    r.tables > 0
      ? `${pluralRu(r.tables, 'таблица', 'таблицы', 'таблиц')}, ${pluralRu(r.measures, 'мероприятие', 'мероприятия', 'мероприятий')}: итоги для сводки координатора обновлены.`
      : 'Дорожная карта не найдена: итоги записаны пустыми.',
    'Итоги школы',
    8,
  );
}
