/** Findings about the «Реестр школ» sheet. */
import type { CodeInfo } from '../../../checks/codes';

export const REGISTRY_CODES = {
  'registry-no-header': { severity: 'warning', meaning: 'На листе реестра школ не найдена строка заголовка («Школа», «Школа-куратор»…)' },
  'registry-no-school': { severity: 'warning', meaning: 'Строка реестра без названия школы; пропущена' },
  'registry-duplicate-school': { severity: 'warning', meaning: 'Школа записана в реестре дважды; действует первая строка' },
} as const satisfies Record<string, CodeInfo>;
