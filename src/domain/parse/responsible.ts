/**
 * Responsible bodies and people («Ответственный», «Исполнитель», «Ответственные/ участники»).
 *
 * A cell lists bodies (abbreviations as written: «УОиМП, ОЦПРМСО»), schools
 * («МБОУ «СШ № 21 им. Н.И. Рыленкова»»), positions and people («Левина О.А. – руководитель
 * ОЦПРМСО»). splitResponsible cuts such a cell into entries:
 * - at commas, semicolons, line breaks and colons outside quotes and parentheses;
 * - at «совместно с», «при участии»;
 * - at a sentence end between entries («…ОЦПРМСО. Петрова И.И. – методист»), never at initials
 *   inside a name («им. Н.И. Рыленкова»);
 * - at a dash between two quoted school names («МБОУ «СШ № 21» - МБОУ «Гимназия № 1»»: a pair);
 * - at « и » only between two bare abbreviations («ОЦПРМСО и МО»); «ШНОР и/или ШФНСУ» stays one.
 * «(далее – МО)» definitions are cut out and reported by parseResponsible. A position entry right
 * after a bare person name is joined back to it («Иванова И.И., директор»).
 */
import { foldCompact, foldForMatch, initials, isSubsequence, lowerYo, normaliseSpaces, stripHtml, topLevelMask } from '../core/text';

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

// ---------------------------------------------------------------------------------------------
// Definitions: «методический отдел МБУ ДО «ЦДО» (далее – МО)», «центр (ОЦПРМСО)», «УО – управление образования;».

const DALEE_RE = /\(\s*далее(?:\s+по\s+тексту)?\s*[-–—:]?\s*([^()]{1,80}?)\s*\)/giu;
// An abbreviation as documents write it: caps, possibly with a lower-case «и» (УОиМП), possibly
// several caps words (ГАУ ДПО СОИРО).
const ABBR_TOKEN = String.raw`[А-ЯЁ]{2,}(?:и[А-ЯЁ]+)*`;
const BARE_PAREN_RE = new RegExp(String.raw`\(\s*(${ABBR_TOKEN})\s*\)`, 'gu');
const GLOSSARY_LINE_RE = new RegExp(String.raw`^\s*(?:[-•·*]\s*)?(${ABBR_TOKEN}(?:\s+${ABBR_TOKEN})*)\s*[-–—]\s*(.+?)\s*[;.]?\s*$`, 'u');

