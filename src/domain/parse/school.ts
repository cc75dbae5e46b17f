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
import { memoise } from '../core/memo';
import { foldCompact, normaliseDashes, normaliseSpaces, stripHtml } from '../core/text';

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

// Non-global copies for plain tests (a global regex keeps lastIndex between calls).
const WORD_TYPE_TEST = new RegExp(WORD_TYPE_RE.source, 'iu');
const ABBR_TYPE_TEST = new RegExp(ABBR_TYPE_RE.source, 'u');
// Every word type holds one of these stems and every abbreviated type a «Ш»: a text without them
// needs no scan of the long alternations above.
const WORD_TYPE_STEM = /школ|гимнази|лице|центр/iu;

// Title words an honorific may hold between «им.» and the surname (looked up lower-cased, ё→е).
const TITLE_WORDS = new Set([
  'генерала',
  'академика',
  'героя',
  'маршала',
  'адмирала',
  'космонавта',
  'летчика',
  'писателя',
  'поэта',
  'профессора',
  'дважды',
  'трижды',
  'полного',
  'кавалера',
  'ордена',
  'заслуженного',
  'народного',
  'учителя',
  'артиста',
  'композитора',
  'святого',
  'святых',
  'святителя',
  'преподобного',
  'князя',
  'графа',
  'полковника',
  'капитана',
  'лейтенанта',
  'майора',
  'сержанта',
  'рядового',
  'генерал-майора',
  'генерал-лейтенанта',
  'вице-адмирала',
  'контр-адмирала',
  'социалистического',
  'труда',
  'советского',
  'союза',
  'российской',
  'федерации',
  'россии',
  'лауреата',
  'премии',
  'почетного',
  'гражданина',
  'педагога',
  'просветителя',
  'ученого',
  'конструктора',
  'партизана',
  'пионера',
  'героев',
  'воинов',
  'выпускников',
]);
const NOT_A_NAME = new Set([
  'каждая',
  'данная',
  'указанная',
  'которая',
  'наша',
  'ваша',
  'любая',
  'одна',
  'такая',
  'эта',
  'та',
  'вся',
  'другая',
  'новая',
  'базовая',
  'опорная',
  'сельская',
  'городская',
  'муниципальная',
  'каждой',
  'данной',
]);

interface Match {
  start: number;
  end: number;
  school: SchoolName;
}

function typeOf(m: RegExpExecArray, table: [string, string][]): string {
  for (let i = 0; i < table.length; i++) if (m[i + 1] !== undefined) return table[i][1];
  return m[0];
}

// The tokens of an honorific. Sticky (matched at lastIndex) rather than anchored on a slice of the text.
const HON_HEAD = /\s*,?\s*(?:им\.|имени(?!\p{L})|им(?=\s+[А-ЯЁ]))\s*/iuy;
const HON_INITIAL = /\s*([А-ЯЁA-Z])\s*\.\s*/uy;
const HON_WORD = /\s*([А-ЯЁ][\p{L}]+(?:-[\p{L}]+)*)(?![\p{L}])/uy;
const HON_TITLE = /\s*(\p{Ll}[\p{L}-]*)/uy;
const HON_AGAIN = /\s*(?:им\.|имени(?!\p{L}))\s*/iuy;
const HON_AND = /\s+и\s+(?=[А-ЯЁ][а-яё])/uy;

function stickyAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** The same as /^[А-ЯЁA-Z]\.$/u.test(p): an initial with its dot. */
function isInitial(p: string): boolean {
  if (p.length !== 2 || p.charCodeAt(1) !== 0x2e) return false;
  const c = p.charCodeAt(0);
  return (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a);
}

