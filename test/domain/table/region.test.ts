/** A stray cell far from the table is reported as «ячейка вне таблицы», never padded to. */
import fc from 'fast-check';
import { cutToRegion, normaliseTable } from '../../../src/domain/table';
import { columnName, cutWithMasks, findRegion, isOwnRegion, COLUMN_GAP, ROW_GAP } from '../../../src/domain/table/region';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import type { Cell, Grid } from '../../../src/domain/core/types';

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный'];
const TABLE: Grid = [['План мероприятий на 2022 год'], HEADER, ['1', 'Совещание', 'март 2022', 'Директор'], ['2', 'Семинар', 'апрель 2022', 'Завуч']];

/** The table with one stray value at (row, col), 0-based; rows in between are holes (a sparse array). */
function withStray(row: number, col: number, value: Cell = 'x'): Grid {
  const g: Grid = TABLE.map((r) => [...r]);
  const cells: Cell[] = [];
  cells[col] = value;
  if (row < g.length) g[row] = Object.assign([...g[row]], { [col]: value });
  else g[row] = cells;
  return g;
}

describe('findRegion and cutToRegion', () => {
  test('column names as Excel shows them', () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(16383)]).toEqual(['A', 'Z', 'AA', 'XFD']);
  });

  test('a table alone is its own region, and the grid is not copied', () => {
    expect(
      findRegion(
        [1, 2, 3],
        [
          [0, 1, 2, 3],
          [0, 1],
          [2, 3],
        ],
      ),
    ).toEqual({ rows: 4, cols: 4 });
    const cut = cutToRegion(TABLE);
    expect(cut.grid).toBe(TABLE);
    expect(cut.outside).toEqual([]);
  });

  test('a cell at XFD1048576 is outside; the region is the table', () => {
    const cut = cutToRegion(withStray(1048575, 16383));
    expect(cut.grid).toEqual(TABLE);
    expect(cut.outside).toEqual([{ row: 1048575, col: 16383, value: 'x' }]);
  });

  test('a far cell in a table row is cut off that row only', () => {
    const cut = cutToRegion(withStray(2, 15999, 'y'));
    expect(cut.grid).toEqual(TABLE);
    expect(cut.outside).toEqual([{ row: 2, col: 15999, value: 'y' }]);
  });

  test('notes a few columns to the right and rows a little below stay in the region', () => {
    const near = withStray(TABLE.length + 5, HEADER.length + COLUMN_GAP - 1, 'заметка');
    expect(cutToRegion(near).outside).toEqual([]);
    const below = withStray(TABLE.length + ROW_GAP, 0, 'подпись');
    expect(cutToRegion(below).outside).toEqual([]);
  });

  test('a stray cell left of and above a table far down and right does not cut the table', () => {
    const g: Grid = [['x']];
    g[5000] = [...new Array<Cell>(100).fill(null), ...HEADER];
    g[5001] = [...new Array<Cell>(100).fill(null), '1', 'Совещание', 'март 2022', 'Директор'];
    const cut = cutToRegion(g);
    expect(cut.outside).toEqual([]);
    expect(cut.grid).toBe(g);
  });
});

describe('normaliseTable with a far stray cell', () => {
  test('reports «ячейка вне таблицы» with row and column, and reads the table as if it were not there', () => {
    for (const [row, col, name] of [
      [1048575, 16383, 'XFD1048576'],
      [999999, 15999, 'WQJ1000000'],
      [2, 15999, 'WQJ3'],
    ] as const) {
      const t = normaliseTable(withStray(row, col));
      expect(t.columns.title?.index).toBe(1);
      expect(t.unknownColumns).toEqual([]);
      expect(t.rows.map((r) => r.values.title)).toEqual(['Совещание', 'Семинар']);
      const d = t.diagnostics.filter((x) => x.code === 'cell-outside-table');
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ row: row + 1, severity: 'warning' });
      expect(d[0].message).toContain('ячейка вне таблицы');
      expect(d[0].message).toContain(`ячейка ${name}`);
    }
  });

  test('analyseSheet names the sheet; many stray cells are counted, not listed one by one', () => {
    const g = withStray(1048575, 16383);
    for (let k = 0; k < 30; k++) g[200000 + k] = Object.assign([], { [9000 + k]: `мусор ${k}` });
    const [a] = analyseSheet(g, { sheetName: 'План', today: '2022-05-01' });
    const d = a.diagnostics.filter((x) => x.code === 'cell-outside-table');
    expect(d).toHaveLength(11);
    expect(d[0].message).toMatch(/^Лист «План», строка 200001: ячейка вне таблицы: столбец MHE/);
    expect(d[10].message).toContain('ещё 21 ячейка вне таблицы');
    expect(a.measures).toHaveLength(2);
  });
});