/** Letters an abbreviation stands for: «УОиМП» → "уоимп", «План мероприятий» → "пм". */
function abbrLetters(abbr: string): string {
  const a = normaliseSpaces(abbr).replace(/[«»"“”„]/g, '');
  if (/^[\p{L}]+$/u.test(a) && a !== a.toLowerCase() && a.replace(/и/g, '') === a.replace(/и/g, '').toUpperCase()) {
    return lowerYo(a);
  }
  return initials(a);
}

/**
 * The words before «(далее – X)» that X stands for: the latest start in the sentence from which
 * the initials of the words contain X's letters in order («…помощи школам с низкими результатами
 * обучения (далее – ШНРО)» → «школам с низкими результатами обучения»).
 */
function fullBefore(text: string, end: number, abbr: string): string {
  // A full name is a few words long: look back a bounded distance.
  const floor = Math.max(0, end - 300);
  const window = text.slice(floor, end);
  const mask = topLevelMask(window);
  let start = floor;
  for (let j = window.length - 1; j >= 0; j--) {
    const i = floor + j;
    if (!mask[j]) continue;
    const ch = text[i];
    if (!mask[i]) continue;
    if (ch === '\n' || ch === ';' || ch === ':') {
      start = i + 1;
      break;
    }
    // A sentence end: a dot after a word of two letters or more, then a space.
    if (
      ch === '.' &&
      /\s/.test(text[i + 1] ?? '') &&
      /[\p{L}]{2}$/u.test(text.slice(Math.max(0, i - 2), i)) &&
      !/(?<!\p{L})(?:им|г|гг|ул|д|т|п|с|др|пр)$/u.test(text.slice(Math.max(0, i - 4), i))
    ) {
      start = i + 1;
      break;
    }
  }
  let segment = text.slice(start, end);
  if (start === floor && floor > 0) segment = segment.replace(/^\S*\s*/u, ''); // a cut word is no word
  const words = [...segment.matchAll(/[\p{L}\p{N}][^\s]*/gu)];
  const letters = abbrLetters(abbr);
  // Match the letters backwards against the words' initials: the word where the first letter
  // matches is the latest possible start.
  let best = -1;
  if (letters.length >= 2) {
    let k = letters.length - 1;
    for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
      const wordInitials = initials(words[w][0]);
      for (let c = wordInitials.length - 1; c >= 0 && k >= 0; c--) {
        if (wordInitials[c] === letters[k]) {
          if (k === 0 && c === 0) best = w;
          if (k > 0 || c === 0) k--;
        }
      }
    }
  }
  const from = best >= 0 ? (words[best].index ?? 0) : 0;
  // Earlier definitions inside the full name are not part of it.
  return cleanEntry(segment.slice(from).replace(DALEE_RE, ' '));
}

/**
 * Abbreviations a text defines: «(далее – МО)» with the words before it, «полное название (ОЦПРМСО)»
 * when the words' initials match, and glossary lines «УО – управление образования;».
 */
export function extractDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  const seen = new Set<string>();
  const add = (abbr: string, full: string) => {
    const a = normaliseSpaces(abbr).replace(/^[«"„“]+|[»"“”]+$/g, '');
    const f = normaliseSpaces(full);
    if (a === '' || f === '' || foldForMatch(a) === foldForMatch(f)) return;
    const key = foldForMatch(a);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ abbr: a, full: f });
  };
  try {
    const s = stripHtml(String(text ?? ''));
    for (const m of s.matchAll(DALEE_RE)) add(m[1], fullBefore(s, m.index ?? 0, m[1]));
    for (const m of s.matchAll(BARE_PAREN_RE)) {
      const full = fullBefore(s, m.index ?? 0, m[1]);
      const letters = abbrLetters(m[1]);
      if (full && letters.length >= 2 && initials(full)[0] === letters[0] && isSubsequence(letters, initials(full))) add(m[1], full);
    }
    for (const line of s.split(/\r?\n/)) {
      const m = GLOSSARY_LINE_RE.exec(line);
      if (!m) continue;
      const letters = abbrLetters(m[1]);
      const ini = initials(m[2]);
      if (ini[0] === letters[0] && isSubsequence(letters, ini)) add(m[1], m[2]);
    }
  } catch {
    return out;
  }
  return out;
}

/** Full name of an abbreviation from the directory (exact abbreviation, any case, ё = е); else the name itself. */
export function expandAbbreviation(name: string, dir: OrgDirectory): string {
  const key = foldForMatch(name);
  if (key === '') return name;
  for (const e of dir?.entries ?? []) if (foldForMatch(e.abbr) === key) return e.full;
  return name;
}

/** A directory from a document's own definitions, then the built-in KNOWN_BODIES. */
export function buildDirectory(definitions: Definition[] = [], includeKnown = true): OrgDirectory {
  return { entries: [...definitions, ...(includeKnown ? KNOWN_BODIES : [])] };
}

// ---------------------------------------------------------------------------------------------
// Splitting a cell into entries.

// Words that end with a dot without ending a sentence.
const DOT_ABBREVIATIONS = new Set([
  'им',
  'г',
  'гг',
  'ул',
  'д',
  'т',
  'п',
  'с',
  'ст',
  'др',
  'пр',
  'обл',
  'р',
  'рп',
  'пгт',
  'пос',
  'мкр',
  'просп',
  'пер',
  'наб',
  'корп',
  'стр',
  'тел',
  'каб',
  'руб',
  'тыс',
  'млн',
  'проф',
  'акад',
  'ген',
  'св',
  'уч',
  'зам',
  'нач',
  'отд',
  'зав',
  'рук',
  'пед',
  'доц',
  'канд',
  'наук',
  'н',
  'к',
  'м',
  'е',
  'ед',
  'кв',
  'ч',
  'мин',
  'вкл',
  'в',
  'о',
  'и',
]);

const PERSON_RE =
  /^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ьич|ич|кызы|оглы))$/u;
const PERSON_ANYWHERE = /(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)/u;
// «Тимошенкова Светлана Александровна»: surname, name and patronymic.
const FULL_NAME = /(?<!\p{L})[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ьич|инична)(?!\p{L})/u;
const POSITION_START =
  /^(?:и\.\s?о\.\s?)?(?:директор|заместитель|зам\.|руководитель|методист|учитель|педагог|заведующ|начальник|специалист|главный|ведущий|старший|советник|психолог|социальный|координатор|куратор|председатель|секретарь|инспектор|консультант|эксперт|тьютор|логопед|дефектолог|классный|муниципальный\s+координатор)/iu;

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

