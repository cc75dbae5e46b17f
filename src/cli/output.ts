/**
 * Writing an output file (-o) safely:
 *  - the target must be a regular file or not exist yet, in a directory we may write to (missing
 *    folders are created); a directory, a FIFO, a device, a path under a regular file or under
 *    /proc, /sys or /dev is refused before anything is written;
 *  - a file read in the same run (an input, a file of an input folder, the registry) is never
 *    written over: paths are compared after resolving symbolic links;
 *  - the file is written to a temporary file in the same folder and then renamed over the target,
 *    so a failed write never leaves half a file.
 * Refusals and failures are OutputError with a Russian message naming the file; the command line
 * exits with code 2 on them.
 */
import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';

export class OutputError extends Error {
  constructor(file: string, reason: string) {
    super(`Не удалось записать файл «${file}»: ${reason}`);
    this.name = 'OutputError';
  }
}

const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** A Russian reason for a failed write. */
export function writeErrorReason(e: unknown): string {
  switch (errnoCode(e)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'нет прав на запись в эту папку';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'часть пути — файл, а не папка';
    case 'EISDIR':
      return 'это папка, а не файл';
    case 'ENOSPC':
      return 'на диске нет места';
    case 'ENOENT':
      return 'папка не найдена';
    case 'ENAMETOOLONG':
      return 'слишком длинное имя файла';
    default:
      return 'ошибка записи на диск';
  }
}

/** The real path of `file` when it exists (symbolic links resolved), else null. */
export async function realPathOrNull(file: string): Promise<string | null> {
  try {
    return await fsp.realpath(file);
  } catch {
    return null;
  }
}

/**
 * Checks where `file` would be written and returns the real path to write to. `readInRun` are the
 * files the same run reads (any spelling: they are resolved here).
 */
export async function checkOutputTarget(file: string, readInRun: string[]): Promise<string> {
  const abs = path.resolve(file);
  const parent = path.dirname(abs);
  const inSystem = (p: string) => SYSTEM_ROOTS.some((r) => p === r || p.startsWith(`${r}/`));
  if (inSystem(abs)) throw new OutputError(file, 'это системный путь (/proc, /sys, /dev), туда сводку не записать');
  try {
    await fsp.mkdir(parent, { recursive: true });
  } catch (e) {
    throw new OutputError(file, writeErrorReason(e));
  }
  const realParent = await fsp.realpath(parent).catch(() => parent);
  if (!(await fsp.stat(realParent).catch(() => null))?.isDirectory()) throw new OutputError(file, 'часть пути — файл, а не папка');
  if (inSystem(realParent)) throw new OutputError(file, 'это системный путь (/proc, /sys, /dev), туда сводку не записать');
  let target = path.join(realParent, path.basename(abs));
  const existing = await fsp.stat(abs).catch(() => null);
  if (existing) {
    if (existing.isDirectory()) throw new OutputError(file, 'это папка, а не файл — укажите имя файла');
    if (!existing.isFile()) throw new OutputError(file, 'это не обычный файл (канал, устройство или сокет)');
    target = await fsp.realpath(abs);
    if (inSystem(target)) throw new OutputError(file, 'это системный путь (/proc, /sys, /dev), туда сводку не записать');
    const read = await Promise.all(readInRun.map(realPathOrNull));
    if (read.includes(target)) {
      throw new OutputError(
        file,
        'этот файл читается в этом же запуске (входной файл, файл из папки или реестр) — он не будет перезаписан; укажите другое имя',
      );
    }
  }
  try {
    await fsp.access(path.dirname(target), constants.W_OK);
  } catch {
    throw new OutputError(file, 'нет прав на запись в эту папку');
  }
  return target;
}

/**
 * Writes through a temporary file next to `target` (same extension, hidden name), then renames
 * it over the target. The temporary file is removed when `write` fails.
 */
export async function writeAtomically<T>(target: string, shown: string, write: (tmp: string) => Promise<T>): Promise<T> {
  const ext = path.extname(target);
  const tmp = path.join(path.dirname(target), `.${path.basename(target, ext)}.${process.pid}.${Date.now().toString(36)}.tmp${ext}`);
  try {
    const result = await write(tmp);
    await fsp.rename(tmp, target);
    return result;
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof OutputError) throw e;
    throw new OutputError(shown, errnoCode(e) ? writeErrorReason(e) : 'ошибка при записи книги');
  }
}

/** Checks the target, then writes it atomically; returns what `write` returns. */
export async function safeWrite<T>(file: string, readInRun: string[], write: (tmp: string) => Promise<T>): Promise<T> {
  const target = await checkOutputTarget(file, readInRun);
  return writeAtomically(target, file, write);
}
