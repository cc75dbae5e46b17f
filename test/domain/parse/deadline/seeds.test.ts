/** Deadline grammar — every deadline cell of the seeds' roadmaps is readable and dated (except item 3.10). */
import { fixtureText } from '../../../fixtures/load';
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import type { Period } from '../../../../src/domain/core/types';
import { A, C, S } from './cases';

// Every deadline cell of the seeds' roadmap tables, as written (seed 000: orders 305, 470, 476;
// seed 002: the 2018–2019 roadmap).
const SEED_000_ORDER_305 = ['октябрь 2021', 'в течение учебного года', 'июнь 2022', 'сентябрь 2021', 'февраль 2022', 'май 2022'];
const SEED_000_ORDER_470 = [
  'Январь 2022 года',
  'Март 2022года',
  'Февраль 2022',
  'До 27 марта 2022 г.',
  'До 27 марта 2022',
  'Март 2022 года',
  'Март – декабрь 2022 года',
  'До 1 апреля 2022',
  'С апреля ежеквартально',
  'Еженедельно по графику',
  'В течение года по специальному графику',
  'Ежемесячно с марта 2022',
  'Апрель – декабрь 2022 года согласно плану ОЦПРМСО',
  'Май 2022 года',
  'Март – май 2022 года',
  '<p>Сентябрь 2022 года</p> <p>Октябрь 2022 года</p> <p>Ноябрь 2022 года</p>',
  'Ноябрь 2022 года',
  'Сентябрь – декабрь 2022 года',
  'Октябрь 2022 года',
  'Апрель – декабрь 2022 года',
  'Декабрь 2022 года',
  'Апрель – декабрь 2022 год',
  'С марта 2022 г. ежемесячно',
  'Апрель – декабрь 2021 года согласно плану ОЦПРМСО',
  'Апрель-май 2021 года',
  'июль 2022 г.',
  'Ноябрь 2022 г.',
  'Декабрь 2022 г.',
];
const SEED_000_ORDER_476 = [
  'январь 2022',
  'ежегодно (сентябрь -октябрь)',
  'ежегодно (август)',
  'в течение всего периода',
  'ежегодно (июль-август)',
  'ежегодно (май-июнь)',
];
const SEED_002 = [
  'Март',
  'Март-апрель',
  'Март\n\nАпрель-октябрь',
  ' Март, октябрь,    ноябрь',
  ' В течение года',
  'Март - июнь',
  'Март - ноябрь',
  'В течение года ',
  'Март-декабрь',
  'Ноябрь-декабрь',
  'Май\n\nИюнь\n\nсентябрь, ноябрь',
  'апрель-декабрь',
  'Март ',
  'Март – декабрь\nСентябрь - октябрь \n\nОктябрь-ноябрь\n\nНоябрь - декабрь',
  'Март- ноябрь',
  'В течении года',
];

describe('parseDeadline: the seeds', () => {
  const groups: [string, string[], Period][] = [
    ['000 order 305 (2021/2022)', SEED_000_ORDER_305, A],
    ['000 order 470 (2022)', SEED_000_ORDER_470, C],
    ['000 order 476 (2021-2024)', SEED_000_ORDER_476, S],
    ['002 (2018-2019)', SEED_002, { kind: 'span', label: '2018-2019', start: '2018-01-01', end: '2019-12-31' }],
  ];
  test.each(groups)('every deadline of %s is readable and dated', (_name, texts, period) => {
    for (const t of texts) {
      const res = parseDeadline(t, period);
      expect({ t, readable: res.readable }).toEqual({ t, readable: true });
      expect({ t, dated: res.deadline.start !== null && res.deadline.end !== null }).toEqual({ t, dated: true });
    }
  });

  test('item 3.10 of order 305 (a responsible body in the deadline column) is unreadable', () => {
    const res = parseDeadline('УОиМП, ОЦПРМСО', A);
    expect(res.readable).toBe(false);
    expect(res.deadline).toEqual({ text: 'УОиМП, ОЦПРМСО', start: null, end: null, recurrence: null, unscheduled: false });
  });

  test('every deadline cell of the seed 000 tables, read from the whole document', () => {
    // seed000-whole-document.tsv is seed 000 line for line (test/fixtures/README.md).
    const lines = fixtureText('seed000-whole-document.tsv').split('\n');
    // [first line, last line, deadline column, period] of each roadmap table (1-based lines)
    const tables: [number, number, number, Period][] = [
      [64, 107, 2, A],
      [223, 284, 2, C],
      [445, 459, 2, S],
    ];
    let seen = 0;
    for (const [from, to, col, period] of tables) {
      for (let n = from; n <= to; n++) {
        const cells = lines[n - 1].split('\t');
        const cell = (cells[col] ?? '').trim();
        if (cell === '' || /^(Сроки|Срок)/.test(cell) || /^-+$/.test(cell)) continue;
        seen++;
        const res = parseDeadline(cell, period);
        const isItem310 = cells[0] === '3.10';
        expect({ cell, readable: res.readable }).toEqual({ cell, readable: !isItem310 });
      }
    }
    expect(seen).toBeGreaterThan(70);
  });
});
