import { runFromNoon } from './clock';

test('runFromNoon: bare new Date() and Date.now() start at noon in Moscow of the day and advance; given instants are the host’s', () => {
  const Host = Date;
  const restore = runFromNoon('2026-12-01');
  try {
    const moscow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
    expect(moscow.format(new Date())).toBe('2026-12-01, 12:00');
    const a = Date.now();
    while (Date.now() === a);
    expect(Date.now() - Date.UTC(2026, 11, 1, 9)).toBeLessThan(5000);
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date() instanceof Date).toBe(true);
  } finally {
    restore();
  }
  expect(Date).toBe(Host);
});
