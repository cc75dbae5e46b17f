/**
 * Abbreviations of responsible bodies: the built-in list, a document's own definitions
 * («методический отдел МБУ ДО «ЦДО» (далее – МО)», «центр (ОЦПРМСО)», «УО – управление образования;»)
 * and expanding an abbreviation to its full name.
 */
import { isBasicLetter, isCollapsedSpace, isDigit, isSpace } from '../../core/letters';
import { foldForMatch, isSubsequence, lowerYo, stripHtml } from '../../core/text';
import { ABBR_TOKEN, cleanEntry } from './entries';
import { foldsLongerThan, initialsOf, lowerKnown, tidySpaces } from './fold';
import { isMark, TopLevelScan, topLevelFlags } from './scan';
import { DALEE_RE, nextDalee, replaceDalee, UNREAD, type DaleeMatch } from './dalee';

export interface Definition {
  abbr: string;
  full: string;
}

export interface OrgDirectory {
  entries: { abbr: string; full: string; type?: string }[];
}

/** Common bodies of the school-support programmes, by the abbreviation documents use. */
export const KNOWN_BODIES: OrgDirectory['entries'] = [
  { abbr: 'ОО', full: 'общеобразовательная организация', type: 'school' },
  { abbr: 'ОУ', full: 'общеобразовательное учреждение', type: 'school' },
  { abbr: 'ШНОР', full: 'школа с низкими образовательными результатами', type: 'school' },
  { abbr: 'ШНРО', full: 'школа с низкими результатами обучения', type: 'school' },
  { abbr: 'ШФНСУ', full: 'школа, функционирующая в неблагоприятных социальных условиях', type: 'school' },
  { abbr: 'ШНСУ', full: 'школа, функционирующая в неблагоприятных социальных условиях', type: 'school' },
  { abbr: 'ШЛ', full: 'школа-лидер', type: 'school' },
  { abbr: 'УО', full: 'управление образования', type: 'authority' },
  { abbr: 'УОиМП', full: 'управление образования и молодежной политики', type: 'authority' },
  { abbr: 'МОУО', full: 'муниципальный орган управления образованием', type: 'authority' },
  { abbr: 'ОМСУ', full: 'органы местного самоуправления', type: 'authority' },
  { abbr: 'МО', full: 'методический отдел', type: 'methodical' },
  { abbr: 'МБУ ДО «ЦДО»', full: 'муниципальное бюджетное учреждение дополнительного образования «ЦДО»', type: 'methodical' },
  { abbr: 'ОЦПРМСО', full: 'образовательный центр поддержки и развития муниципальной системы образования', type: 'municipal-centre' },
  { abbr: 'МОЦ', full: 'муниципальный образовательный центр', type: 'municipal-centre' },
  {
    abbr: 'ЦНППМ',
    full: 'центр непрерывного повышения профессионального мастерства педагогических работников',
    type: 'regional',
  },
  { abbr: 'СОИРО', full: 'Смоленский областной институт развития образования', type: 'regional' },
  {
    abbr: 'ГАУ ДПО СОИРО',
    full: 'государственное автономное учреждение дополнительного профессионального образования «Смоленский областной институт развития образования»',
    type: 'regional',
  },
  { abbr: 'ИРО', full: 'институт развития образования', type: 'regional' },
  { abbr: 'ЦОКО', full: 'центр оценки качества образования', type: 'regional' },
  { abbr: 'РЦОИ', full: 'региональный центр обработки информации', type: 'regional' },
  { abbr: 'ФИОКО', full: 'Федеральный институт оценки качества образования', type: 'federal' },
  { abbr: 'ГМО', full: 'городское методическое объединение', type: 'association' },
  { abbr: 'РМО', full: 'районное методическое объединение', type: 'association' },
  { abbr: 'ШМО', full: 'школьное методическое объединение', type: 'association' },
  { abbr: 'ГПГ', full: 'городская проблемная группа', type: 'association' },
  { abbr: 'ГТГ', full: 'городская творческая группа', type: 'association' },
];

export { DALEE_RE };
const BARE_PAREN_RE = new RegExp(String.raw`\(\s*(${ABBR_TOKEN})\s*\)`, 'gu');
/** DALEE_RE and BARE_PAREN_RE for extractDefinitions' exec loops (the first only for forms nextDalee leaves to it). */
const DALEE_SCAN = new RegExp(DALEE_RE.source, DALEE_RE.flags);
const BARE_PAREN_SCAN = new RegExp(BARE_PAREN_RE.source, BARE_PAREN_RE.flags);
const GLOSSARY_LINE_RE = new RegExp(String.raw`^\s*(?:[-•·*]\s*)?(${ABBR_TOKEN}(?:\s+${ABBR_TOKEN})*)\s*[-–—]\s*(.+?)\s*[;.]?\s*$`, 'u');

