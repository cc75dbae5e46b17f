/** The bookkeeping of findSchoolVariants (school.ts): a cache of a table's texts and the forms of each school key. */
import { IntMap } from '../core/int-map';
import { StepAside } from '../core/memo';

/**
 * fn of a text, for the texts of one table: a text met again is read from a cache. A result is kept
 * only from a text's second sighting on (null: met once): on a table whose texts are all distinct,
 * results kept for thousands of rows outlive the young generation and cost the garbage collector more
 * than the reading itself. `keep` copies a value that is kept (fn may return a reused record). Past 4096 texts the cache is emptied at once (cheaper than forgetting one by
 * one). When a window of texts brings almost no text back, the next few windows are read without the
 * cache (its look-ups and insertions cost more than they save), then it is tried again.
 */
export function sightingCache<V>(fn: (text: string) => V, keep: (value: V) => V = (v) => v): (text: string) => V {
  const sightings = new Map<string, V | null>();
  const watch = new StepAside();
  return (text) => {
    if (watch.bypass()) return fn(text);
    const known = sightings.get(text);
    if (known === undefined) {
      if (sightings.size >= 4096) sightings.clear();
      sightings.set(text, null);
      return fn(text);
    }
    watch.hit();
    if (known !== null) return known;
    const value = keep(fn(text));
    sightings.set(text, value);
    return value;
  };
}

interface Variant {
  form: string;
  /** Its first text: school `ordinal` (of those with an honorific) of mention `mention`. */
  mention: number;
  ordinal: number;
  /** Rows in order of first mention, each once. */
  rows: number[];
  /** The rows as a set, made only when a row comes that is not above every row so far. */
  seen: Set<number> | null;
  order: number;
}

function addRow(v: Variant, row: number): void {
  // Rows mostly come in rising order: a row above the last one is new without a look-up.
  if (v.seen === null && (v.rows.length === 0 || row > v.rows[v.rows.length - 1])) {
    v.rows.push(row);
    return;
  }
  v.seen ??= new Set(v.rows);
  if (!v.seen.has(row)) {
    v.seen.add(row);
    v.rows.push(row);
  }
}

/**
 * The forms of each school key met so far, and the rows of each form. Each key gets an index at its
 * first mention (a numbered key through an IntMap, another through a Map): most keys of a table are met
 * once, and what a key met once needs (its form, where its text is, its row) is kept in one typed array
 * by index, out of the garbage collector's way; a Map entry per key, or a Variant with a rows array for
 * each, would outlive the young generation by the thousand. A key met again gets a Variant; a Map of
 * Variants once a second form turns up.
 */
export class VariantGroups {
  private readonly numbered: IntMap;
  private readonly named = new Map<string, number>();
  private count = 0;
  /** Of the key of each index, as first met: form id, mention, ordinal, row (FIELDS numbers each). */
  private firsts: Float64Array;
  /** The forms by id (few: one honorific stands in many rows), and the id of the last one asked for. */
  private readonly forms: string[] = [];
  private readonly formIds = new Map<string, number>();
  private lastForm: string | null = null;
  private lastFormId = -1;
  /** The keys met again, by index. */
  private readonly again = new Map<number, Variant | Map<string, Variant>>();
  private order = 0; // of a Variant's making: the order of its form's first mention within its key

  /** `expected`: about how many keys will come (the tables grow past it). */
  constructor(expected = 16) {
    this.numbered = new IntMap(expected);
    this.firsts = new Float64Array(FIELDS * Math.max(16, expected));
  }

  /** A school of key `key` and honorific form `form`, school `ordinal` of mention `mention` (its text is asked for at the end). */
  add(key: string | number, form: string, mention: number, ordinal: number, row: number): void {
    // A numbered key (numberKey) is a non-negative integer below 2^31: the IntMap holds it as it is.
    const index = typeof key === 'number' ? this.numbered.get(key) : (this.named.get(key) ?? -1);
    if (index < 0) {
      const n = this.count++;
      if (typeof key === 'number') this.numbered.set(key, n);
      else this.named.set(key, n);
      if (FIELDS * this.count > this.firsts.length) this.grow();
      const at = FIELDS * n;
      this.firsts[at] = this.formId(form);
      this.firsts[at + 1] = mention;
      this.firsts[at + 2] = ordinal;
      this.firsts[at + 3] = row;
      return;
    }
    let entry = this.again.get(index);
    if (entry === undefined) {
      const at = FIELDS * index;
      const f = this.firsts;
      entry = this.variant(this.forms[f[at]], f[at + 1], f[at + 2], f[at + 3]);
      this.again.set(index, entry);
    }
    if (entry instanceof Map) {
      const v = entry.get(form);
      if (v) addRow(v, row);
      else entry.set(form, this.variant(form, mention, ordinal, row));
    } else if (entry.form === form) addRow(entry, row);
    else this.again.set(index, new Map([[entry.form, entry]]).set(form, this.variant(form, mention, ordinal, row)));
  }

  /**
   * The keys with two forms or more, in the order of their first mention: the key and each form's first
   * text, from `schoolOf` the school each names, and its rows, rising.
   */
  variants(schoolOf: (mention: number, ordinal: number) => { key: string; text: string }): { key: string; variants: { text: string; rows: number[] }[] }[] {
    const out: { key: string; variants: { text: string; rows: number[] }[] }[] = [];
    const reported: number[] = [];
    this.again.forEach((forms, index) => {
      if (forms instanceof Map && forms.size >= 2) reported.push(index);
    });
    // A key's index is the order of its first mention.
    reported.sort((a, b) => a - b);
    for (const index of reported) {
      const forms = this.again.get(index) as Map<string, Variant>;
      const sorted = [...forms.values()].sort((a, b) => a.order - b.order);
      const schools = sorted.map((v) => schoolOf(v.mention, v.ordinal));
      const variants = sorted.map((v, i) => ({ text: schools[i].text, rows: [...v.rows].sort((x, y) => x - y) }));
      out.push({ key: schools[0].key, variants });
    }
    return out;
  }

  /** The id of a form: the last one's again, mostly. */
  private formId(form: string): number {
    if (form === this.lastForm) return this.lastFormId;
    let id = this.formIds.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.forms.push(form);
      this.formIds.set(form, id);
    }
    this.lastForm = form;
    this.lastFormId = id;
    return id;
  }

  private grow(): void {
    const bigger = new Float64Array(this.firsts.length * 2);
    bigger.set(this.firsts);
    this.firsts = bigger;
  }

  /** A new variant holds its first row. */
  private variant(form: string, mention: number, ordinal: number, row: number): Variant {
    return { form, mention, ordinal, rows: [row], seen: null, order: this.order++ };
  }
}

const FIELDS = 4;
