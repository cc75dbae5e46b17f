/** Findings about the «Настройки» sheet. */
import type { CodeInfo } from '../../../checks/codes';

export const SETTINGS_CODES = {
  'settings-unknown-parameter': { severity: 'warning', meaning: 'В «Настройках» параметр, который не удалось распознать; строка пропущена' },
  'settings-invalid-value': {
    severity: 'warning',
    meaning: 'Значение в «Настройках» не читается или вне допустимых пределов; оставлено значение по умолчанию',
  },
  'settings-registry-link': {
    severity: 'warning',
    meaning: '«Реестр школ (ссылка на таблицу координатора)» — не ссылка на Google Таблицу; реестр координатора не читается',
  },
  'settings-duplicate-parameter': { severity: 'warning', meaning: 'Параметр указан в «Настройках» несколько раз; действует нижняя строка' },
} as const satisfies Record<string, CodeInfo>;