const GLOSSARY_DASH = /[-–—]/;
/** /^[«"„“]|[»"“”]$/.test(s): a quote at either end, as the abbreviation's quote trimming looks for. */
function quoteAtAnEdge(s: string): boolean {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first === 0xab || first === 0x22 || first === 0x201e || first === 0x201c || last === 0xbb || last === 0x22 || last === 0x201c || last === 0x201d;
}

/** Letters an abbreviation stands for: «УОиМП» → "уоимп", «План мероприятий» → "пм". */
function abbrLetters(abbr: string): string {
  const spaced = tidySpaces(abbr);
  const a = /[«»"“”„]/.test(spaced) ? spaced.replace(/[«»"“”„]/g, '') : spaced;
  const capitals = capitalsLetters(a);
  if (capitals !== undefined) return capitals ?? initialsOf(a);
  if (/^[\p{L}]+$/u.test(a) && a !== a.toLowerCase() && a.replace(/и/g, '') === a.replace(/и/g, '').toUpperCase()) {
    return lowerYo(a);
  }
  return initialsOf(a);
}

/**
 * An abbreviation in capitals (a lower-case «и» allowed: «УОиМП»): its letters lower-cased with ё→е,
 * as abbrLetters' test and lowerYo give them; null when it is not one (a digit, a space, a small
 * letter other than «и», no capital); undefined for a character outside ASCII and Ѐ-џ (the test decides).
 */
function capitalsLetters(a: string): string | null | undefined {
  let capital = false;
  let small = false;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f)) capital = true;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f)) small ||= c !== 0x438;
    else if (c >= 0x80) return undefined;
    else return null; // an ASCII character that is not a letter
  }
  if (!capital || small) return null;
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const l = lowerKnown(a.charCodeAt(i));
    out += String.fromCharCode(l === 0x451 ? 0x435 : l);
  }
  return out;
}

/** Where the text before a definition starts its part: a line break, «;», «:», or a sentence end. */
function endsPart(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' || ch === ';' || ch === ':') return true;
  // A sentence end: a dot after a word of two letters or more, then a space.
  return (
    ch === '.' &&
    /\s/.test(text[i + 1] ?? '') &&
    /[\p{L}]{2}$/u.test(text.slice(Math.max(0, i - 2), i)) &&
    !/(?<!\p{L})(?:им|г|гг|ул|д|т|п|с|др|пр)$/u.test(text.slice(Math.max(0, i - 4), i))
  );
}

/** What topLevelStops found in a text: stops at[0, count), in order; one instance reused for every text. */
const STOPS = { at: [] as number[], count: 0, untidy: false, scan: new TopLevelScan('', false) };

/**
 * Positions of line breaks, «;», «:» and dots outside quotes (topLevelMask(s) true there), in
 * order; and whether s has a space other than a single " " (written into STOPS).
 */
function topLevelStops(s: string): typeof STOPS {
  const out = STOPS;
  const scan = out.scan.reset(s);
  let count = 0;
  let untidy = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Letters and digits: nothing to do (most of a text).
    if ((c >= 0x410 && c <= 0x44f) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) continue;
    const outside = isMark(c) ? scan.mark(i, c) : scan.outside;
    if (outside && (c === 0x0a || c === 0x3b || c === 0x3a || c === 0x2e)) out.at[count++] = i;
    if (c === 0x20 ? s.charCodeAt(i + 1) === 0x20 : isCollapsedSpace(c)) untidy = true;
  }
  out.count = count;
  out.untidy = untidy;
  return out;
}

/**
 * The words of a segment as `segment.matchAll(/[\p{L}\p{N}][^\s]*\/gu)` finds them (from the
 * first letter or digit of each run without spaces to its end): where each starts, and its
 * initials (initialsOf). One scan over character codes; a character it does not know sends the
 * segment to the pattern.
 */
