import type { Atom, AtomKind, Ctx, Span } from '../model';

/**
 * An atom matcher: reads the tokens from position i and pushes the atoms found there to `out` (the
 * last one ends where scanning goes on); false, with `out` untouched, lets the next matcher try.
 */
export type AtomMatcher = (ctx: Ctx, i: number, out: Atom[]) => boolean;

/** The years of an atom without any (shared: no reader changes an atom's years). */
export const NO_YEARS = [] as number[];

/** An atom, made with every field in one order so that all atoms share one hidden class. */
export function atom(ts: number, te: number, kind: AtomKind, years: number[], fixed: Span | null, occ: ((y: number) => Span) | null, academic?: boolean): Atom {
  return { ts, te, kind, years, fixed, occ, academic, span: undefined, mod: undefined };
}
