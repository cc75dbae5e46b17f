/** Findings about an expertise sheet («Экспертиза»). */
import type { CodeInfo } from '../../../checks/codes';

export const EXPERTISE_CODES = {
  'expertise-no-header': {
    severity: 'warning',
    meaning: 'На листе экспертизы не найдена строка заголовка («Документ | Тип документа | Критерий | Оценка» или «Описание показателей | 0 | 1 | 2 | 3»)',
  },
  'expertise-type-unknown': {
    severity: 'warning',
    meaning: 'Тип документа не из списка: Концепция развития, Среднесрочная программа развития, Антирисковая программа',
  },
  'expertise-criterion-unknown': { severity: 'warning', meaning: 'Критерия нет среди критериев экспертизы документа этого типа' },
  'expertise-score-invalid': { severity: 'error', meaning: 'Оценка не по шкале критерия: 0–3 («Нет», «Скорее нет», «Скорее да», «Да») или да/нет' },
  'expertise-total-mismatch': { severity: 'warning', meaning: 'Итог документа в строке «Итого» не равен сумме оценок по критериям' },
} as const satisfies Record<string, CodeInfo>;
