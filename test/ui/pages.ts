/**
 * Sample payloads for the browser tests of the check sidebar and the settings and prepare dialogs:
 * shaped like what the server functions in src/gas send (src/contracts/schemas.ts), with messages as
 * the checks word them. Each function returns a fresh copy.
 */
import type { CheckDiagnostic, CheckReport, PreparePlan, PrepareResult, SaveSettingsResult, SettingsDialogData } from '../../src/contracts/schemas';

export const SHEET = 'План 2022';

const at = (sheet: string, row: number | null, column?: string) =>
  `Лист «${sheet}»${row === null ? '' : `, строка ${row}`}${column ? `, столбец «${column}»` : ''}`;

function diag(
  severity: CheckDiagnostic['severity'],
  code: string,
  row: number | null,
  column: number | null,
  field: string | null,
  header: string | undefined,
  text: string,
  sheet = SHEET,
): CheckDiagnostic {
  return { code, severity, row, column, field, message: `${at(sheet, row, header)}: ${text}`, text, columnHeader: header ?? null };
}

/** 15 diagnostics (3 errors, 7 warnings, 5 info), errors first, as getCheckReport sends them. */
export function sampleDiagnostics(sheet = SHEET): CheckDiagnostic[] {
  return [
    diag(
      'error',
      'deadline-outside-period',
      66,
      3,
      'deadline',
      'Сроки исполнения',
      'срок «Апрель – декабрь 2021 года согласно плану ОЦПРМСО» (01.04.2021 – 31.12.2021) вне периода плана 2022 (01.01.2022 – 31.12.2022). Проверьте год.',
      sheet,
    ),
    diag(
      'error',
      'deadline-outside-period',
      67,
      3,
      'deadline',
      'Сроки исполнения',
      'срок «Апрель-май 2021 года» (01.04.2021 – 31.05.2021) вне периода плана 2022 (01.01.2022 – 31.12.2022). Проверьте год.',
      sheet,
    ),
    diag('error', 'missing-responsible', 71, 5, 'responsible', 'Исполнитель', 'не указан ответственный.', sheet),
    diag(
      'warning',
      'school-name-variants',
      18,
      null,
      null,
      undefined,
      'одна школа названа по-разному: «МБОУ «СШ № 36 им. М.А. Городнянского»» (строки 18, 19, 31, 32); «МБОУ «СШ № 36 им. А.М. Городнянского»» (строки 37, 40, 44, 47, 48, 51, 52, 55…). Приведите название к одному виду.',
      sheet,
    ),
    diag(
      'warning',
      'indicator-not-measurable',
      20,
      4,
      'indicator',
      'Показатель реализации',
      'показатель «Отчет по самодиагностике» нельзя измерить. Укажите долю («не менее 75% учителей»), количество («не менее 5 совещаний») или изменение («с 66% до 78%»).',
      sheet,
    ),
    diag(
      'warning',
      'indicator-not-measurable',
      21,
      4,
      'indicator',
      'Показатель реализации',
      'показатель «Проекты концептуальных документов» нельзя измерить. Укажите долю («не менее 75% учителей»), количество («не менее 5 совещаний») или изменение («с 66% до 78%»).',
      sheet,
    ),
    diag(
      'warning',
      'indicator-not-measurable',
      22,
      4,
      'indicator',
      'Показатель реализации',
      'показатель «Своевременное размещение документов» нельзя измерить. Укажите долю («не менее 75% учителей»), количество («не менее 5 совещаний») или изменение («с 66% до 78%»).',
      sheet,
    ),
    diag('warning', 'missing-result', 62, 6, 'result', 'Результат', 'не указан результат (форма представления результата).', sheet),
    diag(
      'warning',
      'duplicate-measure',
      66,
      2,
      'title',
      'Наименование мероприятия',
      'мероприятие «Проведение панорам педагогического опыта, семинаров, мастер…» почти повторяет строку 37 (№ 14.). Проверьте, не одно ли это мероприятие.',
      sheet,
    ),
    diag('warning', 'number-gap', 21, 1, 'number', '№ п/п', 'пропуск в нумерации (после строки 20): нет номера 1.8.', sheet),
    diag('info', 'period-inferred', null, null, null, undefined, 'период плана — 2022 (по заголовку листа). Если это не так, задайте период явно.', sheet),
    diag('info', 'rows-merged', 18, null, null, undefined, 'продолжает мероприятие из строки 16 (разрыв страницы) и объединена с ним.', sheet),
    diag('info', 'header-repeated', 24, null, null, undefined, 'повтор строки заголовка (разрыв страницы) пропущен.', sheet),
    diag('info', 'rows-merged', 35, null, null, undefined, 'продолжает мероприятие из строки 33 (разрыв страницы) и объединена с ним.', sheet),
    diag('info', 'rows-merged', 40, null, null, undefined, 'продолжает мероприятие из строки 38 (разрыв страницы) и объединена с ним.', sheet),
  ];
}

