/**
 * The bundled sample workbook: a municipal coordinator's. Built from the sheet templates
 * (sheets-templates/): the municipal roadmap with its tracking values, the registry «Реестр школ» of
 * four schools, each school's roadmap with its progress as of SAMPLE_TODAY (src/cli/sample-schools.ts:
 * one green, two yellow, one red), the organisation directory and the settings; then the order of
 * 2022 (seed 000, from sheets-templates/samples/) as pasted out of Word, to try «Подготовить лист». `npm run demo` writes it and checks it; `npm start` opens it in the playground.
 */
import path from 'node:path';
import { directory, municipalRoadmap, registry, sampleSettings, schoolRoadmap, settings } from '../../sheets-templates';
import { SAMPLE_SCHOOLS, registryPart, schoolParts } from './sample-schools';
import { settingsToGrid } from '../domain/workbook/kinds/settings';
import { writeTemplateWorkbook, type WorkbookPart } from './template';
import { readWorkbook, type SheetOut } from './workbook-io';

/** «Today» of the sample (`npm run demo`, the playground): late 2022, inside its plans, so the summary shows plans in progress. */
export const SAMPLE_TODAY = '2022-11-15';

/** Seed roadmaps in order: file name in sheets-templates/samples → sheet title and plan period. */
export const SAMPLE_SHEETS: { file: string; title: string; period: string }[] = [
  { file: 'plan-2022-project-500.tsv', title: 'План-график 2022 (500+)', period: '2022' },
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
  const periods: Record<string, string> = { [municipalRoadmap.title]: '2022' };
  for (const s of SAMPLE_SCHOOLS) periods[s.sheet] = '2022';
  for (const s of SAMPLE_SHEETS) periods[s.title] = s.period;
  const parts: WorkbookPart[] = [
    { template: municipalRoadmap },
    registryPart(),
    ...schoolParts(),
    { template: directory },
    { template: settings, sampleRows: settingsToGrid(sampleSettings(periods)).slice(1) },
  ];
  for (const s of SAMPLE_SHEETS) parts.push({ sheet: await seedSheet(root, s.file, s.title) });
  return writeTemplateWorkbook(outFile, parts);
}
