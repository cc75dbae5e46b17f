/** The bookkeeping of findSchoolVariants (school.ts): a cache of a table's texts and the forms of each school key. */
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
 * The forms of each school key met so far, and the rows of each form. A key met once is kept in four
 * arrays (its form, where its text is, and row), the Map holding its index: most keys of a table are met once, and a
 * Variant with a rows array for each would outlive the young generation by the thousand. A key met
 * again gets a Variant; a Map of Variants once a second form turns up.
 */
export class VariantGroups {
  private readonly groups = new Map<string | number, number | Variant | Map<string, Variant>>();
  private readonly firstForms: string[] = [];
  private readonly firstMentions: number[] = [];
  private readonly firstOrdinals: number[] = [];
  private readonly firstRows: number[] = [];
  private order = 0; // of a Variant's making: the order of its form's first mention within its key

  /** A school of key `key` and honorific form `form`, school `ordinal` of mention `mention` (its text is asked for at the end). */
  add(key: string | number, form: string, mention: number, ordinal: number, row: number): void {
    let entry = this.groups.get(key);
    if (entry === undefined) {
      this.groups.set(key, this.firstForms.length);
      this.firstForms.push(form);
      this.firstMentions.push(mention);
      this.firstOrdinals.push(ordinal);
      this.firstRows.push(row);
      return;
    }
    if (typeof entry === 'number') {
      entry = this.variant(this.firstForms[entry], this.firstMentions[entry], this.firstOrdinals[entry], this.firstRows[entry]);
      this.groups.set(key, entry);
    }
    if (entry instanceof Map) {
      const v = entry.get(form);
      if (v) addRow(v, row);
      else entry.set(form, this.variant(form, mention, ordinal, row));
    } else if (entry.form === form) addRow(entry, row);
    else this.groups.set(key, new Map([[entry.form, entry]]).set(form, this.variant(form, mention, ordinal, row)));
  }

  /**
   * The keys with two forms or more, in the order of their first mention: the key and each form's first
   * text, from `schoolOf` the school each names, and its rows, rising.
   */
  variants(schoolOf: (mention: number, ordinal: number) => { key: string; text: string }): { key: string; variants: { text: string; rows: number[] }[] }[] {
    const out: { key: string; variants: { text: string; rows: number[] }[] }[] = [];
    // forEach, not for-of: an entry array and a result object per key (thousands) would be made.
    this.groups.forEach((forms) => {
      if (!(forms instanceof Map) || forms.size < 2) return;
      const sorted = [...forms.values()].sort((a, b) => a.order - b.order);
      const schools = sorted.map((v) => schoolOf(v.mention, v.ordinal));
      const variants = sorted.map((v, i) => ({ text: schools[i].text, rows: [...v.rows].sort((x, y) => x - y) }));
      out.push({ key: schools[0].key, variants });
    });
    return out;
  }

  /** A new variant holds its first row. */
  private variant(form: string, mention: number, ordinal: number, row: number): Variant {
    return { form, mention, ordinal, rows: [row], seen: null, order: this.order++ };
  }
}
