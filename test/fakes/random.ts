/** Deterministic generators for tests (xorshift32): the same sequence on every run, for a seed. */
function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}

/** Numbers in [0, 1). */
export function rng(seed: number): () => number {
  const next = xorshift(seed);
  return () => next() / 4294967296;
}

/** Whole numbers in [0, n) for the n asked each time. */
export function picker(seed: number): (n: number) => number {
  const next = xorshift(seed);
  return (n) => next() % n;
}
