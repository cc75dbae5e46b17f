/** Cell text clean-up and the content heuristics. */
import { cleanCell, cleanText, fold, htmlToText, looksLikeDeadline, looksLikeNumber, looksLikeResponsible } from '../../../src/domain/table';
import { NO_FOLDED_CHAR, UNKNOWN_FOLD, firstCodeOfFolded, foldedFirstCode } from '../../../src/domain/table/text';
import { trimmed } from '../../../src/domain/core/text';

describe('cleanText', () => {
  it.each([
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['<p>Первый</p><p>Второй</p>', 'Первый\nВторой'],
    ['<p>Сентябрь 2022 года</p> <p>Октябрь 2022 года</p>', 'Сентябрь 2022 года\nОктябрь 2022 года'],
    ['строка<br>строка<br/>строка<BR />', 'строка\nстрока\nстрока'],
    ['<u>Директор</u> <i>школы</i> <b>№ 1</b>', 'Директор школы № 1'],
    ['&laquo;500+&raquo;&nbsp;&mdash; проект', '«500+» — проект'],
    ['A&amp;B &lt;p&gt; &#171;x&#187; &#x2116;', 'A&B <p> «x» №'],
    ['<ul style="list-style-type: none"> - первый; - второй;</ul>', '- первый;\n- второй;'],
    ['Текст: <ul style="list-style-type: none"> - а; - б', 'Текст:\n- а;\n- б'],
    ['<a href="https://x.ru/doc.pdf">Приказ</a>', 'Приказ (https://x.ru/doc.pdf)'],
    ['<a href="https://x.ru">https://x.ru</a>', 'https://x.ru'],
    ['<span style="color:red">красный</span>', 'красный'],
  ])('HTML %j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('leaves text that only looks a bit like markup alone', () => {
    expect(cleanText('Доля < 50% и > 10%')).toBe('Доля < 50% и > 10%');
    expect(cleanText('МБОУ «СШ № 21» - МБОУ «СШ № 40»')).toBe('МБОУ «СШ № 21» - МБОУ «СШ № 40»');
  });

  it('collapses spaces, trims lines, keeps at most one empty line', () => {
    expect(cleanText('  Март,\u00a0октябрь,    ноябрь  ')).toBe('Март, октябрь, ноябрь');
    expect(cleanText('Май\r\n\r\n\r\n  Июнь \n\n\n\nсентябрь')).toBe('Май\n\nИюнь\n\nсентябрь');
    expect(cleanText('\n\n  \n')).toBe('');
    expect(cleanText('а\tб\u200bв\u00adг')).toBe('а бвг');
  });

  it('htmlToText does not touch the line structure of plain text', () => {
    expect(htmlToText('a\nb')).toBe('a\nb');
  });
});

describe('cleanCell', () => {
  it('keeps typed values, empties become null', () => {
    const d = new Date(2023, 2, 1);
    expect(cleanCell(d)).toBe(d);
    expect(cleanCell(5)).toBe(5);
    expect(cleanCell(false)).toBe(false);
    expect(cleanCell(NaN)).toBeNull();
    expect(cleanCell('  ')).toBeNull();
    expect(cleanCell('<p>&nbsp;</p>')).toBeNull();
    expect(cleanCell(null)).toBeNull();
    expect(cleanCell(undefined)).toBeNull();
  });
});

describe('fold', () => {
  it.each([
    ['№п/п', '№ п п'],
    ['№ п/п', '№ п п'],
    ['Ответственные/ участники', 'ответственные участники'],
    ['Сроки\nисполнения', 'сроки исполнения'],
    ['Отчёт', 'отчет'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('content heuristics', () => {
  it.each([
    'октябрь 2021',
    'Март – декабрь 2022 года',
    'До 27 марта 2022 г.',
    'в течение учебного года',
    'ежегодно (сентябрь -октябрь)',
    'С апреля ежеквартально',
    'Еженедельно по графику',
    'С марта 2022 г. ежемесячно',
    'Март, октябрь, ноябрь',
    'в течение всего периода',
    'Апрель-май 2021 года',
    '15.03.2023',
    'I полугодие',
    'май',
    'По мере необходимости',
  ])('deadline-like: %j', (text) => {
    expect(looksLikeDeadline(text)).toBe(true);
  });

  it.each(['УОиМП, ОЦПРМСО', 'Директор', 'Мероприятие', 'Протокол совещания', 'майский', ''])('not deadline-like: %j', (text) => {
    expect(looksLikeDeadline(text)).toBe(false);
  });

  it('dates are deadline-like', () => {
    expect(looksLikeDeadline(new Date(2023, 0, 1))).toBe(true);
    expect(looksLikeDeadline(new Date(NaN))).toBe(false);
  });

  it.each(['1', '1.', '1.1', '2.3.1.', '4)', '№ 5', 'II', 3, '1000', '12.1000', '100000', 12345])('number-like: %j', (v) => {
    expect(looksLikeNumber(v)).toBe(true);
  });

  it.each(['1. Организационно-управленческие меры', '2022 год', 'а', '', null])('not number-like: %j', (v) => {
    expect(looksLikeNumber(v)).toBe(false);
  });

  it.each(['УОиМП, ОЦПРМСО', 'МБОУ «СШ № 40»', 'Муниципальный координатор', 'Иванова И.И.', 'директор', 'ШНОР'])('responsible-like: %j', (text) => {
    expect(looksLikeResponsible(text)).toBe(true);
  });

  it.each(['в течение учебного года', 'Март 2022', '100% участие'])('not responsible-like: %j', (text) => {
    expect(looksLikeResponsible(text)).toBe(false);
  });
});

test('every Unicode space is tidied like a space or a line break (a zero-width one is dropped)', () => {
  expect(cleanText('\u1680план\u205fработы\u2028итоги\u2029')).toBe('план работы\nитоги');
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (/\s/.test(ch))
      expect({ c: c.toString(16), out: cleanText(`а${ch}${ch}б${ch}`) }).toEqual({ c: c.toString(16), out: expect.stringMatching(/^а(?: |\n\n?)?б$/) });
  }
});

describe('shortcuts of the row pass', () => {
  const units = [' ', '\t', '\n', '\u00a0', '\u180e', '\u200b', '\u2003', '\u3000', '\ufeff', 'a', 'Я', 'ё', 'İ', '№', '«', '-', '1'];
  const texts: string[] = [''];
  for (const a of units) for (const b of units) texts.push(a + b, `${a}x${b}`, `${a}${b}Мера`);

  it('trimmed is trim', () => {
    for (const t of texts) expect(trimmed(t)).toBe(t.trim());
  });

  it("foldedFirstCode is the code of fold's first character, unless it cannot tell", () => {
    for (const t of texts) {
      const code = foldedFirstCode(t);
      if (code !== UNKNOWN_FOLD) expect(code).toBe(firstCodeOfFolded(fold(t)));
    }
    expect(foldedFirstCode('İ')).toBe(UNKNOWN_FOLD);
    expect(foldedFirstCode(' «')).toBe(NO_FOLDED_CHAR);
  });
});
