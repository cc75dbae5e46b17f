/**
 * School names, so that different spellings are recognised as one school:
 * «МБОУ «СШ № 21 им. Н.И. Рыленкова»», «МБОУ "Средняя школа №21 имени Н.И.Рыленкова"» and
 * «СШ №21» are all the school with key "СШ|21".
 *
 * Types are normalised: «СШ», «средняя школа» → "СШ"; «СОШ», «средняя общеобразовательная школа»
 * → "СОШ"; «ООШ», «основная общеобразовательная школа» → "ООШ"; «основная школа» → "ОШ";
 * «НОШ», «начальная общеобразовательная школа» → "НОШ"; «начальная школа» → "НШ"; «(начальная) школа – детский сад» → "НШ-ДС"; «гимназия» →
 * "Гимназия"; «лицей» → "Лицей"; «школа-интернат» → "Школа-интернат"; «центр образования» → "ЦО";
 * a bare «школа» → "Школа". СШ and СОШ stay different types: the documents use both officially.
 *
 * In free text a mention needs a number («школа № 5»), or a proper name together with an
 * organisation prefix, quotes or an abbreviated type («МАОУ «Прииртышская СОШ»»), so that
 * «Школа молодого учителя» or «школы-кураторы» are not taken for schools.
 */
import { skipSpaces } from '../core/letters';
import { foldCompact, normaliseDashes, normaliseSpaces, spaceAtAnEnd, stripHtml } from '../core/text';
import { NOT_A_NAME } from './school-words';
import { honorificAt, honorificForm } from './school-honorific';
import { sightingCache, VariantGroups } from './school-variants';
import {
  abbreviationTable,
  dashesOutOfReach,
  eachAbbreviation,
  execAllFrom,
  lastDashTold,
  leadOf,
  mayStartWith,
  type NumberToken,
  scanNumber,
  stickyAt,
  tidinessOf,
} from './school-scan';

export interface SchoolName {
  /** Normalised type: "СШ", "СОШ", "ООШ", "ОШ", "НОШ", "НШ", "НШ-ДС", "ВСОШ", "Гимназия", "Лицей", "Школа", "Школа-интернат", "ЦО". */
  type: string;
  /** «№ 36» → "36", «№ 5-А» → "5а"; null when the name has no number. */
  number: string | null;
  /** «им. А.М. Городнянского» (always written with «им.»), null when absent. */
  honorific: string | null;
  /** type + number when a number exists («СШ|36»), else type + folded proper name. */
  key: string;
  /** The mention as written (spaces normalised): «МБОУ «СШ № 36 им. А.М. Городнянского»». */
  text: string;
  /** Organisation prefix when present: "МБОУ", "МАОУ", "ГБОУ"… */
  prefix?: string;
  /** Proper name of a school without a number: «Прииртышская» in «Прииртышская СОШ». */
  name?: string;
  /** «с углубленным изучением иностранных языков». */
  specialisation?: string;
}

// Longer spellings first: «средняя общеобразовательная школа» before «средняя школа» before «школа».
const TYPE_PATTERNS: [string, string][] = [
  [String.raw`вечерн\p{L}*\s+(?:\(\s*сменн\p{L}*\s*\)\s+)?(?:общеобразовательн\p{L}*\s+)?школ\p{L}*`, 'ВСОШ'],
  [String.raw`средн\p{L}*\s+общеобразовательн\p{L}*\s+школ\p{L}*`, 'СОШ'],
  [String.raw`основн\p{L}*\s+общеобразовательн\p{L}*\s+школ\p{L}*`, 'ООШ'],
  [String.raw`начальн\p{L}*\s+общеобразовательн\p{L}*\s+школ\p{L}*`, 'НОШ'],
  [String.raw`(?:начальн\p{L}*\s+(?:общеобразовательн\p{L}*\s+)?)?школ\p{L}*\s*-\s*детск\p{L}*\s+сад\p{L}*`, 'НШ-ДС'],
  [String.raw`средн\p{L}*\s+школ\p{L}*`, 'СШ'],
  [String.raw`основн\p{L}*\s+школ\p{L}*`, 'ОШ'],
  [String.raw`начальн\p{L}*\s+школ\p{L}*`, 'НШ'],
  [String.raw`школ\p{L}*\s*-\s*интернат\p{L}*`, 'Школа-интернат'],
  [String.raw`гимнази[яиюейь]\p{L}*`, 'Гимназия'],
  [String.raw`лице(?:й|я|е|ем|ю|и|ев|ям|ях)`, 'Лицей'],
  [String.raw`центр\p{L}*\s+образовани\p{L}*`, 'ЦО'],
  [String.raw`школ(?:а|ы|е|у|ой|ою)(?!\s*-\s*\p{L})`, 'Школа'],
];
// Abbreviated types are matched case-sensitively: «СОШ» is a type, «сош» is not a word anyway.
const ABBR_TYPES: [string, string][] = [
  ['НШ-ДС', 'НШ-ДС'],
  ['ВСОШ', 'ВСОШ'],
  ['МСОШ', 'СОШ'],
  ['СОШ', 'СОШ'],
  ['ООШ', 'ООШ'],
  ['НОШ', 'НОШ'],
  ['СШ', 'СШ'],
  ['ОШ', 'ОШ'],
  ['НШ', 'НШ'],
];

