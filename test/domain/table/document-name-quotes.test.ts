/** looksLikeDocumentName on texts led by quotes and spaces: the answers the regex-only version gave (pinned when the replace became conditional). */
import { looksLikeDocumentName } from '../../../src/domain/table/sniff';

const CASES: Array<[string, boolean]> = [
  ['', false],
  [' ', false],
  ['«', false],
  ['««', false],
  ['"', false],
  ['«»', false],
  ['Приказ', true],
  ['«Приказ»', false],
  ['"Приказ"', true],
  ['“Приказ”', false],
  ['„Приказ“', false],
  ['«« Приказ', false],
  [' «Приказ', true],
  [' Приказ ', true],
  ['Приказ', true],
  ["'Приказ'", false],
  ['(Приказ)', false],
  ['« Приказ', false],
  ['« Приказ', false],
  ['Аналитическая справка', true],
  ['«Аналитическая справка»', false],
  ['"Аналитическая справка"', true],
  ['“Аналитическая справка”', false],
  ['„Аналитическая справка“', false],
  ['«« Аналитическая справка', false],
  [' «Аналитическая справка', true],
  [' Аналитическая справка ', true],
  ['Аналитическая справка', true],
  ["'Аналитическая справка'", false],
  ['(Аналитическая справка)', false],
  ['« Аналитическая справка', false],
  ['« Аналитическая справка', false],
];

test.each(CASES)('%j → %p', (text, expected) => {
  expect(looksLikeDocumentName(text)).toBe(expected);
});
