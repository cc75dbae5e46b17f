/** Does a text read as responsible bodies or people? (A deadline column holding «УОиМП, ОЦПРМСО».) */
import { normaliseSpaces, stripHtml } from '../../core/text';
import { ABBR_TOKEN, FULL_NAME, PERSON_ANYWHERE } from './entries';
import { splitResponsible } from './split';

// Date words: months, years, «в течение», «ежегодно», «до 27.03», quarters, half-years, weeks.
const DATE_WORDS = new RegExp(
  [
    // Whole month words only: «Майская СОШ» and «Мартыновская школа» are names, not dates.
    String.raw`(?<!\p{L})(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?!\p{L})`,
    // «г.» is a year only after a number: «г. Смоленска» is a city.
    String.raw`(?<!\p{L})(?:год|года|году|лет)(?!\p{L})|\d\s*(?:г\.|гг\.?|г(?!\p{L}))`,
    String.raw`(?<!\p{L})(?:ежегодн|ежемесячн|еженедельн|ежедневн|ежеквартальн|квартал|полугод|четверт|недел|месяц|семестр|триместр|каникул)`,
    String.raw`(?<!\p{L})(?:в\s+течени|по\s+мере|постоянно|регулярно|систематически|по\s+графику|по\s+плану|в\s+срок|до\s+\d|с\s+\d|после\s|не\s+позднее|по\s+итогам|в\s+конце|в\s+начале|к\s+началу|к\s+концу|учебн\p{L}*\s+год)`,
    String.raw`\d{1,2}\.\d{1,2}(?:\.\d{2,4})?`,
    String.raw`(?<!\d)(?:19|20)\d{2}(?!\d)`,
  ].join('|'),
  'iu',
);

// Head nouns of bodies, roles and people: the entry must be about one of these, not merely mention it.
const BODY_HEAD =
  /^(?:управлени|департамент|министерств|комитет|отдел(?!ьн)|администраци|центр(?!ализ|альн)|институт|координатор|куратор|школ|наставник|руководител|директор|заместител|замдиректор|зам\.|методист|учител|педагог|специалист|психолог|логопед|дефектолог|тьютор|заведующ|начальник|председател|секретар|инспектор|эксперт|консультант|советник|совет(?!\p{L}*ск)|служб|объединени|ассоциаци|сообществ|команд(?!иров)|коллектив|групп|родител|обучающ|учащ|ученик|выпускник|организаци|учреждени|участник|ответственн|исполнител|соисполнител|гимнази|лице[йяи]|орган(?:ы|ов)?(?!\p{L})|муниципалитет|управляющ|работник|сотрудник|член|партн[её]р|воспитател|библиотекар|администратор|ОО|ОУ)/iu;
// «-ние», «-тие» are nouns («управление», «развитие»), not adjectives.
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|(?<![нт])ие|ых|их|ого|его)$/iu;

