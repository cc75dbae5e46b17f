import { memoise, StepAside } from '../../../src/domain/core/memo';

/** The lengths of the runs of bypass() answers over `lookups` calls, hits on the lookups `hit` says. */
function runs(watch: StepAside, lookups: number, hit: (i: number) => boolean = () => false): string[] {
  const out: string[] = [];
  let last: boolean | null = null;
  let length = 0;
  for (let i = 0; i < lookups; i++) {
    const bypass = watch.bypass();
    if (!bypass && hit(i)) watch.hit();
    if (bypass !== last && last !== null) {
      out.push(`${last ? 'skip' : 'try'} ${length}`);
      length = 0;
    }
    last = bypass;
    length++;
  }
  out.push(`${last ? 'skip' : 'try'} ${length}`);
  return out;
}

describe('StepAside: a growing back-off on texts that never repeat', () => {
  test('the skipped stretch doubles while the trial windows find few hits, up to 64 windows', () => {
    const w = 512;
    expect(runs(new StepAside(), w * 300)).toEqual([
      `try ${w}`,
      `skip ${4 * w}`,
      `try ${w}`,
      `skip ${8 * w}`,
      `try ${w}`,
      `skip ${16 * w}`,
      `try ${w}`,
      `skip ${32 * w}`,
      `try ${w}`,
      `skip ${64 * w}`,
      `try ${w}`,
      `skip ${64 * w}`,
      `try ${w}`,
      `skip ${64 * w}`,
      `try ${w}`,
      `skip ${40 * w}`, // 300 windows: 8 tried, 252 skipped before
    ]);
  });

  test('a trial window with hits brings the stretch back to 4 windows', () => {
    const w = 512;
    // Hits only in the third trial window (lookups 14w…15w): the cache is kept, then distinct again.
    const hit = (i: number) => i >= 14 * w && i < 15 * w;
    expect(runs(new StepAside(), 26 * w, hit)).toEqual([
      `try ${w}`,
      `skip ${4 * w}`,
      `try ${w}`,
      `skip ${8 * w}`,
      `try ${2 * w}`, // the window with hits, then one without
      `skip ${4 * w}`,
      `try ${w}`,
      `skip ${5 * w}`,
    ]);
  });
});

describe('memoise with the back-off', () => {
  test('a repeated text is found again after a long distinct stretch, and the values never change', () => {
    let calls = 0;
    const parse = memoise((t: string) => {
      calls++;
      return { t };
    }, 4096);
    for (let i = 0; i < 40000; i++) expect(parse(`срок ${i}`)).toEqual({ t: `срок ${i}` });
    calls = 0;
    for (let i = 0; i < 40000; i++) expect(parse('март 2022')).toEqual({ t: 'март 2022' });
    // At most one skipped stretch (64 windows) and a trial window parse it; then it is remembered.
    expect(calls).toBeLessThanOrEqual(65 * 512 + 1);
    const a = parse('март 2022');
    expect(parse('март 2022')).toBe(a);
  });

  test('the cache stays bounded: past the cap, the oldest text is parsed again', () => {
    const calls: string[] = [];
    const parse = memoise((t: string) => {
      calls.push(t);
      return t.length;
    }, 3);
    // Hits in every window: the cache is never left alone.
    for (let round = 0; round < 400; round++) for (const t of ['а', 'б', 'в']) parse(t);
    expect(calls).toEqual(['а', 'б', 'в']);
    parse('г'); // «а» goes
    parse('б');
    parse('а');
    expect(calls).toEqual(['а', 'б', 'в', 'г', 'а']);
  });
});
