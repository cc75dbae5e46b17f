/**
 * `npm start [-- file.xlsx [school.xlsx …]]`: prints a short check of the workbook (the bundled
 * sample unless a file is given), loads it into the emulator with the schools' files its registry
 * links to (./linked), runs the built add-on over it and serves the playground on
 * http://127.0.0.1:PORT (PORT from the environment, default 8080) until Ctrl+C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkFiles } from '../cli/check';
import { SAMPLE_TODAY, writeSampleWorkbook } from '../cli/sample';
import { newToken } from './http';
import { openFiles, type LinkedFile } from './linked';
import { Session } from './runtime';
import { startServer, type RunningServer } from './server';

function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const w = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n} ${w}`;
}

/** One line a roadmap sheet: its measures and findings. */
async function shortCheck(file: string, today: string): Promise<string[]> {
  const [result] = await checkFiles([file], { today });
  if (result.error) return [`  ✘ ${result.error}`];
  return result.sheets.map((s) => {
    const errors = s.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = s.diagnostics.filter((d) => d.severity === 'warning').length;
    return `  «${s.name}»: ${plural(s.measures.length, 'мероприятие', 'мероприятия', 'мероприятий')}, ${plural(errors, 'ошибка', 'ошибки', 'ошибок')}, ${plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}`;
  });
}

/** What a file loaded beside the opened one is, for the start-up lines. */
function whose(l: LinkedFile): string {
  if (l.by.kind === 'school') return `таблица школы «${l.by.entry.school}» (строка ${l.by.entry.row} реестра)`;
  if (l.by.kind === 'registry') return `таблица координатора с реестром школ (ссылка в «Настройках»: ${l.by.link})`;
  return `реестр не ссылается на неё; открыта под id ${l.id}`;
}

/** «Сохранить» writes next to the opened file, under a new name. */
function saveTarget(file: string): { saveDir: string; saveName: string } {
  return { saveDir: path.dirname(file), saveName: `${path.basename(file).replace(/\.[^.]+$/, '')} — из песочницы.xlsx` };
}

export interface PlaygroundOptions {
  root: string;
  file?: string;
  /** More workbooks the add-on opens by id: the schools' files its registry links to (./linked). */
  others?: string[];
  port: number;
  /** Where the sample workbook is written when no file is given; default out/. */
  sampleFile?: string;
  log?: (line: string) => void;
}

/** Builds the session and starts the server; the caller stops it (close()). */
export async function startPlayground(o: PlaygroundOptions): Promise<RunningServer & { file: string }> {
  const log = o.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let file = o.file ? path.resolve(o.file) : '';
  if (!file) {
    file = o.sampleFile ?? path.join(o.root, 'out', 'Пример — дорожные карты.xlsx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await writeSampleWorkbook(o.root, file);
  } else if (!fs.existsSync(file)) {
    throw new Error(`Нет файла ${file}`);
  }
  log(`Книга: ${file}`);
  for (const line of await shortCheck(file, o.file ? new Date().toISOString().slice(0, 10) : SAMPLE_TODAY)) log(line);
  const dist = path.join(o.root, 'dist');
  for (const other of o.others ?? []) if (!fs.existsSync(other)) throw new Error(`Нет файла ${path.resolve(other)}`);
  const files = await openFiles(
    file,
    (o.others ?? []).map((f) => path.resolve(f)),
    dist,
  );
  const { fake, fileRules } = files.opened.loaded;
  if (files.opened.by.kind === 'school') log(`  Это таблица школы «${files.opened.by.entry.school}» (строка ${files.opened.by.entry.row} реестра)`);
  for (const l of files.others) log(`  «${path.basename(l.file)}» — ${whose(l)}`);
  const today = o.file ? undefined : SAMPLE_TODAY;
  const session = new Session(fake, dist, today);
  const others = files.others.map((l) => ({ session: new Session(l.loaded.fake, dist, today), fileRules: l.loaded.fileRules, ...saveTarget(l.file) }));
  const server = await startServer({
    session,
    fileRules,
    ...saveTarget(file),
    others,
    clientDir: path.join(o.root, 'out', 'playground'),
    token: newToken(),
    port: o.port,
  });
  return { ...server, file };
}

/** The command: arguments are [file? other files…]; resolves when the server stops (Ctrl+C). */
export async function main(root: string, argv: string[]): Promise<number> {
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT: ожидается номер порта, получено «${process.env.PORT}»\n`);
    return 2;
  }
  let running: Awaited<ReturnType<typeof startPlayground>>;
  try {
    running = await startPlayground({ root, file: argv[0], others: argv.slice(1), port });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`\nПесочница: ${running.url}  (Ctrl+C — остановить)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  process.stdout.write('\nПесочница остановлена.\n');
  return 0;
}
