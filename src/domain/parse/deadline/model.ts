/** The shapes the deadline grammar passes between its steps (tokens → atoms → parts → deadline). */
import type { Deadline } from '../../core/types';
import type { WordInfo } from './vocabulary';

export interface DeadlineParse {
  deadline: Deadline;
  readable: boolean;
  /** years written explicitly in the text */
  explicitYears: number[];
}

/** Longest text the parser looks at: a deadline cell is short; anything longer is cut. */
export const MAX_TEXT = 4000;
/** Most recurrence dates listed (weekly over a long span stays well below). */
export const MAX_DATES = 1000;

export type Tok =
  | { k: 'num'; v: number; len: number; ord: boolean }
  /** span: the day (clamped to the month) when the year is written, else null */
  | { k: 'date'; d: number; m: number; y: number | null; span: Span | null }
  | { k: 'my'; m: number; y: number }
  /** info: what the vocabulary says about w (vocabulary.ts wordInfo) */
  | { k: 'word'; w: string; info: WordInfo }
  | { k: 'dash' }
  | { k: 'sep'; c: string }
  | { k: 'p'; c: string };

/** Days as day numbers (see period.ts), both ends included. */
export interface Span {
  s: number;
  e: number;
}

export type AtomKind = 'day' | 'month' | 'year' | 'academic' | 'span' | 'halfyear' | 'quarter' | 'squarter' | 'season' | 'yearPhrase';

/** Part of a stretch: «начало / середина / конец», «первая / вторая половина», «N декада». */
export type ModKind = 'start' | 'mid' | 'end' | 'half1' | 'half2' | 'dec1' | 'dec2' | 'dec3';

/** One date-like phrase of the text: tokens [ts, te). */
export interface Atom {
  ts: number;
  te: number;
  kind: AtomKind;
  /** The years the text names for this atom. */
  years: number[];
  /** Fixed span when the year is known from the text. */
  fixed: Span | null;
  /** Repeating pattern when it is not: the occurrence anchored at year y. */
  occ: ((y: number) => Span) | null;
  /** Year phrases only: «учебного» was written. */
  academic?: boolean;
  span?: Span;
  mod?: ModKind;
}

/** What the matchers share while scanning one text. */
export interface Ctx {
  toks: Tok[];
  /** tokens already taken by a matcher */
  used: boolean[];
  academicPlan: boolean;
  /** first year of the plan's period (for «2021-2022» in an academic plan 2021/2022) */
  planYear: number | null;
}

/** untilExcl: «до апреля» (before April for months, the day itself for days); untilIncl: «по»,
 *  «не позднее», «до конца»; untilStart: «до начала», «к началу» (the day before). */
export type Marker = 'untilExcl' | 'untilIncl' | 'untilStart' | 'from' | 'after' | null;

/** What the words before an atom say about it, and how it is linked to the atom before. */
export interface Prefix {
  marker: Marker;
  mod?: ModKind;
  /** joined to the previous atom by a dash, «по» or «до» (one range) */
  rangeLink: boolean;
  /** a line break or «;» before it */
  hard: boolean;
}

/** One item of the text once ranges are joined: a date, a range, «до …», «с …». */
export interface Part {
  span: Span;
  /** a single date or month (no range, no «с …»): can stand in a list */
  listable: boolean;
  open: boolean;
}