function findCuts(s: string): Cut[] {
  const mask = topLevelMask(s, { parens: true });
  const cuts: Cut[] = [];
  const push = (start: number, end: number) => {
    if (mask[start]) cuts.push({ start, end });
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === ',' || ch === ';') push(i, i + 1);
    else if (ch === '\n' && !isWrappedLine(s, i)) push(i, i + 1);
    else if (ch === ':' && (i + 1 >= s.length || /\s/.test(s[i + 1]))) push(i, i + 1);
    else if (ch === '.' && mask[i] && isSentenceEnd(s, i)) cuts.push({ start: i + 1, end: i + 1 });
  }
  for (const m of s.matchAll(/\s+(?:совместно\s+со?|при\s+участии|во\s+взаимодействии\s+со?)\s+/giu)) {
    push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // A dash between two quoted names: «МБОУ «СШ № 21» - МБОУ «Гимназия № 1»».
  for (const m of s.matchAll(/(?<=[»"”])\s*[-–—]\s*(?=(?:[А-ЯЁ]{2,}\s*){0,3}[«"„“])/gu)) {
    const at = m.index ?? 0;
    if (at > 0 && mask[at]) cuts.push({ start: at, end: at + m[0].length });
  }
  cuts.sort((a, b) => a.start - b.start);
  return cuts;
}

const LIST_MARKER = /^(?:[-–—•·*✓✔▪►]+\s*|\d{1,2}[.)]\s+)/u;

function balance(s: string, open: string, close: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === open) n++;
    else if (ch === close) n--;
  }
  return n;
}

/** Trims an entry: list markers, edge punctuation, unmatched parentheses. Initials keep their dot. */
function cleanEntry(entry: string): string {
  let e = normaliseSpaces(entry);
  let prev = '';
  while (prev !== e) {
    prev = e;
    e = e
      .replace(LIST_MARKER, '')
      .replace(/^[\s,;:–—-]+/u, '')
      .replace(/[\s,;:–—-]+$/u, '');
    if (e.endsWith(')') && balance(e, '(', ')') < 0) e = e.slice(0, -1);
    if (e.startsWith('(') && balance(e, '(', ')') > 0) e = e.slice(1);
    // A final dot goes unless it closes an initial («Левина О.А.») or an abbreviation («и др.»).
    const dot = /([\p{L}]+)\.$/u.exec(e);
    if (dot && dot[1].length >= 2 && !DOT_ABBREVIATIONS.has(lowerYo(dot[1]))) e = e.slice(0, -1);
    e = e.trim();
  }
  return e;
}

/** « и » between two bare abbreviations («ОЦПРМСО и МО») separates two bodies. */
function splitAbbreviationPairs(entry: string): string[] {
  const parts = entry.split(/\s+и\s+/u);
  if (parts.length < 2) return [entry];
  const bare = (p: string) => new RegExp(String.raw`^(?:${ABBR_TOKEN}|[«"][^«»"]+[»"])(?:\s+(?:${ABBR_TOKEN}|[«"][^«»"]+[»"]))*$`, 'u').test(p.trim());
  return parts.every(bare) ? parts : [entry];
}

/** Header words users leave in a cell as a label («Ответственный: Иванов И.И.»). */
const LABEL_ONLY = /^(?:ответственн\p{L}*|исполнител\p{L}*|соисполнител\p{L}*|участник\p{L}*|ответственные\/\s*участники)$/iu;

export interface ResponsibleParse {
  entries: string[];
  definitions: Definition[];
}