function wordsOf(segment: string): { starts: number[]; initials: string[] } {
  const starts: number[] = [];
  const inits: string[] = [];
  let inWord = false;
  let inLetters = false;
  let ini = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    const letter = isBasicLetter(c);
    const digit = isDigit(c);
    if (!letter && !digit && c >= 0x7f && !isCollapsedSpace(c) && !(c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x201f) || c === 0x2116)) {
      return wordsByPattern(segment);
    }
    if (isSpace(c)) {
      // \s of the /u patterns
      if (inWord) inits.push(ini);
      inWord = false;
      inLetters = false;
      continue;
    }
    if (!inWord && (letter || digit)) {
      inWord = true;
      starts.push(i);
      ini = '';
    }
    if (inWord && letter && !inLetters) ini += c === 0x401 || c === 0x451 ? 'е' : String.fromCharCode(lowerKnown(c));
    inLetters = letter;
  }
  if (inWord) inits.push(ini);
  return { starts, initials: inits };
}

function wordsByPattern(segment: string): { starts: number[]; initials: string[] } {
  const words = [...segment.matchAll(/[\p{L}\p{N}][^\s]*/gu)];
  return { starts: words.map((m) => m.index ?? 0), initials: words.map((m) => initialsOf(m[0])) };
}

/**
 * Could a «(ABBR)» match here: an opening parenthesis, spaces, then a capital А-Я or Ё? (The spaces
 * skipped are a superset of \s; the pattern itself decides.)
 */
function mayHaveBareParen(s: string): boolean {
  for (let at = s.indexOf('('); at >= 0; at = s.indexOf('(', at + 1)) {
    let k = at + 1;
    while (k < s.length && isCollapsedSpace(s.charCodeAt(k))) k++;
    const c = s.charCodeAt(k);
    if ((c >= 0x410 && c <= 0x42f) || c === 0x401) return true;
  }
  return false;
}

/**
 * Could a line be a glossary line: at its start, after spaces and a list mark, two capitals А-Я or Ё?
 * (A superset of what GLOSSARY_LINE_RE accepts at a line start; the pattern itself decides.)
 */
function mayHaveGlossaryLine(s: string): boolean {
  const capital = (c: number) => (c >= 0x410 && c <= 0x42f) || c === 0x401;
  const space = isCollapsedSpace;
  for (let at = 0; at >= 0 && at <= s.length;) {
    let k = at;
    while (k < s.length && space(s.charCodeAt(k))) k++;
    const m = s.charCodeAt(k);
    if (m === 0x2d || m === 0x2022 || m === 0xb7 || m === 0x2a) {
      k++;
      while (k < s.length && space(s.charCodeAt(k))) k++;
    }
    if (capital(s.charCodeAt(k)) && capital(s.charCodeAt(k + 1))) return true;
    const nl = s.indexOf('\n', at);
    at = nl < 0 ? -1 : nl + 1;
  }
  return false;
}

/** The words of a segment too short to need them (read by nobody). */
const NO_WORDS: { starts: number[]; initials: string[] } = { starts: [], initials: [] };

/**
 * The words before «(далее – X)» that X stands for: the latest start in the sentence from which
 * the initials of the words contain X's letters in order («…помощи школам с низкими результатами
 * обучения (далее – ШНРО)» → «школам с низкими результатами обучения»).
 */
function fullBefore(text: string, end: number, abbr: string): string {
  // A full name is a few words long: look back a bounded distance.
  const floor = Math.max(0, end - 300);
  // The common plain form: no stop before the definition, and a single letter («О17») starts nowhere.
  if (floor === 0 && fewLetters(abbr) && stopless(text, end)) return wholePart(text, end);
  const window = text.slice(floor, end);
  let start = floor;
  let tidy = false; // the window's only spaces are single " "
  if (floor === 0) {
    // The latest top-level stop: the candidates found in one forward pass, tried from the end.
    const stops = topLevelStops(window);
    tidy = !stops.untidy;
    for (let k = stops.count - 1; k >= 0; k--) {
      if (endsPart(text, stops.at[k])) {
        start = stops.at[k] + 1;
        break;
      }
    }
  } else {
    const mask = topLevelFlags(window, false);
    for (let j = window.length - 1; j >= 0; j--) {
      const i = floor + j;
      if (!mask[j]) continue;
      // (The window's mask read at the text's index: past the first 300 - floor characters nothing
      // is a stop. Kept as it was.)
      if (!mask[i]) continue;
      if (endsPart(text, i)) {
        start = i + 1;
        break;
      }
    }
  }
  let segment = text.slice(start, end);
  if (start === floor && floor > 0) segment = segment.replace(/^\S*\s*/u, ''); // a cut word is no word
  const letters = abbrLetters(abbr);
  // Match the letters backwards against the words' initials: the word where the first letter
  // matches is the latest possible start. A single letter («О17») starts nowhere: the whole segment.
  let best = -1;
  const words = letters.length >= 2 ? wordsOf(segment) : NO_WORDS;
  if (letters.length >= 2) {
    let k = letters.length - 1;
    for (let w = words.starts.length - 1; w >= 0 && k >= 0; w--) {
      const wordInitials = words.initials[w];
      for (let c = wordInitials.length - 1; c >= 0 && k >= 0; c--) {
        if (wordInitials[c] === letters[k]) {
          if (k === 0 && c === 0) best = w;
          if (k > 0 || c === 0) k--;
        }
      }
    }
  }
  const from = best >= 0 ? words.starts[best] : 0;
  // Earlier definitions inside the full name are not part of it.
  const full = segment.slice(from);
  // Without «(» the full name is a piece of the window as it is (no space handling needed when tidy).
  return full.includes('(') ? cleanEntry(replaceDalee(full)) : cleanEntry(full, tidy);
}

