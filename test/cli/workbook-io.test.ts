import ExcelJS from 'exceljs';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  UnreadableFileError,
  columnLetter,
  decodeText,
  detectDelimiter,
  parseDelimited,
  readWorkbook,
  writeDelimited,
  writeWorkbook,
} from '../../src/cli/workbook-io';
import type { Cell } from '../../src/domain/core/types';

let dir: string;

beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'workbook-io-'));
});

afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const tmp = (name: string) => path.join(dir, name);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Windows-1251 bytes of a string made of ASCII and Russian letters. */
function cp1251(s: string): Buffer {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x401) bytes.push(0xa8);
    else if (c === 0x451) bytes.push(0xb8);
    else if (c === 0xab) bytes.push(0xab);
    else if (c === 0xbb) bytes.push(0xbb);
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return Buffer.from(bytes);
}

async function readOne(name: string, content: string | Buffer): Promise<Cell[][]> {
  const file = tmp(name);
  await fsp.writeFile(file, content);
  const wb = await readWorkbook(file);
  expect(wb.sheets).toHaveLength(1);
  return wb.sheets[0].grid;
}

async function expectUnreadable(file: string, reason: RegExp): Promise<void> {
  const err = await readWorkbook(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnreadableFileError);
  const e = err as UnreadableFileError;
  expect(e.message.startsWith(`Не удалось прочитать файл «${file}»: `)).toBe(true);
  expect(e.file).toBe(file);
  expect(e.reason).toMatch(reason);
}

describe('xlsx round trip', () => {
  const rows: Cell[][] = [
    ['№', 'Мероприятие', 'Срок', 'Доля', 'Готово', 'Источник'],
    ['1.10', 'Организация «ЦДО» "лучшие"', utc(2021, 10, 1), 0.75, true, '=IMPORTXML("https://x.ru";"//a")'],
    ['1.2', 'Ёлка\nв две строки', utc(2022, 5, 31), 12, false, '=1+1'],
    [null, null, null, null, null, null, null],
    ['', '  ', 'текст'],
  ];

  it('gives back the same cells, with strings starting with "=" stored as text', async () => {
    const file = tmp('round.xlsx');
    await writeWorkbook(file, [{ name: 'План', rows }]);
    const wb = await readWorkbook(file);
    expect(wb.file).toBe(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(['План']);
    const grid = wb.sheets[0].grid;
    expect(grid[0]).toEqual(rows[0]);
    expect(grid[1]).toEqual(rows[1]);
    expect(grid[2]).toEqual(rows[2]);
    expect(grid[3]).toEqual([]); // an empty row in the middle keeps its place
    expect(grid[4]).toEqual([null, '  ', 'текст']);
    expect(grid).toHaveLength(5);
    const date = grid[1][2] as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2021-10-01T00:00:00.000Z');
    expect(typeof grid[1][0]).toBe('string');

    // No formula anywhere in the stored file.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(file);
    raw.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeFalsy();
        }),
      ),
    );
    expect(raw.getWorksheet('План')!.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(raw.getWorksheet('План')!.getCell('C2').numFmt).toBe('dd.mm.yyyy');
  });

  it('writes headers, text columns, widths, frozen rows, bold, fills, lists and hidden sheets', async () => {
    const file = tmp('styled.xlsx');
    const longList = Array.from({ length: 40 }, (_, i) => `вариант ответа номер ${i + 1}`);
    await writeWorkbook(file, [
      {
        name: 'Мониторинг: 2022/2023',
        columns: [{ header: '№', numFmt: '@', width: 8 }, { header: 'Статус', width: 30 }, { header: 'Итог' }],
        rows: [
          ['1.1', 'выполнено', 'да, с замечаниями'],
          ['1.2', 'в работе', null],
        ],
        frozenRows: 1,
        boldRows: [1],
        fills: [{ row: 2, col: 1, argb: 'FFC6EFCE' }],
        validations: [
          { col: 1, fromRow: 2, toRow: 100, list: ['выполнено', 'в работе', 'не начато'] },
          { col: 2, fromRow: 2, toRow: 100, list: ['да, с замечаниями', 'нет'] },
          { col: 3, fromRow: 2, toRow: 100, list: longList },
        ],
      },
      { name: 'Служебный', rows: [['x']], hidden: true },
    ]);

    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Мониторинг_ 2022_2023', undefined],
      ['Служебный', true],
      ['Списки', true],
    ]);
    expect(wb.sheets[0].grid).toEqual([
      ['№', 'Статус', 'Итог'],
      ['1.1', 'выполнено', 'да, с замечаниями'],
      ['1.2', 'в работе'],
    ]);

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(file);
    const ws = raw.worksheets[0];
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getColumn(1).width).toBe(8);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B1').font?.bold).toBe(true);
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(ws.getCell('B50').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"выполнено,в работе,не начато"'],
    });
    expect(ws.getCell('B101').dataValidation).toBeUndefined();
    // A list with commas or too long for Excel's inline form lives on the hidden «Списки» sheet.
    expect(ws.getCell('C2').dataValidation?.formulae).toEqual(["'Списки'!$A$1:$A$2"]);
    expect(ws.getCell('D2').dataValidation?.formulae).toEqual(["'Списки'!$B$1:$B$40"]);
    expect(raw.getWorksheet('Списки')!.state).toBe('veryHidden');
    expect(raw.getWorksheet('Списки')!.getCell('B40').value).toBe('вариант ответа номер 40');
  });

  it('makes sheet names valid and unique, and writes an empty workbook as one sheet', async () => {
    const file = tmp('names.xlsx');
    await writeWorkbook(file, [
      { name: 'Очень длинное название листа дорожной карты', rows: [['a']] },
      { name: 'очень длинное название листа дорожной карты', rows: [['b']] },
      { name: '', rows: [] },
    ]);
    const names = (await readWorkbook(file)).sheets.map((s) => s.name);
    expect(names).toEqual(['Очень длинное название листа до', 'очень длинное название лист (2)', 'Лист']);
    expect(names.every((n) => n.length <= 31)).toBe(true);

    const empty = tmp('empty-out.xlsx');
    await writeWorkbook(empty, []);
    expect((await readWorkbook(empty)).sheets).toEqual([{ name: 'Лист1', grid: [] }]);
  });
});

