/**
 * The table's directory of abbreviations, differentially: collectDefinitions with its fast paths
 * (the plain definition's whole part, fewLetters) gives what the code before them gave
 * (reference/definitions-before.ts) on fixtures, the bench's cells and generated texts.
 */
import { readdirSync } from 'node:fs';
import { BENCH_SHAPES, benchRoadmap } from '../../../scripts/synthetic';
import { collectDefinitions, type Definition } from '../../../src/domain/parse/responsible';
import { DALEE_RE, daleeAt, UNREAD, type DaleeMatch } from '../../../src/domain/parse/responsible/dalee';
import { fewLetters } from '../../../src/domain/parse/responsible/definitions';
import { FIXTURES_DIR, fixtureText, parseCsv, parseTsv } from '../../fixtures/load';
import { abbrLetters, collectDefinitions as collectBefore } from './reference/definitions-before';

function both(text: string): [string, string] {
  const now: Definition[] = [];
  const nowKeys: string[] = [];
  collectDefinitions(text, now, nowKeys);
  const before: Definition[] = [];
  const beforeKeys: string[] = [];
  collectBefore(text, before, beforeKeys);
  return [JSON.stringify([now, nowKeys]), JSON.stringify([before, beforeKeys])];
}

function differing(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const [now, before] = both(t);
    if (now !== before) out.push(t);
  }
  return out;
}

/** A deterministic generator of texts around definitions: what the fast paths and their fallbacks look at. */
function generatedTexts(count: number): string[] {
  let seed = 6;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const abbrs = [
    'О1',
    'О17',
    'МО',
    'мо',
    'УОиМП',
    'ОЦПРМСО',
    'Ё1',
    'ЁЦ',
    'O1',
    'A',
    'Ab',
    'ШНОР',
    'МБУ ДО «ЦДО»',
    '«Ц»',
    '"Ц"',
    'О-1',
    'О_1',
    'О.1',
    '1',
    'Оо',
    'оО',
    'ОО1',
    'Ѐ',
    'Џ2',
    'иИ',
    'й',
    'О\u00a01',
    'О\u007f',
    'О\u0080',
    'О𝐀',
    ' О1 ',
    'О  1',
    'ЦНППМ ГАУ ДПО СОИРО',
    'ГМО',
    'ПМ',
    '',
  ];
  const forms = ['(далее – %)', '(далее - %)', '(далее—%)', '(ДАЛЕЕ:%)', '( далее  –  % )', '(далее по тексту – %)', '(%)', '(далее – )'];
  const words = [
    'Отдел 4',
    'методической работы',
    'управления образования',
    'методический отдел',
    'управление образования и молодежной политики',
    'образовательный центр поддержки и развития муниципальной системы образования',
    'городское методическое объединение',
    'План мероприятий',
    'Ёлкин центр',
    'елкин',
    'МБОУ «СШ № 5 им. Н.И. Рыленкова»',
    '«Лидер, центр»',
    '„Лидер“',
    '"Лидер"',
    'центр (при УО)',
    '(ОЦПРМСО)',
    '((МО))',
    'им.',
    'г.',
    'ул.',
    'ст.',
    'др.',
    'Levina',
    'school',
    '<b>УО</b>',
    '&amp;',
    '&quot;МО&quot;',
    'УО – управление образования;',
    '- МО — методический отдел.',
    'ГМО - городское методическое объединение',
  ];
  const seps = [' ', ' ', ' ', '  ', ', ', '; ', ': ', '. ', '.', '\n', '\r\n', ' \n ', '\t', '\u00a0', '\u200b', '\u3000', '«', '»', '"', ' (', ') ', ''];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const parts = 1 + Math.floor(rnd() * 4);
    for (let p = 0; p < parts; p++) {
      const n = Math.floor(rnd() * 5);
      for (let j = 0; j < n; j++) t += pick(words) + pick(seps);
      // Past the 300-character window now and then.
      if (rnd() < 0.05) t += 'слово '.repeat(40 + Math.floor(rnd() * 30));
      t += pick(forms).replace('%', pick(abbrs)) + pick(seps);
    }
    texts.push(t);
  }
  return texts;
}

function fixtureCells(): string[] {
  const cells = new Set<string>();
  for (const name of readdirSync(FIXTURES_DIR)) {
    if (!name.endsWith('.tsv') && !name.endsWith('.csv')) continue;
    const text = fixtureText(name);
    const grid = name.endsWith('.tsv') ? parseTsv(text) : parseCsv(text);
    for (const row of grid) for (const cell of row) if (cell !== null && cell !== '') cells.add(String(cell));
  }
  return [...cells];
}