/** Entries of a responsible cell and the «(далее – X)» definitions it carries. */
export function parseResponsible(text: string): ResponsibleParse {
  try {
    const raw = stripHtml(String(text ?? '')).replace(/\r\n?/g, '\n');
    const definitions = extractDefinitions(raw);
    // Cut the definitions out: «методический отдел МБУ ДО «ЦДО» (далее – МО)» → «методический отдел МБУ ДО «ЦДО»».
    let s = raw.replace(DALEE_RE, ' ');
    for (const d of definitions) {
      s = s.replace(new RegExp(String.raw`\(\s*${escapeRe(d.abbr)}\s*\)`, 'gu'), ' ');
    }
    const cuts = findCuts(s);
    const pieces: string[] = [];
    let from = 0;
    for (const c of cuts) {
      if (c.start < from) continue;
      pieces.push(s.slice(from, c.start));
      from = c.end;
    }
    pieces.push(s.slice(from));
    const entries: string[] = [];
    for (const p of pieces) {
      for (const part of splitAbbreviationPairs(cleanEntry(p))) {
        const e = cleanEntry(part);
        if (e === '' || !/[\p{L}\p{N}]/u.test(e) || LABEL_ONLY.test(e)) continue;
        // «Иванова И.И., директор МБОУ «СШ № 9»»: the position belongs to the person before it.
        const last = entries[entries.length - 1];
        if (last !== undefined && PERSON_RE.test(last) && POSITION_START.test(e) && !PERSON_ANYWHERE.test(e)) {
          entries[entries.length - 1] = `${last}, ${e}`;
          continue;
        }
        entries.push(e);
      }
    }
    const seen = new Set<string>();
    const unique: string[] = [];
    for (const e of entries) {
      const key = foldCompact(e);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      unique.push(e);
    }
    return { entries: unique, definitions };
  } catch {
    const t = normaliseSpaces(String(text ?? ''));
    return { entries: t ? [t] : [], definitions: [] };
  }
}

/** The entries of a responsible cell (see parseResponsible for the definitions it holds). */
export function splitResponsible(text: string): string[] {
  return parseResponsible(text).entries;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Does a text read as responsible bodies or people?

// Date words: months, years, «в течение», «ежегодно», «до 27.03», quarters, half-years, weeks.
const DATE_WORDS = new RegExp(
  [
    // Whole month words only: «Майская СОШ» and «Мартыновская школа» are names, not dates.
    String.raw`(?<!\p{L})(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?!\p{L})`,
    // «г.» is a year only after a number: «г. Смоленска» is a city.
    String.raw`(?<!\p{L})(?:год|года|году|лет)(?!\p{L})|\d\s*(?:г\.|гг\.?|г(?!\p{L}))`,
    String.raw`(?<!\p{L})(?:ежегодн|ежемесячн|еженедельн|ежедневн|ежеквартальн|квартал|полугод|четверт|недел|месяц|семестр|триместр|каникул)`,
    String.raw`(?<!\p{L})(?:в\s+течени|по\s+мере|постоянно|регулярно|систематически|по\s+графику|по\s+плану|в\s+срок|до\s+\d|с\s+\d|после\s|не\s+позднее|по\s+итогам|в\s+конце|в\s+начале|к\s+началу|к\s+концу|учебн\p{L}*\s+год)`,
    String.raw`\d{1,2}\.\d{1,2}(?:\.\d{2,4})?`,
    String.raw`(?<!\d)(?:19|20)\d{2}(?!\d)`,
  ].join('|'),
  'iu',
);

// Head nouns of bodies, roles and people: the entry must be about one of these, not merely mention it.
const BODY_HEAD =
  /^(?:управлени|департамент|министерств|комитет|отдел(?!ьн)|администраци|центр(?!ализ|альн)|институт|координатор|куратор|школ|наставник|руководител|директор|заместител|замдиректор|зам\.|методист|учител|педагог|специалист|психолог|логопед|дефектолог|тьютор|заведующ|начальник|председател|секретар|инспектор|эксперт|консультант|советник|совет(?!\p{L}*ск)|служб|объединени|ассоциаци|сообществ|команд(?!иров)|коллектив|групп|родител|обучающ|учащ|ученик|выпускник|организаци|учреждени|участник|ответственн|исполнител|соисполнител|гимнази|лице[йяи]|орган(?:ы|ов)?(?!\p{L})|муниципалитет|управляющ|работник|сотрудник|член|партн[её]р|воспитател|библиотекар|администратор|ОО|ОУ)/iu;
// «-ние», «-тие» are nouns («управление», «развитие»), not adjectives.
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|(?<![нт])ие|ых|их|ого|его)$/iu;

