/**
 * Settings of a workbook: kept in the «Настройки» sheet so the add-on and the command line read
 * the same values. Every value has a default, so a workbook without settings still works.
 */
import './zod';
import * as z from 'zod';

/** «21.01» → day 21 of month 1. */
export const DayMonthSchema = z.string().regex(/^\d{2}\.\d{2}$/, 'Ожидается дата в виде ДД.ММ, например 21.01');

export const SettingsSchema = z.object({
  /** Plan period per roadmap sheet («2022», «2021/2022», «2021-2024»); a workbook may hold several plans. */
  periods: z.record(z.string(), z.string()).default({}),
  /** Period for sheets not listed in `periods`; inferred from the sheet when empty. */
  defaultPeriod: z.string().nullable().default(null),
  /** Audit targets: cumulative share of the plan's measures done by the end of each half-year, %. */
  auditTargets: z
    .object({ h1: z.number().min(0).max(100), h2: z.number().min(0).max(100) })
    .default({ h1: 40, h2: 90 }),
  /** Half-year report due dates, ДД.ММ. */
  reportDates: z.array(DayMonthSchema).default(['21.01', '13.07']),
  /** Zone thresholds: red when at least `redOverduePercent` % of the measures due to date are overdue. */
  zones: z
    .object({
      redOverduePercent: z.number().min(0).max(100),
      /** Days after which a done measure not confirmed by the curator needs attention. */
      unconfirmedDays: z.number().int().min(0).max(365),
    })
    .default({ redOverduePercent: 20, unconfirmedDays: 14 }),
  /** Organisation directory: abbreviation → full name, to expand responsible bodies. */
  directory: z
    .array(z.object({ abbr: z.string().min(1), full: z.string().min(1), type: z.string().optional() }))
    .default([]),
});

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
