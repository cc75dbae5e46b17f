/**
 * The registry of schools («Реестр школ»): which schools a coordinator monitors, with their
 * curator school and person, cluster, municipality and the link to the school's roadmap.
 *
 * Decisions:
 * - Headers are matched loosely: «Школа», «ШНОР», «ОУ с низкими образовательными результатами»
 *   are the school; «Школа-куратор», «ОУ с высокими…», «Школа-наставник» the curator school;
 *   «Куратор (ФИО)», «Ответственное лицо, Ф.И.О.», a bare «Куратор» the curator person.
 * - A bare «Куратор» cell such as «Жойкин Сергей Александрович, МБОУ «СШ № 33»» (seed 003) is
 *   split into the person and the curator school when the sheet has no curator-school column.
 * - A row holding one text in its first cells and no school («2021-2022 уч. г.») is a group
 *   heading: it becomes the cluster of the rows below that have none.
 * - Rows without a school name are skipped and reported; a school listed twice is reported and
 *   the first row kept.
 * - matchRegistry finds the entry of a roadmap by its link first (a Google Sheets URL holding the
 *   spreadsheet id, a file name or a sheet name), then by the school it names (parseSchoolName
 *   keys: «МБОУ «СШ № 36 им. …»» is «СШ № 36»).
 */
import { findSchoolMentions, parseSchoolName } from '../../../parse/school';
import { spreadsheetIdOf } from '../../../parse/spreadsheet-link';
import type { Cell, Diagnostic, Grid } from '../../../core/types';
import { cellString, diagnosticsOf, findHeaderRow, foldLabel } from '../../sheet-cells';
import { REGISTRY_CODES } from './codes';
import { checkPairs } from './pairs';

export const REGISTRY_SHEET = 'Реестр школ';

const diagnostic = diagnosticsOf(REGISTRY_CODES);

export interface RegistryEntry {
  /** 1-based sheet row. */
  row: number;
  school: string;
  /** parseSchoolName key («СШ|36»), or null when the name is not a recognisable school name. */
  schoolKey: string | null;
  curatorSchool: string | null;
  curatorPerson: string | null;
  cluster: string | null;
  municipality: string | null;
  /** «Ссылка на таблицу школы / лист»: a URL, a file name or a sheet name. */
  link: string | null;
  /** The school that reviews this one in mutual expertise («Школа-эксперт»), or null (pairs.ts). */
  reviewer: string | null;
}

export type RegistryKey = 'number' | 'school' | 'curatorSchool' | 'curatorPerson' | 'cluster' | 'municipality' | 'link' | 'reviewer';

export const REGISTRY_HEADERS: Readonly<Record<Exclude<RegistryKey, 'number'>, string>> = {
  school: 'Школа',
  curatorSchool: 'Школа-куратор',
  curatorPerson: 'Куратор (ФИО)',
  cluster: 'Кластер',
  municipality: 'Муниципалитет',
  link: 'Ссылка на таблицу школы / лист',
  reviewer: 'Школа-эксперт (взаимоэкспертиза)',
};

/** Which registry column a folded header names. */
export function classifyRegistryHeader(f: string): RegistryKey | null {
  if (/^(?:№|n|no|номер)(?: п п)?$|^п п$/u.test(f)) return 'number';
  if (/ссылк|url|http|таблиц|(?:^| )лист(?: |$)|файл/u.test(f)) return 'link';
  // «Школа-эксперт», «Взаимоэкспертиза: проверяет», «Эксперт (школа-партнёр)», «Кто проверяет»: before the curator's «партнёр».
  if (/эксперт|провер|рецензент/u.test(f)) return 'reviewer';
  if (/фио|ф и о|(?:^| )лицо(?: |$)|^куратор$|^куратор (?:человек|педагог)/u.test(f)) return 'curatorPerson';
  if (/куратор|наставник|партнер|лидер|высок\p{L}* (?:образовательн\p{L}* )?результат/u.test(f)) return 'curatorSchool';
  if (/кластер|групп|поток|когорт|сет\p{L}*$/u.test(f)) return 'cluster';
  if (/муниципал|район|(?:^| )город|округ|территори/u.test(f)) return 'municipality';
  if (/школ|шнор|шнро|шпро|шфнсу|(?:^| )оо(?: |$)|(?:^| )оу(?: |$)|организаци|учреждени/u.test(f)) return 'school';
  return null;
}

/** A person's name in a cell («Жойкин Сергей Александрович», «Жойкин С.А.»). */
const PERSON = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+(?:[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ьич|инична)|[А-ЯЁ]\.\s?[А-ЯЁ]\.)/u;

