/**
 * One pass over word/document.xml (WordprocessingML) with a SAX parser: the tables of the body as
 * Word stores them — rows, cells with their gridSpan / vMerge / hMerge, gridBefore / gridAfter —
 * each cell's text (paragraphs joined with '\n', w:br and w:cr as '\n', w:tab as a space, nested
 * tables flattened: a line per nested row, its cells joined with '; ') and its links, and the
 * non-empty paragraphs just above each table as its title lines.
 *
 * Only w:t text is read: deleted text (w:delText), field codes (w:instrText, read for HYPERLINK
 * fields only) and tab stops (w:tab in w:tabs) never become cell text; the fallback of alternate
 * content (mc:Fallback) and text boxes (w:txbxContent) are skipped so nothing is read twice.
 * Memory is bounded by the data: the parser streams, spans are capped.
 */
import type { SaxesParser, SaxesTagPlain } from 'saxes';

export interface DocxCell {
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: 'restart' opens a vertical merge, 'continue' extends the one above. */
  vMerge: 'restart' | 'continue' | null;
  /** Legacy horizontal merge (w:hMerge continue): the cell belongs to the one on its left. */
  hMergeContinue: boolean;
  text: string;
  links: string[];
}

export interface DocxRow {
  /** Grid columns skipped before the first cell (w:gridBefore) and after the last (w:gridAfter). */
  before: number;
  after: number;
  cells: DocxCell[];
}

export interface DocxTable {
  /** Non-empty body paragraphs just above the table (after the previous one), at most MAX_TITLE_LINES. */
  title: string[];
  /** The table's caption (w:tblCaption, Word's alt-text title), when set. */
  caption?: string;
  rows: DocxRow[];
}

/** Title lines kept above a table: enough for «УТВЕРЖДЕН… План мероприятий… на 2022 год». */
export const MAX_TITLE_LINES = 6;
/** A gridSpan / gridBefore / gridAfter larger than this is a damaged file, not a table. */
const MAX_SPAN = 512;
const HYPERLINK_FIELD = /\bHYPERLINK\s+"([^"]+)"/;
/** Elements whose content is never read: a second copy of content, or text outside the flow. */
const SKIPPED = new Set(['mc:Fallback', 'w:txbxContent', 'w:delInstrText']);

/** Text collected for one container: the body, a cell, or a cell of a nested table. */
interface TextBox {
  paras: string[];
  cur: string;
  links: string[];
}

function newBox(): TextBox {
  return { paras: [], cur: '', links: [] };
}

/** A cell's text: its paragraphs joined with '\n', empty paragraphs at either end dropped. */
function boxText(box: TextBox, joiner = '\n'): string {
  const paras = box.cur !== '' ? [...box.paras, box.cur] : box.paras;
  return paras.join(joiner).trim();
}

function count(value: string | undefined, fallback: number): number {
  const n = value === undefined ? fallback : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_SPAN) : fallback;
}

class DocumentWalker {
  readonly tables: DocxTable[] = [];
  private above: string[] = [];
  private readonly boxes: TextBox[] = [newBox()];
  /** Depth of w:tbl elements: 1 = a table of the body, 2+ = nested tables. */
  private tableDepth = 0;
  private table: DocxTable | null = null;
  private row: DocxRow | null = null;
  private cell: DocxCell | null = null;
  /** Cells of the nested rows being read, innermost last. */
  private readonly nestedRows: string[][] = [];
  private skipDepth = 0;
  private runDepth = 0;
  private inText = false;
  private inInstr = false;
  private instr = '';

  constructor(private readonly rels: ReadonlyMap<string, string>) {}

  private get box(): TextBox {
    return this.boxes[this.boxes.length - 1];
  }

