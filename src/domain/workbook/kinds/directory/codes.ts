/** Findings about the «Справочник организаций» sheet. */
import type { CodeInfo } from '../../../checks/codes';

export const DIRECTORY_CODES = {
  'directory-incomplete-row': { severity: 'warning', meaning: 'В «Справочнике организаций» строка без сокращения или без полного названия; пропущена' },
  'directory-duplicate': { severity: 'warning', meaning: 'Сокращение повторяется в «Справочнике организаций»; действует первая строка' },
} as const satisfies Record<string, CodeInfo>;
