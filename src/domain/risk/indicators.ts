/**
 * Programme indicators: baseline → target («увеличился с 66% до 78%») and a change by an amount
 * («снижение доли обучающихся … на 15 %»), with the progress the actual value makes toward the target.
 *
 * Decisions:
 * - «на 15 %» of a share («доля», «процент», «удельный вес») is 15 percentage points, not 15 % of
 *   the baseline: the message says so.
 * - Progress of «с A до B» with the actual value F is (F − A) / (B − A), whichever way the target
 *   goes; an amount of change needs the actual «с X до Y» to measure against it.
 */
import type { Indicator } from '../core/types';
import { formatNumberRu, pluralRu } from '../core/text-ru';
import { lowerYo, normaliseSpaces, parseDecimal } from '../core/text';
import { parseActualValue } from '../metrics/values';
import { parseIndicator } from '../parse/indicator';

export type ProgrammeTarget =
  { kind: 'change'; from: number; to: number; unit: string } | { kind: 'by'; amount: number; direction: 'up' | 'down'; unit: string; points: boolean };

export interface IndicatorProgress {
  target: ProgrammeTarget;
  /** The actual value read, or null. */
  actual: number | null;
  /** Share of the way from the baseline to the target, 0…1 and beyond; null when it cannot be told. */
  progress: number | null;
}

const BY_RE =
  /(?<!\p{L})(увелич|повыш|рост|вырос|возрос|прирост|сниж|сократ|сокращ|уменьш)\p{L}*[^.;]*?(?<!\p{L})на\s+(\d+(?:[.,]\d+)?)\s*(%|п\.\s*п\.|пп\.?|процентн\p{L}*\s+пункт\p{L}*)?/iu;
const SHARE_RE = /(?<!\p{L})(?:дол[яиюе]|процент|удельн)/iu;
const CHANGE_IN_ACTUAL = /с\s+(\d+(?:[.,]\d+)?)\s*%?\s*до\s+(\d+(?:[.,]\d+)?)/iu;

/** The programme target of an indicator, or null when it names none. */
export function programmeTarget(indicator: Indicator | string | null): ProgrammeTarget | null {
  if (indicator === null) return null;
  const ind = typeof indicator === 'string' ? parseIndicator(indicator) : indicator;
  if (ind.target?.kind === 'change') return ind.target;
  const t = lowerYo(normaliseSpaces(ind.text));
  const m = BY_RE.exec(t);
  if (!m) return null;
  const amount = parseDecimal(m[2]);
  if (amount === null) return null;
  const direction = /^(?:сниж|сократ|сокращ|уменьш)/u.test(m[1]) ? 'down' : 'up';
  const percentish = m[3] !== undefined;
  const points = percentish && (m[3] !== '%' || SHARE_RE.test(t));
  return { kind: 'by', amount, direction, unit: percentish ? '%' : '', points };
}

export function indicatorProgress(target: ProgrammeTarget, actualText: string | null): IndicatorProgress {
  if (target.kind === 'change') {
    const actual = parseActualValue(actualText, target.unit === '%' ? 'percent' : 'count');
    const span = target.to - target.from;
    return { target, actual, progress: actual === null || span === 0 ? null : (actual - target.from) / span };
  }
  const m = actualText ? CHANGE_IN_ACTUAL.exec(actualText) : null;
  if (!m) return { target, actual: null, progress: null };
  const from = parseDecimal(m[1]) ?? 0;
  const to = parseDecimal(m[2]) ?? 0;
  const moved = target.direction === 'down' ? from - to : to - from;
  return { target, actual: to, progress: target.amount === 0 ? null : moved / target.amount };
}

const num = (x: number): string => formatNumberRu(x, Number.isInteger(x) ? 0 : 1);

/** «с 66 % до 78 %, факт 72 % — пройдено 50 % пути к цели» */
export function progressTextRu(p: IndicatorProgress): string {
  const t = p.target;
  const unit = t.unit === '%' ? '\u00a0%' : t.unit ? ` ${t.unit}` : '';
  let head: string;
  if (t.kind === 'change') head = `с ${num(t.from)}${t.unit === '%' ? '\u00a0%' : ''} до ${num(t.to)}${unit}`;
  else if (t.points) {
    head = `${t.direction === 'down' ? 'снижение' : 'рост'} на ${pluralRu(t.amount, 'процентный пункт', 'процентных пункта', 'процентных пунктов')} (для доли «на ${num(t.amount)} %» — это процентные пункты, а не ${num(t.amount)} % от исходного значения)`;
  } else head = `${t.direction === 'down' ? 'снижение' : 'рост'} на ${num(t.amount)}${unit}`;
  if (p.actual === null) return `${head}; ${t.kind === 'by' ? 'исходное значение не указано: для оценки запишите факт «с … до …»' : 'факт не указан'}`;
  if (p.progress === null) return `${head}, факт ${num(p.actual)}${t.unit === '%' ? '\u00a0%' : ''}`;
  const share = Math.round(p.progress * 100);
  const verdict = p.progress >= 1 ? 'цель достигнута' : p.progress <= 0 ? 'продвижения к цели нет' : `пройдено ${share}\u00a0% пути к цели`;
  return `${head}, факт ${num(p.actual)}${t.unit === '%' ? '\u00a0%' : ''} — ${verdict}`;
}