/** The first word that is not an adjective («Муниципальный координатор» → «координатор») is a body or role. */
function headIsBody(entry: string): boolean {
  const words = entry
    .replace(/[«»"“”„()]/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w));
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const w = words[i];
    // «Организационно-методическое», «школьных» are adjectives even though a stem matches;
    // «заведующий», «ответственный», «обучающиеся» are nouns written as adjectives.
    const adjective = ADJECTIVE.test(w) && !/^(?:заведующ|ответственн|управляющ|обучающ|учащ|рабоч|исполняющ)/iu.test(w);
    if (!adjective && BODY_HEAD.test(w)) return true;
    if (!adjective) return false;
  }
  return false;
}

// A measure title or a result usually opens with an action noun or a document name.
const ACTION_START =
  /^(?:организаци[яи]\s+(?!-)|проведени|разработк|анализ|мониторинг|участи|создани|подготовк|обеспечени|размещени|контрол|реализаци|составлени|согласовани|работа\s|формировани|изучени|внедрени|диагностик|посещени|оказани|выявлени|закреплени|вовлечени|определени|обсуждени|утверждени|включени|повышени|корректировк|семинар|совещани|заседани|консультаци|протокол|справк|отчет|отчёт|приказ|план(?!\p{L})|программ|журнал|положени|аналитическ|материал|акт(?!\p{L})|сборник|доклад|рекомендаци|пакет|информаци|своевременн|обновлени|актуализаци|сопровождени|проект(?!\p{L})|сбор|экспертиз|расширени|развити|публикаци|проверк|предоставлени|представлени|направлени|обучени|тестировани|анкетировани)/iu;

const CAPS_ABBR = new RegExp(String.raw`(?<![\p{L}])${ABBR_TOKEN}(?![\p{L}])`, 'gu');
// Abbreviations of tests, documents and systems, not of bodies.
const NON_BODY_ABBR = new Set([
  'ВПР',
  'ОГЭ',
  'ЕГЭ',
  'ГИА',
  'ГВЭ',
  'ФГОС',
  'КПК',
  'ИС',
  'МЭДК',
  'ФИС',
  'ОКО',
  'ВСОКО',
  'РПШ',
  'ООП',
  'ОП',
  'ИОМ',
  'ИУП',
  'ОВЗ',
  'НИКО',
  'PISA',
  'ППО',
  'РФ',
  'СМИ',
  'ИКТ',
  'ЦОР',
  'ЭОР',
  'ДОТ',
  'ЭО',
  'ФОП',
  'ФРП',
  'ВКС',
  'ПК',
  'ПО',
  'УМК',
  'КИМ',
  'ЕГЭ',
]);

function hasBodyAbbreviation(text: string): boolean {
  for (const m of text.matchAll(CAPS_ABBR)) if (!NON_BODY_ABBR.has(m[0])) return true;
  return false;
}

function entryLooksResponsible(entry: string): boolean {
  const e = entry.trim();
  if (e === '') return false;
  if (ACTION_START.test(e)) return false;
  const words = e.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // Only abbreviations and quoted names: «УОиМП», «ГАУ ДПО СОИРО», «МБУ ДО «ЦДО»».
  const bareWords = e
    .replace(/[«"„“][^«»"“”]*[»"“”]?/gu, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (
    bareWords.length > 0 &&
    bareWords.every((w) => new RegExp(String.raw`^[(]?${ABBR_TOKEN}[)]?[.,]?$`, 'u').test(w) || /^и\/или$|^и$/u.test(w)) &&
    (hasBodyAbbreviation(e) || /[«"„“]/u.test(e))
  ) {
    return true;
  }
  if ((PERSON_ANYWHERE.test(e) || FULL_NAME.test(e)) && words.length <= 12) return true;
  if (words.length <= 14 && headIsBody(e)) return true;
  // «ШНОР МБОУ «СШ № 21»», «ОЦПРМСО (руководитель – Левина О.А.)»: a body abbreviation leads.
  if (words.length <= 8 && hasBodyAbbreviation(words[0] ?? '')) return true;
  return false;
}

/**
 * True when the text reads as responsible bodies or people (abbreviations, «Муниципальный
 * координатор», «руководители ОУ», «Иванов И.И.», positions, schools) and has no date words.
 * Used to catch a responsible body typed into the deadline column and to sniff which column
 * holds responsible bodies.
 */
export function looksLikeResponsible(text: string): boolean {
  try {
    const s = normaliseSpaces(stripHtml(String(text ?? '')));
    if (s === '' || s.length > 1500) return false;
    if (DATE_WORDS.test(s)) return false;
    if (/\d\s*%|%/.test(s)) return false;
    if (/^(?:да|нет|\+|-|—)$/iu.test(s)) return false;
    const entries = splitResponsible(s);
    if (entries.length === 0) return false;
    if (!entryLooksResponsible(entries[0])) return false;
    const good = entries.filter(entryLooksResponsible).length;
    return good / entries.length >= 0.6;
  } catch {
    return false;
  }
}