/** «Жойкин Сергей Александрович, МБОУ «СШ № 33»» → person and school; null when it is not such a pair. */
function splitCurator(text: string): { person: string; school: string } | null {
  const person = PERSON.exec(text);
  if (!person) return null;
  const rest = (text.slice(0, person.index) + ' ' + text.slice(person.index + person[0].length)).replace(/^[\s,;–—-]+|[\s,;–—-]+$/gu, '');
  if (rest === '' || !parseSchoolName(rest)) return null;
  // «директор МБОУ «Гимназия № 1»»: a position before the school stays out of the school's name.
  const at = rest.search(/[А-ЯЁ]{2,}ОУ|МБУ|МАУ|ГБУ|ГАУ|ГКОУ/u);
  const school = at > 0 ? rest.slice(at) : rest;
  return { person: normalise(person[0]), school: normalise(school) };
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Entries of the «Реестр школ» sheet. Never throws. */
export function parseRegistryGrid(grid: Grid, sheetName: string = REGISTRY_SHEET): { schools: RegistryEntry[]; diagnostics: Diagnostic[] } {
  const schools: RegistryEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    const rows: Cell[][] = Array.isArray(grid) ? grid : [];
    const header = findHeaderRow<RegistryKey>(rows, classifyRegistryHeader, 2, ['school']);
    if (!header) {
      if (rows.some((r) => Array.isArray(r) && r.some((c) => cellString(c) !== ''))) {
        diagnostics.push(
          diagnostic(
            'registry-no-header',
            { sheet: sheetName, row: null, column: null },
            null,
            `не найдена строка заголовка реестра. Ожидаются столбцы ${Object.values(REGISTRY_HEADERS)
              .map((h) => `«${h}»`)
              .join(', ')}.`,
          ),
        );
      }
      return { schools, diagnostics };
    }
    const col = header.columns;
    const get = (row: Cell[], key: RegistryKey): string => {
      const c = col[key];
      return c === undefined ? '' : cellString(row[c]);
    };
    const schoolHeader = header.headers.school ?? REGISTRY_HEADERS.school;
    const seen = new Map<string, number>();
    let groupCluster: string | null = null;

    for (let r = header.row + 1; r < rows.length; r++) {
      const row = Array.isArray(rows[r]) ? rows[r] : [];
      const rowNumber = r + 1;
      const filled = row.map((c, i) => ({ text: cellString(c), i })).filter((x) => x.text !== '');
      if (filled.length === 0) continue;
      const school = get(row, 'school');
      // A group heading: one text, not a school («2021-2022 уч. г.», «Кластер 1»).
      if (filled.length === 1 && !parseSchoolName(filled[0].text) && (filled[0].i === col.school || filled[0].i === col.number || filled[0].i === 0)) {
        groupCluster = filled[0].text;
        continue;
      }
      // A repeated header row (a page break in a pasted table).
      if (school !== '' && classifyRegistryHeader(foldLabel(school)) === 'school' && foldLabel(school) === foldLabel(schoolHeader)) continue;
      if (school === '') {
        diagnostics.push(
          diagnostic('registry-no-school', { sheet: sheetName, row: rowNumber, column: schoolHeader }, 'school', `не указана школа; строка пропущена.`),
        );
        continue;
      }
      let curatorSchool = get(row, 'curatorSchool') || null;
      let curatorPerson = get(row, 'curatorPerson') || null;
      if (curatorSchool === null && curatorPerson !== null) {
        const split = splitCurator(curatorPerson);
        if (split) {
          curatorPerson = split.person;
          curatorSchool = split.school;
        }
      }
      const key = parseSchoolName(school)?.key ?? null;
      const dupKey = key ?? `text:${foldLabel(school)}`;
      const first = seen.get(dupKey);
      if (first !== undefined) {
        diagnostics.push(
          diagnostic(
            'registry-duplicate-school',
            { sheet: sheetName, row: rowNumber, column: schoolHeader },
            'school',
            `школа «${school}» уже есть в строке ${first}; действует строка ${first}.`,
          ),
        );
        continue;
      }
      seen.set(dupKey, rowNumber);
      schools.push({
        row: rowNumber,
        school,
        schoolKey: key,
        curatorSchool,
        curatorPerson,
        cluster: get(row, 'cluster') || groupCluster,
        municipality: get(row, 'municipality') || null,
        link: get(row, 'link') || null,
        reviewer: get(row, 'reviewer') || null,
      });
    }
    if (col.reviewer !== undefined) diagnostics.push(...checkPairs(schools, sheetName, header.headers.reviewer ?? REGISTRY_HEADERS.reviewer));
  } catch {
    // A malformed grid: what was read so far.
  }
  return { schools, diagnostics };
}

/** The registry sheet's grid for entries: header and one row per school. */
export function registryToGrid(entries: readonly Omit<RegistryEntry, 'row' | 'schoolKey'>[]): Cell[][] {
  // The reviewer's column only when some school has one: a registry without pairs keeps its six columns.
  const all = ['school', 'curatorSchool', 'curatorPerson', 'cluster', 'municipality', 'link', 'reviewer'] as const;
  const keys = entries.some((e) => e.reviewer) ? all : all.slice(0, 6);
  return [keys.map((k) => REGISTRY_HEADERS[k]), ...entries.map((e) => keys.map((k) => e[k] ?? null))];
}

