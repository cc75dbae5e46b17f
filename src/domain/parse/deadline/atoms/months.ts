/**
 * Month and season atoms: «октябрь 2021», «сент.», «в феврале», «августовское»; «летом», «зима
 * 2022» (the winter that ends in 2022), «осенние каникулы».
 */
import type { Span } from '../model';
import { isMark, isWordWith } from '../tokens';
import { trailingYear } from '../readers';
import { monthSpan, monthsSpan } from '../spans';
import { dayNumber } from '../../period';
import { HOLIDAYS } from '../vocabulary';
import type { AtomMatcher } from './match';

/** A month word, with its year when one follows: «Март 2022года», «янв. 2022 г.», «мая». */
export const monthWordAtom: AtomMatcher = ({ toks }, i) => {
  const t = toks[i];
  if (t.k !== 'word') return null;
  const m = t.info.month;
  if (m === null) return null;
  let k = i + 1;
  if (isMark(toks[k], '.')) k++;
  const ty = trailingYear(toks, k);
  if (ty) return [{ ts: i, te: ty[1], kind: 'month', years: [ty[0]], fixed: monthSpan(ty[0], m), occ: null }];
  return [{ ts: i, te: i + 1, kind: 'month', years: [], fixed: null, occ: (y) => monthSpan(y, m) }];
};

/** A season or the school holidays after it: «летом», «весна 2022», «зимние каникулы». */
export const seasonAtom: AtomMatcher = ({ toks }, i) => {
  const t = toks[i];
  if (t.k !== 'word') return null;
  const season = t.info.season;
  if (!season) return null;
  const [, m1, m2] = season;
  let k = i + 1;
  let occ: (y: number) => Span = (yy) => monthsSpan(yy, m1, m2);
  if (isWordWith(toks[k], (w) => w.startsWith('каникул'))) {
    const h = HOLIDAYS[m1];
    occ = (yy) => ({ s: dayNumber(yy, h[0], h[1]), e: dayNumber(yy, h[2], h[3]) });
    k++;
  }
  const ty = trailingYear(toks, k);
  if (ty) {
    // «зима 2022» is the winter that ends in 2022
    const fixed = m1 === 12 ? occ(ty[0] - 1) : occ(ty[0]);
    return [{ ts: i, te: ty[1], kind: 'season', years: [ty[0]], fixed, occ: null }];
  }
  return [{ ts: i, te: k, kind: 'season', years: [], fixed: null, occ }];
};