describe('reading xlsx made elsewhere', () => {
  let file: string;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Дорожная карта');
    ws.getCell('B2').value = 'Заголовок на три колонки';
    ws.mergeCells('B2:D3');
    ws.getCell('B4').value = { formula: 'C4*2', result: 42 } as ExcelJS.CellFormulaValue;
    ws.getCell('C4').value = 21;
    ws.getCell('D4').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    ws.getCell('E4').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('F4').value = { formula: 'TEXT(1,"0")', result: 'один' } as ExcelJS.CellFormulaValue;
    ws.getCell('B5').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('C5').value = { richText: [{ text: 'жирное ', font: { bold: true } }, { text: 'и обычное' }] };
    ws.getCell('B6').value = { text: 'Приказ № 5', hyperlink: 'https://school.ru/prikaz5.pdf' };
    ws.getCell('C6').value = { text: 'https://school.ru/otchet', hyperlink: 'https://school.ru/otchet' };
    ws.getCell('D6').value = {
      formula: 'HYPERLINK("https://school.ru/plan";"План")',
      result: 'План',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('B7').value = 'последняя';
    ws.getCell('H7').value = ''; // empty trailing cells are trimmed
    ws.getCell('B9').value = null;
    const dates = wb.addWorksheet('Даты');
    dates.getCell('A1').value = utc(2023, 12, 31);
    dates.getCell('A1').numFmt = 'dd.mm.yyyy';
    dates.getCell('A2').value = { formula: 'A1+1', result: utc(2024, 1, 1) } as ExcelJS.CellFormulaValue;
    dates.getCell('A2').numFmt = 'dd.mm.yyyy';
    wb.addWorksheet('Скрытый', { state: 'hidden' }).getCell('A1').value = 'секрет';
    file = tmp('external.xlsx');
    await wb.xlsx.writeFile(file);
  });

  it('reads sheets in order, merged cells, formulas, errors, rich text and hyperlinks', async () => {
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Дорожная карта', 'Даты', 'Скрытый']);
    const [main, dates, hidden] = wb.sheets;
    expect(main.grid).toEqual([
      [],
      [null, 'Заголовок на три колонки'], // B2:D3 merged: only the master holds the value
      [],
      [null, 42, 21, '', '#DIV/0!', 'один'],
      [null, '#REF!', 'жирное и обычное'],
      [null, 'Приказ № 5', 'https://school.ru/otchet', 'План'],
      [null, 'последняя'],
    ]);
    expect(main.hyperlinks).toEqual([
      { row: 5, col: 1, url: 'https://school.ru/prikaz5.pdf' },
      { row: 5, col: 2, url: 'https://school.ru/otchet' },
      { row: 5, col: 3, url: 'https://school.ru/plan' },
    ]);
    expect(main.hidden).toBeUndefined();
    expect(dates.grid.map((r) => (r[0] as Date).toISOString())).toEqual(['2023-12-31T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
    expect(dates.hyperlinks).toBeUndefined();
    expect(hidden).toEqual({ name: 'Скрытый', grid: [['секрет']], hidden: true });
  });

  it('reads a sheet of 10,000 rows x 12 columns in a couple of seconds', async () => {
    const big = tmp('big.xlsx');
    const rows: Cell[][] = [];
    for (let r = 0; r < 10000; r++) {
      rows.push(
        Array.from({ length: 12 }, (_, c) =>
          c === 0 ? `${r + 1}.1` : c === 3 ? utc(2022, 1 + (r % 12), 1 + (r % 28)) : c === 5 ? r * 1.5 : `Мероприятие ${r} колонка ${c}`,
        ),
      );
    }
    // The streaming writer is quick and stores inline strings (no shared-strings table).
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big });
    const ws = writer.addWorksheet('Большой');
    for (const values of rows) {
      const row = ws.addRow(values);
      row.getCell(4).numFmt = 'dd.mm.yyyy';
      row.commit();
    }
    await writer.commit();
    const wb = await readWorkbook(big);
    expect(wb.sheets[0].grid).toHaveLength(10000);
    expect(wb.sheets[0].grid[9999]).toEqual(rows[9999]);
  });
});

