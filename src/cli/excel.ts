/**
 * exceljs and jszip, imported on first use: only a command that reads or writes an .xlsx loads them
 * (exceljs alone is ~0.2 s and 666 modules at start-up, which a .csv/.tsv check never needs).
 *
 * exceljs 4.4's XML parsing (lib/utils/parse-sax.js) decodes each chunk of a stream on its own, so a
 * letter whose UTF-8 bytes fall across two chunks comes out as «��» — harmless when a book is loaded
 * whole (one chunk a part), not when it is streamed. exceljs is therefore required through Node's own
 * loader with that module replaced by one that decodes across chunks; `streamingSafe` says whether
 * that worked (when it did not, big books are loaded whole).
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

let excel: Promise<typeof ExcelJS> | undefined;
let zip: Promise<typeof JSZip> | undefined;
let patched = false;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  excel ??= Promise.resolve(requireWithDecoder()).then((m) => m ?? import('exceljs').then((e) => e.default));
  return excel;
}

export function loadJsZip(): Promise<typeof JSZip> {
  zip ??= import('jszip').then((m) => m.default);
  return zip;
}

/** exceljs' XML parsing decodes UTF-8 across chunks (see the module's comment). */
export function streamingSafe(): boolean {
  return patched;
}

type ParseSax = (iterable: AsyncIterable<unknown>) => AsyncGenerator<unknown>;

/** Where the bin (or the test runner) was started from, then the working folder: exceljs is resolved from there. */
function nodeRequire(): NodeJS.Require | null {
  // A global install's bin is a link: resolved from the real file, next to its node_modules.
  const bases = [process.argv[1], path.join(process.cwd(), 'index.js')];
  for (const base of bases) {
    try {
      if (!base) continue;
      const req = createRequire(fs.existsSync(base) ? fs.realpathSync(base) : base);
      req.resolve('exceljs/lib/utils/parse-sax.js');
      return req;
    } catch {
      // try the next base
    }
  }
  return null;
}

function requireWithDecoder(): typeof ExcelJS | null {
  const req = nodeRequire();
  if (!req) return null;
  try {
    // Already loaded by Node's loader: too late to replace its parser.
    if (req.cache[req.resolve('exceljs')]) return req('exceljs') as typeof ExcelJS;
    const file = req.resolve('exceljs/lib/utils/parse-sax.js');
    const original = req(file) as ParseSax;
    const cached = req.cache[file];
    if (!cached) return null;
    cached.exports = async function* parseSax(iterable: AsyncIterable<unknown>) {
      yield* original(decodeAcrossChunks(iterable as object));
    };
    const loaded = req('exceljs') as typeof ExcelJS;
    patched = true;
    return loaded;
  } catch {
    return null;
  }
}

/** The chunks of a stream as text, a letter split between two chunks kept whole. */
async function* decodeAcrossChunks(source: object): AsyncGenerator<string> {
  // An old-style stream (no async iterator), as exceljs' own parser handles it.
  const oldStyle = typeof (source as { pipe?: unknown }).pipe === 'function' && !(Symbol.asyncIterator in source);
  const iterable = oldStyle ? (source as NodeJS.ReadableStream).pipe(new PassThrough()) : (source as AsyncIterable<unknown>);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of iterable) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}
