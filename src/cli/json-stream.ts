/**
 * `check --json` on a big table: the document written in pieces, so the whole text never sits in
 * memory at once (a 100k-row check is ~190 MB of JSON: as one string, then as one buffer, it was
 * most of the run's peak). The bytes are exactly jsonForTerminal(value) + "\n".
 */
import type { Writable } from 'node:stream';

const TERMINAL_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const terminalSafe = (s: string): string => s.replace(TERMINAL_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Values this deep are stringified whole: root 0, files 1, a file 2, sheets 3, a sheet 4, measures 5, a measure 6. */
const SPLIT_DEPTH = 6;
/** How many such values of one array are stringified by one call. */
const BATCH = 200;

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** The text of JSON.stringify(value, null, 2) in pieces, for a value nested `depth` levels deep. */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const plain = value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function';
  if (plain || depth >= SPLIT_DEPTH) {
    // A nested value's own lines are indented by its depth (strings never hold a raw line break).
    const text = JSON.stringify(value, null, 2);
    yield depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
    return;
  }
  const pad = `\n${'  '.repeat(depth + 1)}`;
  const close = `\n${'  '.repeat(depth)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    if (depth + 1 === SPLIT_DEPTH) {
      yield* batchedElements(value, depth);
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}${pad}`;
      if (skipped(value[i])) yield 'null';
      else yield* jsonPieces(value[i], depth + 1);
    }
    yield `${close}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !skipped(record[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  for (let i = 0; i < keys.length; i++) {
    yield `${i === 0 ? '{' : ','}${pad}${JSON.stringify(keys[i])}: `;
    yield* jsonPieces(record[keys[i]], depth + 1);
  }
  yield `${close}}`;
}

/**
 * A non-empty array whose elements are stringified whole, BATCH elements a call: each batch is wrapped
 * in `depth` more arrays, so that JSON.stringify indents it as it stands in the document, and the
 * wrappers' brackets are cut off. One call per element, each re-indented by a replace, was most of the
 * writer's time.
 */
function* batchedElements(value: unknown[], depth: number): Generator<string> {
  // JSON.stringify([[X]], null, 2) is "[\n  [\n    X\n  ]\n]": array k (0…depth) of the wrapping opens
  // with «[», a line break and 2(k + 1) spaces, and closes with a line break, 2k spaces and «]».
  let open = 0;
  let close = 0;
  for (let k = 0; k <= depth; k++) {
    open += 2 + 2 * (k + 1);
    close += 2 + 2 * k;
  }
  // Each batch's text starts at its first element's line break and indent, as the element loop writes it.
  const pad = 1 + 2 * (depth + 1);
  for (let i = 0; i < value.length; i += BATCH) {
    let wrapped: unknown = value.slice(i, i + BATCH);
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    yield (i === 0 ? '[' : ',') + text.slice(open - pad, text.length - close);
  }
  yield `\n${'  '.repeat(depth)}]`;
}

/** Writes jsonForTerminal(value) and a line break to `out` in chunks of about 1 MB, waiting when the stream is full. */
export async function writeJsonStream(value: unknown, out: Writable): Promise<void> {
  // Pieces joined once a chunk is full: a string grown by += is flattened from thousands of parts.
  let pieces: string[] = [];
  let length = 0;
  const flush = async (): Promise<void> => {
    const text = terminalSafe(pieces.join(''));
    pieces = [];
    length = 0;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  for (const piece of jsonPieces(value)) {
    pieces.push(piece);
    length += piece.length;
    if (length >= 1 << 20) await flush();
  }
  pieces.push('\n');
  await flush();
}