describe('reading csv / tsv / txt', () => {
  it('reads Russian Excel csv: semicolons, commas inside text, quoted multi-line cells', async () => {
    const text =
      '№;Мероприятие;Срок;Ответственный\r\n' +
      '1.1;Семинар, круглый стол;октябрь 2021;"Иванов И.И.,\r\nПетрова А.А."\r\n' +
      '1.2;"Конкурс ""Лучшая школа""";01.11.2021;\r\n' +
      ';;;\r\n';
    expect(await readOne('excel-ru.csv', text)).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.1', 'Семинар, круглый стол', 'октябрь 2021', 'Иванов И.И.,\r\nПетрова А.А.'],
      ['1.2', 'Конкурс "Лучшая школа"', '01.11.2021'],
    ]);
  });

  it('reads comma csv with quotes, a BOM and \\n line ends; names the sheet after the file', async () => {
    const file = tmp('план-2022.csv');
    await fsp.writeFile(file, '\uFEFFa,b,c\n"x, y","мульти\nстрока",1.10\n,,z\n');
    const wb = await readWorkbook(file);
    expect(wb.sheets).toEqual([
      {
        name: 'план-2022',
        grid: [
          ['a', 'b', 'c'],
          ['x, y', 'мульти\nстрока', '1.10'],
          [null, null, 'z'],
        ],
      },
    ]);
  });

  it('decodes Windows-1251 and UTF-16 text', async () => {
    expect(await readOne('cp1251.csv', cp1251('Срок;Ответственный\r\nЁлка «ЦДО»;Директор\r\n'))).toEqual([
      ['Срок', 'Ответственный'],
      ['Ёлка «ЦДО»', 'Директор'],
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Срок\tИтог\r\nмай\tда\r\n', 'utf16le')]);
    expect(await readOne('unicode.txt', utf16)).toEqual([
      ['Срок', 'Итог'],
      ['май', 'да'],
    ]);
    expect(decodeText(Buffer.from('\uFEFFпривет', 'utf8'))).toBe('привет');
  });

  it('reads tsv copied out of Word: stray quotes are plain text', async () => {
    const text =
      '1.1\tОрганизация «ЦДО» "лучшие\tоктябрь 2021\n' + '1.2\t"Школа" №1\t"в течение года"\n' + '1.3\t"незакрытая кавычка\tмай\n' + '1.4\tконец строки"\t\n';
    expect(await readOne('word.tsv', text)).toEqual([
      ['1.1', 'Организация «ЦДО» "лучшие', 'октябрь 2021'],
      ['1.2', '"Школа" №1', 'в течение года'],
      ['1.3', '"незакрытая кавычка', 'май'],
      ['1.4', 'конец строки"'],
    ]);
  });

  it('reads tsv copied out of Excel: quoted multi-line cells, \\r line ends, Word line breaks', async () => {
    const text = 'a\t"две\nстроки"\tb\r\rc\tслово\vслово\r';
    expect(await readOne('excel.tsv', text)).toEqual([['a', 'две\nстроки', 'b'], [], ['c', 'слово\nслово']]);
  });

  it('detects the delimiter of a .txt and of a one-column csv', async () => {
    expect(await readOne('paste.txt', 'a\tb, c\td\n1\t2\t3\n')).toEqual([
      ['a', 'b, c', 'd'],
      ['1', '2', '3'],
    ]);
    expect(await readOne('one.csv', 'Мероприятие\nвторое\n')).toEqual([['Мероприятие'], ['второе']]);
  });

  it('reads an Excel book saved under a .csv name as a book', async () => {
    const file = tmp('actually-xlsx.csv');
    await writeWorkbook(file, [{ name: 'Лист1', rows: [['a', 1]] }]);
    expect((await readWorkbook(file)).sheets).toEqual([{ name: 'Лист1', grid: [['a', 1]] }]);
  });

  it('gives an empty sheet for an empty text file (a 0-byte .xlsx is unreadable: see hostile-input.test.ts)', async () => {
    for (const name of ['empty.csv', 'empty.tsv']) {
      const file = tmp(name);
      await fsp.writeFile(file, '');
      const wb = await readWorkbook(file);
      expect(wb.sheets).toEqual([{ name: 'empty', grid: [] }]);
    }
  });
});

