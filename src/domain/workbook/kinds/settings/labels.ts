/**
 * The rows of the «Настройки» sheet: one setting a row (Параметр | Значение | Пояснение), plus one
 * row «Период листа «Имя листа»» per roadmap sheet. Labels are matched loosely (case, ё, spaces,
 * quotes, «%» and punctuation ignored; key words rather than the exact wording), so a re-typed label
 * still works.
 */
import { normaliseSpaces } from '../../../core/text';
import type { Grid } from '../../../core/types';
import { findHeaderRow, foldLabel, type HeaderMatch } from '../../sheet-cells';

export const SETTINGS_SHEET = 'Настройки';

export const SETTINGS_HEADERS = ['Параметр', 'Значение', 'Пояснение'] as const;

export type SettingKey = 'defaultPeriod' | 'auditH1' | 'auditH2' | 'reportDates' | 'redOverduePercent' | 'unconfirmedDays' | 'blockMaxAgeDays' | 'registryLink';

/** Labels as the sheet shows them. */
export const SETTINGS_LABELS: Readonly<Record<SettingKey, string>> = {
  defaultPeriod: 'Период по умолчанию',
  auditH1: 'Цель аудита: 1-е полугодие, %',
  auditH2: 'Цель аудита: 2-е полугодие, %',
  reportDates: 'Сроки полугодовых отчётов (ДД.ММ через «;»)',
  redOverduePercent: 'Красная зона: доля просроченных, %',
  unconfirmedDays: 'Дней до напоминания куратору',
  blockMaxAgeDays: 'Итоги школы устаревают через, дней',
  registryLink: 'Реестр школ (ссылка на таблицу координатора)',
};

export const SETTINGS_HELP: Readonly<Record<SettingKey, string>> = {
  defaultPeriod:
    'Период плана для листов, которым он не задан ниже: 2022 (календарный год), 2021/2022 (учебный год, сентябрь – август) или 2021-2024 (несколько лет). Пусто — период определяется по заголовку листа или по годам в сроках.',
  auditH1: 'Какая доля мероприятий плана (нарастающим итогом) должна быть выполнена к концу 1-го полугодия, от 0 до 100.',
  auditH2: 'Какая доля мероприятий плана (нарастающим итогом) должна быть выполнена к концу 2-го полугодия, от 0 до 100.',
  reportDates: 'Когда сдаются полугодовые отчёты: даты ДД.ММ через точку с запятой, например 21.01; 13.07.',
  redOverduePercent: 'Школа попадает в красную зону, если просрочено не меньше этой доли мероприятий, срок которых уже наступил, от 0 до 100.',
  unconfirmedDays: 'Через сколько дней выполненное, но не подтверждённое куратором мероприятие требует внимания, от 0 до 365.',
  blockMaxAgeDays:
    'Сводка по реестру читает краткие итоги школы (служебный лист в её таблице), если они записаны не раньше чем столько дней назад; иначе читает все листы школы. От 0 до 365.',
  registryLink:
    'Для взаимоэкспертизы в таблице школы: ссылка на таблицу координатора с листом «Реестр школ» (кто кого проверяет). Нужна, если в этой таблице нет своего реестра. Пусто — реестр ищется в этой таблице.',
};

export const SETTING_ORDER: SettingKey[] = [
  'defaultPeriod',
  'auditH1',
  'auditH2',
  'reportDates',
  'redOverduePercent',
  'unconfirmedDays',
  'blockMaxAgeDays',
  'registryLink',
];

/** «Период листа «План 2022»» */
export function sheetPeriodLabel(sheet: string): string {
  return `Период листа «${sheet}»`;
}

export function sheetPeriodHelp(sheet: string): string {
  return `Период плана на листе «${sheet}»: 2022, 2021/2022 или 2021-2024. Пусто — как «Период по умолчанию».`;
}

export type LabelMatch = { key: SettingKey } | { sheet: string } | null;