// ---------------------------------------------------------------------------------------------
// Matching a roadmap to its registry entry.

export interface RegistryQuery {
  /** The roadmap's file: a path, a file name, a spreadsheet id or URL. */
  file?: string;
  /** The roadmap's sheet name. */
  sheet?: string;
  /** The roadmap's title («Дорожная карта МБОУ «СШ № 9» на 2021/2022 учебный год»). */
  title?: string;
}

/** Google's spreadsheet ids: 25+ characters of letters, digits, «-» and «_». */

interface LinkTarget {
  id: string | null;
  /** Folded file or sheet names the link may stand for. */
  names: string[];
}

function baseNameOf(s: string): string {
  const noQuery = s.replace(/[?#].*$/, '');
  const last =
    noQuery
      .split(/[\\/]/)
      .filter((p) => p !== '')
      .pop() ?? noQuery;
  return last;
}

function nameForms(s: string): string[] {
  const out = new Set<string>();
  const add = (v: string) => {
    const f = foldLabel(v);
    if (f !== '') out.add(f);
  };
  const t = s.trim();
  add(t);
  const base = baseNameOf(t);
  add(base);
  add(base.replace(/\.(?:xlsx|xlsm|xls|csv|tsv|ods|txt)$/i, ''));
  // «Лист «Дорожная карта школы»», «'СШ 9'!A1», «файл.xlsx, лист План»: the parts.
  const sheetRef = /^'?(.+?)'?!\$?[A-Z]+\$?\d+/.exec(t);
  if (sheetRef) add(sheetRef[1]);
  for (const part of t.split(/[,;/|]| лист /iu)) {
    const p = part.replace(/^\s*(?:лист|файл|таблица)\s*/iu, '');
    if (p.trim() !== '' && p.trim() !== t) {
      add(p);
      add(p.replace(/\.(?:xlsx|xlsm|xls|csv|tsv|ods|txt)$/i, ''));
    }
  }
  return [...out];
}

function linkTarget(link: string): LinkTarget {
  const s = String(link ?? '').trim();
  const id = spreadsheetIdOf(s);
  if (id) return { id, names: [] };
  if (/^https?:\/\//i.test(s)) return { id: null, names: nameForms(decodeUriSafe(baseNameOf(s))) };
  return { id: null, names: nameForms(s) };
}

function decodeUriSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** School keys a text names (first the whole text as a name, then every mention in it). */
function schoolKeys(text: string | undefined): string[] {
  if (!text) return [];
  const keys = new Set<string>();
  for (const m of findSchoolMentions(text)) keys.add(m.key);
  if (keys.size === 0) {
    const one = parseSchoolName(text);
    if (one) keys.add(one.key);
  }
  return [...keys];
}

/**
 * The registry entry of a roadmap: by link (spreadsheet id, then file or sheet name), else by the
 * school its sheet name, title or file name names — only when that points to exactly one school
 * of the registry. Null when nothing matches or the match is ambiguous.
 */
export function matchRegistry(entries: readonly RegistryEntry[], query: RegistryQuery): RegistryEntry | null {
  try {
    const list = Array.isArray(entries) ? entries : [];
    const q = query ?? {};
    const fileId = q.file ? linkTarget(q.file).id : null;
    const fileNames = q.file ? nameForms(decodeUriSafe(q.file)) : [];
    const sheetName = q.sheet ? foldLabel(q.sheet) : '';

    // 1. By link. A link to the spreadsheet and a link naming the sheet both count; both is best.
    let best: { entry: RegistryEntry; score: number }[] = [];
    for (const e of list) {
      if (!e.link) continue;
      const t = linkTarget(e.link);
      let score = 0;
      if (t.id && fileId && t.id === fileId) score += 2;
      // The file counts more than the sheet: many schools' files share a sheet name («Дорожная карта»).
      if (t.names.length > 0) {
        if (fileNames.some((n) => t.names.includes(n))) score += 2;
        if (sheetName !== '' && t.names.includes(sheetName)) score += 1;
      }
      if (score === 0) continue;
      if (best.length === 0 || score > best[0].score) best = [{ entry: e, score }];
      else if (score === best[0].score) best.push({ entry: e, score });
    }
    if (best.length === 1) return best[0].entry;
    const candidates = best.length > 1 ? best.map((b) => b.entry) : list;

    // 2. By school name: the sheet name, then the title, then the file name.
    for (const text of [q.sheet, q.title, q.file ? baseNameOf(q.file) : undefined]) {
      const keys = schoolKeys(text);
      if (keys.length === 0) continue;
      const hits = candidates.filter((e) => e.schoolKey !== null && keys.includes(e.schoolKey));
      const distinct = new Set(hits.map((h) => h.schoolKey));
      if (distinct.size === 1) return hits[0];
      if (distinct.size > 1) return null;
    }
    return null;
  } catch {
    return null;
  }
}
