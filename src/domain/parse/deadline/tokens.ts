/**
 * Normalisation and tokens: HTML tags, case, ё, dashes, line breaks and odd spaces are folded, then
 * the text is cut into numbers, dates («27.03.2022», «15.04», «05.2022»), words, dashes, separators
 * and other marks. «2-й», «5-го», «2й» become one ordinal number.
 */
import { isPlausibleYear } from '../period';
import { MAX_TEXT, type Tok } from './model';

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

export function normalise(text: string): string {
  let s = text.slice(0, MAX_TEXT);
  // Tags and entities need «<» or «&»: most cells have neither.
  if (s.includes('<')) s = s.replace(/<\s*\/?\s*(p|br|li|div|ul|ol|tr|td|th|h\d)\b[^>]{0,200}>/gi, '\n').replace(/<[^<>]{0,200}>/g, ' ');
  if (s.includes('&')) {
    s = s
      .replace(/&nbsp;/gi, ' ')
      .replace(/&[mn]dash;/gi, '-')
      .replace(/&(laquo|raquo|quot);/gi, '"')
      .replace(/&amp;/gi, '&');
  }
  s = s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[іӏ]/g, 'i')
    .replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g, '-');
  if (s.includes('\u000b')) s = s.split('\u000b').join('\n'); // Word's manual line break
  // Tabs, no-break and odd spaces become " " (every \s but "\n" and " ", and the zero-width space).
  return s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/[\t\v\f\r\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ');
}

const TOKEN_RE =
  /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)|(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)|(\d{1,2})[./](\d{4})(?!\d)|(\d{1,2})\.(\d{1,2})(?![\d])|(\d+)|([a-zа-я]+)|(\n)|(-)|([,;/])|(\S)/g;

const ORD_SUFFIX = /^(й|ый|ой|ий|го|ого|его|е|я|ая|ое|ую|ю|м|ом|ем|х|ых)$/;

/** Tokens of a normalised text. */
export function tokenize(norm: string): Tok[] {
  const raw: Tok[] = [];
  // exec, not matchAll: no iterator and no copy of the pattern per text (every alternative takes a character).
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(norm); m !== null; m = TOKEN_RE.exec(norm)) raw.push(tokenOf(m));
  return joinOrdinals(raw);
}

function tokenOf(m: RegExpMatchArray): Tok {
  if (m[1] !== undefined) return dateTok(Number(m[3]), Number(m[2]), Number(m[1]));
  if (m[4] !== undefined) {
    const y = m[6].length === 2 ? 2000 + Number(m[6]) : Number(m[6]);
    return dateTok(Number(m[4]), Number(m[5]), y);
  }
  if (m[7] !== undefined) {
    const mo = Number(m[7]);
    const y = Number(m[8]);
    return mo >= 1 && mo <= 12 && isPlausibleYear(y) ? { k: 'my', m: mo, y } : { k: 'p', c: '?' };
  }
  if (m[9] !== undefined) return dateTok(Number(m[9]), Number(m[10]), null);
  if (m[11] !== undefined) return { k: 'num', v: Number(m[11].slice(0, 9)), len: m[11].length, ord: false };
  if (m[12] !== undefined) {
    let w = m[12];
    if (/[a-z]/.test(w) && /[а-я]/.test(w)) w = w.replace(/[a-z]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);
    return { k: 'word', w };
  }
  if (m[13] !== undefined) return { k: 'sep', c: '\n' };
  if (m[14] !== undefined) return { k: 'dash' };
  if (m[15] !== undefined) return { k: 'sep', c: m[15] };
  return { k: 'p', c: m[16] ?? '?' };
}

/** «2-й», «5-го», «1-е», «2й» → one ordinal number token. */
function joinOrdinals(raw: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (t.k === 'num' && t.len <= 2) {
      const a = raw[i + 1];
      const b = raw[i + 2];
      if (a && a.k === 'dash' && b && b.k === 'word' && ORD_SUFFIX.test(b.w)) {
        out.push({ ...t, ord: true });
        i += 2;
        continue;
      }
      if (a && a.k === 'word' && ORD_SUFFIX.test(a.w) && a.w.length <= 3) {
        out.push({ ...t, ord: true });
        i += 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

function dateTok(d: number, m: number, y: number | null): Tok {
  if (d < 1 || d > 31 || m < 1 || m > 12 || (y !== null && !isPlausibleYear(y))) return { k: 'p', c: '?' };
  return { k: 'date', d, m, y };
}

/** The words and numbers of the text, in order (what the recurrence and phrase passes read). */
export function wordsOf(toks: Tok[]): string[] {
  const words: string[] = [];
  for (const t of toks) if (t.k === 'word' || t.k === 'num') words.push(t.k === 'word' ? t.w : String(t.v));
  return words;
}

export const isWord = (t: Tok | undefined, re: RegExp): boolean => !!t && t.k === 'word' && re.test(t.w);
export const wordOf = (t: Tok | undefined): string => (t && t.k === 'word' ? t.w : '');
/** A mark token («.», «№», «%») with character c. */
export const isMark = (t: Tok | undefined, c: string): boolean => !!t && t.k === 'p' && t.c === c;
