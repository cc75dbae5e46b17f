/**
 * Where splitResponsible cuts a cell (see index.ts for the rules): one scan over the cell's
 * characters, with the quote and parenthesis state stepped as it goes, and the pieces between the
 * cuts, a plain «(далее – X)» read as the space replaceDalee leaves in its place.
 */
import { isCollapsedSpace, isSpace } from '../../core/letters';
import { lowerYo } from '../../core/text';
import { daleeAt, type DaleeMatch } from './dalee';
import { DOT_ABBREVIATIONS } from './entries';
import { isMark, TopLevelScan, topLevelFlags } from './scan';

/** Where a sentence ends inside the cell: «…ОЦПРМСО. Петрова И.И.» or «Левина О.А. Петрова И.И.». */
function isSentenceEnd(s: string, dot: number): boolean {
  if (!/^\s+[А-ЯЁA-Z]/u.test(s.slice(dot + 1, dot + 3))) return false;
  const before = s.slice(Math.max(0, dot - 40), dot);
  const word = /([\p{L}]+)$/u.exec(before);
  if (!word) return /[»")]$/u.test(before); // «…МБУ ДО «ЦДО». Петрова И.И.»
  const w = word[1];
  if (w.length >= 2) {
    if (DOT_ABBREVIATIONS.has(lowerYo(w))) return false;
    return true;
  }
  // A single capital before the dot: an initial. It closes a person («Левина О.А.») when a
  // surname precedes the initials, and the next word is a word, not another initial.
  if (!/^[А-ЯЁ]$/u.test(w)) return false;
  const after = s.slice(dot + 1);
  if (/^\s*[А-ЯЁ]\./u.test(after)) return false;
  return /[А-ЯЁ][а-яё]{1,}(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?$/u.test(s.slice(Math.max(0, dot - 40), dot + 1));
}

/**
 * A line break that only wraps a long name: the next line goes on in lower case or opens a quote
 * («МБОУ\n«Гимназия № 1»»), or the line ends in the middle of a name («МБОУ», «им.», «№», a dash).
 */
function isWrappedLine(s: string, nl: number): boolean {
  const before = s.slice(Math.max(0, nl - 30), nl).replace(/[ \t]+$/, '');
  const after = s.slice(nl + 1).replace(/^\s+/, '');
  if (before === '' || after === '') return false;
  if (/^[\p{Ll}«"„“]/u.test(after)) return !/[,;.:]$/.test(before);
  return /(?:(?<!\p{L})[А-ЯЁ]{0,4}ОУ|(?<!\p{L})им\.|№|[-–—])$/u.test(before);
}

interface Cut {
  start: number;
  end: number;
}

const COOPERATION = /\s+(?:совместно\s+со?|при\s+участии|во\s+взаимодействии\s+со?)\s+/giu;

/**
 * /[сСᲃ][тТᲄᲅ][нНиИвВᲀ]/u at i, where s[i] is one of «с», «С», «ᲃ»: COOPERATION may match. These are
 * the only characters that match the letters «ст» under /iu (checked over every code point): each of
 * «совместно», «при участии», «во взаимодействии» has «ст» before «н», «и» or «в».
 */
function mayCooperateAt(s: string, i: number): boolean {
  const t = s.charCodeAt(i + 1);
  if (t !== 0x442 && t !== 0x422 && t !== 0x1c84 && t !== 0x1c85) return false;
  const n = s.charCodeAt(i + 2);
  return n === 0x43d || n === 0x41d || n === 0x438 || n === 0x418 || n === 0x432 || n === 0x412 || n === 0x1c80;
}

/** /[»"”]\s*[-–—]/u at i, where s[i] is one of the quotes: a dash between two quoted names may be there. */
function dashAfter(s: string, i: number): boolean {
  let k = i + 1;
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

/**
 * Where findCuts cuts a cell: cuts [starts[k], ends[k]) for k below `count`, in order; and the
 * positions of spaces other than a single " " (untidy[0, untidyCount)). One instance is filled again
 * for every cell (parseCell reads it before the next cell), so cutting a cell allocates nothing.
 */
export class CellCuts {
  starts: number[] = [];
  ends: number[] = [];
  count = 0;
  untidy: number[] = [];
  untidyCount = 0;
  /** The cell has a «(» (definitions may need cutting out), and « и » (pairs may need splitting). */
  paren = false;
  and = false;
  /**
   * The «(далее – X)» the scan read as one space (regionStarts[k] to regionEnds[k], k below
   * regionCount): the positions above are the cell's own, the text cut is the cell with each of
   * them replaced by " " (what replaceDalee gives).
   */
  regionStarts: number[] = [];
  regionEnds: number[] = [];
  regionCount = 0;
  readonly scan = new TopLevelScan('', true);
  readonly dalee: DaleeMatch = { index: 0, end: 0, abbrFrom: 0, abbrTo: 0 };

  push(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }
}

export const CUTS = new CellCuts();

/**
 * Where to cut a cell, and where it has a space other than a single " " (a piece without one needs
 * no space handling in cleanEntry). One pass reads every character once, stepping the quote and
 * parenthesis state (TopLevelScan) as core/text's topLevelMask would, and tells whether the rare
 * «совместно с» or a dash after a quote may be there; only then is a full mask built.
 * `unprepared`: s is the cell as given, which parseCell prepares only when it has «<», «&», «\r»
 * or «(»; the scan stops at the first of them and answers where it is (-1: s needs no preparing).
 * `regions` (with `unprepared`): a plain «(далее – X)» is read as the one space replaceDalee puts
 * in its place (see daleeRegion), so the usual defining cell is read once and never joined.
 */
export function findCuts(s: string, out: CellCuts, unprepared = false, regions = false): number {
  const scan = out.scan.reset(s);
  const untidy = out.untidy;
  out.count = 0;
  out.regionCount = 0;
  let nUntidy = 0;
  let cooperate = false;
  let quoteDash = false;
  let paren = false;
  let and = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Letters and digits: nothing to do (most of a cell) but look for «ст» of «совместно».
    if ((c >= 0x410 && c <= 0x44f) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
      if ((c === 0x441 || c === 0x421) && !cooperate) cooperate = mayCooperateAt(s, i);
      continue;
    }
    if (c === 0x20) {
      const next = s.charCodeAt(i + 1);
      if (next === 0x20) untidy[nUntidy++] = i;
      else if (next === 0x438 && s.charCodeAt(i + 2) === 0x20) and = true;
    } else if (c === 0x2c || c === 0x3b) {
      // , ;
      if (scan.mark(i, c)) out.push(i, i + 1);
    } else if (isMark(c)) {
      if (c === 0x28) {
        if (unprepared) {
          const q = regions ? daleeRegion(s, i, out) : -1;
          if (q < 0) return stopAt(out, i);
          // What the joined text's scan reads next to its space at i: the characters before it
          // looked at their next ones (a space, or « и» before a space, or «:» before one).
          const before = s.charCodeAt(i - 1);
          if (before === 0x20) untidy[nUntidy++] = i - 1;
          else if (before === 0x438 && s.charCodeAt(i - 2) === 0x20) and = true;
          else if (before === 0x3a && scan.outside) out.push(i - 1, i);
          // …and the space itself is a " " before s[q].
          const next = s.charCodeAt(q);
          if (next === 0x20) untidy[nUntidy++] = i;
          else if (next === 0x438 && s.charCodeAt(q + 1) === 0x20) and = true;
          i = q - 1;
          continue;
        }
        paren = true;
      }
      scan.mark(i, c);
      if ((c === 0xbb || c === 0x22 || c === 0x201d) && !quoteDash) quoteDash = dashAfter(s, i);
    } else if (c === 0x0a) {
      // isWrappedLine looks 30 characters back: past a region, the joined text decides.
      if (out.regionCount > 0) return stopAt(out, i);
      untidy[nUntidy++] = i;
      if (scan.outside && !isWrappedLine(s, i)) out.push(i, i + 1);
    } else if (c === 0x3a) {
      // :
      if (scan.outside && (i + 1 >= s.length || /\s/.test(s[i + 1]))) out.push(i, i + 1);
    } else if (c === 0x2e) {
      // .
      if (scan.outside) {
        // isSentenceEnd looks 40 characters back: near a region, the joined text decides.
        if (out.regionCount > 0 && i - out.regionEnds[out.regionCount - 1] < 48) return stopAt(out, i);
        if (isSentenceEnd(s, i)) out.push(i + 1, i + 1);
      }
    } else if (c === 0x1c83) {
      if (!cooperate) cooperate = mayCooperateAt(s, i);
    } else if (unprepared && (c === 0x3c || c === 0x26 || c === 0x0d)) return stopAt(out, i);
    else if (isCollapsedSpace(c)) untidy[nUntidy++] = i;
  }
  out.untidyCount = nUntidy;
  out.paren = paren;
  out.and = and;
  if (cooperate || quoteDash) {
    // The patterns read the joined text.
    if (out.regionCount > 0) return stopAt(out, s.length);
    patternCuts(s, out, cooperate, quoteDash);
  }
  return -1;
}

/** Where an unprepared scan stopped (at i): the first region read, if any, as no mark stands before it. */
function stopAt(out: CellCuts, i: number): number {
  return out.regionCount > 0 ? out.regionStarts[0] : i;
}

/**
 * Where the «(далее – X)» at p ends (recorded in out as a region) when findCuts may read it as
 * the space replaceDalee leaves, -1 when not: it is no plain one (daleeAt), or a reading near it
 * could differ between the cell and the joined text, where the «(» is a space:
 * - inside a quote (NEW_NAME looks 40 characters ahead from a comma), or right after a dot
 *   (isSentenceEnd looks at the next two characters);
 * - only spaces between it and a line break before (isWrappedLine reads past them), or between a
 *   closing quote before and a dash or «(» after (dashAfter reads past them);
 * - a «"» right after it (after a space it opens a quote, after «)» it may not), or a «(» in the
 *   next two characters (the joined space would be read before another region).
 * findCuts handles what the characters right before it read, and what is read from after it.
 */
function daleeRegion(s: string, p: number, out: CellCuts): number {
  // No «(» was read before (the scan stops at one it does not cut out): outside is open === 0.
  if (!out.scan.outside || s.charCodeAt(p - 1) === 0x2e) return -1;
  const m = out.dalee;
  if (daleeAt(s, p, m) !== 1) return -1;
  const q = m.end;
  const after = s.charCodeAt(q);
  if (after === 0x22 || after === 0x28 || (after === 0x438 && s.charCodeAt(q + 1) === 0x28)) return -1;
  let b = p - 1;
  for (; b >= 0 && isSpace(s.charCodeAt(b)); b--) if (s.charCodeAt(b) === 0x0a) return -1;
  const quote = s.charCodeAt(b);
  if (quote === 0xbb || quote === 0x22 || quote === 0x201d) {
    let k = q;
    while (k < s.length && isSpace(s.charCodeAt(k))) k++;
    const d = s.charCodeAt(k);
    if (d === 0x2d || d === 0x2013 || d === 0x2014 || d === 0x28) return -1;
  }
  out.regionStarts[out.regionCount] = p;
  out.regionEnds[out.regionCount++] = q;
  return q;
}

/** The cuts at «совместно с» and at a dash between two quoted names, sorted in among the loop's. */
function patternCuts(s: string, out: CellCuts, cooperate: boolean, quoteDash: boolean): void {
  const cuts: Cut[] = [];
  for (let k = 0; k < out.count; k++) cuts.push({ start: out.starts[k], end: out.ends[k] });
  const inLoop = cuts.length;
  let mask: boolean[] | null = null;
  const outside = (at: number) => (mask ??= topLevelFlags(s, true))[at];
  for (const m of cooperate ? s.matchAll(COOPERATION) : []) {
    const at = m.index ?? 0;
    if (outside(at)) cuts.push({ start: at, end: at + m[0].length });
  }
  // A dash between two quoted names: «МБОУ «СШ № 21» - МБОУ «Гимназия № 1»».
  for (const m of quoteDash ? s.matchAll(/(?<=[»"”])\s*[-–—]\s*(?=(?:[А-ЯЁ]{2,}\s*){0,3}[«"„“])/gu) : []) {
    const at = m.index ?? 0;
    if (at > 0 && outside(at)) cuts.push({ start: at, end: at + m[0].length });
  }
  // The loop's cuts come in order; only the patterns' need sorting in.
  if (cuts.length > inLoop) cuts.sort((a, b) => a.start - b.start);
  out.count = 0;
  for (const cut of cuts) out.push(cut.start, cut.end);
}

/**
 * Whether s[from, to) has no untidy space (untidy[k, count): a space other than " ", or the first of
 * two " ") between its first and last characters other than " ": runs at its ends are trimmed.
 */
export function tidyInside(s: string, from: number, to: number, untidy: number[], k: number, count: number): boolean {
  if (k >= count || untidy[k] >= to) return true;
  let first = from;
  while (first < to && s.charCodeAt(first) === 0x20) first++;
  let last = to - 1;
  while (last >= first && s.charCodeAt(last) === 0x20) last--;
  for (let j = k; j < count && untidy[j] < to; j++) if (untidy[j] >= first && untidy[j] <= last) return false;
  return true;
}

/** Whether the last piece joinedPiece gave is tidy (tidyInside). */
export const JOINED = { tidy: true };

/**
 * The piece s[from, to) of the joined text, cuts' regions from the r-th on read as " " (the first
 * of them inside the piece): without its runs of " " at the ends, and whether it is tidy (in
 * JOINED). k: the first untidy position not before the piece.
 */
export function joinedPiece(s: string, from: number, to: number, cuts: CellCuts, r: number, k: number): string {
  const starts = cuts.regionStarts;
  const ends = cuts.regionEnds;
  let last = r; // the last region inside the piece (a cut never falls inside one)
  while (last + 1 < cuts.regionCount && starts[last + 1] < to) last++;
  let a = from;
  for (;;) {
    if (r <= last && a === starts[r]) a = ends[r++];
    else if (a < to && s.charCodeAt(a) === 0x20) a++;
    else break;
  }
  let b = to;
  for (;;) {
    if (last >= r && b === ends[last]) b = starts[last--];
    else if (b > a && s.charCodeAt(b - 1) === 0x20) b--;
    else break;
  }
  // Tidy: no untidy position from the first character kept to the last (tidyInside).
  let tidy = true;
  for (let j = k; j < cuts.untidyCount && cuts.untidy[j] < b; j++) if (cuts.untidy[j] >= a) tidy = false;
  JOINED.tidy = tidy;
  let out = '';
  for (; r <= last; r++) {
    out += `${s.slice(a, starts[r])} `;
    a = ends[r];
  }
  return out + s.slice(a, b);
}
