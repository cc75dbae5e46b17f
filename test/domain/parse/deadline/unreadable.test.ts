/**
 * Deadline grammar — texts with no date information (parse-deadline.ts). A responsible person or body
 * typed into the deadline column, an empty cell, «100%»: unreadable, all fields null.
 */
import { type Case, UNREADABLE, testCases } from './cases';

const CASES: Case[] = [
  // responsible persons and bodies typed into the deadline column
  ['Мартынова И.А.', 'C', UNREADABLE],
  ['Зимина О.В., Веснина Т.П.', 'C', UNREADABLE],
  ['Развитие образовательной среды', 'C', UNREADABLE],
  ['Директор ОО, классные руководители 5-9 классов', 'C', UNREADABLE],
  ['Заместитель директора по УВР', 'C', UNREADABLE],
  ['за 2 недели до начала', 'C', UNREADABLE],
  // no dates at all
  ['УОиМП, ОЦПРМСО', 'A', UNREADABLE],
  ['', 'C', UNREADABLE],
  ['   ', 'C', UNREADABLE],
  ['-', 'C', UNREADABLE],
  ['МБОУ «СШ № 21»', 'C', UNREADABLE],
  ['100%', 'C', UNREADABLE],
  ['в течение месяца', 'C', UNREADABLE],
];

testCases('parseDeadline: texts with no date information', CASES);
