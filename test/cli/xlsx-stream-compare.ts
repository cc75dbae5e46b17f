/**
 * Run by test/cli/xlsx-stream.test.ts under plain node (bundled by scripts/run-ts.mjs): reads a book
 * whole and streamed, prints whether the sheets are equal and what they hold. Under jest, exceljs
 * cannot be given the decoding fix (jest's loader is not Node's), so the comparison runs out here.
 */
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { readXlsx } from '../../src/cli/workbook-io';
import { streamingSafe } from '../../src/cli/excel';

const file = process.env.XLSX_FILE!;
const bytes = fs.readFileSync(file);
const whole = await readXlsx(file, bytes, Infinity);
const streamed = await readXlsx(file, bytes, 0);
const report = {
  safe: streamingSafe(),
  same: isDeepStrictEqual(whole, streamed),
  names: streamed.map((s) => s.name),
  hidden: streamed.map((s) => s.hidden === true),
  merges: streamed[0].merges,
  links: streamed[0].hyperlinks?.length ?? 0,
  formats: streamed[0].formats?.flat().filter(Boolean).length ?? 0,
  cell: streamed[0].grid[3][1],
  replacement: streamed.some((s) => JSON.stringify(s.grid).includes('\ufffd')),
};
process.stdout.write(JSON.stringify(report));