const SHEET_PERIOD_RE = /^период\s+(?:плана\s+)?(?:для\s+)?листа?(?:\s*[:–—-]\s*|\s+|(?=[«"“„']))(.+)$/iu;

/** The sheet name in «Период листа «Имя»»: the outer quotes go, inner ones stay. */
function sheetOfLabel(label: string): string | null {
  const m = SHEET_PERIOD_RE.exec(normaliseSpaces(label));
  if (!m) return null;
  let name = m[1].trim();
  const pairs: [string, string][] = [
    ['«', '»'],
    ['"', '"'],
    ['“', '”'],
    ['„', '“'],
    ["'", "'"],
  ];
  for (const [open, close] of pairs) {
    if (name.length >= 2 && name.startsWith(open) && name.endsWith(close)) {
      name = name.slice(open.length, name.length - close.length).trim();
      break;
    }
  }
  return name === '' ? null : name;
}

/** What a label names: a setting, the period of a sheet, or nothing. */
export function matchSettingLabel(label: string): LabelMatch {
  const raw = normaliseSpaces(String(label ?? ''));
  if (raw === '') return null;
  const f = foldLabel(raw);
  if (/^период(?: плана)?(?: для)? лист/.test(f)) {
    const sheet = sheetOfLabel(raw);
    return sheet ? { sheet } : null;
  }
  const has = (re: RegExp) => re.test(f);
  if ((has(/реестр/) || (has(/координатор/) && has(/ссылк|таблиц/))) && !has(/итог|дн(?:ей|я|и)/)) return { key: 'registryLink' };
  if (has(/период/) && has(/умолч|по умолчанию|общий|для всех|остальн/)) return { key: 'defaultPeriod' };
  if (f === 'период' || f === 'период плана') return { key: 'defaultPeriod' };
  if (has(/аудит|цел|норматив|план выполнен|доля выполнен/) && has(/полугод|полуг/)) {
    if (has(/(?:^| )(?:1|1 е|1е|i|перв\p{L}*)(?: |$)/u)) return { key: 'auditH1' };
    if (has(/(?:^| )(?:2|2 е|2е|ii|втор\p{L}*)(?: |$)/u)) return { key: 'auditH2' };
  }
  if (has(/отчет/) && has(/срок|дат|когда|полугод/)) return { key: 'reportDates' };
  if (has(/красн/) || (has(/просроч/) && has(/дол|процент|порог|зон/))) return { key: 'redOverduePercent' };
  if (has(/итог/) && has(/дн(?:ей|я|и)|сут|устар|свеж/)) return { key: 'blockMaxAgeDays' };
  if (has(/дн(?:ей|я|и)|сут/) && has(/напомин|куратор|подтвержд/)) return { key: 'unconfirmedDays' };
  if (has(/напомин/)) return { key: 'unconfirmedDays' };
  return null;
}

export function isHeaderLike(f: string): boolean {
  return /^(?:параметр|настройк\p{L}*|наименование|название|показатель)$/u.test(f);
}

/** Where the settings are on the sheet: the header (when there is one) and the label and value columns. */
export function settingsLayout(rows: Grid): { header: HeaderMatch<'label' | 'value'> | null; labelCol: number; valueCol: number; start: number } {
  const header = findHeaderRow<'label' | 'value'>(rows, (f) => (isHeaderLike(f) ? 'label' : /^значени\p{L}*$/u.test(f) ? 'value' : null), 2, [
    'label',
    'value',
  ]);
  return { header, labelCol: header?.columns.label ?? 0, valueCol: header?.columns.value ?? 1, start: header ? header.row + 1 : 0 };
}

/** One identity per setting: its key, or «sheet:Имя» for a sheet's period. */
export function settingId(match: NonNullable<LabelMatch>): string {
  return 'key' in match ? match.key : `sheet:${match.sheet}`;
}
