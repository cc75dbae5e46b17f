/**
 * Client-side checks of the settings form. The rules and messages are the server's own
 * (formToSettings in src/contracts/settings-form.ts: percentages 0–100, the first half-year's target
 * not above the second's, report dates ДД.ММ that exist, days 0–365, periods the period parser
 * reads or empty); this module only turns the inputs' text into the form first («45,5» → 45.5,
 * «1.9» → «01.09»), and describes periods for the hints.
 */
import type { SettingsForm } from '../../contracts/schemas';
import { parsePeriod } from '../../domain/parse/period';
import { defaultSettings } from '../../domain/core/settings';
import { formToSettings, type FieldError } from '../../contracts/settings-form';
import type { Period } from '../../domain/core/types';
import { formatIsoDate } from '../shared/format';

export type { FieldError };

/** What the inputs hold, as typed. */
export interface RawSettings {
  defaultPeriod: string;
  periods: { sheet: string; period: string }[];
  auditH1: string;
  auditH2: string;
  reportDates: string[];
  redOverduePercent: string;
  unconfirmedDays: string;
  blockMaxAgeDays: string;
  registryLink: string;
  columns: SettingsForm['columns'];
}

const NUMBER_RE = /^[+-]?\d+(?:[.,]\d+)?$/;

/** «40», «40,5», «40 %» → number; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (!NUMBER_RE.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** «1.9», «01/09», «1.09.» → «01.09»: the ДД.ММ the rules expect; other text is only trimmed. */
export function normaliseDayMonth(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[./](\d{1,2})\.?$/.exec(t);
  return m ? `${m[1].padStart(2, '0')}.${m[2].padStart(2, '0')}` : t;
}

/** The period a text names, for the hint under its input; null when empty or unreadable. */
export function periodOf(text: string): Period | null {
  return text.trim() === '' ? null : parsePeriod(text.trim());
}

/** How a period was understood, for the hint under its input; `short`: the dates alone. */
export function describePeriod(p: Period, short = false): string {
  const dates = `${formatIsoDate(p.start)} – ${formatIsoDate(p.end)}`;
  if (short) return dates;
  if (p.kind === 'academic') return `Учебный год ${p.label}: ${dates}`;
  if (p.kind === 'span') return `Календарные годы ${p.label}: ${dates}`;
  return `Календарный год ${p.label}: ${dates}`;
}

/** A number input's text as a number: NaN when empty or not a number (the rules then say so). */
function numberOf(text: string): number {
  return parseNumber(text) ?? Number.NaN;
}

/**
 * The form to send, and the errors that stop it (field keys as the server's: «defaultPeriod»,
 * «periods.1», «auditH2», «reportDates.0», «reportDates», «redOverduePercent», «unconfirmedDays», «blockMaxAgeDays», «registryLink»).
 */
export function readSettings(raw: RawSettings): { form: SettingsForm; errors: FieldError[] } {
  const form: SettingsForm = {
    defaultPeriod: raw.defaultPeriod.trim(),
    periods: raw.periods.map((row) => ({ sheet: row.sheet, period: row.period.trim() })),
    auditH1: numberOf(raw.auditH1),
    auditH2: numberOf(raw.auditH2),
    reportDates: raw.reportDates.map(normaliseDayMonth),
    redOverduePercent: numberOf(raw.redOverduePercent),
    unconfirmedDays: numberOf(raw.unconfirmedDays),
    blockMaxAgeDays: numberOf(raw.blockMaxAgeDays),
    registryLink: raw.registryLink.trim(),
    columns: raw.columns.map((c) => ({ sheet: c.sheet, header: c.header.trim(), field: c.field })),
  };
  const { errors } = formToSettings(form, defaultSettings());
  // An empty date: say what to do rather than quote nothing.
  for (const e of errors) {
    const m = /^reportDates\.(\d+)$/.exec(e.field);
    if (m && (raw.reportDates[Number(m[1])] ?? '').trim() === '') e.message = 'Укажите дату ДД.ММ (например, 21.01) или удалите этот срок.';
  }
  return { form, errors };
}

/** Aliases of field names the server may use (the «Настройки» sheet's own paths). */
const FIELD_ALIASES: Record<string, string> = {
  'auditTargets.h1': 'auditH1',
  'auditTargets.h2': 'auditH2',
  auditTargets: 'auditH2',
  'zones.redOverduePercent': 'redOverduePercent',
  'zones.unconfirmedDays': 'unconfirmedDays',
  'collection.blockMaxAgeDays': 'blockMaxAgeDays',
};

/**
 * A server error's field («reportDates[1]», «periods.0.period», «periods.План 2022»,
 * «auditTargets.h1»…) as the key of an input here, or null when no input matches.
 */
export function resolveField(field: string, sheets: string[], known: (key: string) => boolean): string | null {
  const f = field.trim().replace(/\[(\d+)\]/g, '.$1');
  const alias = FIELD_ALIASES[f];
  if (alias && known(alias)) return alias;
  if (known(f)) return f;
  const m = /^(periods|reportDates)\.(.+?)(?:\.(?:period|sheet))?$/.exec(f);
  if (m) {
    if (/^\d+$/.test(m[2]) && known(`${m[1]}.${m[2]}`)) return `${m[1]}.${m[2]}`;
    if (m[1] === 'periods') {
      const i = sheets.indexOf(m[2]);
      if (i >= 0 && known(`periods.${i}`)) return `periods.${i}`;
    }
    if (known(m[1])) return m[1];
  }
  // A sheet's name alone, as the periods record's key.
  const byName = sheets.indexOf(f.replace(/^periods\./, ''));
  if (byName >= 0 && known(`periods.${byName}`)) return `periods.${byName}`;
  return null;
}
