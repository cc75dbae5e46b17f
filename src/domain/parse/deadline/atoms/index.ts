/**
 * Scanning the tokens into atoms (chrono's «parsers»): at each position the matchers are tried in
 * order and the first that matches takes its tokens. The order matters: a pair of years before a
 * lone year, a day with its month before a bare month, ordinals with their unit before a year.
 */
import type { Atom, Ctx, Tok } from '../model';
import { bareDayAtom, dayMonthAtom, numericDateAtom, numericMonthAtom } from './days';
import type { AtomMatcher } from './match';
import { monthWordAtom, seasonAtom } from './months';
import { unitAtoms } from './units';
import { yearAtom, yearPairAtom, yearPhraseAtom } from './years';

/** The matchers in order, each with the token kinds it can start at (it returns null at once on any other). */
const MATCHERS: readonly (readonly [AtomMatcher, readonly Tok['k'][]])[] = [
  [yearPairAtom, ['num']],
  [numericDateAtom, ['date']],
  [numericMonthAtom, ['my']],
  [dayMonthAtom, ['num']],
  [bareDayAtom, ['num']],
  [monthWordAtom, ['word']],
  [unitAtoms, ['num', 'word']],
  [yearAtom, ['num']],
  [seasonAtom, ['word']],
  [yearPhraseAtom, ['word']],
];

export const ATOM_MATCHERS: readonly AtomMatcher[] = MATCHERS.map(([m]) => m);

const KINDS: readonly Tok['k'][] = ['num', 'date', 'my', 'word', 'dash', 'sep', 'p'];
/** The matchers to try at a token of each kind, in order: a mark or a separator tries none. */
const BY_KIND = {} as Record<Tok['k'], readonly AtomMatcher[]>;
for (const k of KINDS) BY_KIND[k] = MATCHERS.filter(([, ks]) => ks.includes(k)).map(([m]) => m);

/** Scan the tokens into atoms, marking the tokens they take in ctx.used. */
export function findAtoms(ctx: Ctx): Atom[] {
  const { toks, used } = ctx;
  const atoms: Atom[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (used[i] || (t.k === 'word' && !t.info.atomStart) || !matchAt(ctx, i, atoms)) {
      i++;
      continue;
    }
    const next = atoms[atoms.length - 1].te;
    for (let k = i; k < next; k++) used[k] = true;
    i = next;
  }
  return atoms;
}

/** Try the matchers at i; the first that matches pushes its atoms to `out`. */
function matchAt(ctx: Ctx, i: number, out: Atom[]): boolean {
  const matchers = BY_KIND[ctx.toks[i].k];
  for (let m = 0; m < matchers.length; m++) if (matchers[m](ctx, i, out)) return true;
  return false;
}
