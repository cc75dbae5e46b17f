/**
 * «Импорт таблицы из Word…» in the spreadsheet: the dialog reads the pasted table; the server
 * previews it (nothing written) and, on «Создать лист», writes it as a new sheet prepared for
 * monitoring — through src/app/import.ts, the use case of the command line's `import` too.
 */
import {
  ImportInputSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  IMPORT_MAX_COLS,
  type ImportInput,
  type ImportPreviewData,
  type ImportResult,
} from '../contracts/import-form';
import { fieldOfChoice } from '../contracts/settings-form';
import { prepareResultLines } from '../contracts/prepare-text';
import { importAsSheet, importSettings, previewImport, type ImportTable } from '../app/import';
import { withDocumentLock } from './safe-writer';
import { writeSettings } from './settings';
import { UserError } from '../app/errors';
import { columnLetter } from '../domain/core/text';
import { ruDate } from '../domain/core/text-ru';
import { columnWhy } from '../domain/table/fields-ru';
import { showPage } from './dialogs';
import { gasContext, loadSettings } from './context';
import { GasWorkbook, documentLock } from './workbook';

export function showImportDialog(): void {
  showPage('import');
}

function tableOf(input: unknown): ImportTable {
  const parsed = ImportInputSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Таблица не прочитана: вставьте её заново (не больше 5 000 строк).');
  const t: ImportInput = parsed.data;
  if (t.grid.some((r) => r.length > IMPORT_MAX_COLS)) throw new UserError(`В таблице больше ${IMPORT_MAX_COLS} столбцов: это не дорожная карта.`);
  const columns = t.columns.flatMap((c) => {
    const field = fieldOfChoice(c.field);
    return field === undefined ? [] : [{ header: c.header, field }];
  });
  const name = t.name.trim().slice(0, 90) || titleName(t.grid) || `Импорт ${ruDate(gasContext().today)}`;
  return { name, grid: t.grid, merges: t.merges, period: t.period, columns };
}

/** A sheet name from the table's title line («План – график («дорожная карта»)…»), cut at a word near 40 characters. */
function titleName(grid: readonly (readonly string[])[]): string {
  const first = grid[0] ?? [];
  const filled = first.filter((c) => c.trim() !== '');
  if (filled.length !== 1 || grid.length < 2) return '';
  const text = filled[0]
    .replace(/\s+/g, ' ')
    .replace(/[[\]*?:/\\]/g, ' ')
    .trim();
  if (text.length <= 40) return text;
  const cut = text.slice(0, 40);
  return (cut.slice(0, cut.lastIndexOf(' ')) || cut).replace(/[\s,;:–-]+$/, '') + '…';
}

export function getImportPreview(input: unknown): ImportPreviewData {
  const t = tableOf(input);
  const ctx = gasContext();
  const p = previewImport(t, { today: ctx.today, settings: loadSettings(ctx) });
  const a = p.analysis;
  const byIndex = new Map(p.mapping.map((m) => [m.index, m]));
  const width = Math.max(0, ...t.grid.map((r) => r.length));
  const columns = a
    ? Array.from({ length: width }, (_, c) => {
        const m = byIndex.get(c);
        const unknown = a.table.unknownColumns.find((u) => u.index === c);
        const why = !m ? 'не распознан' : m.basis.by === 'settings' ? 'выбрано вами; сохранится в «Настройках» (блок «Столбцы»)' : columnWhy(m);
        return { column: c + 1, letter: columnLetter(c), header: m?.header ?? unknown?.header ?? `Столбец ${c + 1}`, field: m?.field ?? '', why };
      })
    : [];
  const ch = p.changes;
  return ImportPreviewSchema.parse({
    measures: a?.measures.length ?? 0,
    headerRow: a?.table.headerRow ?? null,
    period: p.period ? { label: p.period.label, start: p.period.start, end: p.period.end } : null,
    columns,
    removeRows: ch?.removeRows ?? [],
    mergeRows: ch?.mergeRows ?? [],
    repairNumbers: ch?.repairNumbers.length ?? 0,
    addColumns: ch?.addColumns.map((x) => x.header) ?? [],
    diagnostics: p.diagnostics.slice(0, 200).map((d) => ({ row: d.row, severity: d.severity, text: d.text ?? d.message })),
    rows: (a?.measures ?? [])
      .slice(0, 15)
      .map((m) => ({ row: m.row, number: m.number, title: m.title, deadline: m.deadline?.text ?? '', responsible: m.responsible.join(', ') })),
    sheetName: new GasWorkbook(ctx.ss, ctx.timeZone).freeName(t.name),
  });
}

export function createImportedSheet(input: unknown): ImportResult {
  const t = tableOf(input);
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const settings = loadSettings(ctx);
  const outcome = importAsSheet(wb, documentLock, t, { today: ctx.today, settings });
  // What the user chose in the dialog (the period, the columns) stays with the sheet, in «Настройки».
  if (t.period?.trim() || (t.columns?.length ?? 0) > 0) {
    withDocumentLock(() => writeSettings(ctx, importSettings(settings, { ...t, name: outcome.sheet })));
  }
  const lines = outcome.kind === 'prepared' ? prepareResultLines(outcome.result) : [{ text: outcome.reason }];
  ctx.ss.getSheetByName(outcome.sheet)?.activate();
  return ImportResultSchema.parse({ sheet: outcome.sheet, measures: outcome.measures, lines });
}