describe('collectDefinitions gives what it gave before its fast paths', () => {
  test.each([
    'Отдел 4 методической работы управления образования (далее – О4), О3, УОиМП, ОЦПРМСО',
    '  Отдел 4  методической работы (далее – О4)',
    'Отдел\u00a04 (далее – О4)',
    'Отдел 4 (при УО) (далее – О4)',
    'Отдел «Лидер» (далее – О4)',
    'Отдел «Лидер; центр» (далее – О4)',
    'Отдел. Центр поддержки (далее – О4)',
    'г. Смоленск, отдел (далее – О4)',
    'отдел;\nцентр (далее – О4)',
    'отдел: центр (далее – О4)',
    'управление образования и молодежной политики (далее – УОиМП)',
    'при участии: управление образования и молодежной политики (далее – УОиМП)',
    'методический отдел (далее – МО), центр (далее – Ц1)',
    'центр поддержки и развития муниципальной системы образования (ОЦПРМСО)',
    `${'слово '.repeat(60)}отдел (далее – О4)`,
    `${'слово. '.repeat(60)}отдел (далее – О4)`,
    '(далее – О4)',
    ' (далее – О4)',
  ])('%j', (text) => {
    const [now, before] = both(text);
    expect(now).toBe(before);
  });

  test('on every fixture cell', () => {
    expect(differing(fixtureCells())).toEqual([]);
  });

  test('on the bench shapes’ responsible cells', () => {
    const texts = [5, 7].flatMap((k) => benchRoadmap(400, BENCH_SHAPES[k]).map((r) => String(r[4] ?? '')));
    expect(differing(texts)).toEqual([]);
  });

  test('with every code unit before the definition', () => {
    const texts: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      texts.push(`Отдел${ch}центр (далее – О4)`, `${ch} отдел ${ch}${ch} (далее – О4)`);
    }
    expect(differing(texts)).toEqual([]);
  });

  test('on generated texts', () => {
    expect(differing(generatedTexts(30000))).toEqual([]);
  });
});

describe('fewLetters(abbr) is true only when abbrLetters(abbr) has fewer than two letters', () => {
  test('every code unit, alone and next to letters, digits and each other', () => {
    const wrong: string[] = [];
    const check = (a: string) => {
      if (fewLetters(a) && abbrLetters(a).length >= 2) wrong.push(a);
    };
    const around = ['', 'О', 'о', 'ОО', 'О1', '1', 'и', 'A', 'a', '-', 'Ё'];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      for (const x of around) {
        check(x + s);
        check(s + x);
      }
    }
    for (const a of around) for (const b of around) for (const c of around) check(a + b + c);
    expect(wrong).toEqual([]);
  });

  test('it answers at once for the plain forms', () => {
    for (const a of ['О1', 'О17', 'ОО1', '', 'A', '1', 'О-1', 'Оо', 'оО', 'Ѐ']) expect(fewLetters(a)).toBe(true);
    for (const a of ['МО', 'ОО', 'УОиМП', 'О\u00a01', '«О»', 'О 1']) expect(fewLetters(a)).toBe(false);
  });
});

describe('daleeAt reads at each «(» what DALEE_RE matches there, or leaves it to the pattern', () => {
  /** The pattern's match at p as daleeAt writes it, or null. */
  function patternAt(s: string, p: number): DaleeMatch | null {
    const re = new RegExp(DALEE_RE.source, 'iuy');
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) return null;
    const from = s.indexOf(m[1], p + 1 + (m[0].length - m[0].trimStart().length));
    return { index: p, end: p + m[0].length, abbrFrom: from, abbrTo: from + m[1].length };
  }
  const M = 'М'.repeat(80);
  const extra = [
    '(далее – 𝐀)',
    `(далее – ${'𝐀'.repeat(41)})`,
    `x (далее – ${'𝐀'.repeat(41)}) (далее – О)`,
    '(далее – О𝐀1)',
    `(далее – ${M})`,
    `(далее – ${M}1)`,
    '(далее – (О))',
    '(далее – О (x))',
    '(далее – МО(УО)',
    '(далее – О',
    '(ᲁалее – О)',
    '(далее по тексту – О)',
    '(далее – )',
    '(далее  )',
  ];
  test('on generated texts', () => {
    const differ: string[] = [];
    const m: DaleeMatch = { index: 0, end: 0, abbrFrom: 0, abbrTo: 0 };
    for (const s of [...generatedTexts(20000), ...extra]) {
      for (let p = s.indexOf('('); p >= 0; p = s.indexOf('(', p + 1)) {
        const got = daleeAt(s, p, m);
        if (got === UNREAD) continue;
        const want = patternAt(s, p);
        // The group's own spaces are trimmed by the scan as the lazy group leaves them out.
        const same =
          got === 1
            ? want !== null && m.index === want.index && m.end === want.end && s.slice(m.abbrFrom, m.abbrTo) === s.slice(want.abbrFrom, want.abbrTo)
            : want === null;
        if (!same) differ.push(`${p}: ${s}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
