/**
 * The words between atoms: what links an atom to the one before (a dash, «по», «до» make a range;
 * «,», «/», «и», «+» a list; a line break or «;» a hard break) and the words right before it —
 * a modifier («начало», «середина», «конец», «первая половина», «вторая декада», «по итогам»)
 * and a marker («до», «к», «по», «не позднее», «с», «начиная с», «не ранее», «после», «в срок»).
 *  - «до 27 марта» → period start … 27 March; «до апреля» / «к апрелю» before a month, quarter,
 *    half-year or season is exclusive: … 31 March; «не позднее апреля», «по апрель», «до конца
 *    апреля» are inclusive: … 30 April; «до начала / к началу X» ends the day before X.
 *  - «с апреля», «начиная с …», «не ранее …» → that date … period end; «после 15 марта» → 16 March.
 */
import type { Atom, Marker, ModKind, Prefix, Tok } from './model';
import { modOfWord, ordinalWord, ROMAN } from './vocabulary';

interface Gap {
  hard: boolean;
  list: boolean;
  dash: boolean;
  /** words after the last separator, in order */
  words: readonly string[];
}

/** No tokens between two atoms (read-only, shared). */
const NO_GAP: Readonly<Gap> = { hard: false, list: false, dash: false, words: [] };

function gapOf(toks: Tok[], a: number, b: number): Readonly<Gap> {
  if (a >= b) return NO_GAP;
  let words: string[] = [];
  const g: Gap = { hard: false, list: false, dash: false, words };
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.k === 'sep') {
      if (t.c === '\n' || t.c === ';') g.hard = true;
      else g.list = true;
      words = [];
    } else if (t.k === 'dash') g.dash = true;
    else if (t.k === 'word') {
      if (t.w === 'и' || t.w === 'или' || t.w === 'либо') {
        g.list = true;
        words = [];
      } else words.push(t.w);
    } else if (t.k === 'p' && t.c === '+') g.list = true;
  }
  g.words = words;
  return g;
}

/** Each atom's prefix; sets each atom's modifier. */
export function readPrefixes(toks: Tok[], atoms: Atom[]): Prefix[] {
  return atoms.map((a, k) => {
    const g = gapOf(toks, k === 0 ? 0 : atoms[k - 1].te, a.ts);
    const pre = readPrefix(g.words);
    const until = pre.marker === 'untilExcl' || pre.marker === 'untilIncl' || pre.marker === 'untilStart';
    const rangeLink = k > 0 && !g.hard && !g.list && (g.dash || until);
    a.mod = pre.mod;
    // Built field by field: an object spread here cost more than the rest of the prefix.
    return { marker: pre.marker, mod: pre.mod, rangeLink, hard: g.hard };
  });
}

/** What no words say (read-only, shared). */
const NO_WORDS: Readonly<{ marker: Marker; mod?: ModKind }> = { marker: null, mod: undefined };

/** Read the last four words before an atom (right to left): modifier, then marker. */
function readPrefix(words: readonly string[]): Readonly<{ marker: Marker; mod?: ModKind }> {
  if (words.length === 0) return NO_WORDS;
  const first = words.length - 4;
  const w = (n: number) => (n >= 0 && n >= first ? words[n] : '');
  const { mod, k: afterMod } = readModifier(w, words.length - 1);
  let k = afterMod;
  while (isInOn(w(k))) k--;
  const marker = markerAt(w, k);
  // «до конца марта» = by 31 March; «до начала марта» = by the last day before March.
  if ((marker === 'untilExcl' || marker === 'untilIncl') && mod === 'end') return { marker: 'untilIncl' };
  if ((marker === 'untilExcl' || marker === 'untilIncl') && mod === 'start') return { marker: 'untilStart' };
  return { marker, mod };
}

type WordAt = (n: number) => string;

/** /^(в|во|на)$/ */
const isInOn = (w: string): boolean => w === 'в' || w === 'во' || w === 'на';

/** The modifier ending at word k, and the index of the word before it. */
function readModifier(w: WordAt, k: number): { mod: ModKind | undefined; k: number } {
  if (w(k).startsWith('декад')) {
    const o = ordinalWord(w(k - 1)) ?? (ROMAN[w(k - 1)] !== undefined ? ROMAN[w(k - 1)] : null);
    if (o !== null && o >= 1 && o <= 3) return { mod: (['dec1', 'dec2', 'dec3'] as const)[o - 1], k: k - 2 };
    return { mod: undefined, k: k - 1 };
  }
  if (w(k).startsWith('половин')) {
    const o = ordinalWord(w(k - 1));
    if (o === 1 || o === 2) return { mod: o === 1 ? 'half1' : 'half2', k: k - 2 };
    return { mod: undefined, k: /^(перв|втор)/.test(w(k - 1)) ? k - 2 : k - 1 };
  }
  const kind = modOfWord(w(k));
  if (kind === null) return { mod: undefined, k };
  // «по итогам» is one phrase
  const byResults = kind === 'end' && w(k - 1) === 'по' && /^(итогам|окончании|завершении)$/.test(w(k));
  return { mod: kind, k: byResults ? k - 2 : k - 1 };
}

function markerAt(w: WordAt, k: number): Marker {
  const m = w(k);
  if (m === 'до' || m === 'к') return 'untilExcl';
  if (m === 'по') return 'untilIncl';
  if (/^(позднее|позже)$/.test(m)) return 'untilIncl';
  if (m === 'с' || m === 'со' || m === 'от' || (m === 'ранее' && w(k - 1) === 'не') || m === 'начиная') return 'from';
  if (m === 'после') return 'after';
  if (m === 'срок' && w(k - 1) === 'в') return 'untilIncl';
  return null;
}