/** Non-empty cells of a grid (holes and ragged rows allowed). */
function filledCells(g: Grid): number {
  let n = 0;
  g.forEach((row) => row?.forEach((v) => (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '') ? n++ : 0)));
  return n;
}

const smallCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...HEADER, '1', '1.1', '2', 'Совещание', 'март 2022', 'Директор', 'в течение года', '', ' '),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
);

test('property: random grids with far stray cells never throw; the output is bounded by the non-empty cells', () => {
  // Rows up to 200 000 keep a run fast (a holey grid is walked row by row); the columns go to XFD.
  const stray = fc.record({ row: fc.integer({ min: 0, max: 200000 }), col: fc.integer({ min: 0, max: 16383 }), value: smallCell });
  fc.assert(
    fc.property(fc.array(fc.array(smallCell, { maxLength: 8 }), { maxLength: 30 }), fc.array(stray, { maxLength: 4 }), (rows, strays) => {
      const g: Grid = rows.map((r) => [...r]);
      for (const s of strays) {
        const row = g[s.row] ?? [];
        row[s.col] = s.value;
        g[s.row] = row;
      }
      const filled = filledCells(g);
      const t = normaliseTable(g);
      expect(t.rows.length).toBeLessThanOrEqual(filled);
      expect(t.unknownColumns.length).toBeLessThanOrEqual(filled);
      const width = Object.keys(t.columns).length + t.unknownColumns.length;
      expect(width).toBeLessThanOrEqual(Math.max(filled, 0));
      for (const r of t.rows) expect(Object.keys(r.extra).length).toBeLessThanOrEqual(t.unknownColumns.length);
      expect(t.diagnostics.filter((d) => d.code === 'cell-outside-table').length).toBeLessThanOrEqual(11);
      // Every column the table reads lies inside the region, which no stray cell widens.
      const cut = cutToRegion(g);
      for (const ref of [...Object.values(t.columns), ...t.unknownColumns]) expect(ref!.index).toBeLessThan(Math.max(1, ...cut.grid.map((r) => r.length)));
      expect(cut.outside.length).toBeLessThanOrEqual(filled);
      expect(filledCells(cut.grid) + cut.outside.length).toBe(filled);
    }),
    { numRuns: 60, endOnFailure: true },
  );
});

test('the masks of a cut tell a grid that is its own region, for any slice of its rows, without reading a cell', () => {
  const cell = fc.constantFrom<Cell>(null, '', ' ', '\u00a0', 'x', 'Мера', 0, false);
  const row = fc.oneof(fc.array(cell, { maxLength: 6 }), fc.constant<Cell[]>([]), fc.constant<Cell[]>(['', '', '', '', '', '', '', '']));
  const grid = fc.array(row, { maxLength: 12 }).chain((rows) =>
    // Far cells now and then: a column past COLUMN_GAP, a row past ROW_GAP.
    fc.constantFrom(0, 1, 2).map((k) => {
      const g: Grid = rows.map((r) => r.slice());
      if (k === 1 && g.length > 0) g[0] = [...g[0], ...new Array<Cell>(COLUMN_GAP + 2).fill(null), 'far'];
      if (k === 2) g.push(...Array.from({ length: ROW_GAP + 1 }, () => [] as Cell[]), ['низ']);
      return g;
    }),
  );
  fc.assert(
    fc.property(grid, fc.nat(12), fc.nat(12), (g, a, b) => {
      const { grid: cut, masks } = cutWithMasks(g);
      if (!masks) return;
      const start = Math.min(a, b, cut.length);
      const end = Math.min(Math.max(a, b), cut.length);
      const slice = cut.slice(start, end);
      if (!isOwnRegion(slice, masks.subarray(start, end))) return;
      const again = cutToRegion(slice);
      expect(again.grid).toBe(slice);
      expect(again.outside).toEqual([]);
    }),
    { numRuns: 400, endOnFailure: true },
  );
});
