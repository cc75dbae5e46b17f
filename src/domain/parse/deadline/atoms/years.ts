/**
 * Year atoms: an academic year or a span of years («2021/2022 учебный год», «2021-2024 гг.»),
 * a year alone («в 2022 году»), and year phrases without a number («в течение учебного года»,
 * «конец года»).
 */
import { isMark, isWordWith, startsUch, tokAt, wordOf } from '../tokens';
import { skipAcademicWords, skipYearWords, yearAt, yearPairAt } from '../readers';
import { academicSpan, yearSpan } from '../spans';
import { atom, NO_YEARS, yearsOne, type AtomMatcher } from './match';

/** «2021/2022», «2021-2022 уч. г.», «учебный год 2021-2022», «2021-2024 годы» (not «№ 2021-2022»). */
export const yearPairAtom: AtomMatcher = (ctx, i, out) => {
  const { toks } = ctx;
  const pair = yearPairAt(toks, i);
  if (!pair || isMark(tokAt(toks, i - 1), '№')) return false;
  const after = skipAcademicWords(toks, skipYearWords(toks, pair.next));
  const uch = after.uch || isWordWith(tokAt(toks, i - 1), startsUch) || isWordWith(tokAt(toks, i - 2), startsUch) || isWordWith(tokAt(toks, i - 3), startsUch);
  // A bare «2021-2022» in an academic plan 2021/2022 is that academic year.
  const samePlanYear = ctx.academicPlan && ctx.planYear === pair.y1;
  const academic = pair.y2 === pair.y1 + 1 && (uch || pair.slash || samePlanYear);
  const fixed = academic ? academicSpan(pair.y1) : { s: yearSpan(pair.y1).s, e: yearSpan(pair.y2).e };
  const kind = academic ? 'academic' : pair.y1 === pair.y2 ? 'year' : 'span';
  out.push(atom(i, after.k, kind, [pair.y1, pair.y2], fixed, null));
  return true;
};

/** A year alone: «2022», «в 2022 году», «2022 г.» (not «№ 2022»). */
export const yearAtom: AtomMatcher = ({ toks }, i, out) => {
  const y = yearAt(toks, i);
  if (y === null || isMark(tokAt(toks, i - 1), '№')) return false;
  const k = skipYearWords(toks, i + 1);
  out.push(atom(i, k, 'year', yearsOne(y), yearSpan(y), null));
  return true;
};

const YEAR_FORMS = new Set(['год', 'года', 'году']);
/** /^(год|года|году)$/ */
const isYear = (w: string): boolean => YEAR_FORMS.has(w);
const startsUchebn = (w: string): boolean => w.startsWith('учебн');
/** Words before a bare «года» that make it a year phrase. */
const YEAR_PHRASE_PREV =
  /^(течени[еия]|протяжении|весь|всего|учебн[а-я]*|календарн[а-я]*|текущ[а-я]*|отчетн[а-я]*|итогам|итоги|конец|конце|конца|начало|начале|начала|середин[а-я]*|окончани[еия]|завершени[еия]|половин[а-я]*)$/;

/**
 * «учебный год», «в течение года», «конец учебного года»: year words without a number. The span
 * is given later (parse-deadline.ts): the plan's period, or the academic or calendar year.
 */
export const yearPhraseAtom: AtomMatcher = ({ toks }, i, out) => {
  const t = toks[i];
  if (t.k !== 'word') return false;
  const isYearWord = isYear(t.w);
  if (!isYearWord && !(startsUchebn(t.w) && isWordWith(tokAt(toks, i + 1), isYear))) return false;
  const pw = wordOf(tokAt(toks, i - 1));
  if (isYearWord && !YEAR_PHRASE_PREV.test(pw)) return false;
  const academic = startsUchebn(t.w) || startsUchebn(pw);
  const calendar = pw.startsWith('календарн');
  const k = isYearWord ? i + 1 : i + 2;
  out.push(atom(i, k, 'yearPhrase', NO_YEARS, null, null, academic && !calendar));
  return true;
};
