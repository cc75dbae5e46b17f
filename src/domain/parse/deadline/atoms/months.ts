/**
 * Month and season atoms: «октябрь 2021», «сент.», «в феврале», «августовское»; «летом», «зима
 * 2022» (the winter that ends in 2022), «осенние каникулы».
 */
import type { Span } from '../model';
import { isMark, isWordWith, tokAt } from '../tokens';
import { trailingYear, trailingYearEnd } from '../readers';
import { monthSpan, monthsSpan } from '../spans';
import { dayNumber } from '../../period';
import { HOLIDAYS } from '../vocabulary';
import { atom, NO_YEARS, yearsOne, type AtomMatcher } from './match';

/** A month word, with its year when one follows: «Март 2022года», «янв. 2022 г.», «мая». */
export const monthWordAtom: AtomMatcher = ({ toks }, i, out) => {
  const t = toks[i];
  if (t.k !== 'word') return false;
  const m = t.info.month;
  if (m === null) return false;
  let k = i + 1;
  if (isMark(tokAt(toks, k), '.')) k++;
  const y = trailingYear(toks, k);
  if (y !== null) out.push(atom(i, trailingYearEnd(), 'month', yearsOne(y), monthSpan(y, m), null));
  else out.push(atom(i, i + 1, 'month', NO_YEARS, null, (yy) => monthSpan(yy, m)));
  return true;
};

/** A season or the school holidays after it: «летом», «весна 2022», «зимние каникулы». */
export const seasonAtom: AtomMatcher = ({ toks }, i, out) => {
  const t = toks[i];
  if (t.k !== 'word') return false;
  const season = t.info.season;
  if (!season) return false;
  const [, m1, m2] = season;
  let k = i + 1;
  let occ: (y: number) => Span = (yy) => monthsSpan(yy, m1, m2);
  if (isWordWith(tokAt(toks, k), (w) => w.startsWith('каникул'))) {
    const h = HOLIDAYS[m1];
    occ = (yy) => ({ s: dayNumber(yy, h[0], h[1]), e: dayNumber(yy, h[2], h[3]) });
    k++;
  }
  const y = trailingYear(toks, k);
  if (y !== null) {
    // «зима 2022» is the winter that ends in 2022
    const fixed = m1 === 12 ? occ(y - 1) : occ(y);
    out.push(atom(i, trailingYearEnd(), 'season', yearsOne(y), fixed, null));
  } else out.push(atom(i, k, 'season', NO_YEARS, null, occ));
  return true;
};