  open(tag: SaxesTagPlain): void {
    if (this.skipDepth > 0 || SKIPPED.has(tag.name)) {
      if (!tag.isSelfClosing) this.skipDepth++;
      return;
    }
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'w:tbl':
        return this.openTable();
      case 'w:tr':
        return this.openRow();
      case 'w:tc':
        return this.openCell();
      case 'w:r':
        this.runDepth++;
        return;
      case 'w:t':
        this.inText = !tag.isSelfClosing;
        return;
      case 'w:instrText':
        this.inInstr = !tag.isSelfClosing;
        return;
      case 'w:br':
      case 'w:cr':
        if (this.runDepth > 0) this.box.cur += '\n';
        return;
      case 'w:tab':
        if (this.runDepth > 0) this.box.cur += ' ';
        return;
      case 'w:noBreakHyphen':
        if (this.runDepth > 0) this.box.cur += '-';
        return;
      case 'w:hyperlink':
        return this.addLink(this.rels.get(a['r:id'] ?? ''));
      case 'w:fldSimple':
        return this.addLink(HYPERLINK_FIELD.exec(a['w:instr'] ?? '')?.[1]);
      default:
        return this.property(tag.name, a);
    }
  }

  /** Row, cell and table properties of a table of the body (nested tables' own are not needed). */
  private property(name: string, a: Record<string, string>): void {
    if (this.tableDepth !== 1) return;
    const val = a['w:val'];
    if (name === 'w:gridBefore' && this.row && !this.cell) this.row.before = count(val, 0);
    else if (name === 'w:gridAfter' && this.row && !this.cell) this.row.after = count(val, 0);
    else if (name === 'w:gridSpan' && this.cell) this.cell.span = Math.max(1, count(val, 1));
    else if (name === 'w:vMerge' && this.cell) this.cell.vMerge = val === 'restart' ? 'restart' : 'continue';
    else if (name === 'w:hMerge' && this.cell) this.cell.hMergeContinue = val !== 'restart';
    else if (name === 'w:tblCaption' && this.table && !this.row && val) this.table.caption = val.trim();
  }

  close(tag: SaxesTagPlain): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    switch (tag.name) {
      case 'w:tbl':
        return this.closeTable();
      case 'w:tr':
        return this.closeRow();
      case 'w:tc':
        return this.closeCell();
      case 'w:r':
        this.runDepth = Math.max(0, this.runDepth - 1);
        return;
      case 'w:t':
        this.inText = false;
        return;
      case 'w:instrText':
        this.inInstr = false;
        return;
      case 'w:fldChar':
        return this.fieldChar(tag);
      case 'w:p':
        return this.closeParagraph();
    }
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.inText) this.box.cur += text;
    else if (this.inInstr) this.instr += text;
  }

  /** The end of a complex field's code: a HYPERLINK field's target is the link of its text. */
  private fieldChar(tag: SaxesTagPlain): void {
    const type = (tag.attributes as Record<string, string>)['w:fldCharType'];
    if (type === 'separate' || type === 'end') {
      this.addLink(HYPERLINK_FIELD.exec(this.instr)?.[1]);
      this.instr = '';
    }
  }

  private addLink(url: string | undefined): void {
    if (url && !this.box.links.includes(url)) this.box.links.push(url);
  }

  private closeParagraph(): void {
    const box = this.box;
    if (this.boxes.length === 1) {
      // A paragraph of the body: a title line of the next table when it shows something.
      const line = box.cur.trim();
      box.cur = '';
      box.links = [];
      if (line === '') return;
      this.above.push(line);
      if (this.above.length > MAX_TITLE_LINES) this.above.shift();
      return;
    }
    box.paras.push(box.cur);
    box.cur = '';
  }

  private openTable(): void {
    this.tableDepth++;
    if (this.tableDepth === 1) {
      this.table = { title: this.above, rows: [] };
      this.above = [];
    }
  }

  private closeTable(): void {
    this.tableDepth = Math.max(0, this.tableDepth - 1);
    if (this.tableDepth === 0 && this.table) {
      if (this.table.rows.length > 0) this.tables.push(this.table);
      this.table = null;
    }
  }

  private openRow(): void {
    if (this.tableDepth === 1) this.row = { before: 0, after: 0, cells: [] };
    else if (this.tableDepth > 1) this.nestedRows.push([]);
  }

  private closeRow(): void {
    if (this.tableDepth === 1 && this.row) {
      this.table?.rows.push(this.row);
      this.row = null;
    } else if (this.tableDepth > 1) {
      const cells = this.nestedRows.pop() ?? [];
      const line = cells.filter((c) => c !== '').join('; ');
      if (line !== '') this.box.paras.push(line);
    }
  }

  private openCell(): void {
    if (this.tableDepth === 0) return;
    if (this.tableDepth === 1) this.cell = { span: 1, vMerge: null, hMergeContinue: false, text: '', links: [] };
    this.boxes.push(newBox());
  }

  private closeCell(): void {
    if (this.tableDepth === 0 || this.boxes.length === 1) return;
    const box = this.boxes.pop() as TextBox;
    if (this.tableDepth === 1) {
      if (this.cell && this.row) {
        this.cell.text = boxText(box);
        this.cell.links = box.links;
        this.row.cells.push(this.cell);
      }
      this.cell = null;
      return;
    }
    // A cell of a nested table: one piece of its row's line; its links belong to the outer cell.
    this.nestedRows[this.nestedRows.length - 1]?.push(boxText(box, ' '));
    for (const url of box.links) this.addLink(url);
  }
}

/** The tables of a document.xml; `rels` maps relationship ids to their targets (hyperlinks). */
export function readDocumentTables(Parser: typeof SaxesParser, xml: string, rels: ReadonlyMap<string, string>): DocxTable[] {
  const walker = new DocumentWalker(rels);
  const parser = new Parser();
  parser.on('opentag', (tag) => walker.open(tag));
  parser.on('closetag', (tag) => walker.close(tag));
  parser.on('text', (text) => walker.text(text));
  parser.on('cdata', (text) => walker.text(text));
  parser.write(xml).close();
  return walker.tables;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a .rels part: the package's main document, the document's hyperlinks. */
export function readRelationships(Parser: typeof SaxesParser, xml: string): Relationship[] {
  const rels: Relationship[] = [];
  const parser = new Parser();
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'Relationship' && a.Id && a.Target) rels.push({ id: a.Id, type: a.Type ?? '', target: a.Target });
  });
  parser.write(xml).close();
  return rels;
}
