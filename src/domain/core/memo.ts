/**
 * A function of one text remembered in a bounded Map: real roadmaps repeat their cells («в течение
 * года», «УОиМП, ОЦПРМСО») hundreds of times, and each distinct text is parsed once. At most `cap`
 * texts are kept; when the map is full the oldest one goes, so memory stays bounded on tables whose
 * texts are all distinct. The order of arrival is kept in a ring of `cap` keys, so forgetting the
 * oldest is one step (not a walk over a Map's deleted entries).
 *
 * On texts that do not repeat, remembering costs more than it saves (a miss, an insertion, an
 * eviction and the garbage of each): when a window of lookups finds almost nothing, the cache is
 * left alone for the next few windows and the function is called directly, then tried again. The
 * values are the same either way; only which calls share one object differs.
 */
const WINDOW = 512;
/** Fewer hits than this in a window: the texts are (nearly) all distinct. */
const FEW_HITS = WINDOW / 32;
/** Windows skipped after a window of few hits; doubled after each further one, up to MAX_SKIPPED_WINDOWS. */
const SKIPPED_WINDOWS = 4;
const MAX_SKIPPED_WINDOWS = 64;

/**
 * When a cache of texts should step aside: after a window of lookups with few hits, the next few
 * windows bypass it. While the trial windows keep finding few hits the stretch grows (4, 8, 16…
 * windows, at most 64); a window with hits brings it back to 4. Shared by memoise, the school-name
 * cache (parse/school-variants.ts) and the table's directory (roadmap/analyse.ts).
 */
export class StepAside {
  private lookups = 0;
  private hits = 0;
  private skipped = 0;
  private skipWindows = SKIPPED_WINDOWS;

  /** True while the cache is left alone; otherwise the lookup about to be made is counted. */
  bypass(): boolean {
    if (this.skipped > 0) {
      this.skipped--;
      return true;
    }
    if (++this.lookups === WINDOW) {
      if (this.hits < FEW_HITS) {
        this.skipped = this.skipWindows * WINDOW;
        if (this.skipWindows < MAX_SKIPPED_WINDOWS) this.skipWindows *= 2;
      } else this.skipWindows = SKIPPED_WINDOWS;
      this.lookups = 0;
      this.hits = 0;
    }
    return false;
  }

  /** The lookup found the text. */
  hit(): void {
    this.hits++;
  }
}

export function memoise<V>(fn: (text: string) => V, capAsked: number): (text: string) => V {
  const cap = Math.max(1, capAsked);
  const cache = new Map<string, V>();
  const order: string[] = [];
  let oldest = 0;
  const watch = new StepAside();
  const remember = (text: string): V => {
    const value = fn(text);
    if (order.length < cap) order.push(text);
    else {
      cache.delete(order[oldest]);
      order[oldest] = text;
      oldest = (oldest + 1) % cap;
    }
    cache.set(text, value);
    return value;
  };
  return (text) => {
    if (watch.bypass()) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) {
      watch.hit();
      return hit as V;
    }
    return remember(text);
  };
}
