/** Cutting a responsible cell into its bodies and people (see index.ts for the rules). */
import { isBasicLetter, isDigit } from '../../core/letters';
import { foldCompact, normaliseSpaces, stripHtml } from '../../core/text';
import { CUTS, findCuts, JOINED, joinedPiece, tidyInside } from './cuts';
import { extractDefinitions, type Definition } from './definitions';
import { replaceDalee } from './dalee';
import { ABBR_TOKEN, cleanEntry, PERSON_ANYWHERE, PERSON_RE, POSITION_START } from './entries';
import { edgeSignature, sameCompact } from './fold';

/** « и » between two bare abbreviations («ОЦПРМСО и МО») separates two bodies. */
function splitAbbreviationPairs(entry: string): string[] {
  // An entry from cleanEntry has single spaces only: no « и », no pair.
  if (!entry.includes(' и ')) return [entry];
  const parts = entry.split(/\s+и\s+/u);
  if (parts.length < 2) return [entry];
  return parts.every((p) => BARE_NAMES.test(p.trim())) ? parts : [entry];
}

/** Nothing but abbreviations and quoted names: «ОЦПРМСО», «МО «Лидер»». */
const BARE_NAMES = new RegExp(String.raw`^(?:${ABBR_TOKEN}|[«"][^«»"]+[»"])(?:\s+(?:${ABBR_TOKEN}|[«"][^«»"]+[»"]))*$`, 'u');

/** Header words users leave in a cell as a label («Ответственный: Иванов И.И.»). */
const LABEL_ONLY = /^(?:ответственн\p{L}*|исполнител\p{L}*|соисполнител\p{L}*|участник\p{L}*|ответственные\/\s*участники)$/iu;

/** /[\p{L}\p{N}]/u.test(e), answered by the first character when it is a Latin or Cyrillic letter or a digit. */
function hasLetterOrDigit(e: string): boolean {
  const c = e.charCodeAt(0);
  return isDigit(c) || isBasicLetter(c) || /[\p{L}\p{N}]/u.test(e);
}

/**
 * LABEL_ONLY.test(e). Under /iu only these characters match the first letter of a label word (о и с у
 * in either case, and the old forms ᲂ ᲃ that fold to о с): checked over every code point.
 */
function isLabelOnly(e: string): boolean {
  switch (e.charCodeAt(0)) {
    case 0x418:
    case 0x41e:
    case 0x421:
    case 0x423:
    case 0x438:
    case 0x43e:
    case 0x441:
    case 0x443:
    case 0x1c82:
    case 0x1c83:
      return LABEL_ONLY.test(e);
    default:
      return false;
  }
}

/** Edge signatures of the entries uniqueEntries has read so far (it never holds more than 16). */
const SIGNATURES = new Int32Array(16);

/**
 * The entries without repeats (same letters and digits, any case, ё = е: foldCompact), the first
 * kept; entries without letters or digits dropped. A short list compares its entries in place, and
 * only those whose first and last letters or digits agree (edgeSignature); a long one keys them all.
 * A list that keeps every entry (most do) is returned as it is.
 */
function uniqueEntries(entries: string[]): string[] {
  if (entries.length > 16) return uniqueByKey(entries);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const own = edgeSignature(e);
    if (own === 0 || (own < 0 && foldCompact(e) === '') || repeatsEarlier(entries, i, own)) return uniqueFrom(entries, i);
    SIGNATURES[i] = own;
  }
  return entries;
}

/** Whether entries[i] (edge signature `own`) repeats one of entries[0, i), whose signatures are in SIGNATURES. */
function repeatsEarlier(entries: string[], i: number, own: number): boolean {
  const e = entries[i];
  for (let j = 0; j < i; j++) {
    const other = SIGNATURES[j];
    if ((own === other || own < 0 || other < 0) && sameCompact(e, entries[j])) return true;
  }
  return false;
}

