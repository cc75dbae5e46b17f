/**
 * Settings of a workbook: kept in the «Настройки» sheet so the add-on and the command line read
 * the same values. Every value has a default, so a workbook without settings still works.
 */
import './zod';
import * as z from 'zod/mini';
import { MEASURE_FIELDS, TRACKING_FIELDS } from './types';

/** «21.01» → day 21 of month 1. */
export const DayMonthSchema = z.string().check(z.regex(/^\d{2}\.\d{2}$/, 'Ожидается дата в виде ДД.ММ, например 21.01'));

const percent = () => z.number().check(z.minimum(0), z.maximum(100));

export const SettingsSchema = z.object({
  /** Plan period per roadmap sheet («2022», «2021/2022», «2021-2024»); a workbook may hold several plans. */
  periods: z._default(z.record(z.string(), z.string()), {}),
  /** Period for sheets not listed in `periods`; inferred from the sheet when empty. */
  defaultPeriod: z._default(z.nullable(z.string()), null),
  /** Audit targets: cumulative share of the plan's measures done by the end of each half-year, %. */
  auditTargets: z._default(z.object({ h1: percent(), h2: percent() }), { h1: 40, h2: 90 }),
  /** Half-year report due dates, ДД.ММ. */
  reportDates: z._default(z.array(DayMonthSchema), ['21.01', '13.07']),
  /** Zone thresholds: red when at least `redOverduePercent` % of the measures due to date are overdue. */
  zones: z._default(
    z.object({
      redOverduePercent: percent(),
      /** Days after which a done measure not confirmed by the curator needs attention. */
      unconfirmedDays: z.int().check(z.minimum(0), z.maximum(365)),
    }),
    { redOverduePercent: 20, unconfirmedDays: 14 },
  ),
  /** The coordinator's collection: a school's compact block older than this many days is read in full instead. */
  collection: z._default(z.object({ blockMaxAgeDays: z.int().check(z.minimum(0), z.maximum(365)) }), { blockMaxAgeDays: 7 }),
  /**
   * «Реестр школ (ссылка на таблицу координатора)»: in a school's own spreadsheet, the coordinator's
   * spreadsheet (a link or a bare id) whose «Реестр школ» it reads for mutual expertise; null: none.
   */
  registryLink: z._default(z.nullable(z.string()), null),
  /**
   * The user's column mapping (block «Столбцы»): on a sheet (null: every sheet), the column with this
   * header (or letter) holds this field (null: leave it unread). Over what headers and cells say.
   */
  columns: z._default(
    z.array(
      z.object({
        sheet: z.nullable(z.string()),
        header: z.string().check(z.minLength(1)),
        field: z.nullable(z.enum([...MEASURE_FIELDS, ...TRACKING_FIELDS])),
      }),
    ),
    [],
  ),
  /** Organisation directory: abbreviation → full name, to expand responsible bodies. */
  directory: z._default(
    z.array(z.object({ abbr: z.string().check(z.minLength(1)), full: z.string().check(z.minLength(1)), type: z.optional(z.string()) })),
    [],
  ),
});

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