export function checkReport(): CheckReport {
  return {
    sheet: SHEET,
    tables: [
      {
        headerRow: 14,
        periodLabel: '2022',
        periodStart: '2022-01-01',
        periodEnd: '2022-12-31',
        measures: 33,
        columns: [
          { field: 'number', name: '№', column: 1, header: '№ п/п', by: 'header', why: 'по заголовку' },
          { field: 'title', name: 'Мероприятие', column: 2, header: 'Наименование мероприятия', by: 'header', why: 'по заголовку' },
          { field: 'deadline', name: 'Срок', column: 3, header: 'Сроки исполнения', by: 'header', why: 'по заголовку' },
          { field: 'evidence', name: 'Подтверждающий документ', column: 7, header: 'Столбец 7', by: 'content', why: 'по содержимому: 9 из 10 ячеек — ссылки' },
          { field: 'responsible', name: 'Ответственный', column: 5, header: 'Примечание', by: 'settings', why: 'задано в «Настройках» (блок «Столбцы»)' },
        ],
      },
    ],
    counts: { error: 3, warning: 7, info: 5 },
    diagnostics: sampleDiagnostics(),
    total: 15,
  };
}

/** The server sends at most a limited number of diagnostics; `total` and `counts` tell the rest. */
export function truncatedReport(): CheckReport {
  const r = checkReport();
  r.counts = { error: 3, warning: 1240, info: 5 };
  r.total = 1248;
  return r;
}

export function cleanReport(): CheckReport {
  return {
    sheet: 'Сетевая программа',
    tables: [
      { headerRow: 6, periodLabel: '2021-2024', periodStart: '2021-01-01', periodEnd: '2024-12-31', measures: 12, columns: [] },
      { headerRow: 31, periodLabel: '2021/2022', periodStart: '2021-09-01', periodEnd: '2022-08-31', measures: 7, columns: [] },
    ],
    counts: { error: 0, warning: 0, info: 0 },
    diagnostics: [],
    total: 0,
  };
}

export const XSS_SHEET = '<script>alert("sheet")</script>';
export const XSS_CELL = '<img src=x onerror=alert(1)>';

/** Cell text and a sheet name that would run as HTML if a page ever set them as HTML. */
export function xssReport(): CheckReport {
  return {
    sheet: XSS_SHEET,
    tables: [
      {
        headerRow: 1,
        periodLabel: '<b>2022</b>',
        periodStart: '2022-01-01',
        periodEnd: '2022-12-31',
        measures: 2,
        columns: [{ field: 'deadline', name: 'Срок', column: 3, header: XSS_CELL, by: 'header', why: 'по заголовку' }],
      },
    ],
    counts: { error: 2, warning: 0, info: 0 },
    diagnostics: [
      diag('error', 'deadline-unreadable', 5, 3, 'deadline', 'Сроки', `срок «${XSS_CELL}» не удалось прочитать как дату или период.`, XSS_SHEET),
      {
        code: 'status-unknown',
        severity: 'error',
        row: 6,
        column: 7,
        field: 'status',
        message: `Статус «<script>alert(2)</script>» не из списка; <a href="javascript:alert(3)">ссылка</a>`,
        text: `статус «<script>alert(2)</script>» не из списка; <a href="javascript:alert(3)">ссылка</a>`,
        columnHeader: '<b>Статус</b>',
      },
    ],
    total: 2,
  };
}

