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
import { ordinalWord, ROMAN } from './vocabulary';

// gapOf's answer, kept in module scratch (no object or array per atom): the gap has a line break
// or «;» (hard), a list separator, a dash; its words after the last separator are counted in
// gapWords and the last four of them kept in ring (word n at ring[n & 3]).
let gapHard = false;
let gapList = false;
let gapDash = false;
let gapWords = 0;
const ring: Tok[] = [];

function gapOf(toks: Tok[], a: number, b: number): void {
  gapHard = gapList = gapDash = false;
  gapWords = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.k === 'sep') {
      if (t.c === '\n' || t.c === ';') gapHard = true;
      else gapList = true;
      gapWords = 0;
    } else if (t.k === 'dash') gapDash = true;
    else if (t.k === 'word') {
      if (t.w === 'и' || t.w === 'или' || t.w === 'либо') {
        gapList = true;
        gapWords = 0;
      } else ring[gapWords++ & 3] = t;
    } else if (t.k === 'p' && t.c === '+') gapList = true;
  }
}

/** Word n of the gap, when it is one of the last four ('' otherwise). */
const w = (n: number): string => (n >= 0 && n >= gapWords - 4 ? (ring[n & 3] as Extract<Tok, { k: 'word' }>).w : '');

/** Each atom's prefix; sets each atom's modifier. */
export function readPrefixes(toks: Tok[], atoms: Atom[]): Prefix[] {
  const out = new Array<Prefix>(atoms.length);
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    gapOf(toks, k === 0 ? 0 : atoms[k - 1].te, a.ts);
    readPrefix();
    const until = preMarker === 'untilExcl' || preMarker === 'untilIncl' || preMarker === 'untilStart';
    const rangeLink = k > 0 && !gapHard && !gapList && (gapDash || until);
    a.mod = preMod;
    out[k] = { marker: preMarker, mod: preMod, rangeLink, hard: gapHard };
  }
  return out;
}

// readPrefix's answer (module scratch).
let preMarker: Marker = null;
let preMod: ModKind | undefined = undefined;

/** Read the last four words of the gap (right to left): modifier, then marker. */
function readPrefix(): void {
  preMarker = null;
  preMod = undefined;
  if (gapWords === 0) return;
  const mod = readModifier(gapWords - 1);
  let k = modK;
  while (isInOn(w(k))) k--;
  const marker = markerAt(k);
  // «до конца марта» = by 31 March; «до начала марта» = by the last day before March.
  if ((marker === 'untilExcl' || marker === 'untilIncl') && mod === 'end') preMarker = 'untilIncl';
  else if ((marker === 'untilExcl' || marker === 'untilIncl') && mod === 'start') preMarker = 'untilStart';
  else {
    preMarker = marker;
    preMod = mod;
  }
}

/** /^(в|во|на)$/ */
const isInOn = (x: string): boolean => x === 'в' || x === 'во' || x === 'на';

/** The index of the word before readModifier's modifier (module scratch). */
let modK = 0;

/** The modifier ending at word k, and the index of the word before it. */
function readModifier(k: number): ModKind | undefined {
  // k is the gap's last word
  const role = (ring[k & 3] as Extract<Tok, { k: 'word' }>).info.modWord;
  if (role === 'decade') {
    const o = ordinalWord(w(k - 1)) ?? (ROMAN[w(k - 1)] !== undefined ? ROMAN[w(k - 1)] : null);
    modK = o !== null && o >= 1 && o <= 3 ? k - 2 : k - 1;
    return o !== null && o >= 1 && o <= 3 ? DECADES[o - 1] : undefined;
  }
  if (role === 'half') {
    const o = ordinalWord(w(k - 1));
    modK = o === 1 || o === 2 || w(k - 1).startsWith('перв') || w(k - 1).startsWith('втор') ? k - 2 : k - 1;
    return o === 1 ? 'half1' : o === 2 ? 'half2' : undefined;
  }
  const kind = role;
  modK = k;
  if (kind === null) return undefined;
  // «по итогам» is one phrase
  const byResults = kind === 'end' && w(k - 1) === 'по' && isResultWord(w(k));
  modK = byResults ? k - 2 : k - 1;
  return kind;
}

const DECADES: readonly ModKind[] = ['dec1', 'dec2', 'dec3'];
/** /^(итогам|окончании|завершении)$/ */
const isResultWord = (x: string): boolean => x === 'итогам' || x === 'окончании' || x === 'завершении';

function markerAt(k: number): Marker {
  const m = w(k);
  if (m === 'до' || m === 'к') return 'untilExcl';
  if (m === 'по') return 'untilIncl';
  if (m === 'позднее' || m === 'позже') return 'untilIncl';
  if (m === 'с' || m === 'со' || m === 'от' || (m === 'ранее' && w(k - 1) === 'не') || m === 'начиная') return 'from';
  if (m === 'после') return 'after';
  if (m === 'срок' && w(k - 1) === 'в') return 'untilIncl';
  return null;
}
