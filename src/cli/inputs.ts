/** The inputs of `summary`: files and folders (read recursively) → the files to read. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Extensions of the files a folder stands for; old .xls/.ods books are listed to be reported as not read. */
const LISTED_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.docx', '.csv', '.tsv', '.xls', '.ods', '.doc']);

export interface InputFile {
  file: string;
  /** Why the file (or folder) could not be read. */
  error?: string;
  /** Schools (roadmap tables with measures) found in the file. */
  schools: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** Files and folders as given → the files to read (folders expanded), plus what could not be listed. */
export async function expandInputs(inputs: string[], exclude: string[] = []): Promise<{ files: string[]; empty: InputFile[] }> {
  const files: string[] = [];
  const empty: InputFile[] = [];
  // Compared by real path: a file reached through a symbolic link, or named twice, is read once.
  const seen = new Set<string>();
  for (const f of exclude) seen.add(await realOrResolved(f));
  const add = async (f: string) => {
    const key = await realOrResolved(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  const walk: Walk = { visited: new Set(), notRead: [] };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await fsp.stat(input)).isDirectory();
    } catch {
      // Not there: readWorkbook reports it with its reason.
    }
    if (!isDir) {
      await add(input);
      continue;
    }
    const before = walk.notRead.length;
    const found = await listFolder(input, walk);
    if (found.length === 0 && walk.notRead.length === before) {
      empty.push({ file: input, error: `В папке «${input}» нет файлов .xlsx, .docx, .csv или .tsv.`, schools: 0 });
    }
    for (const f of found) await add(f);
  }
  return { files, empty: [...walk.notRead, ...empty] };
}

async function realOrResolved(f: string): Promise<string> {
  try {
    return await fsp.realpath(f);
  } catch {
    return path.resolve(f);
  }
}

// Made on first use: building a collator costs a few milliseconds of every start, and only folders need it.
let collator: Intl.Collator | undefined;
const naturalOrder = () => (collator ??= new Intl.Collator('ru', { numeric: true, sensitivity: 'base' }));

interface Walk {
  /** Real paths of the folders listed, so a symbolic link loop ends. */
  visited: Set<string>;
  /** Folders and files that could not be read, with the reason. */
  notRead: InputFile[];
}

function folderErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'нет прав на чтение папки';
  if (code === 'ENOENT') return 'папка не найдена';
  return 'папку не удалось прочитать';
}

/**
 * The input files of a folder, recursively, in natural order. Symbolic links are followed (to
 * files and folders); a link that leads nowhere, a folder that cannot be listed and a special file
 * with a roadmap's extension are recorded in `walk.notRead`. Old .xls and .ods books are listed
 * too, so that they are reported as not read rather than left out silently.
 */
async function listFolder(dir: string, walk: Walk): Promise<string[]> {
  const out: string[] = [];
  const real = await realOrResolved(dir);
  if (walk.visited.has(real)) return out;
  walk.visited.add(real);
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    walk.notRead.push({ file: dir, error: `Не удалось прочитать папку «${dir}»: ${folderErrorReason(e)}.`, schools: 0 });
    return out;
  }
  entries.sort((a, b) => naturalOrder().compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    const wanted = LISTED_EXTENSIONS.has(path.extname(e.name).toLowerCase());
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await fsp.stat(full).catch(() => null);
      if (!target) {
        if (wanted) walk.notRead.push({ file: full, error: `Не удалось прочитать файл «${full}»: ссылка ведёт на файл, которого нет.`, schools: 0 });
        continue;
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) out.push(...(await listFolder(full, walk)));
    else if (wanted && isFile) out.push(full);
    else if (wanted) walk.notRead.push({ file: full, error: `Не удалось прочитать файл «${full}»: это не обычный файл.`, schools: 0 });
  }
  return out;
}