const WORD_TYPE_RE = new RegExp(TYPE_PATTERNS.map(([p]) => String.raw`(?<![\p{L}\p{N}])(${p})(?![\p{L}])`).join('|'), 'giu');
const ABBR_TYPE_RE = new RegExp(ABBR_TYPES.map(([p]) => String.raw`(?<![\p{L}\p{N}])(${p})(?![\p{L}])`).join('|'), 'gu');

const ABBR_TABLE = abbreviationTable(ABBR_TYPES.map(([p]) => p)); // what ABBR_TYPE_RE matches, for eachAbbreviation
/** »"“” */
const isClosingQuote = (c: number): boolean => c === 0xbb || c === 0x22 || c === 0x201c || c === 0x201d;
// Every word type starts with one of these stems (the first words of TYPE_PATTERNS): WORD_TYPE_RE is
// tried only where one stands (execAllFrom).
const WORD_TYPE_START = /вечерн|средн|основн|начальн|школ|гимнази|лице|центр/giu;
const WORD_TYPE_STICKY = new RegExp(WORD_TYPE_RE.source, 'iuy');
// Non-global copies for plain tests (a global regex keeps lastIndex between calls).
const WORD_TYPE_TEST = new RegExp(WORD_TYPE_RE.source, 'iu');
const ABBR_TYPE_TEST = new RegExp(ABBR_TYPE_RE.source, 'u');
// Every word type holds one of these stems and every abbreviated type a «Ш»: a text without them
// needs no scan of the long alternations above.
const WORD_TYPE_STEM = /школ|гимнази|лице|центр/iu;

function typeOf(m: RegExpExecArray, table: [string, string][]): string {
  for (let i = 0; i < table.length; i++) if (m[i + 1] !== undefined) return table[i][1];
  return m[0];
}

