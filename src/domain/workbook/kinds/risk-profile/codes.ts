/** Findings about a risk profile («Рисковый профиль»). */
import type { CodeInfo } from '../../../checks/codes';

export const RISK_PROFILE_CODES = {
  'risk-profile-no-header': {
    severity: 'warning',
    meaning: 'На листе рискового профиля не найдена строка заголовка («Фактор риска | Значимость» или «Фактор риска | Параметры анализа | Результат»)',
  },
  'risk-no-significance': { severity: 'warning', meaning: 'У фактора риска не указана значимость (Высокая, Средняя, Низкая)' },
  'risk-significance-unknown': { severity: 'warning', meaning: 'Значимость фактора риска не из списка: Высокая, Средняя, Низкая' },
  'risk-factor-unknown': { severity: 'warning', meaning: 'Фактора риска нет ни в одном перечне проекта «500+»; предложен ближайший' },
  'risk-factor-duplicate': { severity: 'warning', meaning: 'Фактор риска записан в профиле дважды; действует первая строка' },
  'risk-value-out-of-range': { severity: 'error', meaning: 'Значение параметра вне шкалы своей единицы: балл и % — от 0 до 100, «да/нет» — да или нет' },
  'risk-unit-unknown': { severity: 'warning', meaning: 'Единица измерения параметра не из списка: балл, %, да/нет' },
  'risk-fixed-low': { severity: 'info', meaning: 'Риск зафиксирован («*») по параметру фактора с низкой значимостью: стоит обратить внимание куратора' },
} as const satisfies Record<string, CodeInfo>;