/**
 * abbrLetters(abbr).length < 2, known without building the letters: true only for an abbreviation
 * of ASCII characters other than controls, spaces and «"», and Cyrillic Ѐ-џ (false may be either).
 * Such a text is its own tidySpaces and has no quote abbrLetters drops; capitalsLetters takes it
 * whole when it is all letters with a capital and no small letter but «и», else initialsOf gives a
 * letter for each run of letters.
 */
export function fewLetters(abbr: string): boolean {
  let runs = 0;
  let inRun = false;
  let other = false;
  let capital = false;
  let small = false;
  for (let i = 0; i < abbr.length; i++) {
    const c = abbr.charCodeAt(i);
    const upper = (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f);
    const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f);
    if (upper || lower) {
      if (!inRun) runs++;
      inRun = true;
      capital ||= upper;
      small ||= lower && c !== 0x438;
      continue;
    }
    if (c <= 0x20 || c === 0x22 || c >= 0x7f) return false; // abbrLetters decides
    inRun = false;
    other = true;
  }
  return (!other && capital && !small ? abbr.length : runs) < 2;
}

/**
 * Where stopless must look closer: a character other than А-я, a digit or " ", or two " " (stops,
 * «(» and the other spaces are among them). A match ending past `end` leaves text[0, end) without
 * any, as a match before it would be the leftmost. (A short class: the pattern's fastest scan.)
 */
const PLAIN_UNTIL = /[^\u0410-\u044f0-9 ]| {2}/g;

/** What stopless found in the text before a definition: a «(» in it, and whether its only spaces are single " ". */
const PLAIN = { paren: false, tidy: true };

/**
 * Whether text[0, end) holds none of the characters topLevelStops stops at (line break, «;», «:»,
 * «.»): then it has no stop, whatever its quotes, and no mask is needed. Notes in PLAIN what
 * fullBefore reads next: topLevelStops' `untidy` (the same test) and whether there is a «(».
 */
function stopless(text: string, end: number): boolean {
  // Most often the first character the pattern finds is the definition's own «(» at `end`.
  PLAIN_UNTIL.lastIndex = 0;
  if (!PLAIN_UNTIL.test(text) || PLAIN_UNTIL.lastIndex > end) {
    PLAIN.paren = false;
    PLAIN.tidy = true;
    return true;
  }
  let paren = false;
  let untidy = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x410 && c <= 0x44f) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) continue;
    if (c === 0x0a || c === 0x3b || c === 0x3a || c === 0x2e) return false;
    if (c === 0x28) paren = true;
    else if (c === 0x20 ? i + 1 < end && text.charCodeAt(i + 1) === 0x20 : isCollapsedSpace(c)) untidy = true;
  }
  PLAIN.paren = paren;
  PLAIN.tidy = !untidy;
  return true;
}

/**
 * fullBefore's answer when the whole of text[0, end) is the full name (stopless noted PLAIN): a
 * tidy text is cut without its edge spaces at once, which is what cleanEntry's tidySpaces would give.
 */
function wholePart(text: string, end: number): string {
  if (PLAIN.paren) return cleanEntry(replaceDalee(text.slice(0, end)));
  if (!PLAIN.tidy) return cleanEntry(text.slice(0, end), false);
  let a = 0;
  while (a < end && text.charCodeAt(a) === 0x20) a++;
  let b = end;
  while (b > a && text.charCodeAt(b - 1) === 0x20) b--;
  return cleanEntry(text.slice(a, b), true);
}

