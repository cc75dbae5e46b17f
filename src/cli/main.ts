/**
 * The local command line: the same core as the add-on, on .xlsx / .docx / .csv / .tsv files.
 *   check <file...> [--period P] [--sheet NAME] [--today YYYY-MM-DD] [--json]
 *   expertise <file...> [--sheet NAME] [--period P] [--json]; --registry R --school S [file...]
 *   import <file> [-o OUT.xlsx] [--sheet NAME] [--today YYYY-MM-DD]
 */
import { parseArgs } from 'node:util';
import { parsePeriod } from '../domain/parse/period';
import { isIsoDate } from '../domain/metrics/dates';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles, exitCode, toJson, toText } from './check';
import { SAMPLE_SHEETS, SAMPLE_TODAY, samplesDir, writeSampleWorkbook } from './sample';
import { OutputError, safeWrite } from './output';
import { escapeControls } from './terminal';
import { writeJsonStream } from './json-stream';
import { listTemplatesText, resolveTemplates, templateFormatError, unknownTemplateMessage, writeTemplateFile } from './template';
import { runSummary, runSummaryDemo } from './summary';
import { runImport } from './import';
import { expertiseFiles, expertiseJson, expertiseText, schoolFile } from './expertise';

const USAGE = `Монитор дорожных карт — командная строка

Использование:
  npx roadmap-monitor check <файл...> [--period 2022|2021/2022|2021-2024] [--sheet ИМЯ] [--today ГГГГ-ММ-ДД] [--json]
  npx roadmap-monitor summary <файл или папка...> [--registry РЕЕСТР.xlsx] [--today ГГГГ-ММ-ДД] [--period П] [-o СВОДКА.xlsx] [--json]
                                        сводка координатора по дорожным картам школ (код 2 — файл не прочитан)
  npx roadmap-monitor import <файл.docx|.csv|.tsv> [-o КНИГА.xlsx] [--sheet ИМЯ] [--today ГГГГ-ММ-ДД]
                                        таблицы документа — в книгу .xlsx, подготовленную к мониторингу
  npx roadmap-monitor expertise <файл...> [--sheet ИМЯ] [--period П] [--json]
  npx roadmap-monitor expertise --registry РЕЕСТР.xlsx --school ШКОЛА [файл...] [--json]
                                        предварительная экспертиза программ, дорожных карт и концепции (по рисковому профилю)
  npx roadmap-monitor demo [-o ФАЙЛ.xlsx] [--today ГГГГ-ММ-ДД]     пример: собрать книгу из образцов и проверить её
  npx roadmap-monitor template <id...|all> [-o ФАЙЛ.xlsx]            шаблон листа (дорожная карта, реестр, справочник, настройки)
  npx roadmap-monitor template --list                                список шаблонов

Файлы: .xlsx, .docx (каждая таблица документа — отдельный лист), .csv, .tsv (таблица, скопированная из Word).
Коды выхода: 0 — ошибок нет, 1 — найдены ошибки, 2 — файл не прочитан, неверные параметры или отказ записать результат (-o).`;

/** Today in Moscow time (the product's default zone), as YYYY-MM-DD. */
export function todayIso(timeZone = 'Europe/Moscow'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The repository root: the bundle runs from out/, the sources from src/cli/. */
function projectRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
}

/** Node's parseArgs errors (English) as Russian messages. */
function argsErrorRu(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(e.message ?? '')?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Неизвестный параметр «${option ?? '?'}».`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(e.message ?? '')) return `Параметр «${option ?? '?'}» не принимает значения.`;
      return `Параметру «${option ?? '?'}» нужно значение.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'Лишний аргумент в командной строке.';
    default:
      return 'Неверные параметры командной строки.';
  }
}

/** An output refused or failed: the message alone (no usage), exit code 2. */
function refuse(message: string): number {
  process.stderr.write(`${escapeControls(message)}\n`);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(`${escapeControls(message)}\n\n${USAGE}\n`);
  return 2;
}

/** `import <file> [-o OUT.xlsx] [--sheet NAME]`: one input, an .xlsx output. */
function importCommand(positionals: string[], opts: { output?: string; sheet?: string; today: string }): Promise<number> | number {
  if (positionals.length !== 1) return fail('Укажите один файл: документ Word (.docx) или таблицу (.csv, .tsv).');
  if (opts.output && path.extname(opts.output).toLowerCase() !== '.xlsx') {
    return fail(`-o: подготовленная дорожная карта записывается в книгу .xlsx, получено «${opts.output}».`);
  }
  return runImport(positionals[0], opts);
}

