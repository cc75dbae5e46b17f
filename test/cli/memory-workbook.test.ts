/** The in-memory WorkbookEditor: the port's operations as src/ports.ts documents them. */
import { MemoryWorkbook } from '../../src/cli/memory-workbook';

function book(): MemoryWorkbook {
  return new MemoryWorkbook('книга', [
    {
      name: 'План',
      grid: [['Заголовок'], ['№', 'Мероприятие', 'Срок'], ['1', 'a', 'январь'], ['', 'хвост'], ['2', 'b'], ['3', 'c']],
      merges: [
        { row: 2, col: 2, rows: 3, cols: 1 },
        { row: 0, col: 0, rows: 1, cols: 3 },
      ],
      hyperlinks: [{ row: 5, col: 1, url: 'https://ex.org' }],
    },
  ]);
}

test('freeName and copySheet: a marked, generated copy under a free name', () => {
  const wb = book();
  expect(wb.freeName('План')).toBe('План (2)');
  expect(wb.freeName('Другой')).toBe('Другой');
  const copy = wb.copySheet(1, 'План — копия', 'copy:1');
  expect(copy).toMatchObject({ name: 'План — копия', generated: true });
  expect(wb.read(copy.id).grid).toEqual(wb.read(1).grid);
  expect(wb.freeName('План — копия')).toBe('План — копия (2)');
  expect(wb.toSheetsOut()[1].hidden).toBe(true);
});

test('writeBlocks: text gets the text format; deleteRows shifts links, shrinks merges', () => {
  const wb = book();
  wb.writeBlocks(1, [{ row: 3, col: 2, values: [['a\nхвост']] }]);
  wb.deleteRows(1, [{ start: 4, count: 1 }]);
  const s = wb.read(1);
  expect(s.grid[2]).toEqual(['1', 'a\nхвост', 'январь']);
  expect(s.grid[3]).toEqual(['2', 'b']);
  expect(s.formats?.[2]?.[1]).toBe('@');
  expect(s.merges).toEqual([
    { row: 2, col: 2, rows: 2, cols: 1 },
    { row: 0, col: 0, rows: 1, cols: 3 },
  ]);
  expect(s.links).toEqual([{ row: 4, col: 1, url: 'https://ex.org' }]);
  wb.deleteRows(1, [{ start: 4, count: 1 }]);
  expect(wb.read(1).merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
});

test('addColumns: headers as text, dates and text below, a dropdown for a list, the header bold and frozen', () => {
  const wb = book();
  wb.addColumns(1, { col: 4, headerRow: 2, lastRow: 6 }, [
    { header: 'Статус', kind: 'list', list: ['выполнено', 'не выполнено'] },
    { header: 'Дата', kind: 'date' },
  ]);
  const [out] = wb.toSheetsOut();
  // `col` is 1-based: column D, right after the table.
  expect(out.rows[1]).toEqual(['№', 'Мероприятие', 'Срок', 'Статус', 'Дата']);
  expect(out.formats?.[1]?.[3]).toBe('@');
  expect(out.formats?.[5]?.[4]).toBe('dd.mm.yyyy');
  expect(out.formats?.[6]).toBeUndefined();
  expect(out.validations).toEqual([{ col: 3, fromRow: 3, toRow: 6, list: ['выполнено', 'не выполнено'] }]);
  expect(out.boldRows).toEqual([2]);
  expect(out.frozenRows).toBe(2);
  expect(wb.addedColumns(1)).toEqual([
    { col: 3, kind: 'list' },
    { col: 4, kind: 'date' },
  ]);
  wb.deleteRows(1, [{ start: 4, count: 2 }]);
  expect(wb.toSheetsOut()[0].validations).toEqual([{ col: 3, fromRow: 3, toRow: 4, list: ['выполнено', 'не выполнено'] }]);
});

test('insertRowsAfter: rows below and their links move down, a merge over the row grows, the formats of the row above are copied', () => {
  const wb = book();
  wb.writeBlocks(1, [{ row: 3, col: 2, values: [['a']] }]);
  wb.insertRowsAfter(1, 3, 2);
  const s = wb.read(1);
  expect(s.grid[2]).toEqual(['1', 'a', 'январь']);
  expect(s.grid[3]).toEqual([]);
  expect(s.grid[5]).toEqual(['', 'хвост']);
  expect(s.formats?.[3]?.[1]).toBe('@');
  expect(s.links).toEqual([{ row: 7, col: 1, url: 'https://ex.org' }]);
  expect(s.merges).toEqual([
    { row: 2, col: 2, rows: 5, cols: 1 },
    { row: 0, col: 0, rows: 1, cols: 3 },
  ]);
});