/** Where extractDefinitions' scan puts each «(далее – X)» it finds. */
const DEFINING: DaleeMatch = { index: 0, end: 0, abbrFrom: 0, abbrTo: 0 };

/**
 * The definitions of one text, the first of each abbreviation (any case, ё = е) kept: appended to
 * `into`, and each one's folded abbreviation to `keys` when asked for. One instance, reset per text.
 */
class DefinitionList {
  private into: Definition[] = [];
  private keys: string[] | null = null;
  /** The folded abbreviations seen: the first alone (most texts define one), a set once there are more. */
  private first: string | null = null;
  private seen: Set<string> | null = null;

  reset(into: Definition[], keys: string[] | null): this {
    this.into = into;
    this.keys = keys;
    this.first = null;
    this.seen = null;
    return this;
  }

  // `clean`: the full name comes from cleanEntry, whose texts normaliseSpaces leaves as they are.
  add(abbr: string, full: string, clean: boolean): void {
    const spaced = tidySpaces(abbr);
    const a = quoteAtAnEdge(spaced) ? spaced.replace(/^[«"„“]+|[»"“”]+$/g, '') : spaced;
    const f = clean ? full : tidySpaces(full);
    if (a === '' || f === '') return;
    const key = foldForMatch(a);
    // A full name that folds to more characters than the abbreviation's is not the abbreviation.
    if ((!foldsLongerThan(f, key.length) && key === foldForMatch(f)) || this.has(key)) return;
    if (this.first === null) this.first = key;
    else (this.seen ??= new Set([this.first])).add(key);
    this.into.push({ abbr: a, full: f });
    this.keys?.push(key);
  }

  private has(key: string): boolean {
    return this.seen !== null ? this.seen.has(key) : this.first === key;
  }
}

const LIST = new DefinitionList();

/**
 * Abbreviations a text defines: «(далее – МО)» with the words before it, «полное название (ОЦПРМСО)»
 * when the words' initials match, and glossary lines «УО – управление образования;».
 */
export function extractDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  collectDefinitions(text, out, null);
  return out;
}

/**
 * extractDefinitions(text) appended to `into` (no list of its own), and each definition's folded
 * abbreviation, foldForMatch(abbr), to `keys` when given (tableDirectoryOf takes them).
 */
export function collectDefinitions(text: string, into: Definition[], keys: string[] | null): void {
  const list = LIST.reset(into, keys);
  try {
    const str = String(text ?? '');
    // stripHtml changes only a text with «<» or «&».
    const s = str.includes('<') || str.includes('&') ? stripHtml(str) : str;
    // Both kinds of definition in parentheses need one; a glossary line needs a dash.
    if (s.includes('(')) {
      const d = DEFINING;
      let at = nextDalee(s, 0, d);
      for (; at >= 0; at = nextDalee(s, d.end, d)) {
        const abbr = s.slice(d.abbrFrom, d.abbrTo);
        list.add(abbr, fullBefore(s, at, abbr), true);
      }
      // exec loops over own instances: what matchAll does (no match is empty), without its copy of the pattern.
      // The pattern takes over where the scan cannot tell: its matches before are the scan's.
      DALEE_SCAN.lastIndex = d.index;
      for (let m = at === UNREAD ? DALEE_SCAN.exec(s) : null; m; m = DALEE_SCAN.exec(s)) list.add(m[1], fullBefore(s, m.index, m[1]), true);
      BARE_PAREN_SCAN.lastIndex = 0;
      for (let m = mayHaveBareParen(s) ? BARE_PAREN_SCAN.exec(s) : null; m; m = BARE_PAREN_SCAN.exec(s)) {
        const full = fullBefore(s, m.index, m[1]);
        const letters = abbrLetters(m[1]);
        if (full && letters.length >= 2 && initialsOf(full)[0] === letters[0] && isSubsequence(letters, initialsOf(full))) list.add(m[1], full, true);
      }
    }
    if (!mayHaveGlossaryLine(s) || !GLOSSARY_DASH.test(s)) return;
    for (const line of s.split(/\r?\n/)) {
      const m = GLOSSARY_LINE_RE.exec(line);
      if (!m) continue;
      const letters = abbrLetters(m[1]);
      const ini = initialsOf(m[2]);
      if (ini[0] === letters[0] && isSubsequence(letters, ini)) list.add(m[1], m[2], false);
    }
  } catch {
    // The definitions found before the failure are kept.
  }
}
