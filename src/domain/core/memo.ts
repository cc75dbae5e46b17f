/**
 * A function of one text remembered in a bounded Map: real roadmaps repeat their cells («в течение
 * года», «УОиМП, ОЦПРМСО») hundreds of times, and each distinct text is parsed once. At most `cap`
 * texts are kept; when the map is full the oldest one goes, so memory stays bounded on tables whose
 * texts are all distinct.
 */
export function memoise<V>(fn: (text: string) => V, cap: number): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as V;
    const value = fn(text);
    if (cache.size >= cap) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
    return value;
  };
}