// ---- Settings ---------------------------------------------------------------------------------

export const ROADMAP_SHEETS = ['План 2022', 'Сетевая программа 2021-2024', 'План ШНРО'];

export function settingsData(): SettingsDialogData {
  return {
    form: {
      defaultPeriod: '',
      periods: [
        { sheet: 'План 2022', period: '2022' },
        { sheet: 'Сетевая программа 2021-2024', period: '' },
        { sheet: 'Архив 2019', period: '2018/2019' },
      ],
      auditH1: 40,
      auditH2: 90,
      reportDates: ['21.01', '13.07'],
      redOverduePercent: 20,
      unconfirmedDays: 14,
      blockMaxAgeDays: 7,
      registryLink: '',
      columns: [{ sheet: 'План 2022', header: 'Примечание', field: 'deadline' }],
    },
    roadmapSheets: [...ROADMAP_SHEETS],
    headers: ['№ п/п', 'Наименование мероприятия', 'Примечание', 'Исполнитель'],
  };
}

/** The sheets in the order the dialog lists them: roadmap sheets, then sheets with a saved period only. */
export const SETTINGS_SHEETS = [...ROADMAP_SHEETS, 'Архив 2019'];

export function saveOk(): SaveSettingsResult {
  return { ok: true, errors: [] };
}

export function saveRejected(): SaveSettingsResult {
  return {
    ok: false,
    errors: [
      { field: 'auditH2', message: 'Цель 2-го полугодия не может быть ниже цели 1-го.' },
      { field: 'reportDates[1]', message: 'Срок отчёта не может совпадать с первым.' },
      { field: 'periods.Сетевая программа 2021-2024', message: 'Период листа не совпадает с заголовком листа.' },
      { field: 'zones.unconfirmedDays', message: 'Слишком долго.' },
      { field: 'sheet', message: 'Лист «Настройки» защищён: попросите владельца таблицы дать вам доступ.' },
    ],
  };
}

// ---- Prepare ----------------------------------------------------------------------------------

export function preparePlan(): PreparePlan {
  return {
    sheet: SHEET,
    canPrepare: true,
    reason: null,
    headerRow: 14,
    addColumns: ['Статус', 'Дата выполнения', 'Факт', 'Подтверждающий документ', 'Отметка куратора', 'Дата отметки', 'Комментарий куратора'],
    removeRows: [24, 42, 60, 61, 62, 78, 96, 114, 132, 150, 168],
    mergeRows: [
      { row: 18, into: 16 },
      { row: 25, into: 22 },
      { row: 35, into: 33 },
    ],
    repairNumbers: [],
    copyName: 'План 2022 (исходный)',
    sheetId: 7,
    token: 'k3x9q1',
  };
}

export function preparePlanBlocked(): PreparePlan {
  return {
    sheet: 'Титульный лист',
    canPrepare: false,
    reason: 'На листе «Титульный лист» не найдена таблица мероприятий: нет строки заголовка со столбцами «Мероприятие», «Срок», «Ответственный».',
    headerRow: null,
    addColumns: [],
    removeRows: [],
    mergeRows: [],
    repairNumbers: [],
    copyName: '',
    sheetId: 0,
    token: '',
  };
}

export function prepareResult(): PrepareResult {
  return {
    sheet: SHEET,
    copyName: 'План 2022 (исходный)',
    addedColumns: preparePlan().addColumns,
    removedRows: 11,
    mergedRows: 3,
    repairedNumbers: 0,
  };
}

// ---- Helpers ----------------------------------------------------------------------------------

/** A promise the test resolves when it wants: a server stub that answers only when told. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
