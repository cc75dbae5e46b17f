/**
 * core/text's topLevelMask for the cutting of responsible cells: the same state machine over
 * character codes, stepped one character at a time so that findCuts reads each character once
 * and builds no mask (true = outside every quote and, with `parens`, every parenthesis).
 */

/** A comma or semicolon followed by an organisation prefix and an opening quote: a new name starts («…, МБОУ «»). */
const NEW_NAME = /^[,;]\s*(?:[А-ЯЁ]{2,}\s*){1,3}[«"„“]/u;
/** What may stand before a " that opens a quote. */
const OPENS_AFTER = /[\s([{«„“\-–—/:;,]/u;

/** , ; « „ ‹ » › ” “ " ( ) — the characters the mask looks at. */
export function isMark(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x22 ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0x2039 ||
    c === 0x203a
  );
}

/**
 * topLevelMask's scan one character at a time: `mark(i, c)` for each character isMark accepts, in
 * order, tells whether it stands outside; between marks `outside` holds for every other character.
 */
export class TopLevelScan {
  /** The open quotes, innermost last: stack[0, open). A counter rather than the array's length, so a scan can be reused. */
  private readonly stack: number[] = [];
  private open = 0;
  private depth = 0;

  constructor(
    private s: string,
    private readonly parens: boolean,
  ) {}

  /** The same scan over another text, from its start (what a new scan would be, without allocating one). */
  reset(s: string): this {
    this.s = s;
    this.open = 0;
    this.depth = 0;
    return this;
  }

  get outside(): boolean {
    return this.open === 0 && this.depth === 0;
  }

  mark(i: number, c: number): boolean {
    const { s, stack } = this;
    if ((c === 0x2c || c === 0x3b) && this.open > 0 && NEW_NAME.test(s.slice(i, i + 40))) this.open = 0;
    let inside = this.open > 0 || this.depth > 0;
    if (c === 0xab || c === 0x201e || c === 0x2039) {
      // « „ ‹ open
      stack[this.open++] = c;
      inside = true;
    } else if (c === 0xbb || c === 0x203a || c === 0x201d) {
      // » › ” close
      if (this.open > 0) {
        this.open--;
        inside = true;
      }
    } else if (c === 0x201c) {
      // Russian „…“ closes with “; English “…” opens with it.
      if (this.open > 0 && stack[this.open - 1] === 0x201e) this.open--;
      else stack[this.open++] = c;
      inside = true;
    } else if (c === 0x22) {
      const opensHere = OPENS_AFTER.test(i > 0 ? s[i - 1] : ' ') || i === 0;
      if (!opensHere && this.open > 0) this.open--;
      else if (opensHere) stack[this.open++] = c;
      inside = true;
    } else if (this.parens && this.open === 0) {
      if (c === 0x28) {
        this.depth++;
        inside = true;
      } else if (c === 0x29 && this.depth > 0) {
        this.depth--;
        inside = true;
      }
    }
    return !inside;
  }
}

/** topLevelMask(s, { parens }) itself. */
export function topLevelFlags(s: string, parens: boolean): boolean[] {
  const n = s.length;
  const mask: boolean[] = new Array(n);
  const scan = new TopLevelScan(s, parens);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    mask[i] = isMark(c) ? scan.mark(i, c) : scan.outside;
  }
  return mask;
}