/** The first word that is not an adjective («Муниципальный координатор» → «координатор») is a body or role. */
function headIsBody(entry: string): boolean {
  const words = entry
    .replace(/[«»"“”„()]/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w));
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const w = words[i];
    // «Организационно-методическое», «школьных» are adjectives even though a stem matches;
    // «заведующий», «ответственный», «обучающиеся» are nouns written as adjectives.
    const adjective = ADJECTIVE.test(w) && !/^(?:заведующ|ответственн|управляющ|обучающ|учащ|рабоч|исполняющ)/iu.test(w);
    if (!adjective && BODY_HEAD.test(w)) return true;
    if (!adjective) return false;
  }
  return false;
}

// A measure title or a result usually opens with an action noun or a document name.
const ACTION_START =
  /^(?:организаци[яи]\s+(?!-)|проведени|разработк|анализ|мониторинг|участи|создани|подготовк|обеспечени|размещени|контрол|реализаци|составлени|согласовани|работа\s|формировани|изучени|внедрени|диагностик|посещени|оказани|выявлени|закреплени|вовлечени|определени|обсуждени|утверждени|включени|повышени|корректировк|семинар|совещани|заседани|консультаци|протокол|справк|отчет|отчёт|приказ|план(?!\p{L})|программ|журнал|положени|аналитическ|материал|акт(?!\p{L})|сборник|доклад|рекомендаци|пакет|информаци|своевременн|обновлени|актуализаци|сопровождени|проект(?!\p{L})|сбор|экспертиз|расширени|развити|публикаци|проверк|предоставлени|представлени|направлени|обучени|тестировани|анкетировани)/iu;

const CAPS_ABBR = new RegExp(String.raw`(?<![\p{L}])${ABBR_TOKEN}(?![\p{L}])`, 'gu');
// Abbreviations of tests, documents and systems, not of bodies.
const NON_BODY_ABBR = new Set([
  'ВПР',
  'ОГЭ',
  'ЕГЭ',
  'ГИА',
  'ГВЭ',
  'ФГОС',
  'КПК',
  'ИС',
  'МЭДК',
  'ФИС',
  'ОКО',
  'ВСОКО',
  'РПШ',
  'ООП',
  'ОП',
  'ИОМ',
  'ИУП',
  'ОВЗ',
  'НИКО',
  'PISA',
  'ППО',
  'РФ',
  'СМИ',
  'ИКТ',
  'ЦОР',
  'ЭОР',
  'ДОТ',
  'ЭО',
  'ФОП',
  'ФРП',
  'ВКС',
  'ПК',
  'ПО',
  'УМК',
  'КИМ',
  'ЕГЭ',
]);

function hasBodyAbbreviation(text: string): boolean {
  for (const m of text.matchAll(CAPS_ABBR)) if (!NON_BODY_ABBR.has(m[0])) return true;
  return false;
}

function entryLooksResponsible(entry: string): boolean {
  const e = entry.trim();
  if (e === '') return false;
  if (ACTION_START.test(e)) return false;
  const words = e.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // Only abbreviations and quoted names: «УОиМП», «ГАУ ДПО СОИРО», «МБУ ДО «ЦДО»».
  const bareWords = e
    .replace(/[«"„“][^«»"“”]*[»"“”]?/gu, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (
    bareWords.length > 0 &&
    bareWords.every((w) => new RegExp(String.raw`^[(]?${ABBR_TOKEN}[)]?[.,]?$`, 'u').test(w) || /^и\/или$|^и$/u.test(w)) &&
    (hasBodyAbbreviation(e) || /[«"„“]/u.test(e))
  ) {
    return true;
  }
  if ((PERSON_ANYWHERE.test(e) || FULL_NAME.test(e)) && words.length <= 12) return true;
  if (words.length <= 14 && headIsBody(e)) return true;
  // «ШНОР МБОУ «СШ № 21»», «ОЦПРМСО (руководитель – Левина О.А.)»: a body abbreviation leads.
  if (words.length <= 8 && hasBodyAbbreviation(words[0] ?? '')) return true;
  return false;
}

/**
 * True when the text reads as responsible bodies or people (abbreviations, «Муниципальный
 * координатор», «руководители ОУ», «Иванов И.И.», positions, schools) and has no date words.
 * Used to catch a responsible body typed into the deadline column and to sniff which column
 * holds responsible bodies.
 */
export function looksLikeResponsible(text: string): boolean {
  try {
    const s = normaliseSpaces(stripHtml(String(text ?? '')));
    if (s === '' || s.length > 1500) return false;
    if (DATE_WORDS.test(s)) return false;
    if (/\d\s*%|%/.test(s)) return false;
    if (/^(?:да|нет|\+|-|—)$/iu.test(s)) return false;
    const entries = splitResponsible(s);
    if (entries.length === 0) return false;
    if (!entryLooksResponsible(entries[0])) return false;
    const good = entries.filter(entryLooksResponsible).length;
    return good / entries.length >= 0.6;
  } catch {
    return false;
  }
}
