/**
 * «(далее – X)» found by hand (responsible/dalee.ts) gives what DALEE_RE gives, on the forms the
 * scan reads and on those it leaves to the pattern (its backtracking, folded letters, code points).
 */
import { parseResponsible } from '../../../src/domain/parse/responsible';
import { DALEE_RE, replaceDalee } from '../../../src/domain/parse/responsible/dalee';

const M80 = 'М'.repeat(80);
const M81 = 'М'.repeat(81);

describe('replaceDalee is s.replace(DALEE_RE, " ")', () => {
  test.each([
    'Отдел 17 методической работы управления образования (далее – О17), О16, УОиМП',
    'методический отдел (далее - МО) и центр (далее по тексту – ЦЕНТР)',
    '(далее – )',
    '(далее)',
    '(далее –  МО  )',
    '(ДАЛЕЕ:МО)',
    '(далее—МО)(далее – УО)',
    'x (далее – (МО))',
    '(далее – МО',
    `а (далее – ${M80})`,
    `а (далее – ${M81})`,
    '(далее по тексту)',
    '(ᲁалее – МО)',
    '(далее – МО𝐀)',
    '( \u00a0далее\u3000–\nМО )',
  ])('%j', (s) => {
    expect(replaceDalee(s)).toBe(s.replace(DALEE_RE, ' '));
  });
});

describe('parseResponsible: definitions the scan leaves to the pattern', () => {
  test.each<[string, string[], { abbr: string; full: string }[]]>([
    // «по тексту» is the pattern's optional group.
    ['Отдел 1 (далее по тексту – О1), О0', ['Отдел 1', 'О0'], [{ abbr: 'О1', full: 'Отдел 1' }]],
    // Only a backtracked space could be the abbreviation: it is one, and an empty one after trimming.
    ['методический отдел (далее – ), МО', ['методический отдел', 'МО'], []],
    // «ᲁ» folds to «д» under /iu.
    ['методический отдел (ᲁалее – МО), УО', ['методический отдел', 'УО'], [{ abbr: 'МО', full: 'методический отдел' }]],
    // The 80-character bound counts code points.
    ['методический отдел (далее – МО𝐀), УО', ['методический отдел', 'УО'], [{ abbr: 'МО𝐀', full: 'методический отдел' }]],
    [`отдел (далее – ${M80}), УО`, ['отдел', 'УО'], [{ abbr: M80, full: 'отдел' }]],
    [`отдел (далее – ${M81}), УО`, [`отдел (далее – ${M81})`, 'УО'], []],
    ['отдел (далее – (МО)), УО', ['отдел (далее – (МО))', 'УО'], []],
    ['методический отдел (ДАЛЕЕ:МО), УО', ['методический отдел', 'УО'], [{ abbr: 'МО', full: 'методический отдел' }]],
  ])('%j', (cell, entries, definitions) => {
    expect(parseResponsible(cell)).toEqual({ entries, definitions });
  });
});
