/**
 * The bundled sample workbook: the seed roadmaps (orders of the Smolensk education department, 2018–2022)
 * as sheets of one .xlsx, built from sheets-templates/samples/ so `npm start` shows the product's main job.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readWorkbook, writeWorkbook, type SheetOut } from './workbook-io';

/** Sample sheets in order: file name in sheets-templates/samples → sheet title. */
export const SAMPLE_SHEETS: { file: string; title: string }[] = [
  { file: 'plan-2022-project-500.tsv', title: 'План-график 2022 (500+)' },
  { file: 'plan-2021-2022-shnro.tsv', title: 'План ШНРО 2021-2022' },
  { file: 'network-programme-2021-2024.tsv', title: 'Сетевая программа 2021-2024' },
  { file: 'municipal-project-2018-2019.csv', title: 'Проект МОЦ 2018-2019' },
];

export function samplesDir(root: string): string {
  return path.join(root, 'sheets-templates', 'samples');
}

export async function writeSampleWorkbook(root: string, outFile: string): Promise<string[]> {
  const sheets: SheetOut[] = [];
  for (const s of SAMPLE_SHEETS) {
    const wb = await readWorkbook(path.join(samplesDir(root), s.file));
    const rows = wb.sheets[0].grid;
    const width = Math.max(...rows.map((r) => r.length));
    sheets.push({
      name: s.title,
      rows,
      columns: Array.from({ length: width }, (_, i) => ({ width: i === 1 ? 60 : i === 0 ? 8 : 28, numFmt: '@' })),
    });
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await writeWorkbook(outFile, sheets);
  return sheets.map((s) => s.name);
}
