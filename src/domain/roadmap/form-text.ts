/**
 * What the measure forms show beside their fields: an indicator's target in words, the actual value
 * against it, and what kind of document an evidence link points to. Pure: the pages bundle it.
 */
import type { IndicatorTarget } from '../core/types';

const num = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');

/** «не менее 75 %», «12 школ», «1-е полугодие — 40 %, 2-е — 90 %», «с 3 до 5 баллов». */
export function targetText(t: IndicatorTarget): string {
  switch (t.kind) {
    case 'percent':
      return `${t.op === '>=' ? 'не менее ' : ''}${num(t.value)} %${t.of ? ` ${t.of}` : ''}`;
    case 'count':
      return `${t.op === '>=' ? 'не менее ' : ''}${num(t.value)}${t.of ? ` ${t.of}` : ''}`;
    case 'half-year':
      return `1-е полугодие — ${num(t.h1)} %, 2-е — ${num(t.h2)} %`;
    case 'change':
      return `с ${num(t.from)} до ${num(t.to)}${t.unit ? ` ${t.unit}` : ''}`;
  }
}

/** The number in an actual value as typed: «68», «68 %», «68,5%» → 68.5; null when there is none. */
export function actualNumber(text: string): number | null {
  const m = /[-+]?\d+(?:[.,]\d+)?/.exec(text);
  return m ? Number(m[0].replace(',', '.')) : null;
}

/** «факт 68 % при цели 75 %» (and whether it is met), or null when the target or the value has no number. */
export function actualAgainstTarget(actual: string, t: IndicatorTarget | null | undefined): { text: string; met: boolean } | null {
  if (!t) return null;
  const value = actualNumber(actual);
  if (value === null) return null;
  const percent = t.kind === 'percent' || t.kind === 'half-year';
  const shown = `факт ${num(value)}${percent ? ' %' : ''}`;
  if (t.kind === 'percent' || t.kind === 'count') {
    return { text: `${shown} при цели ${num(t.value)}${percent ? ' %' : ''}`, met: t.op === '=' ? value === t.value : value >= t.value };
  }
  if (t.kind === 'half-year') return { text: `${shown} при целях ${num(t.h1)} % и ${num(t.h2)} %`, met: value >= t.h2 };
  return { text: `${shown} при цели ${num(t.to)}${t.unit ? ` ${t.unit}` : ''}`, met: t.to >= t.from ? value >= t.to : value <= t.to };
}

/** What a Google link points to, by its address: «Google Документ», «Папка на Google Диске»…; null for other sites. */
export function linkKind(url: string): string | null {
  // No URL class in the pure core: the host and path are all it needs.
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?(\/[^?#]*)?/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase();
  const p = m[2] ?? '/';
  if (host === 'docs.google.com') {
    if (p.startsWith('/document/')) return 'Google Документ';
    if (p.startsWith('/spreadsheets/')) return 'Google Таблица';
    if (p.startsWith('/presentation/')) return 'Google Презентация';
    if (p.startsWith('/forms/')) return 'Google Форма';
    return 'Документ Google';
  }
  if (host === 'drive.google.com') {
    if (p.startsWith('/drive/folders/') || p.includes('/folders/')) return 'Папка на Google Диске';
    return 'Файл на Google Диске';
  }
  if (host === 'forms.gle') return 'Google Форма';
  return null;
}
