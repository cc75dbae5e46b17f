/**
 * The measured population of an indicator, read from the words after its number: «60% учителей
 * математики участвуют…» → «учителей математики» (see indicator.ts).
 */
import { basicLetterOrNumber, isBasicLetter, isBasicLower, isDigit, isSpace, skipSpaces } from '../core/letters';
import { lowerYo } from '../core/text';
import { clauseEnd } from './indicator-scan';

const ACTION_NOUN =
  /^(?:участи|охват|выполнени|исполнени|реализаци|присутстви|посещени|вовлечени|вовлеченност|подтверждени|согласовани|размещени|прохождени|обеспеченност|укомплектованност|включени|привлечени)/i;
const STOP_WORD =
  /^(?:в|во|на|по|с|со|к|ко|для|от|при|из|за|до|об|о|обо|у|через|про|без|под|над|между|среди|согласно|вне|а|но|не|ни|который|которые|которых|которая|что|чтобы|если|как|также|т\.?е\.?|год|года|г)$/i;
const QUALIFIER_WORD = /^(?:не|более|менее|свыше|больше|меньше|около|примерно|ниже|выше|минимум|максимум)$/i;
// Finite verbs and short participles end the phrase («участвуют», «приняли», «реализовано», «снижен»).
const VERB_LIKE = /(?:ют|ят|ут|ли|ло|ет|ит|ано|яно|ено|ены|аны|ана|ена|ится|ется|ются|ятся|утся|ался|ился|ались|ились|ть|ти|[вдтнлжчш]ен|ован)$/i;

/**
 * When nothing follows the number, the subject of «Доля педагогов, прошедших КПК, – не менее 80%»
 * or «Количество проведенных мероприятий – не менее 3» names what is measured.
 */
export function subjectBefore(t: string, numberIndex: number): string | undefined {
  const m = /^(?:доля|количество|число|процент|удельный\s+вес|охват)\s+/iu.exec(t);
  if (!m || m[0].length >= numberIndex) return undefined;
  return phraseAfter(t.slice(m[0].length, numberIndex), 0, true);
}

const WORD_SHAPE = /^[\p{L}][\p{L}\p{N}\-/]*$/u;

/** The words of the phrase being read, words[0, n) (at most six): one list for every phrase. */
const WORDS: string[] = [];

/** The phrase read from `text.slice(from)`. */
export function phraseAfter(text: string, from: number, skipActions: boolean): string | undefined {
  let s = text;
  let at = from;
  if (text.indexOf('-', from) >= 0) {
    // A spaced dash between two lower-case words is a hyphen lost in the copy («учителей – предметников»).
    s = text
      .slice(from)
      .replace(/(\p{Ll})\s+-\s+(\p{Ll}+)/gu, (whole, left: string, right: string) =>
        STOP_WORD.test(right) || QUALIFIER_WORD.test(right) ? whole : `${left}-${right}`,
      );
    at = 0;
  }
  // The clause runs from the first character after the leading `\s` to the first clause end (clauseEnd); its
  // words are the runs between `\s` characters (what splitting the trimmed text gave, without copies).
  const start = skipSpaces(s, at);
  const end = clauseEnd(s, start);
  const words = WORDS;
  let n = 0;
  let skipping = skipActions;
  for (let i = start; i < end;) {
    if (isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isSpace(s.charCodeAt(j))) j++;
    const token = s.slice(i, j);
    i = j;
    const comma = token.endsWith(',');
    const word = comma ? token.replace(/,+$/, '') : token;
    if (!wordShaped(word)) break;
    // A word led by a lower-case letter is not in capitals: no upper-casing needed to tell.
    const allCaps = word.length > 1 && !isBasicLower(word.charCodeAt(0)) && word === word.toUpperCase();
    if (skipping && ACTION_NOUN.test(word)) continue;
    skipping = false;
    if (word.length <= 8 && STOP_WORD.test(word)) break; // no stop word is longer
    if (!allCaps && word.length > 3 && verbLike(lowerYoWord(word))) break;
    words[n++] = comma ? `${word},` : word;
    if (n >= 6) break;
  }
  while (n > 0 && dangling(words[n - 1])) n--;
  let phrase = n === 0 ? '' : words[0];
  for (let k = 1; k < n; k++) phrase += ` ${words[k]}`;
  if (phrase.endsWith(',')) phrase = phrase.slice(0, -1);
  // Only a phrase ending in «и» can end in « и» or « или».
  const last = phrase.charCodeAt(phrase.length - 1);
  if (last === 0x438 || last === 0x418) phrase = phrase.replace(/\s+(?:и|или)$/i, '');
  return phrase === '' ? undefined : phrase;
}

/**
 * phraseAfter of a clause that is one word of lower-case letters а–я (no «ё»), `word`: the word, or
 * undefined when phraseAfter stops at it (an action noun skipped, a stop word, a verb, a lone «или»).
 */
export function wordPhrase(word: string, skipActions: boolean): string | undefined {
  if (skipActions && ACTION_NOUN.test(word)) return undefined;
  if (word.length <= 8 && STOP_WORD.test(word)) return undefined;
  if (word.length > 3 && verbLike(word)) return undefined;
  return dangling(word) ? undefined : word;
}

/** `/^(?:и|или|,)$/i` on the word without its comma (a lone comma left as «,»): «и», «или» end no phrase. */
function dangling(word: string): boolean {
  const w = word.endsWith(',') ? word.slice(0, -1) : word;
  return w === '' || ((w.length === 1 || w.length === 3) && /^(?:и|или)$/i.test(w));
}

/** VERB_LIKE.test(word), not run for a word ending in a letter а–я that ends none of its endings. */
function verbLike(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0x430 && c <= 0x44f && !VERB_LAST.includes(c)) return false;
  return VERB_LIKE.test(word);
}
const VERB_LAST = [...'тиоыаяьн'].map((ch) => ch.charCodeAt(0));

/** lowerYo of a word, which most words (lower case, no «ё») need not be copied for. */
function lowerYoWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isBasicLower(c) || c === 0x451) return lowerYo(word);
  }
  return word;
}

/** WORD_SHAPE: a letter, then letters, digits, «-» and «/»; checked by hand for the usual characters. */
function wordShaped(word: string): boolean {
  if (word === '' || !isBasicLetter(word.charCodeAt(0))) return WORD_SHAPE.test(word);
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 47 || isDigit(c)) continue;
    const known = basicLetterOrNumber(c);
    if (known === undefined) return WORD_SHAPE.test(word);
    if (!known) return false;
  }
  return true;
}
