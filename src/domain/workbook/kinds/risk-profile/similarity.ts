/**
 * Loose matching of a text against the risk factors: a profile typed by hand («Низкий уровень
 * оснащенности школы»), a roadmap heading («Риск: повышение учебной мотивации обучающихся»).
 *
 * Decisions:
 * - Words are folded (lower case, ё→е, no punctuation); prepositions and the words every heading
 *   of this kind carries («риск», «фактор», «программа», and the polarity words «низкий»,
 *   «высокая», «повышение», «снижение»…) are dropped: «Повышение учебной мотивации» is the
 *   programme of «Низкая учебная мотивация».
 * - Two words match when they share a prefix of five letters, or of all but the last letter of
 *   the shorter word (at least three): «школы» ~ «школьного», «доля» ~ «доли», «учебная» ~ «учебной».
 * - Each word weighs by how rare it is among the catalogue's factors (inverse document frequency):
 *   «ОВЗ» tells more than «доля» or «обучающихся». The score is the weighted share of the words
 *   of both texts that have a match in the other (a weighted Dice coefficient), 0…1.
 */
import { foldLabel } from '../../sheet-cells';
import { RISK_CATALOGUE, type CatalogueFactor } from './catalogue';

const STOP = new Set(['и', 'в', 'во', 'с', 'со', 'по', 'на', 'для', 'к', 'ко', 'при', 'от', 'не', 'из', 'а', 'о', 'об', 'их', 'за', 'до']);
const NOISE = /^(?:риск|фактор|программ|антириск|направлени|раздел|сниж|снизит|преодол|повыш|улучш|низк|высок|недостаточн|понижен|пониж|мер[аыу]?$|работ)/u;

/** The meaningful words of a text, folded: «1. Высокая доля обучающихся с ОВЗ» → ['доля', 'обучающихся', 'овз']. */
export function foldWords(text: string): string[] {
  return foldLabel(text)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && !/^\d/.test(w) && !STOP.has(w) && !NOISE.test(w));
}

/** Whether two folded words are forms of one word (see the decisions above). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const shorter = Math.min(a.length, b.length);
  return common >= 3 && common >= Math.min(5, shorter - 1);
}

const CATALOGUE_WORDS: readonly (readonly string[])[] = RISK_CATALOGUE.map((f) => foldWords(f.name));
/** The factors' names folded once, not on every text ranked (a roadmap of 5,000 section headings ranks each). */
const CATALOGUE_NAMES: readonly string[] = RISK_CATALOGUE.map((f) => foldLabel(f.name));
const MAX_WEIGHT = Math.log(1 + CATALOGUE_WORDS.length);

/** A word's weight: rarer among the catalogue's factors, heavier; a word no factor has weighs most. */
function weight(word: string): number {
  const df = CATALOGUE_WORDS.filter((ws) => ws.some((w) => wordsMatch(w, word))).length;
  return df === 0 ? MAX_WEIGHT : Math.log(1 + CATALOGUE_WORDS.length / df);
}

/** Weighted Dice coefficient of two texts' words, 0…1 (1: the same words). */
export function similarity(a: string, b: string): number {
  return wordSimilarity(foldWords(a), foldWords(b));
}

function wordSimilarity(wa: readonly string[], wb: readonly string[]): number {
  if (wa.length === 0 || wb.length === 0) return 0;
  let matched = 0;
  let total = 0;
  for (const w of wa) {
    const x = weight(w);
    total += x;
    if (wb.some((v) => wordsMatch(w, v))) matched += x;
  }
  for (const w of wb) {
    const x = weight(w);
    total += x;
    if (wa.some((v) => wordsMatch(w, v))) matched += x;
  }
  return total === 0 ? 0 : matched / total;
}

export interface FactorMatch {
  factor: CatalogueFactor;
  /** 0…1; 1 for the factor's own words. */
  score: number;
  /** The text is the factor's name as the catalogue writes it (case, ё, punctuation and a leading number aside). */
  exact: boolean;
}

/** A factor name without its number: «1. Низкий уровень…», «1 Низкий уровень…» → «Низкий уровень…». */
export function stripFactorNumber(text: string): string {
  return String(text ?? '')
    .replace(/^\s*\d{1,2}\s*[.)]?\s*(?=\p{L})/u, '')
    .trim();
}

/** The catalogue factors nearest to a text, best first (ties in catalogue order); only those with some word in common. */
export function rankFactors(text: string): FactorMatch[] {
  const name = foldLabel(stripFactorNumber(text));
  const words = foldWords(text);
  const out: FactorMatch[] = [];
  RISK_CATALOGUE.forEach((factor, i) => {
    const exact = CATALOGUE_NAMES[i] === name;
    const score = exact ? 1 : wordSimilarity(words, CATALOGUE_WORDS[i]);
    if (score > 0) out.push({ factor, score, exact });
  });
  return out.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
}

/**
 * The factor a text names, loosely: the best-scoring one when it scores at least `threshold` and
 * clearly better than the runner-up; null otherwise.
 */
export function matchFactor(text: string, threshold = 0.6): FactorMatch | null {
  const [best, second] = rankFactors(text);
  if (!best) return null;
  if (best.exact) return best;
  if (best.score < threshold) return null;
  if (second && second.score > best.score - 0.1) return null;
  return best;
}
