/**
 * A link behind a cell is evidence, read the same way by `check`, «Проверить лист» and the summary:
 * an .xlsx hyperlink in the command line, a HYPERLINK formula in Sheets. A document's name with no
 * link behind it is still «не ссылка».
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles } from '../../src/cli/check';
import { summariseInputs } from '../../src/cli/summary';
import { getCheckReport } from '../../src/gas/check';
import { summarise } from '../../src/app/summary';
import { summarySources } from '../../src/gas/summary';
import { createFakeGas } from '../fakes/gas';

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждающий документ'];
const ROWS = [
  ['1', 'Совещание с педагогами', 'январь 2022', 'УО', 'Выполнено', '20.01.2022'],
  ['2', 'Семинар для учителей', 'февраль 2022', 'МОЦ', 'Выполнено', '10.02.2022'],
];
const LINKED = { label: 'Протокол № 3', url: 'https://school.example/p3' };
const TODAY = '2022-11-15';

let restore: (() => void) | null = null;
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  restore?.();
  restore = null;
});

async function xlsx(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.addRow(['Дорожная карта МБОУ «СШ № 7» на 2022 год']);
  ws.addRow(HEADER);
  ws.addRow([...ROWS[0], { text: LINKED.label, hyperlink: LINKED.url }]);
  ws.addRow([...ROWS[1], 'Справка']);
  const file = path.join(dir, 'school.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

function spreadsheet() {
  const fake = createFakeGas({
    sheets: { План: [['Дорожная карта МБОУ «СШ № 7» на 2022 год'], HEADER, ...ROWS.map((r) => [...r]), ['']] },
    activeSheet: 'План',
  });
  const sheet = fake.spreadsheet.getSheetByName('План')!;
  sheet.getRange('G3').setFormula(`=HYPERLINK("${LINKED.url}";"${LINKED.label}")`);
  sheet.getRange('G4').setValue('Справка');
  restore = fake.installGlobals();
  return fake;
}

const evidenceFindings = (diagnostics: { code: string; row: number | null }[]) =>
  diagnostics.filter((d) => d.code.startsWith('evidence-') || d.code === 'done-without-evidence').map((d) => [d.code, d.row]);

test('check and the sidebar: the linked document is evidence, the bare name of a document has no link', async () => {
  const [file] = await checkFiles([await xlsx()], { today: TODAY });
  const cli = evidenceFindings(file.sheets.flatMap((s) => s.diagnostics));
  // A document's name without its link: «нет ссылки», not a wrong column.
  expect(cli).toEqual([['evidence-no-link', 4]]);
  spreadsheet();
  expect(evidenceFindings(getCheckReport().diagnostics)).toEqual(cli);
});

test('the summary reads the same evidence through both adapters', async () => {
  const noLink = (run: { summary: { schools: { metrics: { attention: { row: number; reasons: string[] }[] } }[] } }) =>
    run.summary.schools[0].metrics.attention.filter((a) => a.reasons.some((r) => r.includes('нет ссылки'))).map((a) => a.row);
  const cli = await summariseInputs([await xlsx()], { today: TODAY });
  expect(cli.schools[0].analysis.measures[0].evidence).toBe(`${LINKED.label} ${LINKED.url}`);
  expect(noLink(cli)).toEqual([4]);
  const fake = spreadsheet();
  const addOn = summarise(summarySources(fake.spreadsheet, 'Europe/Moscow'), { today: TODAY });
  expect(addOn.schools[0].analysis.measures[0].evidence).toBe(`${LINKED.label} ${LINKED.url}`);
  expect(noLink(addOn)).toEqual(noLink(cli));
});
