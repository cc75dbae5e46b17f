/** `check --json` written in pieces (src/cli/json-stream.ts): byte for byte what jsonForTerminal writes. */
import { PassThrough } from 'node:stream';
import { jsonPieces, writeJsonStream } from '../../src/cli/json-stream';
import { jsonForTerminal } from '../../src/cli/terminal';
import { analyseWorkbook } from '../../src/domain/roadmap/workbook';
import { benchRoadmap } from '../../scripts/synthetic';

async function streamed(value: unknown): Promise<string> {
  const out = new PassThrough({ highWaterMark: 1024 });
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  await writeJsonStream(value, out);
  out.end();
  return Buffer.concat(parts).toString('utf8');
}

test('every kind of value: the same text as JSON.stringify(value, null, 2)', () => {
  const values: unknown[] = [
    null,
    1,
    'а\nб',
    [],
    {},
    [undefined, () => 1, 'x'],
    { a: undefined, b: null, c: [], d: {}, e: [{ f: [1, [2, { g: 'h' }]] }], i: new Date(0), j: { toJSON: () => 'k' } },
    { files: [{ sheets: [{ measures: [{ deadline: { text: 'март', start: null }, extra: {} }], diagnostics: [] }] }] },
  ];
  for (const v of values) expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v, null, 2));
});

test('an array of whole values, stringified in batches: the same text across batch edges and for values JSON leaves out', () => {
  const odd = [undefined, () => 1, Symbol('s'), null, new Date(0), { toJSON: () => ({ a: [1] }) }, [], {}, [[{ b: 'в\u202e' }]], 'г', 7];
  const measures = Array.from({ length: 450 }, (_, i) => (i % 37 < odd.length ? odd[i % 37] : { row: i, deadline: { text: 'март', start: null } }));
  for (const list of [measures, measures.slice(0, 200), measures.slice(0, 201), measures.slice(0, 1)]) {
    const v = { files: [{ sheets: [{ measures: list, diagnostics: [] }] }] };
    expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v, null, 2));
  }
});

test('a big check result: the bytes of jsonForTerminal, controls and bidi marks escaped across chunks', async () => {
  const grid = benchRoadmap(3000, { abbreviations: true, numbering: 'dotted', texts: 'distinct' });
  grid[5][1] = 'Мероприятие \u202e с обратным порядком \u0085 и DEL \u007f';
  const value = { files: [{ file: 'план.tsv', sheets: analyseWorkbook([{ name: 'План', grid }], { today: '2022-11-23' }) }] };
  const text = await streamed(value);
  expect(text.length).toBeGreaterThan(1 << 21);
  expect(text).toBe(`${jsonForTerminal(value)}\n`);
});
