/**
 * A table from the clipboard as a grid of text and its merged ranges: from text/html (what Word,
 * a PDF viewer or a browser put there: the largest <table>, colspan/rowspan as merges, <br> and
 * paragraphs as line breaks, the paragraphs above it as title lines) or from text/plain (tabs
 * between cells; Word's line break inside a cell comes as a vertical tab).
 */
export interface PastedTable {
  grid: string[][];
  merges: { row: number; col: number; rows: number; cols: number }[];
}

const BLOCK = /^(?:P|DIV|LI|H[1-6]|TR|TABLE|BR)$/;

/** The text of a cell as the user sees it: line breaks for <br> and paragraphs, spaces collapsed. */
function cellText(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      out += (n.textContent ?? '').replace(/[ \t\r\n\u00a0]+/g, ' ');
      return;
    }
    if (!(n instanceof Element)) return;
    if (n.tagName === 'BR') {
      out += '\n';
      return;
    }
    if (/^(?:STYLE|SCRIPT|HEAD)$/.test(n.tagName)) return;
    for (const c of Array.from(n.childNodes)) walk(c);
    if (BLOCK.test(n.tagName)) out += '\n';
  };
  walk(node);
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

/** The rows of a <table>, spans placed on a grid of occupied cells. */
function tableGrid(table: HTMLTableElement, top: number): PastedTable {
  const grid: string[][] = [];
  const merges: PastedTable['merges'] = [];
  const taken: boolean[][] = [];
  Array.from(table.rows).forEach((tr, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const td of Array.from(tr.cells)) {
      while (taken[r][c]) c++;
      const rows = Math.max(1, Math.min(500, td.rowSpan || 1));
      const cols = Math.max(1, Math.min(60, td.colSpan || 1));
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) (taken[r + i] ??= [])[c + j] = true;
      grid[r][c] = cellText(td);
      if (rows > 1 || cols > 1) merges.push({ row: top + r, col: c, rows, cols });
      c += cols;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { grid: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')), merges };
}

export function fromHtml(html: string): PastedTable | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const tables = Array.from(doc.querySelectorAll('table')).filter((t) => !t.parentElement?.closest('table'));
  if (tables.length === 0) return null;
  const table = tables.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
  // Paragraphs before the table (its title, «на 2022 год»): one line per row above it.
  const titles: string[] = [];
  for (let n = table.previousElementSibling; n && titles.length < 6; n = n.previousElementSibling) {
    const t = cellText(n);
    if (t) titles.unshift(...t.split('\n').filter(Boolean));
  }
  const body = tableGrid(table, titles.length);
  return { grid: [...titles.map((t) => [t]), ...body.grid], merges: body.merges };
}

export function fromText(text: string): PastedTable | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) return null;
  return { grid: lines.map((l) => l.split('\t').map((c) => c.replace(/\v/g, '\n').trim())), merges: [] };
}

/** What the paste holds: the HTML table when there is one, else the text. */
export function readPaste(data: DataTransfer | null): PastedTable | null {
  if (!data) return null;
  const html = data.getData('text/html');
  return (html ? fromHtml(html) : null) ?? fromText(data.getData('text/plain'));
}
