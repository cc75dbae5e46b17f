/**
 * Mutual expertise pairs («взаимоэкспертиза», «кто кого») in the registry: the «Школа-эксперт»
 * column names the school that reviews each school's documents.
 *
 * Decisions:
 * - Schools are compared by their parseSchoolName key («МБОУ «СШ № 36 им. С.А. Лавочкина»» and
 *   «СШ № 36» are one school), else by the folded text.
 * - Checked only when the registry has the column: a school named as its own reviewer (an error);
 *   a reviewer the registry does not list (info: pairs are often across regions — seed 003's
 *   СШ № 21 and «Прииртышская СОШ» — but then the review is written in a file this registry does not
 *   collect); a school without a reviewer while others have one (a warning). A pair that is not
 *   mutual (A reviews B, B reviews C) is allowed: nothing says pairs must be symmetric.
 * - A school reviews the schools naming it their «Школа-эксперт» and the schools it curates: the
 *   curator scores its schools' documents too (DOMAIN.md), and order 384's table («ОУ с низкими…» |
 *   «ОУ с высокими…») is such a source of pairs with no reviewer column at all (reviewedBy).
 */
import type { Diagnostic } from '../../../core/types';
import { parseSchoolName } from '../../../parse/school';
import { diagnosticsOf, foldLabel, quoted } from '../../sheet-cells';
import { REGISTRY_CODES } from './codes';
import type { RegistryEntry } from './registry';

const diagnostic = diagnosticsOf(REGISTRY_CODES);

/** The key a school's name compares by. */
export function schoolCompareKey(name: string): string {
  return parseSchoolName(name)?.key ?? `text:${foldLabel(name)}`;
}

const keyOf = (e: RegistryEntry): string => e.schoolKey ?? `text:${foldLabel(e.school)}`;

/** The registry's findings on its «Школа-эксперт» column. */
export function checkPairs(entries: readonly RegistryEntry[], sheet: string, column: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const listed = new Set(entries.map(keyOf));
  const paired = entries.filter((e) => e.reviewer !== null).length;
  for (const e of entries) {
    const place = { sheet, row: e.row, column };
    if (e.reviewer === null) {
      if (paired > 0)
        out.push(
          diagnostic(
            'registry-reviewer-missing',
            place,
            'reviewer',
            `у школы ${quoted(e.school)} не указана школа-эксперт, а у других школ реестра пары есть (${paired} из ${entries.length}).`,
          ),
        );
      continue;
    }
    const key = schoolCompareKey(e.reviewer);
    if (key === keyOf(e)) {
      out.push(
        diagnostic('registry-reviewer-self', place, 'reviewer', `школа ${quoted(e.school)} указана экспертом своих же документов: укажите школу-партнёра.`),
      );
    } else if (!listed.has(key)) {
      out.push(
        diagnostic(
          'registry-reviewer-unknown',
          place,
          'reviewer',
          `школы-эксперта ${quoted(e.reviewer)} нет в реестре: если это школа другого региона, так и должно быть, но её оценки будут в её таблице, а не в сводке по этому реестру; иначе проверьте название.`,
        ),
      );
    }
  }
  return out;
}

/** Whether the registry gives mutual expertise pairs (any school has a reviewer). */
export const hasPairs = (entries: readonly RegistryEntry[]): boolean => entries.some((e) => e.reviewer !== null);

/** The schools a school reviews: those naming it their «Школа-эксперт» or their curator school. Empty when none. */
export function reviewedBy(entries: readonly RegistryEntry[], reviewer: string): RegistryEntry[] {
  const key = schoolCompareKey(reviewer);
  const is = (name: string | null) => name !== null && schoolCompareKey(name) === key;
  return entries.filter((e) => keyOf(e) !== key && (is(e.reviewer) || is(e.curatorSchool)));
}
