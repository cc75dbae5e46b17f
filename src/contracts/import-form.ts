/**
 * «Импорт таблицы из Word…»: the table the dialog read from the clipboard (cells as text, merged
 * ranges), the user's period and columns; what the server previews and what it created.
 */
import * as z from 'zod/mini';

/** The largest table the dialog sends: a roadmap is far smaller; a paste of a whole book is refused. */
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_COLS = 60;

export const ImportInputSchema = z.object({
  name: z.string(),
  grid: z.array(z.array(z.string())).check(z.maxLength(IMPORT_MAX_ROWS)),
  merges: z.array(z.object({ row: z.int(), col: z.int(), rows: z.int(), cols: z.int() })),
  period: z.string(),
  /** Column letter → field id (or «ignore»), as chosen in the dialog. */
  columns: z.array(z.object({ header: z.string(), field: z.string() })),
});
export type ImportInput = z.infer<typeof ImportInputSchema>;

export const ImportPreviewSchema = z.object({
  measures: z.int(),
  headerRow: z.nullable(z.int()),
  period: z.nullable(z.object({ label: z.string(), start: z.string(), end: z.string() })),
  /** Every column of the table: its letter, header, field ('' when none) and why. */
  columns: z.array(z.object({ column: z.int(), letter: z.string(), header: z.string(), field: z.string(), why: z.string() })),
  removeRows: z.array(z.int()),
  mergeRows: z.array(z.object({ row: z.int(), into: z.int() })),
  repairNumbers: z.int(),
  addColumns: z.array(z.string()),
  diagnostics: z.array(z.object({ row: z.nullable(z.int()), severity: z.string(), text: z.string() })),
  /** The first measures as read. */
  rows: z.array(z.object({ row: z.int(), number: z.string(), title: z.string(), deadline: z.string(), responsible: z.string() })),
  /** The sheet it would become. */
  sheetName: z.string(),
});
export type ImportPreviewData = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  sheet: z.string(),
  measures: z.int(),
  lines: z.array(z.object({ text: z.string(), items: z.optional(z.array(z.string())) })),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
