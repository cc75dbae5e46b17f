/**
 * What crosses google.script.run between the sidebars/dialogs and the server functions in src/gas.
 * Both sides parse with these schemas: the server before it answers, the page when it receives.
 */
import '../domain/core/zod';
import * as z from 'zod/mini';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

// ---- «Проверить лист» -------------------------------------------------------------------------

export const CheckDiagnosticSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  /** 1-based sheet row, or null for the table as a whole. */
  row: z.nullable(z.int()),
  /** 1-based sheet column of the field, when the table has that column. */
  column: z.nullable(z.int()),
  field: z.nullable(z.string()),
  /** The whole message, led by its place («Лист «План», строка 12, столбец «Срок»: …»). */
  message: z.string(),
  /** The message without its place, and the column's header as the sheet writes it: shown apart. */
  text: z.string(),
  columnHeader: z.nullable(z.string()),
});
export type CheckDiagnostic = z.infer<typeof CheckDiagnosticSchema>;

/** How a field's column was chosen: «Срок — столбец C «Сроки исполнения» (по заголовку)». */
export const CheckColumnSchema = z.object({
  /** The field's id and its Russian name. */
  field: z.string(),
  name: z.string(),
  /** 1-based column and the header as the table names it. */
  column: z.int(),
  header: z.string(),
  by: z.enum(['header', 'content', 'settings']),
  why: z.string(),
});
export type CheckColumn = z.infer<typeof CheckColumnSchema>;

export const CheckTableSchema = z.object({
  headerRow: z.nullable(z.int()),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  measures: z.int(),
  columns: z.array(CheckColumnSchema),
});

export const CheckReportSchema = z.object({
  sheet: z.string(),
  tables: z.array(CheckTableSchema),
  counts: z.object({ error: z.int(), warning: z.int(), info: z.int() }),
  /** At most MAX_SENT_DIAGNOSTICS, errors first; `total` says how many there are in all. */
  diagnostics: z.array(CheckDiagnosticSchema),
  total: z.int(),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;
export const MAX_SENT_DIAGNOSTICS = 1000;

export const SelectCellSchema = z.object({
  sheet: z.string().check(z.minLength(1)),
  row: z.int().check(z.minimum(1)),
  column: z.nullable(z.int().check(z.minimum(1))),
});
export type SelectCell = z.infer<typeof SelectCellSchema>;

// ---- «Настройки…» -----------------------------------------------------------------------------

/** The settings form: everything in the «Настройки» sheet but the organisation directory (a sheet of its own). */
export const SettingsFormSchema = z.object({
  defaultPeriod: z.string(),
  /** Plan period per roadmap sheet: sheet name → «2022» | «2021/2022» | «2021-2024» | '' (infer). */
  periods: z.array(z.object({ sheet: z.string(), period: z.string() })),
  auditH1: z.number(),
  auditH2: z.number(),
  reportDates: z.array(z.string()),
  redOverduePercent: z.number(),
  unconfirmedDays: z.number(),
  /** «Итоги школы устаревают через, дней»: days a school's compact block stays fresh for the collection. */
  blockMaxAgeDays: z.number(),
  /** «Реестр школ (ссылка на таблицу координатора)»: a Google Sheets link or id, '' for none. */
  registryLink: z.string(),
  /**
   * The block «Столбцы»: on a sheet ('' = every sheet) the column with this header (or letter)
   * holds this field (a field id, or «ignore» to leave the column unread).
   */
  columns: z.array(z.object({ sheet: z.string(), header: z.string(), field: z.string() })),
});
export type SettingsForm = z.infer<typeof SettingsFormSchema>;

export const FieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export const SaveSettingsResultSchema = z.object({
  ok: z.boolean(),
  errors: z.array(FieldErrorSchema),
});
export type SaveSettingsResult = z.infer<typeof SaveSettingsResultSchema>;

export const SettingsDialogDataSchema = z.object({
  form: SettingsFormSchema,
  /** Names of the sheets of the workbook that hold roadmap tables, to offer in the period list. */
  roadmapSheets: z.array(z.string()),
  /** The column headers of those sheets' tables, to offer in the block «Столбцы». */
  headers: z.array(z.string()),
});
export type SettingsDialogData = z.infer<typeof SettingsDialogDataSchema>;

// ---- «Подготовить лист для мониторинга» --------------------------------------------------------

export const PreparePlanSchema = z.object({
  sheet: z.string(),
  /** False when the sheet has no roadmap table: `reason` says why. */
  canPrepare: z.boolean(),
  reason: z.nullable(z.string()),
  headerRow: z.nullable(z.int()),
  /** Tracking columns to add to the right of the table, by header. */
  addColumns: z.array(z.string()),
  /** Rows of page-break debris to remove (repeated headers, separators) and rows to merge up. */
  removeRows: z.array(z.int()),
  mergeRows: z.array(z.object({ row: z.int(), into: z.int() })),
  /** Measure numbers Sheets turned into dates, to be written back as text. */
  repairNumbers: z.array(z.object({ row: z.int(), number: z.string() })),
  /** Name the copy of the original sheet will get. */
  copyName: z.string(),
  /** The sheet the plan is for, and a fingerprint of its content: the plan is applied to that content only. */
  sheetId: z.int(),
  token: z.string(),
});
export type PreparePlan = z.infer<typeof PreparePlanSchema>;

/** What the dialog sends back on consent: the plan it showed, by sheet and fingerprint. */
export const PrepareRequestSchema = z.object({ sheetId: z.int(), token: z.string() });
export type PrepareRequest = z.infer<typeof PrepareRequestSchema>;

export const PrepareResultSchema = z.object({
  sheet: z.string(),
  copyName: z.string(),
  addedColumns: z.array(z.string()),
  removedRows: z.int(),
  mergedRows: z.int(),
  repairedNumbers: z.int(),
});
export type PrepareResult = z.infer<typeof PrepareResultSchema>;
