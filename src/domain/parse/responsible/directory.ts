/**
 * A table's directory of abbreviations (the user's entries, the table's own definitions, the
 * built-in list) and expanding an abbreviation to its full name, each directory folded once.
 */
import { foldForMatch } from '../../core/text';
import { KNOWN_BODIES, type Definition, type OrgDirectory } from './definitions';
import { foldsLongerThan } from './fold';

/** A directory's entries folded once: folded abbreviation → full name of the first entry that has it. */
interface DirectoryIndex {
  length: number;
  byAbbr: Map<string, string>;
  /** The abbreviations as written → what byAbbr gives for their folded form (a lookup without folding). */
  asWritten: Map<string, string>;
  /** The length of the longest folded abbreviation. */
  longest: number;
}

const INDEXES = new WeakMap<OrgDirectory['entries'], DirectoryIndex>();

function directoryIndex(entries: OrgDirectory['entries']): DirectoryIndex {
  const known = INDEXES.get(entries);
  if (known && known.length === entries.length) return known;
  const index = emptyIndex();
  for (const e of entries) indexEntry(index, e, foldForMatch(e.abbr));
  index.length = entries.length;
  INDEXES.set(entries, index);
  return index;
}

function emptyIndex(): DirectoryIndex {
  return { length: 0, byAbbr: new Map(), asWritten: new Map(), longest: 0 };
}

/** One entry into the index, its abbreviation folded to `key`. */
function indexEntry(index: DirectoryIndex, e: OrgDirectory['entries'][number], key: string): void {
  if (key === '') return;
  let full = index.byAbbr.get(key);
  if (full === undefined && !index.byAbbr.has(key)) {
    full = e.full;
    index.byAbbr.set(key, full);
    index.longest = Math.max(index.longest, key.length);
  }
  // Whatever folds to this key gets its first entry's full name, this spelling too.
  index.asWritten.set(String(e.abbr ?? ''), full as string);
}

/**
 * A table's directory: the user's entries, then the table's own definitions and the built-in list
 * (`{ entries: [...user, ...buildDirectory(definitions, true).entries] }`), indexed as it is built,
 * each abbreviation folded once (for the repeats and for the index).
 */
export function tableDirectoryOf(user: OrgDirectory['entries'], definitions: Definition[], keys?: readonly string[]): OrgDirectory {
  // An odd user entry (no object) is left to the lazy index, which meets it as it always did.
  if (!user.every((e) => typeof e === 'object' && e !== null)) return { entries: [...user, ...buildDirectory(definitions, true).entries] };
  const entries: OrgDirectory['entries'] = [];
  const index = emptyIndex();
  for (const e of user) {
    entries.push(e);
    indexEntry(index, e, foldForMatch(e.abbr));
  }
  // uniqueDefinitions: the first definition of each folded abbreviation (the user's do not count).
  // The index knows every key but '' once a definition or a user entry has it: only keys the
  // user's entries have, and '', need a set of their own.
  const userKeys = new Set(index.byAbbr.keys());
  const seenOfUser = new Set<string>();
  for (let i = 0; i < definitions.length; i++) {
    const d = definitions[i];
    const key = keys !== undefined ? keys[i] : foldForMatch(d.abbr);
    if (userKeys.has(key) || key === '') {
      if (seenOfUser.has(key)) continue;
      seenOfUser.add(key);
      entries.push(d);
      indexEntry(index, d, key);
    } else if (!index.byAbbr.has(key)) {
      // indexEntry for a key the index lacks: no lookup again.
      entries.push(d);
      index.byAbbr.set(key, d.full);
      index.longest = Math.max(index.longest, key.length);
      index.asWritten.set(String(d.abbr ?? ''), d.full);
    }
  }
  for (const e of KNOWN_BODIES) {
    entries.push(e);
    indexEntry(index, e, foldForMatch(e.abbr));
  }
  index.length = entries.length;
  INDEXES.set(entries, index);
  return { entries };
}

/**
 * Full name of an abbreviation from the directory (exact abbreviation, any case, ё = е; the first
 * entry wins); else the name itself. The directory is folded once into a map, then each name is one
 * lookup. A name longer than every abbreviation even without its quotes and spaces (folding only
 * drops those, and lower case never shortens a character) is not folded at all.
 */
export function expandAbbreviation(name: string, dir: OrgDirectory): string {
  const s = String(name ?? '');
  // Nothing but quotes and spaces folds to '': no abbreviation.
  if (!foldsLongerThan(s, 0) || !dir?.entries) return name;
  return expandIn(directoryIndex(dir.entries), name, s);
}

/**
 * expandAbbreviation for one directory, its index kept at hand rather than looked up for every
 * name (looked up again, as expandAbbreviation would, if the entries change).
 */
export function abbreviationExpander(dir: OrgDirectory): (name: string) => string {
  let index: DirectoryIndex | null = null;
  let indexed: OrgDirectory['entries'] | null = null;
  return (name) => {
    const s = String(name ?? '');
    if (!foldsLongerThan(s, 0) || !dir?.entries) return name;
    if (index === null || indexed !== dir.entries || index.length !== dir.entries.length) {
      indexed = dir.entries;
      index = directoryIndex(indexed);
    }
    return expandIn(index, name, s);
  };
}

function expandIn(index: DirectoryIndex, name: string, s: string): string {
  if (foldsLongerThan(s, index.longest)) return name;
  const written = index.asWritten.get(s);
  if (written !== undefined && written !== null) return written;
  return index.byAbbr.get(foldForMatch(s)) ?? name;
}

/** Definitions without repeats: the first one of each abbreviation (any case, ё = е) is kept, as lookups use it. */
export function uniqueDefinitions(definitions: Definition[]): Definition[] {
  const seen = new Set<string>();
  return definitions.filter((d) => {
    const key = foldForMatch(d.abbr);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A directory from a document's own definitions, then the built-in KNOWN_BODIES. */
export function buildDirectory(definitions: Definition[] = [], includeKnown = true): OrgDirectory {
  return { entries: [...uniqueDefinitions(definitions), ...(includeKnown ? KNOWN_BODIES : [])] };
}
