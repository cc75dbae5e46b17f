/**
 * What Sheets keeps besides a cell's value: rich text with links (RichTextValue and its builder),
 * the value a HYPERLINK formula shows, and merged ranges (which move with inserted and deleted rows).
 */
import type { CellValue } from './types';

/** A link run of a rich text: [start, end) in the text, and its URL (null for plain runs). */
export interface RichRun {
  start: number;
  end: number;
  url: string | null;
}

export interface RichModel {
  text: string;
  runs: RichRun[];
}

/** A merged range, 1-based. */
export interface MergeModel {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const HYPERLINK = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[;,]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;

/** The value a formula shows where the emulator can tell: a HYPERLINK's label (or its URL); '' otherwise. */
export function formulaValue(formula: string): CellValue {
  const m = HYPERLINK.exec(formula);
  if (!m) return '';
  const unquote = (s: string) => s.replace(/""/g, '"');
  return unquote(m[2] ?? m[1]);
}

/** The URL of a HYPERLINK formula, or null. */
export function formulaLink(formula: string): string | null {
  const m = HYPERLINK.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}

class RichRunImpl {
  constructor(
    private readonly _text: string,
    private readonly _run: RichRun,
  ) {}
  getText(): string {
    return this._text.slice(this._run.start, this._run.end);
  }
  getStartIndex(): number {
    return this._run.start;
  }
  getEndIndex(): number {
    return this._run.end;
  }
  getLinkUrl(): string | null {
    return this._run.url;
  }
}

/** A RichTextValue as Apps Script hands it over: the text, its runs, the link of the whole text. */
export class RichTextValueImpl {
  constructor(readonly _m: RichModel) {}
  getText(): string {
    return this._m.text;
  }
  /** The URL when the whole text (or the given span) is one link, else null. */
  getLinkUrl(start = 0, end = this._m.text.length): string | null {
    const runs = this._m.runs.filter((r) => r.end > start && r.start < end);
    const urls = new Set(runs.map((r) => r.url));
    return urls.size === 1 ? [...urls][0] : null;
  }
  getRuns(): RichRunImpl[] {
    return this._m.runs.map((r) => new RichRunImpl(this._m.text, r));
  }
  copy(): RichTextValueBuilderImpl {
    const b = new RichTextValueBuilderImpl();
    b._m = { text: this._m.text, runs: this._m.runs.map((r) => ({ ...r })) };
    return b;
  }
}

export class RichTextValueBuilderImpl {
  _m: RichModel = { text: '', runs: [] };
  setText(text: string): this {
    this._m = { text, runs: [{ start: 0, end: text.length, url: null }] };
    return this;
  }
  /** setLinkUrl(url) for the whole text, or setLinkUrl(start, end, url) for a span. */
  setLinkUrl(a: number | string | null, b?: number, c?: string | null): this {
    const [start, end, url] = typeof a === 'number' ? [a, b ?? this._m.text.length, c ?? null] : [0, this._m.text.length, a];
    const runs: RichRun[] = [];
    for (const r of this._m.runs) {
      if (r.end <= start || r.start >= end) runs.push(r);
      else {
        if (r.start < start) runs.push({ start: r.start, end: start, url: r.url });
        if (r.end > end) runs.push({ start: end, end: r.end, url: r.url });
      }
    }
    runs.push({ start, end, url });
    this._m.runs = runs.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start);
    return this;
  }
  setTextStyle(): this {
    return this;
  }
  build(): RichTextValueImpl {
    return new RichTextValueImpl({ text: this._m.text, runs: this._m.runs.map((r) => ({ ...r })) });
  }
}

/** Merges after rows [position, position + count) are deleted: shrunk, moved up, or gone. */
export function mergesAfterDelete(merges: MergeModel[], position: number, count: number): MergeModel[] {
  const last = position + count - 1;
  const out: MergeModel[] = [];
  for (const m of merges) {
    const end = m.row + m.numRows - 1;
    if (end < position) out.push(m);
    else if (m.row > last) out.push({ ...m, row: m.row - count });
    else {
      const kept = m.numRows - (Math.min(end, last) - Math.max(m.row, position) + 1);
      if (kept > 0) out.push({ ...m, row: Math.min(m.row, position), numRows: kept });
    }
  }
  return out.filter((m) => m.numRows * m.numCols > 1);
}

/** Merges after `count` rows are inserted below row `after`: moved down, or grown when inside. */
export function mergesAfterInsert(merges: MergeModel[], after: number, count: number): MergeModel[] {
  return merges.map((m) => {
    if (m.row > after) return { ...m, row: m.row + count };
    if (m.row + m.numRows - 1 > after) return { ...m, numRows: m.numRows + count };
    return m;
  });
}