/** `demo`: the sample workbook built from the seeds, checked and summarised as of a day inside its plans. */
async function demoCommand(output: string | undefined, today: string | undefined): Promise<number> {
  const root = projectRoot();
  const out = path.resolve(output ?? path.join(root, 'out', 'Пример — дорожные карты.xlsx'));
  let names: string[];
  try {
    // The seeds it is built from are never written over.
    const seeds = SAMPLE_SHEETS.map((x) => path.join(samplesDir(root), x.file));
    names = await safeWrite(out, seeds, (tmp) => writeSampleWorkbook(root, tmp));
  } catch (error) {
    if (error instanceof OutputError) return refuse(error.message);
    throw error;
  }
  // The sample plans are of 2018–2022: measured as of a day inside them, unless --today says otherwise.
  const asOf = today ?? SAMPLE_TODAY;
  process.stdout.write(`Пример книги с дорожными картами: ${out}\nЛисты: ${names.map((n) => `«${n}»`).join(', ')}\n`);
  process.stdout.write(
    `Дата отсчёта: ${asOf.split('-').reverse().join('.')}${today ? '' : ' (планы примера — 2018–2022 годов; другая дата: --today ГГГГ-ММ-ДД)'}\n\n`,
  );
  const results = await checkFiles([out], { today: asOf });
  process.stdout.write(`${escapeControls(toText(results))}\n`);
  if ((await runSummaryDemo(out, asOf)) !== 0) return 2;
  return results.some((r) => r.error !== undefined) ? 2 : 0;
}

/** `expertise`: the files given, or the school's file found through `--registry` and `--school`. */
async function expertiseCommand(
  positionals: string[],
  values: { sheet?: string; period?: string; registry?: string; school?: string; json?: boolean; today: string },
): Promise<number> {
  if (positionals.length === 0 && !values.school) return fail('Укажите файл с программами или дорожной картой школы.');
  if (values.period && !parsePeriod(values.period)) {
    return fail(`--period: не удалось понять период «${values.period}». Пример: 2022, 2021/2022, 2021-2024.`);
  }
  let files = positionals;
  let sheet = values.sheet;
  if (values.school !== undefined) {
    if (!values.registry) return fail('--school: укажите и реестр: --registry РЕЕСТР.xlsx.');
    const found = await schoolFile(values.registry, values.school, positionals);
    if ('error' in found) return fail(found.error);
    files = [found.file];
    sheet = sheet ?? found.sheet;
  }
  const results = await expertiseFiles(files, { sheet, period: values.period, today: values.today });
  if (values.json) await writeJsonStream(expertiseJson(results), process.stdout);
  else process.stdout.write(`${escapeControls(expertiseText(results))}\n`);
  return results.some((r) => r.error !== undefined) ? 2 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        period: { type: 'string' },
        sheet: { type: 'string' },
        today: { type: 'string' },
        json: { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        list: { type: 'boolean', default: false },
        registry: { type: 'string' },
        school: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(argsErrorRu(error));
  }
  const { values, positionals } = parsed;
  const today = values.today ?? todayIso();
  if (!isIsoDate(today)) {
    return fail(`--today: ожидается дата ГГГГ-ММ-ДД, получено «${today}».`);
  }
  switch (command) {
    case 'check': {
      if (positionals.length === 0) return fail('Укажите хотя бы один файл.');
      if (values.period && !parsePeriod(values.period)) {
        return fail(`--period: не удалось понять период «${values.period}». Пример: 2022, 2021/2022, 2021-2024.`);
      }
      const results = await checkFiles(positionals, { period: values.period, sheet: values.sheet, today });
      // The JSON is written in pieces: a big table's document never sits in memory whole.
      if (values.json) await writeJsonStream(toJson(results), process.stdout);
      else process.stdout.write(`${escapeControls(toText(results))}\n`);
      return exitCode(results);
    }
    case 'demo':
      return demoCommand(values.output, values.today);
    case 'summary': {
      if (positionals.length === 0) return fail('Укажите хотя бы один файл или папку с дорожными картами школ.');
      if (values.period && !parsePeriod(values.period)) {
        return fail(`--period: не удалось понять период «${values.period}». Пример: 2022, 2021/2022, 2021-2024.`);
      }
      if (values.output && path.extname(values.output).toLowerCase() !== '.xlsx') {
        return fail(`-o: сводка записывается в книгу .xlsx, получено «${values.output}».`);
      }
      return runSummary(positionals, { today, period: values.period, registry: values.registry, output: values.output, json: values.json });
    }
    case 'expertise':
      return expertiseCommand(positionals, { ...values, today });
    case 'import':
      return importCommand(positionals, { output: values.output, sheet: values.sheet, today });
    case 'template': {
      if (values.list) {
        process.stdout.write(`${listTemplatesText()}\n`);
        return 0;
      }
      if (positionals.length === 0) return fail(`Укажите шаблон.\n\n${listTemplatesText()}`);
      const { templates, unknown } = resolveTemplates(positionals);
      if (unknown.length > 0) return fail(unknownTemplateMessage(unknown));
      const defaultName = templates.length === 1 ? `Шаблон — ${templates[0].title}.xlsx` : 'Шаблоны листов.xlsx';
      const out = path.resolve(values.output ?? path.join(projectRoot(), 'out', defaultName));
      const formatError = templateFormatError(out, templates.length);
      if (formatError) return fail(`Не удалось записать файл «${out}»: ${formatError}`);
      let names: string[];
      try {
        names = await safeWrite(out, [], (tmp) => writeTemplateFile(tmp, templates));
      } catch (error) {
        if (error instanceof OutputError) return refuse(error.message);
        throw error;
      }
      process.stdout.write(`Шаблон записан: ${out}\nЛисты: ${names.map((n) => `«${n}»`).join(', ')}\n`);
      return 0;
    }
    default:
      return fail(`Неизвестная команда «${command}».`);
  }
}
