/** The inputs of `summary`: files and folders (read recursively) → the files to read. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Extensions of the files a folder stands for. */
const INPUT_EXTENSIONS = new Set(['.xlsx', '.csv', '.tsv']);

export interface InputFile {
  file: string;
  /** Why the file (or folder) could not be read. */
  error?: string;
  /** Schools (roadmap tables with measures) found in the file. */
  schools: number;
}


// ---------------------------------------------------------------------------------------------
// Inputs

/** Files and folders as given → the files to read (folders expanded), plus folders that hold none. */
export async function expandInputs(inputs: string[], exclude: string[] = []): Promise<{ files: string[]; empty: InputFile[] }> {
  const files: string[] = [];
  const empty: InputFile[] = [];
  const seen = new Set(exclude.map((f) => path.resolve(f)));
  const add = (f: string) => {
    const key = path.resolve(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await fsp.stat(input)).isDirectory();
    } catch {
      // Not there: readWorkbook reports it with its reason.
    }
    if (!isDir) {
      add(input);
      continue;
    }
    const found = await listFolder(input);
    if (found.length === 0) {
      empty.push({ file: input, error: `В папке «${input}» нет файлов .xlsx, .csv или .tsv.`, schools: 0 });
    }
    for (const f of found) add(f);
  }
  return { files, empty };
}

const naturalOrder = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => naturalOrder.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(full)));
    else if (e.isFile() && INPUT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