/** JavaScript's \s: white space and line terminators. */
function isSpaceChar(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** False when the first character after the spaces at `pos` is surely not a letter (a quote, ASCII punctuation, the end). */
function letterMayFollow(s: string, pos: number): boolean {
  let q = pos;
  while (q < s.length && isSpaceChar(s.charCodeAt(q))) q++;
  if (q >= s.length) return false;
  const c = s.charCodeAt(q);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return c !== 0xab && c !== 0xbb && !(c >= 0x2018 && c <= 0x201f);
}

function honorificTokens(s: string, at: number): { end: number; text: string | null } {
  // «им.», «имени» then initials, capitalised words, title words, again «им.».
  const head = stickyAt(HON_HEAD, s, at);
  if (!head) return { end: at, text: null };
  let pos = at + head[0].length;
  const parts: string[] = [];
  let lastGood = pos;
  let lastGoodParts = 0;
  let firstWord = -1; // index in parts of the first capitalised word (a surname)
  for (let guard = 0; guard < 16; guard++) {
    // Every token below starts, after spaces, with a letter: at a quote, a comma or the end none can match.
    if (!letterMayFollow(s, pos)) break;
    let m: RegExpExecArray | null;
    if ((m = stickyAt(HON_INITIAL, s, pos))) {
      parts.push(`${m[1]}.`);
    } else if ((m = stickyAt(HON_WORD, s, pos))) {
      // An organisation prefix or a school type starts the next name, not this honorific.
      if (/^[А-ЯЁ]{0,5}(?:ОУ|ОО)$|^(?:СШ|СОШ|ООШ|НОШ|МБУ|МАУ|ГАУ|ГБУ)$/u.test(m[1])) break;
      // A name in an honorific is in the genitive and ends in a vowel («Рыленкова», «Городнянского»,
      // «Гастелло»); a word ending in a consonant («План», «Слободич») starts something else.
      if (/[бвгджзклмнпрстфхцчшщъ]$/iu.test(m[1]) && !/^[А-ЯЁ]{2,}$/u.test(m[1])) break;
      if (firstWord < 0) firstWord = parts.length;
      parts.push(m[1]);
    } else if ((m = stickyAt(HON_TITLE, s, pos)) && TITLE_WORDS.has(m[1].toLowerCase().replace(/ё/g, 'е'))) {
      parts.push(m[1]);
      pos += m[0].length;
      continue; // a title word alone does not finish the honorific
    } else if ((m = stickyAt(HON_AGAIN, s, pos))) {
      parts.push('им.');
      pos += m[0].length;
      continue;
    } else if ((m = stickyAt(HON_AND, s, pos)) && parts.length > 0) {
      parts.push('и');
      pos += m[0].length;
      continue;
    } else break;
    pos += m[0].length;
    lastGood = pos;
    lastGoodParts = parts.length;
  }
  if (lastGoodParts === 0) return { end: at, text: null };
  // Initials without a surname («им. Н.М.,» cut by a page break) name nobody. Of the parts only a
  // capitalised word has a letter after its first one: it is the /^[А-ЯЁ][\p{L}-]+$/ the old test looked for.
  if (firstWord < 0 || firstWord >= lastGoodParts) return { end: lastGood, text: null };
  // Initials are written together, then a space: «Н.И. Рыленкова».
  let text = 'им.';
  for (let i = 0; i < lastGoodParts; i++) {
    const p = parts[i];
    text += i > 0 && isInitial(parts[i - 1]) && isInitial(p) ? p : ` ${p}`;
  }
  // No part ends in a space, so nothing is left to trim.
  return { end: lastGood, text };
}

interface Tail {
  end: number;
  number: string | null;
  name: string | null;
  honorific: string | null;
  specialisation: string | null;
}

// What may follow a bare number that makes it not a school number: «5%», «5.3», «5 г.», «9-х классов».
const NOT_SCHOOL_NUMBER =
  /(?:\s*%|[.,]\d|-?\s*(?:х|го|й|м|е|ти)(?!\p{L})|\s*(?:год|лет|гг|г\.|класс|чел|учени|учител|педагог|раз(?!\p{L})|балл|час|мин|дн|недел|месяц))/iuy;
// The parts of a tail, sticky: matched where the previous one ended.
const TAIL_NUMBER = /\s*(?:(№|N[oº]?\.?|#)\s*)?(\d{1,4})(?:(-?)([А-Яа-яA-Za-z])(?![\p{L}\p{N}.]))?/uy;
const TAIL_QUOTED = /\s*[«"„“]([^«»"„“”]{2,60})[»"“”]/uy;
const TAIL_SPECIALISATION = /\s*,?\s*(с\s+(?:углубл[её]нн\p{L}*\s+изучени\p{L}*(?:\s+(?!им\.|имени)[\p{Ll}-]+){1,6}|УИОП))/uy;

function parseTail(s: string, at: number, allowBareNumber: boolean): Tail {
  let pos = at;
  let number: string | null = null;
  let name: string | null = null;
  let specialisation: string | null = null;
  // «№ 36», «№36», «N 5», «№ 5-А», «№2а»; a bare «5» only after an abbreviated type or a prefix.
  const num = stickyAt(TAIL_NUMBER, s, pos);
  if (num && (num[1] !== undefined || allowBareNumber)) {
    const afterDigits = pos + num[0].length - (num[4] ? num[3].length + 1 : 0);
    if (num[1] !== undefined || stickyAt(NOT_SCHOOL_NUMBER, s, afterDigits) === null) {
      number = num[2] + (num[4] ? num[4].toLowerCase() : '');
      pos += num[0].length;
    }
  }
  // «Гимназия «Полилог»»: a quoted proper name right after the type.
  if (number === null) {
    const quoted = stickyAt(TAIL_QUOTED, s, pos);
    // «школы «СШ № 10»» is a word before a school, not a school called «СШ № 10».
    const isSchoolItself = quoted !== null && (/\d/.test(quoted[1]) || ABBR_TYPE_TEST.test(quoted[1]) || WORD_TYPE_TEST.test(quoted[1]));
    if (quoted && !isSchoolItself) {
      name = normaliseSpaces(quoted[1]);
      pos += quoted[0].length;
    }
  }
  // «с углубленным изучением иностранных языков», «с УИОП».
  const spec = stickyAt(TAIL_SPECIALISATION, s, pos);
  if (spec) {
    specialisation = normaliseSpaces(spec[1]);
    pos += spec[0].length;
  }
  const hon = honorificTokens(s, pos);
  return { end: hon.end, number, name, honorific: hon.text, specialisation };
}

/** Adjective endings dropped for the key, so «Прииртышская СОШ» = «в Прииртышской СОШ». */
function nameKey(name: string): string {
  return foldCompact(name).replace(/(?:ая|яя|ой|ей|ую|юю|ий|ый|ое|ее|ого|его|ому|ему|ым|им|ом|ем)$/u, '');
}

const LEAD_RE = /(?:(?<![\p{L}])([А-ЯЁ]{0,5}ОУ(?:\s+ДО)?|[А-ЯЁ]{0,4}ОО|АНО\s+ОО|АНО|ЧУ\s+ОО|ЧУ)\s*)?([«"„“]\s*)?(?:([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)\s+)?$/u;

/** The characters a LEAD_RE match can hold: А-Я, Ё, а-я, ё, "-", the opening quotes «"„“ and spaces (\s). */
function isLeadChar(c: number): boolean {
  if (c >= 0x410 && c <= 0x44f) return true;
  switch (c) {
    case 0x401:
    case 0x451:
    case 0x2d:
    case 0xab:
    case 0x22:
    case 0x201e:
    case 0x201c:
      return true;
    default:
      return isSpaceChar(c);
  }
}

/**
 * LEAD_RE.exec(before), with index and groups as they would be, run only on the end of `before` that a
 * match can cover: from the last character no match can hold (kept, for the look-behind). The regex
 * ends in `$`, so on the whole 80 characters it is tried at every position.
 */
function leadOf(before: string): RegExpExecArray | null {
  let k = before.length - 1;
  while (k >= 0 && isLeadChar(before.charCodeAt(k))) k--;
  // A low surrogate: keep its pair whole, the look-behind reads code points.
  if (k > 0 && (before.charCodeAt(k) & 0xfc00) === 0xdc00) k--;
  return LEAD_RE.exec(k > 0 ? before.slice(k) : before);
}

/** Every match of a global regex, as matchAll gives them (without its copy of the regex per call). */
function execAll(re: RegExp, s: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) each(m); // no alternative matches the empty string
}

function findAll(textIn: string, strict: boolean): Match[] {
  // A tab separates cells of a copied table: a name never runs across it.
  const whole = normaliseDashes(stripHtml(String(textIn ?? '')));
  if (whole.includes('\t')) return whole.split('\t').flatMap((p) => findAll(p, strict));
  const s = normaliseSpaces(whole);
  const anchors: { start: number; end: number; type: string; abbr: boolean }[] = [];
  if (WORD_TYPE_STEM.test(s)) {
    execAll(WORD_TYPE_RE, s, (m) => anchors.push({ start: m.index, end: m.index + m[0].length, type: typeOf(m, TYPE_PATTERNS), abbr: false }));
  }
  if (s.includes('Ш')) {
    execAll(ABBR_TYPE_RE, s, (m) => anchors.push({ start: m.index, end: m.index + m[0].length, type: typeOf(m, ABBR_TYPES), abbr: true }));
  }
  if (anchors.length === 0) return [];
  let unquoted: string | null = null; // the whole text without quotes, spaces normalised: made once, when needed
  anchors.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let consumed = 0;
  for (const a of anchors) {
    if (a.start < consumed) continue;
    const before = s.slice(Math.max(consumed, a.start - 80), a.start);
    // Before the type: an organisation prefix, an opening quote, a proper-name adjective («Прииртышская»).
    const lead = leadOf(before);
    let start = a.start;
    let prefix: string | undefined;
    let quoteOpen = false;
    let adjective: string | null = null;
    if (lead && lead[0] !== '') {
      const adj = lead[3];
      const isName = adj !== undefined && /(?:ая|яя|ий|ый|ой|ое|ее)$/u.test(adj) && !NOT_A_NAME.has(adj.toLowerCase());
      const framed = lead[1] !== undefined || lead[2] !== undefined || a.abbr;
      if (adj === undefined || (isName && framed)) {
        adjective = adj ?? null;
        prefix = lead[1];
        quoteOpen = lead[2] !== undefined;
        if (prefix !== undefined || quoteOpen || adjective !== null) start = a.start - lead[0].length;
      } else {
        // A word that is not a name stands between: take only what follows it.
        const bare = /([«"„“]\s*)?$/u.exec(before);
        quoteOpen = bare !== null && bare[1] !== undefined;
        if (quoteOpen && bare) start = a.start - bare[0].length;
      }
    }
    const tail = parseTail(s, a.end, a.abbr || prefix !== undefined || quoteOpen);
    let end = tail.end;
    if (quoteOpen) {
      const close = /^\s*[»"“”]/u.exec(s.slice(end));
      if (close) end += close[0].length;
    }
    const name = tail.name ?? adjective;
    // «Прииртышская СОШ» is a school; «Современная школа» in quotes is a project: a bare «школа»
    // with an adjective needs an organisation prefix.
    const framedName = name !== null && (prefix !== undefined || a.abbr || tail.name !== null || (quoteOpen && a.type !== 'Школа'));
    // Without a number or a framed name, only a text that is nothing but the name is a school («Гимназия»).
    const alone = () => {
      unquoted ??= normaliseSpaces(s.replace(/[«»"“”„]/g, ''));
      return unquoted === normaliseSpaces(s.slice(start, end).replace(/[«»"“”„]/g, ''));
    };
    const accepted = tail.number !== null || framedName || (!strict && (prefix !== undefined || quoteOpen || alone()));
    if (!accepted) continue;
    const key = tail.number !== null ? `${a.type}|${tail.number}` : `${a.type}|${name !== null ? nameKey(name) : foldCompact(s.slice(start, end))}`;
    const school: SchoolName = {
      type: a.type,
      number: tail.number,
      honorific: tail.honorific,
      key,
      text: normaliseSpaces(s.slice(start, end)),
    };
    if (prefix) school.prefix = prefix;
    if (name) school.name = name;
    if (tail.specialisation) school.specialisation = tail.specialisation;
    out.push({ start, end, school });
    consumed = end;
  }
  return out;
}

/** The school a text names (the first one when it names several), or null when it names none. */
export function parseSchoolName(text: string): SchoolName | null {
  try {
    const found = findAll(text, false);
    return found.length > 0 ? found[0].school : null;
  } catch {
    return null;
  }
}

/** Every school named inside a free text (a responsible cell, a measure title). */
export function findSchoolMentions(text: string): SchoolName[] {
  try {
    return findAll(text, true).map((m) => m.school);
  } catch {
    return [];
  }
}

/** Honorific compared without spaces, dots, quotes and case, and without «им.»/«имени». */
const honorificForm = memoise(
  // One honorific stands in many rows of a document («им. Н.И. Рыленкова»): remembered.
  (honorific: string): string => foldCompact(honorific.replace(/(?<!\p{L})(?:им\.|имени)(?!\p{L})/giu, ' ')),
  1024,
);

/** The schools a text names that carry an honorific, with the honorific's compared form. */
function mentionedSchools(text: string): { school: SchoolName; form: string }[] {
  let schools: SchoolName[] = [];
  try {
    schools = findSchoolMentions(text);
    if (schools.length === 0) {
      const one = parseSchoolName(text);
      if (one) schools = [one];
    }
  } catch {
    schools = [];
  }
  const out: { school: SchoolName; form: string }[] = [];
  for (const school of schools) {
    if (!school.honorific) continue;
    const form = honorificForm(school.honorific);
    if (form !== '') out.push({ school, form });
  }
  return out;
}

/**
 * Schools written with different honorifics or spellings of them in different places: one group per
 * school key with two or more forms. Spacing and quotes are not differences («СШ №21» = «СШ № 21»);
 * a mention without an honorific contradicts nothing and is left out.
 */
export function findSchoolVariants(mentions: { text: string; row: number }[]): { key: string; variants: { text: string; rows: number[] }[] }[] {
  // A key's one form is kept as it is; a Map of forms only once a second form turns up (most keys have one).
  const groups = new Map<string, Variant | Map<string, Variant>>();
  let order = 0;
  const variant = (form: string, text: string): Variant => ({ form, text, rows: [], seen: null, order: order++ });
  // Tables repeat their cells: each distinct text is read once.
  const schoolsOf = memoise(mentionedSchools, 4096);
  for (const mention of mentions ?? []) {
    for (const { school, form } of schoolsOf(mention.text)) {
      const entry = groups.get(school.key);
      let v: Variant | undefined;
      if (entry === undefined) groups.set(school.key, (v = variant(form, school.text)));
      else if (entry instanceof Map) {
        v = entry.get(form);
        if (!v) entry.set(form, (v = variant(form, school.text)));
      } else if (entry.form === form) v = entry;
      else groups.set(school.key, new Map([[entry.form, entry]]).set(form, (v = variant(form, school.text))));
      addRow(v, mention.row);
    }
  }
  const out: { key: string; variants: { text: string; rows: number[] }[] }[] = [];
  for (const [key, forms] of groups) {
    if (!(forms instanceof Map) || forms.size < 2) continue;
    const variants = [...forms.values()].sort((a, b) => a.order - b.order).map((v) => ({ text: v.text, rows: [...v.rows].sort((x, y) => x - y) }));
    out.push({ key, variants });
  }
  return out;
}

interface Variant {
  form: string;
  text: string;
  /** Rows in order of first mention, each once. */
  rows: number[];
  /** The rows as a set, made only when a row comes that is not above every row so far. */
  seen: Set<number> | null;
  order: number;
}

function addRow(v: Variant, row: number): void {
  // Rows mostly come in rising order: a row above the last one is new without a look-up.
  if (v.seen === null && (v.rows.length === 0 || row > v.rows[v.rows.length - 1])) {
    v.rows.push(row);
    return;
  }
  v.seen ??= new Set(v.rows);
  if (!v.seen.has(row)) {
    v.seen.add(row);
    v.rows.push(row);
  }
}