/** uniqueEntries once entries[0, i) are known to be kept and entries[i] not. */
function uniqueFrom(entries: string[], i: number): string[] {
  const unique = entries.slice(0, i);
  const signatures = Array.from(SIGNATURES.subarray(0, i));
  next: for (let k = i + 1; k < entries.length; k++) {
    const e = entries[k];
    const own = edgeSignature(e);
    if (own === 0 || (own < 0 && foldCompact(e) === '')) continue;
    for (let j = 0; j < unique.length; j++) {
      const other = signatures[j];
      if ((own === other || own < 0 || other < 0) && sameCompact(e, unique[j])) continue next;
    }
    unique.push(e);
    signatures.push(own);
  }
  return unique;
}

function uniqueByKey(entries: string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const e of entries) {
    const key = foldCompact(e);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(e);
  }
  return unique;
}

export interface ResponsibleParse {
  entries: string[];
  definitions: Definition[];
}

/**
 * The entries of the cell being cut, items[0, count): one list for every cell (parseCell copies
 * them out, at their size, before the next), so a cell's entries grow no array of their own.
 */
const PIECES = { items: [] as string[], count: 0 };

/** The entries of one cleaned piece of a cell, added to those before it. */
function addPiece(entries: typeof PIECES, cleaned: string, noPairs: boolean): void {
  // cleanEntry gives a text it leaves as it is: a piece that stays whole needs no second pass.
  const parts = noPairs || !cleaned.includes(' и ') ? null : splitAbbreviationPairs(cleaned);
  if (parts === null || parts.length === 1) addEntry(entries, cleaned);
  else for (const part of parts) addEntry(entries, cleanEntry(part));
}

function addEntry(entries: typeof PIECES, e: string): void {
  if (e === '' || !hasLetterOrDigit(e) || isLabelOnly(e)) return;
  // «Иванова И.И., директор МБОУ «СШ № 9»»: the position belongs to the person before it.
  const last = entries.count > 0 ? entries.items[entries.count - 1] : undefined;
  if (last !== undefined && mayBePerson(last) && PERSON_RE.test(last) && POSITION_START.test(e) && !PERSON_ANYWHERE.test(e)) {
    entries.items[entries.count - 1] = `${last}, ${e}`;
    return;
  }
  entries.items[entries.count++] = e;
}

/** What PERSON_RE needs at the start: a capital А-Я or Ё, then a lower-case letter а-я, ё or a dot. */
function mayBePerson(e: string): boolean {
  const c = e.charCodeAt(0);
  const d = e.charCodeAt(1);
  return ((c >= 0x410 && c <= 0x42f) || c === 0x401) && ((d >= 0x430 && d <= 0x44f) || d === 0x451 || d === 0x2e);
}

/** Entries of a responsible cell and the «(далее – X)» definitions it carries. */
export function parseResponsible(text: string): ResponsibleParse {
  return parseCell(text, true);
}

/**
 * parseResponsible, the definitions computed only when asked for or needed: the entries need them
 * only to drop «(abbr)» groups, so a cell without «(» once its «(далее – X)» are cut out needs none.
 */
