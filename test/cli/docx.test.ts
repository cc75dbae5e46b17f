/** Word documents read as sheets: one per table, merges, title lines, links, errors in Russian. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readWorkbook, UnreadableFileError } from '../../src/cli/workbook-io';
import { buildDocx, documentXml, type Block } from './docx-builder';
import { ROADMAP } from './docx-roadmap';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function write(name: string, content: Block[] | string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.isBuffer(content) ? content : await buildDocx(content));
  return file;
}

describe('a .docx roadmap', () => {
  let sheet: Awaited<ReturnType<typeof readWorkbook>>['sheets'][number];
  beforeAll(async () => {
    const wb = await readWorkbook(await write('plan.docx', ROADMAP));
    expect(wb.sheets).toHaveLength(1);
    sheet = wb.sheets[0];
  });

  test('title paragraphs above the header, one per row in column 0, empty ones left out', () => {
    expect(sheet.name).toBe('Таблица 1');
    expect(sheet.grid.slice(0, 3)).toEqual([
      ['УТВЕРЖДЕН'],
      ['приказом управления образования от 30.12.2021 № 470'],
      ['План мероприятий по поддержке школ с низкими результатами обучения на 2022 год'],
    ]);
    expect(sheet.grid[3]).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Ответственный', 'Результат']);
  });

  test('a gridSpan section row: the text in the master cell, a horizontal merge', () => {
    expect(sheet.grid[4]).toEqual(['1. Организационные мероприятия']);
    expect(sheet.merges).toContainEqual({ row: 4, col: 0, rows: 1, cols: 5 });
  });

  test('a vMerge deadline over three measures: the master holds the value, a vertical merge', () => {
    expect(sheet.grid[5][2]).toBe('Январь 2022 года');
    expect(sheet.grid[6][2]).toBeNull();
    expect(sheet.grid[7][2]).toBeNull();
    expect(sheet.merges).toContainEqual({ row: 5, col: 2, rows: 3, cols: 1 });
    expect(sheet.merges).toHaveLength(2);
  });

  test('paragraphs of a cell joined with a line break; a hyperlink kept with its label', () => {
    expect(sheet.grid[6][1]).toBe('Анализ результатов ВПР\nпо всем предметам');
    expect(sheet.grid[6][4]).toBe('Аналитическая справка');
    expect(sheet.hyperlinks).toEqual([{ row: 6, col: 4, url: 'https://example.org/vpr' }]);
  });
});

describe('Word structures', () => {
  test('gridBefore / gridAfter, w:br, w:tab, nested tables, a second table with its own title', async () => {
    const blocks: Block[] = [
      { table: [{ cells: ['a', 'b', 'c'] }, { before: 1, after: 1, cells: ['x'] }, { cells: ['p\nq', { paras: ['top'], nested: [['n1', 'n2'], ['n3']] }] }] },
      { paragraph: 'Вторая таблица' },
      { table: [{ cells: ['z'] }], caption: 'Реестр' },
    ];
    let { xml } = documentXml(blocks);
    xml = xml.replace('<w:t xml:space="preserve">a</w:t>', '<w:t xml:space="preserve">a</w:t><w:tab/><w:t>1</w:t>');
    // A tab stop in the paragraph properties is not text.
    xml = xml.replace('<w:pPr>', '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>');
    const wb = await readWorkbook(await write('structures.docx', xml));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Таблица 1', 'Реестр']);
    expect(wb.sheets[0].grid).toEqual([
      ['a 1', 'b', 'c'],
      [null, 'x'],
      ['p\nq', 'top\nn1; n2\nn3'],
    ]);
    expect(wb.sheets[0].merges).toBeUndefined();
    expect(wb.sheets[1].grid).toEqual([['Вторая таблица'], ['z']]);
  });

  test('deleted text, field codes and text boxes are not read; a HYPERLINK field is a link', async () => {
    let { xml } = documentXml([{ table: [{ cells: ['keep'] }] }]);
    xml = xml.replace(
      '<w:t xml:space="preserve">keep</w:t></w:r>',
      '<w:t xml:space="preserve">keep</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>gone</w:delText></w:r></w:del>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://ex.org/a" </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> ссылка</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
    );
    const wb = await readWorkbook(await write('fields.docx', xml));
    expect(wb.sheets[0].grid).toEqual([['keep ссылка']]);
    expect(wb.sheets[0].hyperlinks).toEqual([{ row: 0, col: 0, url: 'https://ex.org/a' }]);
  });

  test('a .docx renamed .xlsx or .tsv is read as a Word document', async () => {
    const bytes = await buildDocx(ROADMAP);
    for (const name of ['renamed.xlsx', 'renamed.tsv', 'renamed.doc']) {
      const wb = await readWorkbook(await write(name, bytes));
      expect(wb.sheets[0].grid[3][0]).toBe('№ п/п');
    }
  });
});

describe('Word documents that cannot be read', () => {
  const reason = async (file: string) => {
    try {
      await readWorkbook(file);
    } catch (e) {
      expect(e).toBeInstanceOf(UnreadableFileError);
      return (e as UnreadableFileError).reason;
    }
    throw new Error('read');
  };

  test('no tables', async () => {
    expect(await reason(await write('text.docx', [{ paragraph: 'Приказ' }]))).toMatch(/в документе нет таблиц/);
  });

  test('damaged: not a zip, a zip without the document, broken XML, empty', async () => {
    expect(await reason(await write('junk.docx', Buffer.from('просто текст')))).toMatch(/повреждён/);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    expect(await reason(await write('nodoc.docx', await zip.generateAsync({ type: 'nodebuffer' })))).toMatch(/повреждён/);
    expect(await reason(await write('broken.docx', '<w:document><w:body><w:tbl>'))).toMatch(/повреждён/);
    const bytes = await buildDocx(ROADMAP);
    expect(await reason(await write('cut.docx', bytes.subarray(0, bytes.length >> 1)))).toMatch(/повреждён/);
    expect(await reason(await write('empty.docx', Buffer.alloc(0)))).toMatch(/пустой/);
  });

  test('an old .doc and an encrypted .docx (OLE2)', async () => {
    const ole = (stream: string) =>
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le')]);
    expect(await reason(await write('old.doc', ole('WordDocument')))).toMatch(/старый формат \.doc не поддерживается — .*\.docx/);
    expect(await reason(await write('old-as-new.docx', ole('WordDocument')))).toMatch(/старый формат \.doc/);
    expect(await reason(await write('locked.docx', ole('EncryptedPackage')))).toMatch(/защищён паролем/);
    expect(await reason(await write('letter.odt', Buffer.from('x')))).toMatch(/\.odt не поддерживается/);
  });
});
