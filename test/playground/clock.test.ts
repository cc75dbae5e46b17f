import { shiftedDate } from '../../src/playground/clock';

test("the sample's clock: a bare new Date() and Date.now() fall on the sample's day in Moscow; given instants are untouched", () => {
  const D = shiftedDate('2022-11-15');
  const now = new D();
  expect(now).toBeInstanceOf(Date);
  expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(now)).toBe('2022-11-15');
  expect(Math.abs(D.now() - now.getTime())).toBeLessThan(1000);
  expect(new D(0).getTime()).toBe(0);
  expect(new D('2021-09-01T00:00:00Z').toISOString()).toBe('2021-09-01T00:00:00.000Z');
  expect(D.UTC(2022, 0, 1)).toBe(Date.UTC(2022, 0, 1));
});