// Regexes of the hot paths are constants: a regex literal makes a new RegExp object each time it is evaluated.
const A_DIGIT = /\d/;
const NAME_ENDING = /(?:ая|яя|ий|ый|ой|ое|ее)$/u;
const QUOTE_AT_END = /([«"„“]\s*)?$/u;
const QUOTES = /[«»"“”„]/g;

interface Tail {
  end: number;
  /** A school number stands in the tail: its digits and letter as scanNumber found them (numberOf). */
  numbered: boolean;
  digitsStart: number;
  digitsEnd: number;
  letterAt: number;
  name: string | null;
  honorific: string | null;
  specialisation: string | null;
}

// What may follow a bare number that makes it not a school number: «5%», «5.3», «5 г.», «9-х классов».
const NOT_SCHOOL_NUMBER =
  /(?:\s*%|[.,]\d|-?\s*(?:х|го|й|м|е|ти)(?!\p{L})|\s*(?:год|лет|гг|г\.|класс|чел|учени|учител|педагог|раз(?!\p{L})|балл|час|мин|дн|недел|месяц))/iuy;
// The parts of a tail, sticky: matched where the previous one ended. The number is read by scanNumber.
const TAIL_QUOTED = /\s*[«"„“]([^«»"„“”]{2,60})[»"“”]/uy;
const TAIL_SPECIALISATION = /\s*,?\s*(с\s+(?:углубл[её]нн\p{L}*\s+изучени\p{L}*(?:\s+(?!им\.|имени)[\p{Ll}-]+){1,6}|УИОП))/uy;
const SPECIALISATION_FIRSTS = [0x441, 0x423]; // с У

// parseTail's number token and result, reused: each is read at once, before the next call.
const numberToken: NumberToken = { end: 0, marked: false, digitsStart: 0, digitsEnd: 0, letterAt: -1, hyphen: 0 };
const tailResult: Tail = { end: 0, numbered: false, digitsStart: 0, digitsEnd: 0, letterAt: -1, name: null, honorific: null, specialisation: null };

/** The number, quoted name, specialisation and honorific after a type at `at`, in one object overwritten by the next call. */
function parseTail(s: string, at: number, allowBareNumber: boolean): Tail {
  let pos = at;
  let numbered = false;
  let name: string | null = null;
  let specialisation: string | null = null;
  // «№ 36», «№36», «N 5», «№ 5-А», «№2а»; a bare «5» only after an abbreviated type or a prefix.
  const num = numberToken;
  if (scanNumber(s, pos, num) && (num.marked || allowBareNumber)) {
    const afterDigits = num.letterAt >= 0 ? num.end - num.hyphen - 1 : num.end;
    if (num.marked || stickyAt(NOT_SCHOOL_NUMBER, s, afterDigits) === null) {
      numbered = true;
      pos = num.end;
    }
  }
  // «Гимназия «Полилог»»: a quoted proper name right after the type.
  if (!numbered) {
    const quoted = stickyAt(TAIL_QUOTED, s, pos);
    // «школы «СШ № 10»» is a word before a school, not a school called «СШ № 10».
    const isSchoolItself = quoted !== null && (A_DIGIT.test(quoted[1]) || ABBR_TYPE_TEST.test(quoted[1]) || WORD_TYPE_TEST.test(quoted[1]));
    if (quoted && !isSchoolItself) {
      name = normaliseSpaces(quoted[1]);
      pos += quoted[0].length;
    }
  }
  // «с углубленным изучением иностранных языков», «с УИОП».
  const spec = mayStartWith(s, pos, SPECIALISATION_FIRSTS) ? stickyAt(TAIL_SPECIALISATION, s, pos) : null;
  if (spec) {
    specialisation = normaliseSpaces(spec[1]);
    pos += spec[0].length;
  }
  const hon = honorificAt(s, pos);
  tailResult.end = pos + hon.end;
  tailResult.numbered = numbered;
  tailResult.digitsStart = num.digitsStart;
  tailResult.digitsEnd = num.digitsEnd;
  tailResult.letterAt = num.letterAt;
  tailResult.name = name;
  tailResult.honorific = hon.text;
  tailResult.specialisation = specialisation;
  return tailResult;
}

/** The tail's number as SchoolName has it: «№ 36» → "36", «№ 5-А» → "5а"; null when none. */
function numberOf(s: string, tail: Tail): string | null {
  if (!tail.numbered) return null;
  const digits = s.slice(tail.digitsStart, tail.digitsEnd);
  return tail.letterAt >= 0 ? digits + s[tail.letterAt].toLowerCase() : digits;
}

/** SchoolName's key: type + number, else type + the folded proper name (or the folded mention). */
function keyOf(s: string, start: number, end: number, type: string, number: string | null, name: string | null): string {
  return number !== null ? `${type}|${number}` : `${type}|${name !== null ? nameKey(name) : foldCompact(s.slice(start, end))}`;
}

/** Adjective endings dropped for the key, so «Прииртышская СОШ» = «в Прииртышской СОШ». */
function nameKey(name: string): string {
  const k = foldCompact(name);
  // An ending is at most 3 characters: the regex, anchored at the end, runs on them alone (not at every position).
  const cut = Math.max(0, k.length - 3);
  return k.slice(0, cut) + k.slice(cut).replace(ADJECTIVE_ENDING, '');
}

const ADJECTIVE_ENDING = /(?:ая|яя|ой|ей|ую|юю|ий|ый|ое|ее|ого|его|ому|ему|ым|им|ом|ем)$/u;

interface Anchor {
  start: number;
  end: number;
  type: string;
  abbr: boolean;
}

// The type matches of the text findAll is reading, reused from call to call (findAll does not run inside
// itself while they are in use): most texts hold one or two, and a new array and objects for each text
// cost more than reading them.
const anchors: Anchor[] = [];
let anchorCount = 0;

function addAnchor(start: number, end: number, type: string, abbr: boolean): void {
  const a = anchors[anchorCount];
  if (a === undefined) anchors.push({ start, end, type, abbr });
  else {
    a.start = start;
    a.end = end;
    a.type = type;
    a.abbr = abbr;
  }
  anchorCount++;
}

const addWordAnchor = (m: RegExpExecArray): void => addAnchor(m.index, m.index + m[0].length, typeOf(m, TYPE_PATTERNS), false);
const addAbbrAnchor = (start: number, end: number, i: number): void => addAnchor(start, end, ABBR_TYPES[i][1], true);

/**
 * The anchors by start, the longer first at one start, equal ones in the order found: what a stable
 * sort does. Each kind comes in order already; only when both are found are they merged (insertion sort,
 * a handful of anchors).
 */
function sortAnchors(): void {
  for (let i = 1; i < anchorCount; i++) {
    const a = anchors[i];
    let j = i - 1;
    while (j >= 0 && (anchors[j].start > a.start || (anchors[j].start === a.start && anchors[j].end < a.end))) {
      anchors[j + 1] = anchors[j];
      j--;
    }
    anchors[j + 1] = a;
  }
}

/** The text without quotes, spaces normalised: what «a text that is nothing but the name» compares. */
function unquotedForm(t: string): string {
  return normaliseSpaces(t.replace(QUOTES, ''));
}

/**
 * Where findAll reports each school it accepts, at once (the tail is overwritten by the next one): the
 * public functions make a SchoolName of it, findSchoolVariants keeps only its key and honorific.
 */
type Sink = (s: string, start: number, end: number, type: string, tail: Tail, prefix: string | undefined, name: string | null) => void;

function findAll(textIn: string, strict: boolean, sink: Sink): void {
  const text = String(textIn ?? '');
  let s = text; // most texts need none of the clean-ups below
  const tidiness = tidinessOf(text);
  const lastDash = lastDashTold(); // of `text`, for a 'dashes' one
  if (tidiness === 'untidy') {
    // A tab separates cells of a copied table: a name never runs across it.
    const whole = normaliseDashes(stripHtml(text));
    if (whole.includes('\t')) {
      for (const part of whole.split('\t')) findAll(part, strict, sink);
      return;
    }
    s = normaliseSpaces(whole);
  }
  anchorCount = 0;
  // A text with only dashes to unify ('dashes') has them unified before word types are looked for; without
  // word types, only when they may be read (the stems hold no dash: the test is the same either way).
  const stems = WORD_TYPE_STEM.test(s);
  if (tidiness === 'dashes' && stems) s = normaliseDashes(text);
  if (stems) execAllFrom(WORD_TYPE_START, WORD_TYPE_STICKY, s, addWordAnchor);
  const wordAnchors = anchorCount;
  eachAbbreviation(s, ABBR_TABLE, addAbbrAnchor);
  if (anchorCount === 0) return; // with the dashes unified there would be none either (an «НШ–ДС» is found as «НШ»)
  if (tidiness === 'dashes' && !stems && !dashesOutOfReach(s, anchors[0].start, lastDash)) {
    s = normaliseDashes(text);
    anchorCount = 0;
    eachAbbreviation(s, ABBR_TABLE, addAbbrAnchor);
  }
  if (wordAnchors > 0 && anchorCount > wordAnchors) sortAnchors();
  let unquoted: string | null = null; // the whole text without quotes, spaces normalised: made once, when needed
  let consumed = 0;
  // Each anchor is read into locals: parseTail and the rest do not touch the scratch, but reading it once is clearer.
  const count = anchorCount;
  for (let n = 0; n < count; n++) {
    const a = anchors[n];
    if (a.start < consumed) continue;
    const type = a.type;
    const abbr = a.abbr;
    const from = Math.max(consumed, a.start - 80);
    // Before the type: an organisation prefix, an opening quote, a proper-name adjective («Прииртышская»).
    const lead = leadOf(s, from, a.start);
    let start = a.start;
    let prefix: string | undefined;
    let quoteOpen = false;
    let adjective: string | null = null;
    if (lead && lead[0] !== '') {
      const adj = lead[3];
      const isName = adj !== undefined && NAME_ENDING.test(adj) && !NOT_A_NAME.has(adj.toLowerCase());
      const framed = lead[1] !== undefined || lead[2] !== undefined || abbr;
      if (adj === undefined || (isName && framed)) {
        adjective = adj ?? null;
        prefix = lead[1];
        quoteOpen = lead[2] !== undefined;
        if (prefix !== undefined || quoteOpen || adjective !== null) start = a.start - lead[0].length;
      } else {
        // A word that is not a name stands between: take only what follows it.
        const bare = QUOTE_AT_END.exec(s.slice(from, a.start));
        quoteOpen = bare !== null && bare[1] !== undefined;
        if (quoteOpen && bare) start = a.start - bare[0].length;
      }
    }
    const tail = parseTail(s, a.end, abbr || prefix !== undefined || quoteOpen);
    let end = tail.end;
    if (quoteOpen) {
      const q = skipSpaces(s, end); // /^\s*[»"“”]/
      if (isClosingQuote(s.charCodeAt(q))) end = q + 1;
    }
    const name = tail.name ?? adjective;
    // «Прииртышская СОШ» is a school; «Современная школа» in quotes is a project: a bare «школа»
    // with an adjective needs an organisation prefix.
    const framedName = name !== null && (prefix !== undefined || abbr || tail.name !== null || (quoteOpen && type !== 'Школа'));
    // Without a number or a framed name, only a text that is nothing but the name is a school («Гимназия»).
    let accepted = tail.numbered || framedName || (!strict && (prefix !== undefined || quoteOpen));
    if (!accepted && !strict) accepted = (unquoted ??= unquotedForm(s)) === unquotedForm(s.slice(start, end));
    if (!accepted) continue;
    sink(s, start, end, type, tail, prefix, name);
    consumed = end;
  }
}

// The array addSchool fills: the one schoolsIn is making (findAll does not run inside itself).
let schoolsOut: SchoolName[] = [];

function addSchool(s: string, start: number, end: number, type: string, tail: Tail, prefix: string | undefined, name: string | null): void {
  const written = tidyPart(s.slice(start, end));
  const number = numberOf(s, tail);
  const key = keyOf(s, start, end, type, number, name);
  const honorific = tail.honorific;
  // The prefix, common, in the literal: a property added later needs a property store of its own.
  const school: SchoolName = prefix ? { type, number, honorific, key, text: written, prefix } : { type, number, honorific, key, text: written };
  if (name) school.name = name;
  if (tail.specialisation) school.specialisation = tail.specialisation;
  schoolsOut.push(school);
}

/** Every school findAll accepts in a text, in order. */
function schoolsIn(text: string, strict: boolean): SchoolName[] {
  const out: SchoolName[] = [];
  schoolsOut = out;
  findAll(text, strict, addSchool);
  return out;
}

/** normaliseSpaces of a part of a text that normaliseSpaces left as it is: only a space at an end can be left to trim. */
function tidyPart(part: string): string {
  return spaceAtAnEnd(part) ? normaliseSpaces(part) : part;
}

/** The school a text names (the first one when it names several), or null when it names none. */
export function parseSchoolName(text: string): SchoolName | null {
  try {
    const found = schoolsIn(text, false);
    return found.length > 0 ? found[0] : null;
  } catch {
    return null;
  }
}

/** Every school named inside a free text (a responsible cell, a measure title). */
export function findSchoolMentions(text: string): SchoolName[] {
  try {
    return schoolsIn(text, true);
  } catch {
    return [];
  }
}

/** The schools a text names that carry an honorific. */
function mentionedSchools(text: string): SchoolName[] {
  const out: SchoolName[] = [];
  schoolsOut = out;
  eachHonoured(text, addSchool, () => (out.length = 0));
  return out;
}

// The types, numbered for numberKey.
const TYPE_CODES = new Map([...new Set([...TYPE_PATTERNS, ...ABBR_TYPES].map(([, type]) => type))].map((type, i) => [type, i]));

/**
 * The key of a numbered school (type, digits, letter) as a number, one for each key string: a Map of
 * numbers needs no string made and hashed per school. «5» and «05» differ, as in the string; the letter
 * is lower-cased as numberOf does (А-Я, a-z).
 */
function numberKey(s: string, type: string, tail: Tail): number {
  let value = 0;
  for (let i = tail.digitsStart; i < tail.digitsEnd; i++) value = value * 10 + s.charCodeAt(i) - 48;
  const digits = value + 10000 * (tail.digitsEnd - tail.digitsStart - 1); // 1 to 4 digits: below 40,000
  let letter = 0;
  if (tail.letterAt >= 0) {
    const c = s.charCodeAt(tail.letterAt);
    letter = c >= 0x410 && c <= 0x44f ? (c < 0x430 ? c + 0x20 : c) - 0x430 + 1 : (c | 0x20) - 0x61 + 33; // 1-32, 33-58
  }
  return ((TYPE_CODES.get(type) as number) * 40000 + digits) * 64 + letter;
}

/** The key and honorific of each school a text names that carries one (mentionedSchools, without the objects). */
interface Honoured {
  count: number;
  /** A numbered school's key as numberKey gives it, another's as SchoolName has it. */
  keys: (string | number)[];
  honorifics: string[];
}

// What addHonoured fills for the text being read: read at once, copied only when a cache keeps it.
const honoured: Honoured = { count: 0, keys: [], honorifics: [] };

// Called by honouredOnly alone, for a school with an honorific.
function addHonoured(s: string, start: number, end: number, type: string, tail: Tail, _prefix: string | undefined, name: string | null): void {
  honoured.keys[honoured.count] = tail.numbered ? numberKey(s, type, tail) : keyOf(s, start, end, type, null, name);
  honoured.honorifics[honoured.count] = tail.honorific as string;
  honoured.count++;
}

/** mentionedSchools(text), as keys and honorifics: the same schools, in the same order, in a reused record. */
function honouredSchools(text: string): Honoured {
  honoured.count = 0;
  eachHonoured(text, addHonoured, () => (honoured.count = 0));
  return honoured;
}

// The reading eachHonoured is making: where its schools go, how many were accepted (with an honorific
// or not), and whether only the first counts (parseSchoolName's reading).
let honouredSink: Sink = addHonoured;
let acceptedSchools = 0;
let firstSchoolOnly = false;

function honouredOnly(s: string, start: number, end: number, type: string, tail: Tail, prefix: string | undefined, name: string | null): void {
  if (acceptedSchools++ > 0 && firstSchoolOnly) return;
  if (tail.honorific) honouredSink(s, start, end, type, tail, prefix, name);
}

/**
 * Each school a text names that carries an honorific, to `sink`: every school of the strict reading
 * (findSchoolMentions), or, when it accepts none, the first school of the loose one (parseSchoolName).
 * A reading that throws gives nothing: `clear` empties what the sink kept of it.
 */
function eachHonoured(text: string, sink: Sink, clear: () => void): void {
  honouredSink = sink;
  acceptedSchools = 0;
  firstSchoolOnly = false;
  try {
    findAll(text, true, honouredOnly);
  } catch {
    clear();
    acceptedSchools = 0;
  }
  if (acceptedSchools > 0) return;
  firstSchoolOnly = true;
  try {
    findAll(text, false, honouredOnly);
  } catch {
    clear();
  }
}

const keepHonoured = (h: Honoured): Honoured => ({ count: h.count, keys: h.keys.slice(0, h.count), honorifics: h.honorifics.slice(0, h.count) });

// A mention: a text and its row, or a bare text (no object per mention) in the row of its index.
type Mention = { text: string; row: number } | string;
const textOf = (mention: Mention): string => (typeof mention === 'string' ? mention : mention.text);
/**
 * Schools written with different honorifics or spellings of them in different places: one group per
 * school key with two or more forms. Spacing and quotes are not differences («СШ №21» = «СШ № 21»);
 * a mention without an honorific contradicts nothing and is left out.
 */
export function findSchoolVariants(mentions: readonly Mention[]): { key: string; variants: { text: string; rows: number[] }[] }[] {
  const list = mentions ?? [];
  const groups = new VariantGroups(list.length);
  const schoolsOf = sightingCache(honouredSchools, keepHonoured);
  // Most mentions carry the honorific of the mention before (one string, when the text repeats). Index
  // loops: a for-of over the array a call returns makes an iterator and a result object per step.
  let lastHonorific: string | null = null;
  let lastForm = '';
  for (let m = 0; m < list.length; m++) {
    const mention = list[m];
    const found = schoolsOf(textOf(mention));
    for (let i = 0; i < found.count; i++) {
      const honorific = found.honorifics[i];
      if (honorific !== lastHonorific) lastForm = honorificForm((lastHonorific = honorific));
      if (lastForm !== '') groups.add(found.keys[i], lastForm, m, i, typeof mention === 'string' ? m : mention.row);
    }
  }
  // A variant's school is read again from its mention: only the few reported are made.
  return groups.variants((m, i) => mentionedSchools(textOf(list[m]))[i]);
}
