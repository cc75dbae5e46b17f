/** Findings about the «Реестр школ» sheet. */
import type { CodeInfo } from '../../../checks/codes';

export const REGISTRY_CODES = {
  'registry-no-header': { severity: 'warning', meaning: 'На листе реестра школ не найдена строка заголовка («Школа», «Школа-куратор»…)' },
  'registry-no-school': { severity: 'warning', meaning: 'Строка реестра без названия школы; пропущена' },
  'registry-duplicate-school': { severity: 'warning', meaning: 'Школа записана в реестре дважды; действует первая строка' },
  'registry-reviewer-self': { severity: 'error', meaning: 'Школа указана экспертом своих же документов (столбец «Школа-эксперт»)' },
  'registry-reviewer-unknown': {
    severity: 'info',
    meaning: 'Школы-эксперта нет в реестре: школа другого региона или опечатка в названии; её оценки в сводку по реестру не попадут',
  },
  'registry-reviewer-missing': { severity: 'warning', meaning: 'У школы не указана школа-эксперт, хотя у других школ реестра пары для взаимоэкспертизы есть' },
} as const satisfies Record<string, CodeInfo>;
