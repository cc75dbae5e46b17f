/**
 * Cell text: HTML fragments and stray whitespace out, line structure kept.
 * Everything here is linear in the length of the text.
 */
import { floatingDateRu } from '../core/text-ru';
import { type Cell } from '../core/types';
import { spaceAtAnEnd } from '../core/text';

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  mdash: '—',
  ndash: '–',
  minus: '−',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  bull: '•',
  middot: '·',
  shy: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  numero: '№',
  deg: '°',
};

const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/;

function decodeEntities(s: string): string {
  return s.replace(/&(?:([a-zA-Z]{2,8})|#(\d{1,6})|#x([0-9a-fA-F]{1,6}));/g, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) {
      const v = NAMED_ENTITIES[name.toLowerCase()];
      return v === undefined ? whole : v;
    }
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  });
}

/**
 * Splits inline list items inside a `<ul>` segment («<ul> - a; - b;» → lines «- a;», «- b;»).
 * Word and CMS exports put such lists on one line.
 */
function splitInlineList(segment: string): string {
  return segment.replace(/\s+(?=[-–—•·✓▪●](?:\s|$))/g, '\n');
}

/** HTML fragment → text with line breaks. */
export function htmlToText(input: string): string {
  let s = input;
  // Links keep their address: it is often the evidence itself.
  s = s.replace(/<a\s[^>]*?href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a\s*>/gi, (_w, href: string, text: string) => {
    const t = text.replace(/<[^>]*>/g, '').trim();
    return !t || t === href ? href : `${t} (${href})`;
  });
  // Inline lists: handle each <ul>/<ol> segment up to its closing tag (or the end).
  if (/<[uo]l[\s>]/i.test(s)) {
    s = s.replace(/<([uo]l)\b[^>]*>([\s\S]*?)(<\/\1\s*>|$)/gi, (_w, _tag: string, body: string) => {
      const items = /<li[\s>]/i.test(body) ? body : splitInlineList(body);
      return `\n${items}\n`;
    });
  }
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?(?:p|div|li|tr|h[1-6]|table|tbody|thead|blockquote|section|article|header|footer)\b[^>]*>/gi, '\n');
  s = s.replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ');
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  // Formatting tags go; any other tag (<img …>, <script>) is not formatting but text the user typed,
  // and stays as it is — shown as text, never run.
  s = s.replace(/<\/?(?:span|font|u|i|b|em|strong|sub|sup|s|strike|small|big|mark|code|o:p|ol|ul)\b[^<>]*>/gi, '');
  // Paragraph and list boundaries give single line breaks (HTML has no empty lines of its own).
  s = s.replace(/[ \t]*\n(?:[ \t]*\n)+/g, '\n');
  return decodeEntities(s);
}

/** Whitespace clean-up: one space between words, trimmed lines, at most one empty line in a row. */
// Spaces at the ends are tested by hand: the anchored alternatives slow the scan down (~25%).
const NEEDS_TIDY = /[\r\n\t\v\f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

export function tidyWhitespace(input: string): string {
  if (!spaceAtAnEnd(input) && !NEEDS_TIDY.test(input)) return input; // most cells are one clean line
  const s = input
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u00a0\u1680\u2007\u202f\u205f\u2000-\u200a\u3000\t\v\f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  const out: string[] = [];
  let blank = 0;
  for (const raw of s.split('\n')) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (!line) {
      blank++;
      continue;
    }
    if (out.length > 0 && blank > 0) out.push('');
    out.push(line);
    blank = 0;
  }
  return out.join('\n');
}

// What cleanText may change: the characters of NEEDS_TIDY, and «<», «&» that HTML needs, or two
// spaces in a row. Tested the other way round: the text is runs of other characters between single
// spaces, one anchored pass (no search from every position), ~12% faster than / {2}|[<&…]/.
const CLEAN =
  /^[^ <&\r\n\t\v\f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*(?: [^ <&\r\n\t\v\f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+)* ?$/;

/** Clean text of a string cell. */
export function cleanText(input: string): string {
  // Most cells are one clean line: one scan tells (what the two tests below would find).
  if (!spaceAtAnEnd(input) && CLEAN.test(input)) return input;
  // HTML needs «<» or «&»: two quick scans spare most cells the pattern.
  const s = (input.includes('<') || input.includes('&')) && LOOKS_LIKE_HTML.test(input) ? htmlToText(input) : input;
  return tidyWhitespace(s);
}

/** A cell as stored in `values`: cleaned text (null when empty); Date, number and boolean kept. */
export function cleanCell(cell: Cell | undefined): Cell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    if (cell.length === 0) return null; // what cleanText('') gives, without its scan
    const t = cleanText(cell);
    return t === '' ? null : t;
  }
  if (typeof cell === 'number') return Number.isNaN(cell) ? null : cell;
  if (typeof cell === 'boolean') return cell;
  if (cell instanceof Date) return cell;
  return null;
}

/** Plain text of a cleaned cell, for matching and joining («дд.мм.гггг» for dates). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  // Floating dates: the UTC fields are the wall-clock date, whatever zone the code runs in.
  if (cell instanceof Date) return floatingDateRu(cell);
  return '';
}

/**
 * Folded text for comparing headers: lower case, «ё»→«е», punctuation and line breaks to one space,
 * «№» split from what follows («№п/п» → «№ п п»).
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9№]+/g, ' ')
    .replace(/№/g, ' № ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * The code of the first character of `fold(text)` (NO_FOLDED_CHAR when it folds to nothing), found
 * without folding and without a string made, or UNKNOWN_FOLD when a character could fold in a way
 * this shortcut does not follow (rare letters, whose lower case may be a Latin one: «İ» → «i̇»).
 * A cheap test before comparing folded texts.
 */
export function foldedFirstCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return c;
      if (c >= 65 && c <= 90) return c + 32;
      continue; // ASCII punctuation and spaces fold to a separator
    }
    if (c >= 0x430 && c <= 0x44f) return c; // а–я
    if (c >= 0x410 && c <= 0x42f) return c + 32; // А–Я
    if (c === 0x451 || c === 0x401) return 0x435; // ё, Ё → е
    if (c === 0x2116) return c; // №
    if (c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x2027)) continue; // quotes, dashes, spaces
    return UNKNOWN_FOLD;
  }
  return NO_FOLDED_CHAR;
}

export const NO_FOLDED_CHAR = -1;
export const UNKNOWN_FOLD = -2;

/** foldedFirstCode of a text already folded. */
export const firstCodeOfFolded = (folded: string): number => (folded.length === 0 ? NO_FOLDED_CHAR : folded.charCodeAt(0));
