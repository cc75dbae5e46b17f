/**
 * The bundled sample workbook, built from the sheet templates (sheets-templates/): the municipal
 * roadmap and a school's roadmap with their sample rows and tracking values, the registry of
 * schools, the organisation directory and the settings; then the seed roadmaps (orders of the
 * Smolensk education department, 2018–2022, from sheets-templates/samples/) as extra roadmap
 * sheets, as pasted out of Word. `npm run demo` writes it and checks it; `npm start` opens it in the playground.
 */
import path from 'node:path';
import { directory, municipalRoadmap, registry, sampleSettings, schoolRoadmap, settings } from '../../sheets-templates';
import { settingsToGrid } from '../domain/workbook/kinds/settings';
import { writeTemplateWorkbook, type WorkbookPart } from './template';
import { readWorkbook, type SheetOut } from './workbook-io';

/** «Today» of the sample (`npm run demo`, the playground): late 2022, inside its plans, so the summary shows plans in progress. */
export const SAMPLE_TODAY = '2022-11-15';

/** Seed roadmaps in order: file name in sheets-templates/samples → sheet title and plan period. */
export const SAMPLE_SHEETS: { file: string; title: string; period: string }[] = [
  { file: 'plan-2022-project-500.tsv', title: 'План-график 2022 (500+)', period: '2022' },
  { file: 'plan-2021-2022-shnro.tsv', title: 'План ШНРО 2021-2022', period: '2021/2022' },
  { file: 'network-programme-2021-2024.tsv', title: 'Сетевая программа 2021-2024', period: '2021-2024' },
  { file: 'municipal-project-2018-2019.csv', title: 'Проект МОЦ 2018-2019', period: '2018-2019' },
];

/** The template sheets of the sample workbook, in order (the seed sheets follow them). */
export const TEMPLATE_SHEETS = [municipalRoadmap, schoolRoadmap, registry, directory, settings];

export function samplesDir(root: string): string {
  return path.join(root, 'sheets-templates', 'samples');
}

/** A seed roadmap as a plain sheet: text cells, the title column wide. */
async function seedSheet(root: string, file: string, title: string): Promise<SheetOut> {
  const wb = await readWorkbook(path.join(samplesDir(root), file));
  const rows = wb.sheets[0].grid;
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    name: title,
    rows,
    columns: Array.from({ length: width }, (_, i) => ({ width: i === 1 ? 60 : i === 0 ? 8 : 28, numFmt: '@' })),
  };
}

/** Writes the sample workbook; returns its sheet names in order. */
export async function writeSampleWorkbook(root: string, outFile: string): Promise<string[]> {
  const periods: Record<string, string> = {
    [municipalRoadmap.title]: '2022',
    [schoolRoadmap.title]: '2021/2022',
  };
  for (const s of SAMPLE_SHEETS) periods[s.title] = s.period;
  const parts: WorkbookPart[] = [
    { template: municipalRoadmap },
    { template: schoolRoadmap },
    { template: registry },
    { template: directory },
    { template: settings, sampleRows: settingsToGrid(sampleSettings(periods)).slice(1) },
  ];
  for (const s of SAMPLE_SHEETS) parts.push({ sheet: await seedSheet(root, s.file, s.title) });
  return writeTemplateWorkbook(outFile, parts);
}
