import type { Atom, Ctx } from '../model';

/**
 * An atom matcher: reads the tokens from position i and returns the atoms found there (the last
 * one ends where scanning goes on), or null to let the next matcher try.
 */
export type AtomMatcher = (ctx: Ctx, i: number) => Atom[] | null;
