/**
 * Scanning the tokens into atoms (chrono's «parsers»): at each position the matchers are tried in
 * order and the first that matches takes its tokens. The order matters: a pair of years before a
 * lone year, a day with its month before a bare month, ordinals with their unit before a year.
 */
import type { Atom, Ctx } from '../model';
import { bareDayAtom, dayMonthAtom, numericDateAtom, numericMonthAtom } from './days';
import type { AtomMatcher } from './match';
import { monthWordAtom, seasonAtom } from './months';
import { unitAtoms } from './units';
import { yearAtom, yearPairAtom, yearPhraseAtom } from './years';

export const ATOM_MATCHERS: readonly AtomMatcher[] = [
  yearPairAtom,
  numericDateAtom,
  numericMonthAtom,
  dayMonthAtom,
  bareDayAtom,
  monthWordAtom,
  unitAtoms,
  yearAtom,
  seasonAtom,
  yearPhraseAtom,
];

/** Scan the tokens into atoms, marking the tokens they take in ctx.used. */
export function findAtoms(ctx: Ctx): Atom[] {
  const { toks, used } = ctx;
  const atoms: Atom[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = used[i] ? null : matchAt(ctx, i);
    if (!found) {
      i++;
      continue;
    }
    for (const a of found) atoms.push(a);
    const next = found[found.length - 1].te;
    for (let k = i; k < next; k++) used[k] = true;
    i = next;
  }
  return atoms;
}

function matchAt(ctx: Ctx, i: number): Atom[] | null {
  for (const match of ATOM_MATCHERS) {
    const found = match(ctx, i);
    if (found) return found;
  }
  return null;
}
