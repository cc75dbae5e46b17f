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
  private readonly stack: number[] = [];
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly parens: boolean,
  ) {}

  get outside(): boolean {
    return this.stack.length === 0 && this.depth === 0;
  }

  mark(i: number, c: number): boolean {
    const { s, stack } = this;
    if ((c === 0x2c || c === 0x3b) && stack.length > 0 && NEW_NAME.test(s.slice(i, i + 40))) stack.length = 0;
    let inside = stack.length > 0 || this.depth > 0;
    if (c === 0xab || c === 0x201e || c === 0x2039) {
      // « „ ‹ open
      stack.push(c);
      inside = true;
    } else if (c === 0xbb || c === 0x203a || c === 0x201d) {
      // » › ” close
      if (stack.length > 0) {
        stack.pop();
        inside = true;
      }
    } else if (c === 0x201c) {
      // Russian „…“ closes with “; English “…” opens with it.
      if (stack.length > 0 && stack[stack.length - 1] === 0x201e) stack.pop();
      else stack.push(c);
      inside = true;
    } else if (c === 0x22) {
      const opensHere = OPENS_AFTER.test(i > 0 ? s[i - 1] : ' ') || i === 0;
      if (!opensHere && stack.length > 0) stack.pop();
      else if (opensHere) stack.push(c);
      inside = true;
    } else if (this.parens && stack.length === 0) {
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
