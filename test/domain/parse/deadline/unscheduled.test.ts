/**
 * Deadline grammar — unscheduled phrases (phrases.ts). «по мере необходимости», «по графику …», «согласно
 * плану …»: no dates when nothing else gives dates.
 */
import { type Case, UNSCHEDULED, testCases } from './cases';

const CASES: Case[] = [
  ['по мере необходимости', 'C', UNSCHEDULED],
  ['в соответствии с графиком проведения ВПР', 'C', UNSCHEDULED],
  ['в установленные сроки', 'C', UNSCHEDULED],
  ['По необходимости', 'A', UNSCHEDULED],
  ['по запросу', 'S', UNSCHEDULED],
  ['по графику Минпросвещения', 'C', UNSCHEDULED],
  ['по графику ЦНППМ', 'C', UNSCHEDULED],
  ['по плану ФИОКО', 'C', UNSCHEDULED],
  ['по специальному графику', 'A', UNSCHEDULED],
  ['согласно плану работы ЦНППМ', 'A', UNSCHEDULED],
];

testCases('parseDeadline: unscheduled phrases', CASES);