describe('parseDelimited and detectDelimiter', () => {
  it('follows RFC 4180 and never fails', () => {
    expect(parseDelimited('', ',')).toEqual([]);
    expect(parseDelimited('a,b', ',')).toEqual([['a', 'b']]);
    expect(parseDelimited('a,b\r\n', ',')).toEqual([['a', 'b']]);
    expect(parseDelimited('a,\n\nb', ',')).toEqual([['a', ''], [''], ['b']]);
    expect(parseDelimited('"a""b",c', ',')).toEqual([['a"b', 'c']]);
    expect(parseDelimited('"",x', ',')).toEqual([['', 'x']]);
    expect(parseDelimited('"a"b,c', ',')).toEqual([['"a"b', 'c']]);
    expect(parseDelimited('"open,c\nd', ',')).toEqual([['"open', 'c'], ['d']]);
    expect(parseDelimited('a,"x\ny"', ',')).toEqual([['a', 'x\ny']]);
  });

  it('prefers the delimiter with a consistent field count', () => {
    const ru = 'a;b;c\nИванов, директор;2;3\nx;y, z, w;\n';
    expect(detectDelimiter(ru, [';', ',', '\t'])).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n', [';', ',', '\t'])).toBe(',');
    expect(detectDelimiter('a\tb\n"x;y"\tz\n', [';', ',', '\t'])).toBe('\t');
    expect(detectDelimiter('abc\n', [';', ',', '\t'])).toBe(';');
  });

  it('names columns like Excel', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('unreadable files', () => {
  it('missing file', async () => {
    await expectUnreadable(tmp('нет-такого.xlsx'), /файл не найден/);
    await expectUnreadable(tmp('нет-такого.csv'), /файл не найден/);
  });

  it('a directory', async () => {
    const sub = tmp('папка.xlsx');
    await fsp.mkdir(sub, { recursive: true });
    await expectUnreadable(sub, /это папка/);
  });

  it('unknown or unsupported extensions', async () => {
    for (const [name, reason] of [
      ['doc.docx', /не является документом Word \(\.docx\)/],
      ['slides.pptx', /формат «\.pptx» не поддерживается \(поддерживаются \.xlsx, \.docx, \.csv/],
      ['old.doc', /старый формат \.doc не поддерживается/],
      ['old.xls', /старый формат \.xls/],
      ['noext', /нет расширения/],
    ] as const) {
      await fsp.writeFile(tmp(name), 'x');
      await expectUnreadable(tmp(name), reason);
    }
  });

  it('corrupt xlsx: a text file renamed, a broken zip, an old .xls renamed', async () => {
    await fsp.writeFile(tmp('text.xlsx'), 'это просто текст;а не книга\n');
    await expectUnreadable(tmp('text.xlsx'), /не является книгой Excel/);
    await fsp.writeFile(tmp('broken.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    await expectUnreadable(tmp('broken.xlsx'), /повреждён/);
    await fsp.writeFile(tmp('ole.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expectUnreadable(tmp('ole.xlsx'), /\.xls или книга, защищённая паролем/);
  });
});

describe('writeDelimited', () => {
  const grid: Cell[][] = [
    ['№', 'Мероприятие', 'Срок', 'Доля', 'Готово'],
    ['1.10', 'Семинар; круглый стол, "лучшие"', utc(2021, 10, 1), 0.5, true],
    [null, 'две\nстроки', null],
    [],
  ];

  it('writes ;-separated UTF-8 with a BOM that reads back as text', async () => {
    const file = tmp('out.csv');
    await writeDelimited(file, grid);
    const bytes = await fsp.readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFF№;Мероприятие;Срок;Доля;Готово\r\n' + '1.10;"Семинар; круглый стол, ""лучшие""";01.10.2021;0.5;TRUE\r\n' + ';"две\nстроки";\r\n' + '\r\n',
    );
    expect((await readWorkbook(file)).sheets[0].grid).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Доля', 'Готово'],
      ['1.10', 'Семинар; круглый стол, "лучшие"', '01.10.2021', '0.5', 'TRUE'],
      [null, 'две\nстроки'],
    ]);
  });

  it('uses a tab for .tsv and any delimiter asked for', async () => {
    await writeDelimited(tmp('out.tsv'), [['a\tb', 'c"d', 'e\nf']]);
    expect((await fsp.readFile(tmp('out.tsv'), 'utf8')).replace('\uFEFF', '')).toBe('a b\t"c""d"\t"e\nf"\r\n');
    expect((await readWorkbook(tmp('out.tsv'))).sheets[0].grid).toEqual([['a b', 'c"d', 'e\nf']]);
    await writeDelimited(tmp('comma.csv'), [['a,b', 'c']], ',');
    expect((await readWorkbook(tmp('comma.csv'))).sheets[0].grid).toEqual([['a,b', 'c']]);
    await writeDelimited(tmp('none.csv'), []);
    expect((await readWorkbook(tmp('none.csv'))).sheets[0].grid).toEqual([]);
  });
});
