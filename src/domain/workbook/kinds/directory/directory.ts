/**
 * The «Справочник организаций» sheet (Сокращение | Полное название | Тип): the abbreviations of
 * responsible bodies a coordinator's documents use. Types are shown in Russian and stored as the
 * codes KNOWN_BODIES uses. Incomplete and repeated rows are reported; parsing never throws.
 */
import { normaliseSpaces } from '../../../core/text';
import type { Cell, Diagnostic, Grid } from '../../../core/types';
import { cellString, diagnosticsOf, findHeaderRow, foldLabel, quoted } from '../../sheet-cells';
import { DIRECTORY_CODES } from './codes';

export const DIRECTORY_SHEET = 'Справочник организаций';

const diagnostic = diagnosticsOf(DIRECTORY_CODES);

export const DIRECTORY_HEADERS = ['Сокращение', 'Полное название', 'Тип'] as const;

/** Type codes (as in KNOWN_BODIES) and how the sheet shows them. */
export const DIRECTORY_TYPES: Readonly<Record<string, string>> = {
  school: 'школа',
  authority: 'орган управления образованием',
  methodical: 'методическая служба',
  'municipal-centre': 'муниципальный центр',
  regional: 'региональная организация',
  federal: 'федеральная организация',
  association: 'объединение педагогов',
};

/** Russian type labels for the drop-down of the «Тип» column. */
export const DIRECTORY_TYPE_LABELS: readonly string[] = Object.values(DIRECTORY_TYPES);

/** «методическая служба» → "methodical"; a code stays a code; other text is kept as written. */
export function directoryTypeCode(text: string): string | undefined {
  const t = normaliseSpaces(String(text ?? ''));
  if (t === '') return undefined;
  const f = foldLabel(t);
  for (const [code, label] of Object.entries(DIRECTORY_TYPES)) {
    if (f === foldLabel(label) || f === foldLabel(code) || t === code) return code;
  }
  return t;
}

export interface DirectoryEntry {
  abbr: string;
  full: string;
  type?: string;
}

export type DirectoryKey = 'abbr' | 'full' | 'type';

export function classifyDirectoryHeader(f: string): DirectoryKey | null {
  if (/^(?:сокращени\p{L}*|аббревиатур\p{L}*|сокр|краткое(?: название| наименование)?)$/u.test(f)) return 'abbr';
  if (/^(?:полное (?:название|наименование)|расшифровк\p{L}*|наименование|название|полное)$/u.test(f)) return 'full';
  if (/^(?:тип|вид|категори\p{L}*|тип организации)$/u.test(f)) return 'type';
  return null;
}

/** Entries of the «Справочник организаций» sheet; incomplete and repeated rows are reported. */
export function parseDirectoryGrid(grid: Grid, sheetName: string = DIRECTORY_SHEET): { entries: DirectoryEntry[]; diagnostics: Diagnostic[] } {
  const entries: DirectoryEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    const rows: Cell[][] = Array.isArray(grid) ? grid : [];
    const header = findHeaderRow<DirectoryKey>(rows, classifyDirectoryHeader, 2, ['abbr', 'full']);
    const col = { abbr: header?.columns.abbr ?? 0, full: header?.columns.full ?? 1, type: header?.columns.type ?? (header ? -1 : 2) };
    const names = {
      abbr: header?.headers.abbr ?? DIRECTORY_HEADERS[0],
      full: header?.headers.full ?? DIRECTORY_HEADERS[1],
    };
    const seen = new Map<string, number>();
    for (let r = header ? header.row + 1 : 0; r < rows.length; r++) {
      const row = Array.isArray(rows[r]) ? rows[r] : [];
      const rowNumber = r + 1;
      const abbr = cellString(row[col.abbr]);
      const full = cellString(row[col.full]);
      const typeText = col.type >= 0 ? cellString(row[col.type]) : '';
      if (abbr === '' && full === '') continue;
      if (!header && classifyDirectoryHeader(foldLabel(abbr)) === 'abbr') continue;
      if (abbr === '' || full === '') {
        const missing = abbr === '' ? names.abbr : names.full;
        diagnostics.push(
          diagnostic(
            'directory-incomplete-row',
            { sheet: sheetName, row: rowNumber, column: missing },
            abbr === '' ? 'abbr' : 'full',
            `не заполнено; строка ${quoted(abbr || full)} пропущена.`,
          ),
        );
        continue;
      }
      const key = foldLabel(abbr).replace(/\s+/g, '');
      const first = seen.get(key);
      if (first !== undefined) {
        diagnostics.push(
          diagnostic(
            'directory-duplicate',
            { sheet: sheetName, row: rowNumber, column: names.abbr },
            'abbr',
            `сокращение ${quoted(abbr)} уже есть в строке ${first}; действует строка ${first}.`,
          ),
        );
        continue;
      }
      seen.set(key, rowNumber);
      const type = directoryTypeCode(typeText);
      entries.push(type ? { abbr, full, type } : { abbr, full });
    }
  } catch {
    // A malformed grid: what was read so far.
  }
  return { entries, diagnostics };
}

/** The «Справочник организаций» sheet: header and one row per entry, types in Russian. */
export function directoryToGrid(entries: readonly DirectoryEntry[]): Cell[][] {
  return [[...DIRECTORY_HEADERS], ...entries.map((e) => [e.abbr, e.full, e.type ? (DIRECTORY_TYPES[e.type] ?? e.type) : null])];
}
