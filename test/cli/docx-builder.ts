/**
 * Builds .docx files in tests the way Word stores them (no committed binaries): a package with
 * [Content_Types].xml, the relationships, word/document.xml with paragraphs split into runs, tables
 * with tblPr / tblGrid, header rows marked w:tblHeader, cells with tcPr (tcW, gridSpan, vMerge)
 * and their paragraphs, hyperlinks through word/_rels/document.xml.rels.
 */
import JSZip from 'jszip';
import type { Grid } from '../../src/domain/core/types';

export interface CellSpec {
  /** Paragraphs of the cell; a '\n' inside one is a manual line break (w:br). */
  paras?: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
  /** A hyperlink paragraph added after the others: its label is the text. */
  link?: { url: string; label: string };
  /** A nested table in the cell, after its paragraphs. */
  nested?: string[][];
}

export interface RowSpec {
  cells: (string | CellSpec)[];
  before?: number;
  after?: number;
  header?: boolean;
}

export type Block = { paragraph: string } | { table: RowSpec[]; caption?: string };

const W_NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run per word group, as Word splits text by editing session (rsid); line breaks as w:br. */
function runs(text: string, bold = false): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${bold ? '<w:b/>' : ''}<w:sz w:val="24"/></w:rPr>`;
  return text
    .split('\n')
    .map((line, i) => {
      const br = i > 0 ? `<w:r>${rPr}<w:br/></w:r>` : '';
      const pieces = line.match(/.{1,40}(\s|$)|.{1,40}/g) ?? [''];
      return br + pieces.map((p) => `<w:r w:rsidRPr="00A1B2C3">${rPr}<w:t xml:space="preserve">${esc(p)}</w:t></w:r>`).join('');
    })
    .join('');
}

function paragraph(text: string, opts: { bold?: boolean; center?: boolean } = {}): string {
  const pPr = `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>${opts.center ? '<w:jc w:val="center"/>' : ''}</w:pPr>`;
  return `<w:p w:rsidR="00B2C3D4" w:rsidRDefault="00B2C3D4">${pPr}${text === '' ? '' : runs(text, opts.bold)}</w:p>`;
}

class Rels {
  readonly list: { id: string; url: string }[] = [];
  add(url: string): string {
    const id = `rId${this.list.length + 10}`;
    this.list.push({ id, url });
    return id;
  }
}

function cellXml(spec: string | CellSpec, width: number, rels: Rels, header: boolean): string {
  const c: CellSpec = typeof spec === 'string' ? { paras: [spec] } : spec;
  const span = c.span ?? 1;
  const tcPr =
    `<w:tcPr><w:tcW w:w="${width * span}" w:type="dxa"/>` +
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
    (c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '') +
    '<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders></w:tcPr>';
  let body = (c.paras ?? []).map((p) => paragraph(p, { bold: header })).join('');
  if (c.link) {
    const id = rels.add(c.link.url);
    body += `<w:p><w:hyperlink r:id="${id}" w:history="1"><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:t>${esc(c.link.label)}</w:t></w:r></w:hyperlink></w:p>`;
  }
  if (c.nested) body += tableXml({ table: c.nested.map((cells) => ({ cells })) }, rels) + paragraph('');
  // Word requires a paragraph at the end of every cell.
  if (!/<\/w:p>$/.test(body)) body += paragraph('');
  return `<w:tc>${tcPr}${body}</w:tc>`;
}

function tableXml(block: { table: RowSpec[]; caption?: string }, rels: Rels): string {
  const cols = Math.max(
    1,
    ...block.table.map((r) => (r.before ?? 0) + (r.after ?? 0) + r.cells.reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)),
  );
  const width = Math.floor(9600 / cols);
  const tblPr =
    '<w:tblPr><w:tblStyle w:val="a4"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    (block.caption ? `<w:tblCaption w:val="${esc(block.caption)}"/>` : '') +
    '</w:tblPr>';
  const grid = `<w:tblGrid>${Array.from({ length: cols }, () => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const rows = block.table
    .map((r) => {
      const trPr =
        `<w:trPr>${r.before ? `<w:gridBefore w:val="${r.before}"/>` : ''}${r.after ? `<w:gridAfter w:val="${r.after}"/>` : ''}` +
        `${r.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
      return `<w:tr w:rsidR="00C3D4E5" w14:paraId="1A2B3C4D" w14:textId="77777777">${trPr}${r.cells.map((c) => cellXml(c, width, rels, r.header === true)).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

/** The document.xml of the blocks, and the hyperlink relationships it uses. */
export function documentXml(blocks: Block[]): { xml: string; rels: Rels } {
  const rels = new Rels();
  const body = blocks.map((b) => ('paragraph' in b ? paragraph(b.paragraph, { center: true, bold: true }) : tableXml(b, rels) + paragraph(''))).join('');
  const sectPr =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  return { xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W_NS}><w:body>${body}${sectPr}</w:body></w:document>`, rels };
}

/** A whole .docx package around a document.xml (given, or made from blocks). */
export async function buildDocx(content: Block[] | string): Promise<Buffer> {
  const { xml, rels } = typeof content === 'string' ? { xml: content, rels: new Rels() } : documentXml(content);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const links = rels.list.map(
    (l) =>
      `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      `${links.join('')}</Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  );
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A seed table (a .tsv fixture's grid) as Word holds it: the non-empty lines above the header row
 * as centred paragraphs, every other row as a table row of `width` cells (empty lines included).
 */
export function seedBlocks(grid: Grid, headerRow: number): Block[] {
  const width = Math.max(...grid.map((r) => r.length));
  const title = grid.slice(0, headerRow).map((r) =>
    r
      .map((c) => String(c ?? ''))
      .join(' ')
      .trim(),
  );
  const rows = grid.slice(headerRow).map((r, i) => ({
    header: i === 0,
    cells: Array.from({ length: width }, (_, c) => String(r[c] ?? '')),
  }));
  return [...title.filter((t) => t !== '').map((paragraph) => ({ paragraph })), { table: rows }];
}

/**
 * The grid a reader should give for the blocks (the table after its non-empty title lines; spans
 * and continued vertical merges as nulls), and its merges: the same table as a .tsv / .xlsx.
 */
export function blocksGrid(blocks: Block[]): { grid: (string | null)[][]; merges: { row: number; col: number; rows: number; cols: number }[] } {
  const grid: (string | null)[][] = [];
  const merges: { row: number; col: number; rows: number; cols: number }[] = [];
  let title: string[] = [];
  for (const b of blocks) {
    if ('paragraph' in b) {
      if (b.paragraph.trim() !== '') title.push(b.paragraph);
      continue;
    }
    for (const t of title.slice(-6)) grid.push([t]);
    title = [];
    const open = new Map<number, { row: number; col: number; rows: number; cols: number }>();
    for (const r of b.table) {
      const row: (string | null)[] = Array.from({ length: r.before ?? 0 }, () => null);
      for (const spec of r.cells) {
        const c: CellSpec = typeof spec === 'string' ? { paras: [spec] } : spec;
        const span = c.span ?? 1;
        const col = row.length;
        if (c.vMerge === 'continue' && open.has(col)) open.get(col)!.rows++;
        const text = [...(c.paras ?? []), ...(c.link ? [c.link.label] : [])].join('\n').trim();
        row.push(c.vMerge === 'continue' || text === '' ? null : text, ...Array.from({ length: span - 1 }, () => null));
        if (c.vMerge === 'restart') {
          const m = { row: grid.length, col, rows: 1, cols: span };
          open.set(col, m);
          merges.push(m);
        } else if (span > 1 && c.vMerge !== 'continue') merges.push({ row: grid.length, col, rows: 1, cols: span });
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      grid.push(row);
    }
  }
  return { grid, merges: merges.filter((m) => m.rows > 1 || m.cols > 1) };
}
