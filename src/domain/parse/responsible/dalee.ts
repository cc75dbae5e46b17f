/**
 * DALEE_RE («(далее – МО)») found by hand: most cells with a «(» hold either no definition or the
 * plain form «(далее – X)», and the pattern (a lazy group under /iu) costs a match object for each.
 * The scan reads the plain form exactly as the pattern's first path does; a form whose match would
 * need the pattern's backtracking («(далее по тексту – X)», «(далее – )», a letter folding to «д»
 * but not «д», characters beyond the BMP in the abbreviation) it reports as unread, and the caller
 * goes on with the pattern from there. The differential check compares both on every text.
 */
import { isSpace } from '../../core/letters';

export const DALEE_RE = /\(\s*далее(?:\s+по\s+тексту)?\s*[-–—:]?\s*([^()]{1,80}?)\s*\)/giu;

/** The longest abbreviation DALEE_RE takes, in code points. */
const MAX_ABBR = 80;

/** Where nextDalee's match lies: s[index, end), the abbreviation s[abbrFrom, abbrTo). */
export interface DaleeMatch {
  index: number;
  end: number;
  abbrFrom: number;
  abbrTo: number;
}

/** nextDalee's answer when the scan cannot tell: the pattern must look from `index` on. */
export const UNREAD = -2;

/**
 * The next DALEE_RE match at or after `from`, written into `m`: its index, or -1 when there is
 * none, or UNREAD when a «(» at m.index needs the pattern itself.
 */
export function nextDalee(s: string, from: number, m: DaleeMatch): number {
  for (let p = s.indexOf('(', from); p >= 0; p = s.indexOf('(', p + 1)) {
    const got = daleeAt(s, p, m);
    if (got === 1) return p;
    if (got === UNREAD) {
      m.index = p;
      return UNREAD;
    }
  }
  return -1;
}

/** The letters of «далее» in either case (under /iu only these match, and «ᲁ» for «д», which is left to the pattern). */
const DALEE_LOWER = [0x434, 0x430, 0x43b, 0x435, 0x435];

/** 1 when DALEE_RE matches at the «(» at p (written into m), 0 when it cannot, UNREAD when the scan cannot tell. */
export function daleeAt(s: string, p: number, m: DaleeMatch): number {
  let j = p + 1;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  for (let k = 0; k < 5; k++) {
    const c = s.charCodeAt(j + k);
    if (c === 0x1c81 && k === 0) return UNREAD;
    if (c !== DALEE_LOWER[k] && c !== DALEE_LOWER[k] - 0x20) return 0;
  }
  let b = j + 5;
  while (b < s.length && isSpace(s.charCodeAt(b))) b++;
  // «(далее по тексту – X)»: the optional group, with its backtracking, is the pattern's.
  const after = s.charCodeAt(b);
  if (b > j + 5 && (after === 0x43f || after === 0x41f)) return UNREAD;
  if (after === 0x2d || after === 0x2013 || after === 0x2014 || after === 0x3a) b++;
  let c = b;
  while (c < s.length && isSpace(s.charCodeAt(c))) c++;
  // The lazy group ends where only spaces stand before the first parenthesis, which must close.
  // (A surrogate before it stands before the spaces too: no surrogate is a space.)
  let r = c;
  let u = s.charCodeAt(r);
  let surrogate = false;
  for (; r < s.length && u !== 0x28 && u !== 0x29; u = s.charCodeAt(++r)) surrogate ||= u >= 0xd800 && u <= 0xdfff;
  if (r >= s.length || u === 0x28) return 0; // no path reaches a «)»
  if (r === c) return UNREAD; // «(далее – )»: only a backtracked space could be the group
  let q = r;
  while (isSpace(s.charCodeAt(q - 1))) q--; // stops at s[c], no space
  if (surrogate) return UNREAD; // the bound counts code points
  if (q - c > MAX_ABBR) return 0; // every other path has a longer group
  m.index = p;
  m.end = r + 1;
  m.abbrFrom = c;
  m.abbrTo = q;
  return 1;
}

const REPLACING: DaleeMatch = { index: 0, end: 0, abbrFrom: 0, abbrTo: 0 };

/** s.replace(DALEE_RE, ' '). */
export function replaceDalee(s: string): string {
  const m = REPLACING;
  let out = '';
  let last = 0;
  for (let at = nextDalee(s, 0, m); at !== -1; at = nextDalee(s, m.end, m)) {
    if (at === UNREAD) return s.replace(DALEE_RE, ' '); // the scan's matches are the pattern's: all of it from the start
    out += `${s.slice(last, at)} `;
    last = m.end;
  }
  return last === 0 ? s : out + s.slice(last);
}
