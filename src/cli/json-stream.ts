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

/** Writes jsonForTerminal(value) and a line break to `out` in chunks of about 1 MB, waiting when the stream is full. */
export async function writeJsonStream(value: unknown, out: Writable): Promise<void> {
  let chunk = '';
  const flush = async (): Promise<void> => {
    const text = terminalSafe(chunk);
    chunk = '';
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  for (const piece of jsonPieces(value)) {
    chunk += piece;
    if (chunk.length >= 1 << 20) await flush();
  }
  chunk += '\n';
  await flush();
}
