import type { Atom, AtomKind, Ctx, Span } from '../model';

/**
 * An atom matcher: reads the tokens from position i and pushes the atoms found there to `out` (the
 * last one ends where scanning goes on); false, with `out` untouched, lets the next matcher try.
 */
export type AtomMatcher = (ctx: Ctx, i: number, out: Atom[]) => boolean;

/** The years of an atom without any (shared: no reader changes an atom's years). */
export const NO_YEARS = [] as number[];

/** [y] for the years an atom names, one shared array per year (plausible years: a small set). */
const oneYear = new Map<number, number[]>();
export function yearsOne(y: number): number[] {
  let ys = oneYear.get(y);
  if (ys === undefined) {
    ys = [y];
    if (oneYear.size < 1024) oneYear.set(y, ys);
  }
  return ys;
}

/** An atom, made with every field in one order so that all atoms share one hidden class. */
export function atom(ts: number, te: number, kind: AtomKind, years: number[], fixed: Span | null, occ: ((y: number) => Span) | null, academic?: boolean): Atom {
  return { ts, te, kind, years, fixed, occ, academic, span: undefined, mod: undefined };
}
