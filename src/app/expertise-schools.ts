/**
 * «Экспертиза документа» in the reviewer's spreadsheet: which schools it offers and where each
 * school's documents are read from, written once for every adapter.
 *
 * Decisions:
 * - The reviewer is this spreadsheet's school: the registry entry whose link names this spreadsheet
 *   (its id), else the school the spreadsheet's name names. It is offered the schools naming it their
 *   «Школа-эксперт» and those it curates (reviewedBy); when it reviews none, or is no school of the
 *   registry (the coordinator's own file), every school of the registry but itself.
 * - A school's documents are read through its registry link: a Google Sheets link (or a bare id) to
 *   another spreadsheet is opened; a link to this spreadsheet, or a sheet name of this workbook,
 *   reads the documents of this workbook (on that sheet, when the link names one). Anything else —
 *   no link, a file name — cannot be read here, and says why, naming the school and the registry row.
 * - A school's spreadsheet without a registry reads the coordinator's (the «Настройки» parameter
 *   «Реестр школ (ссылка на таблицу координатора)»): then a link naming a sheet names a sheet of the
 *   coordinator's spreadsheet, where the registry's links were written.
 */
import { matchRegistry, reviewedBy, schoolCompareKey, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { foldLabel } from '../domain/workbook/sheet-cells';
import { spreadsheetIdOf } from '../domain/parse/spreadsheet-link';

export interface ExpertiseSchool {
  entry: RegistryEntry;
  /** Why it is offered. */
  by: 'pair' | 'curator' | 'all';
}

export interface ReviewerView {
  /** This spreadsheet's school, when the registry or its name tells. */
  reviewer: string | null;
  schools: ExpertiseSchool[];
}

/** The schools the reviewer of this spreadsheet (its id and name) is offered from the registry. */
export function reviewerView(entries: readonly RegistryEntry[], spreadsheet: { id: string; name: string }): ReviewerView {
  const self = matchRegistry(entries, { file: `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`, title: spreadsheet.name });
  const name = self?.school ?? spreadsheet.name;
  const mine = reviewedBy(entries, name);
  const reviewer = self?.school ?? (mine.length > 0 ? spreadsheet.name : null);
  if (mine.length > 0) {
    const key = schoolCompareKey(name);
    return {
      reviewer,
      schools: mine.map((entry) => ({ entry, by: entry.reviewer !== null && schoolCompareKey(entry.reviewer) === key ? 'pair' : 'curator' })),
    };
  }
  return { reviewer, schools: entries.filter((e) => e !== self).map((entry) => ({ entry, by: 'all' })) };
}

export type SchoolSource =
  | { kind: 'this'; sheet: string | null }
  | { kind: 'spreadsheet'; id: string }
  | { kind: 'coordinator'; sheet: string | null }
  | { kind: 'none'; reason: string };

/** The coordinator's spreadsheet the registry came from (none: this spreadsheet's own registry). */
export interface CoordinatorFile {
  id: string;
  /** Its sheets' names: asked only for a link that is no spreadsheet's. */
  sheetNames: () => readonly string[];
}

/**
 * Where a school's documents are read from, with this spreadsheet's id and sheet names. With the
 * registry read from the coordinator's spreadsheet, a link naming a sheet names one of that
 * spreadsheet's sheets, and a link to it reads it.
 */
export function schoolSource(entry: RegistryEntry, ownId: string, sheetNames: readonly string[], coordinator?: CoordinatorFile): SchoolSource {
  const where = `школа «${entry.school}», реестр, строка ${entry.row}`;
  const link = entry.link?.trim() ?? '';
  if (link === '') return { kind: 'none', reason: `Не указана ссылка на таблицу школы (${where}): добавьте её в столбец «Ссылка на таблицу школы / лист».` };
  const id = spreadsheetIdOf(link);
  if (coordinator) {
    if (id === ownId) return { kind: 'this', sheet: null };
    if (id !== null) return id === coordinator.id ? { kind: 'coordinator', sheet: null } : { kind: 'spreadsheet', id };
    const named = coordinator.sheetNames().find((n) => foldLabel(n) === foldLabel(link));
    if (named !== undefined) return { kind: 'coordinator', sheet: named };
    return {
      kind: 'none',
      reason: `Ссылка «${link}» (${where}) не ведёт на Google Таблицу и не называет лист таблицы координатора: попросите координатора указать в реестре ссылку на таблицу школы.`,
    };
  }
  if (id !== null && id !== ownId) return { kind: 'spreadsheet', id };
  const sheet = sheetNames.find((n) => foldLabel(n) === foldLabel(link)) ?? null;
  if (id === ownId || sheet !== null) return { kind: 'this', sheet };
  return {
    kind: 'none',
    reason: `Ссылка «${link}» (${where}) не ведёт на Google Таблицу и не называет лист этой таблицы: укажите ссылку на таблицу школы.`,
  };
}

/** The Russian message when the school's spreadsheet cannot be opened. */
export function openFailure(entry: RegistryEntry, error: string): string {
  return `Не удалось открыть таблицу школы «${entry.school}» (реестр, строка ${entry.row}): ${error}. Проверьте ссылку в реестре и попросите школу открыть вам доступ к таблице (достаточно просмотра).`;
}
