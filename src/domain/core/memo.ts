/**
 * A function of one text remembered in a bounded Map: real roadmaps repeat their cells («в течение
 * года», «УОиМП, ОЦПРМСО») hundreds of times, and each distinct text is parsed once. At most `cap`
 * texts are kept; when the map is full the oldest one goes, so memory stays bounded on tables whose
 * texts are all distinct. The order of arrival is kept in a ring of `cap` keys, so forgetting the
 * oldest is one step (not a walk over a Map's deleted entries).
 */
export function memoise<V>(fn: (text: string) => V, capAsked: number): (text: string) => V {
  const cap = Math.max(1, capAsked);
  const cache = new Map<string, V>();
  const order: string[] = [];
  let oldest = 0;
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as V;
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
}