function parseCell(text: string, wantDefinitions: boolean): ResponsibleParse {
  try {
    const str = String(text ?? '');
    const cuts = CUTS;
    // Most cells have no «<», «&», «\r» or «(» but a plain «(далее – X)»: cut as they are, in the
    // scan that finds none (and reads each such definition as a space: the pieces below skip it).
    let raw = str;
    let s = str;
    // parseResponsible keeps the joined reading (its definitions are dropped from the joined text).
    const unprepared = findCuts(str, cuts, true, !wantDefinitions);
    if (unprepared >= 0) {
      let marks = marksIn(str, unprepared);
      // stripHtml changes only a text with «<» or «&».
      const stripped = marks & HTML ? stripHtml(str) : str;
      if (stripped !== str) marks = marksIn(stripped, 0);
      raw = marks & CR ? stripped.replace(/\r\n?/g, '\n') : stripped;
      // Cut the definitions out: «методический отдел МБУ ДО «ЦДО» (далее – МО)» → «методический отдел МБУ ДО «ЦДО»».
      s = marks & PAREN ? replaceDalee(raw) : raw;
      findCuts(s, cuts);
    }
    const definitions = wantDefinitions || cuts.paren ? extractDefinitions(raw) : NO_DEFINITIONS;
    if (definitions.length > 0) {
      const before = s;
      for (const d of definitions) s = dropParenthesised(s, d.abbr);
      if (s !== before) findCuts(s, cuts);
    }
    const hasAnd = cuts.and;
    const entries = PIECES;
    entries.count = 0;
    let from = 0;
    let k = 0; // the first untidy position not before the piece
    let r = 0; // the first region not before the piece
    for (let c = 0; c <= cuts.count; c++) {
      const to = c < cuts.count ? cuts.starts[c] : s.length;
      if (to < from) continue;
      while (k < cuts.untidyCount && cuts.untidy[k] < from) k++;
      while (r < cuts.regionCount && cuts.regionStarts[r] < from) r++;
      if (r < cuts.regionCount && cuts.regionStarts[r] < to) {
        const piece = joinedPiece(s, from, to, cuts, r, k);
        addPiece(entries, cleanEntry(piece, JOINED.tidy), JOINED.tidy && !hasAnd);
        if (c < cuts.count) from = cuts.ends[c];
        continue;
      }
      const tidy = tidyInside(s, from, to, cuts.untidy, k, cuts.untidyCount);
      // The piece without its runs of " " at the ends: cleanEntry trims them (normaliseSpaces too).
      let a = from;
      while (a < to && s.charCodeAt(a) === 0x20) a++;
      let b = to;
      while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
      // A tidy piece cleans to a part of the cell: without « и » in the cell, no pair to split.
      addPiece(entries, cleanEntry(s.slice(a, b), tidy), tidy && !hasAnd);
      if (c < cuts.count) from = cuts.ends[c];
    }
    return { entries: uniqueEntries(entries.items.slice(0, entries.count)), definitions };
  } catch {
    const t = normaliseSpaces(String(text ?? ''));
    return { entries: t ? [t] : [], definitions: [] };
  }
}

/** The definitions of a cell that needs none (never returned to a caller: splitResponsible drops them). */
const NO_DEFINITIONS: Definition[] = [];

const HTML = 1;
const CR = 2;
const PAREN = 4;

/**
 * Which of «<» or «&» (HTML), «\r» (CR) and «(» (PAREN) a text has from `from` on (none stands
 * before it), in one scan: what str.includes of each tells (on Cyrillic text a native search for
 * one of these stops at every letter sharing its low byte).
 */
function marksIn(s: string, from: number): number {
  let marks = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x3c) continue;
    if (c === 0x3c || c === 0x26) marks |= HTML;
    else if (c === 0x0d) marks |= CR;
    else if (c === 0x28) marks |= PAREN;
  }
  return marks;
}

/** The entries of a responsible cell (see parseResponsible for the definitions it holds). */
export function splitResponsible(text: string): string[] {
  return parseCell(text, false).entries;
}

const SPACE = /\s/u;

/**
 * Every «(abbr)», spaces allowed inside the parentheses, replaced by a space: what
 * `s.replace(/\(\s*abbr\s*\)/gu, ' ')` does with abbr escaped, without compiling a pattern per
 * abbreviation (an abbreviation is trimmed, so it neither starts nor ends with a space).
 */
function dropParenthesised(s: string, abbr: string): string {
  if (abbr === '' || !s.includes(abbr)) return s;
  let out = '';
  let from = 0;
  for (let open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
    let i = open + 1;
    while (i < s.length && SPACE.test(s[i])) i++;
    if (!s.startsWith(abbr, i)) continue;
    i += abbr.length;
    while (i < s.length && SPACE.test(s[i])) i++;
    if (s[i] !== ')') continue;
    out += `${s.slice(from, open)} `;
    from = i + 1;
    open = i;
  }
  return from === 0 ? s : out + s.slice(from);
}
