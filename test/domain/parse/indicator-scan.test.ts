/**
 * The hand scanners of indicator-scan.ts against the regexes they stand for, over every BMP
 * character in the places they look at (and a few astral ones).
 */
import {
  DE_O,
  O_DE,
  clauseEnd,
  deO,
  endsWithNotLess,
  isPlain,
  mayEndWithQualifier,
  letterOrNumberUnit,
  noLetterBefore,
  numberSignBefore,
  ordinalAt,
} from '../../../src/domain/parse/indicator-scan';

const BMP: string[] = [];
for (let c = 0; c <= 0xffff; c++) BMP.push(String.fromCharCode(c));
const CHARS = [...BMP, '𝐀', '𝔞', '😀'];
// Fewer for the slower tests: the first blocks whole, then every 13th character.
const SOME = CHARS.filter((ch, i) => i < 0x500 || i % 13 === 0 || i > 0xffff);

describe('indicator-scan: the hand scanners read as their regexes', () => {
  it('letterOrNumberUnit is [\\p{L}\\p{N}] (with marks: [\\p{L}\\p{N}.,/№#+]) on one code unit', () => {
    const differ = BMP.filter(
      (ch) => letterOrNumberUnit(ch, 0) !== /[\p{L}\p{N}]/u.test(ch) || letterOrNumberUnit(ch, 0, true) !== /[\p{L}\p{N}.,/№#+]/u.test(ch),
    );
    expect(differ).toEqual([]);
  });

  it('noLetterBefore is (?<!\\p{L}) of a u (or iu) regex', () => {
    const differ: string[] = [];
    for (const ch of CHARS) {
      const t = `а${ch}x`;
      const at = 1 + ch.length;
      if (noLetterBefore(t, at) !== /(?<!\p{L})x/u.test(t)) differ.push(`${ch} u`);
      if (noLetterBefore(t, at, 0, true) !== /(?<!\p{L})x/iu.test(t)) differ.push(`${ch} iu`);
    }
    expect(differ).toEqual([]);
  });

  it('ordinalAt is ORDINAL_AFTER', () => {
    const ORDINAL_AFTER = /^-?\s?(?:х|го|й|м|ми|е|я|ый|ий|ой|ом|ая|ое|ые|ых|их|ти|му|ым|ю)(?!\p{L})/u;
    const endings = ['х', 'го', 'й', 'м', 'ми', 'е', 'я', 'ый', 'ий', 'ой', 'ом', 'ая', 'ое', 'ые', 'ых', 'их', 'ти', 'му', 'ым', 'ю', 'г', 'ь', 'Х', 'ГО'];
    const differ: string[] = [];
    for (const lead of ['', '-', ' ', '- ', '  ', '--', '\u00a0', '-\n']) {
      for (const e of endings) {
        for (const ch of SOME) {
          const after = `${lead}${e}${ch}`;
          if (ordinalAt(`5${after}`, 1) !== ORDINAL_AFTER.test(after)) differ.push(JSON.stringify(after));
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('numberSignBefore is (?<!\\p{L})(?:N|No|Nº)\\.?\\s*$ or №\\s*$ over the window', () => {
    const before = (b: string): boolean => /(?<!\p{L})(?:N|No|Nº)\.?\s*$/u.test(b) || /№\s*$/.test(b);
    const tails = ['N', 'No', 'Nº', 'N.', 'No.', 'Nº.', 'N ', 'No. ', '№', '№ ', 'n', 'o', 'º', 'NO', 'N .', ' ', '', '.', 'xN', 'аN', '1N'];
    const differ: string[] = [];
    for (const ch of [...CHARS.filter((_, i) => i % 7 === 0), 'a', 'Я', '1', ' ', '\ud835\udc00', '\udc00']) {
      for (const tail of tails) {
        const t = `${ch}${tail}5`;
        const idx = t.length - 1;
        for (const lo of [0, ch.length, Math.min(idx, ch.length + 1)]) {
          if (numberSignBefore(t, lo, idx) !== before(t.slice(lo, idx))) differ.push(`${JSON.stringify(t)} ${lo}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('clauseEnd is where CLAUSE_END first matches', () => {
    const CLAUSE_END = /[.;:!?()[\]{}«»"„“”]|\s-\s|\s-(?=\d)/;
    const differ: string[] = [];
    for (const ch of CHARS) {
      for (const t of [`ab${ch}cd`, `ab${ch}-1`, `ab${ch}- x`, `ab -${ch}`, `${ch}`]) {
        const m = CLAUSE_END.exec(t);
        if (clauseEnd(t, 0) !== (m ? m.index : t.length)) differ.push(JSON.stringify(t));
      }
    }
    expect(differ).toEqual([]);
  });

  it('endsWithNotLess implies GE_NOT_RE on the lowered text', () => {
    const GE_NOT_RE = /(?<!\p{L})не\s+(?:менее|меньше|ниже|реже)(?:\s+чем)?(?:\s+(?:в|во|на|у|для|среди|из|с|со))?\s*$/u;
    const lowerYo = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');
    const wrong: string[] = [];
    let yes = 0;
    for (const ch of CHARS) {
      for (const q of ['не менее', 'Не менее', 'НЕ МЕНЕЕ', 'не  менее ', 'не\nменее', 'неменее', 'не мене', 'не менеее', 'нЕ мЕнЕе']) {
        const t = `${ch}${q} `;
        if (!endsWithNotLess(t, 0, t.length)) continue;
        yes++;
        if (!GE_NOT_RE.test(lowerYo(t))) wrong.push(JSON.stringify(t));
      }
    }
    expect(wrong).toEqual([]);
    expect(yes).toBeGreaterThan(100);
  });

  it('deO answers whenever /до/iu or /полугод/i may match', () => {
    const missed: string[] = [];
    for (const ch of CHARS) {
      for (const t of [`${ch}о`, `д${ch}`, `${ch}д`, `о${ch}`, `по${ch}угод`, `полуго${ch}`, `Д${ch}`, `${ch}`]) {
        const found = deO(t);
        if (/до/iu.test(t) && !(found & DE_O)) missed.push(`до ${JSON.stringify(t)}`);
        if (/полугод/i.test(t) && !(found & O_DE)) missed.push(`полугод ${JSON.stringify(t)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('isPlain texts are left as they are by the clean-up', () => {
    const { stripHtml, normaliseDashes, normaliseSpaces } = jest.requireActual('../../../src/domain/core/text');
    const wrong: string[] = [];
    for (const ch of CHARS) {
      for (const t of [`а${ch}б`, `${ch}`, `a ${ch} b`, `x${ch}${ch}y`]) {
        if (!isPlain(t)) continue;
        const cleaned = normaliseSpaces(normaliseDashes(stripHtml(t)));
        if (cleaned !== t || t.includes('**') || t.includes('__') || t.includes('％')) wrong.push(JSON.stringify(t));
      }
    }
    expect(wrong).toEqual([]);
  });
  it('mayEndWithQualifier is true wherever a qualifier pattern matches', () => {
    const TAIL = String.raw`(?:\s+чем)?(?:\s+(?:в|во|на|у|для|среди|из|с|со))?\s*$`;
    const patterns = [
      new RegExp(String.raw`(?<!\p{L})не\s+(?:менее|меньше|ниже|реже)` + TAIL, 'u'),
      new RegExp(String.raw`(?<!\p{L})не\s+(?:более|больше|выше|чаще|превыша\p{L}*)` + TAIL, 'u'),
      new RegExp(String.raw`(?:(?<!\p{L})(?:более|больше|свыше|выше|от|минимум|как\s+минимум|по\s+меньшей\s+мере|хотя\s+бы)|≥|>=?)` + TAIL, 'u'),
      new RegExp(String.raw`(?:(?<!\p{L})(?:менее|меньше|ниже|максимум)|≤|<=?)` + TAIL, 'u'),
      /(?<!\p{L})до\s*$/u,
      /(?<!\p{L})на\s*$/u,
    ];
    const lowerYo = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');
    const words = [
      'не',
      'менее',
      'Менее',
      'МЕНЕЕ',
      'меньше',
      'более',
      'превышает',
      'превыша',
      'свыше',
      'от',
      'минимум',
      'как',
      'по',
      'меньшей',
      'мере',
      'хотя',
      'бы',
      'максимум',
      'чем',
      'в',
      'во',
      'на',
      'у',
      'для',
      'среди',
      'из',
      'с',
      'со',
      'до',
      'ДО',
      'документов',
      'отчет',
      'вы',
      '≥',
      '>',
      '>=',
      '≤',
      '<',
      '=',
      '5',
      'х',
      'ё',
    ];
    const seps = [' ', '', '  ', '\u00a0', ',', '.', '\n'];
    const missed: string[] = [];
    let matched = 0;
    for (const a of words) {
      for (const b of words) {
        for (const sep of seps) {
          for (const lead of ['', 'x', 'а', '1', ' ', '\u0345', '𝐀', 'Ω']) {
            const t = `${lead}${a}${sep}${b}${sep === ',' ? ' ' : sep}`;
            for (const lo of [0, lead.length]) {
              const b2 = lowerYo(t.slice(lo));
              if (!patterns.some((re) => re.test(b2))) continue;
              matched++;
              if (!mayEndWithQualifier(t, lo, t.length)) missed.push(JSON.stringify(t));
            }
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });
});
