/**
 * Article dates and date mentions, as tables. Every text is invented for these tests; the
 * knowledge is a small fixture so that rows do not move when the curated lists grow.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../read';
import type { PersonDraft } from '../types';
import { extractArticleDate, findDateMentions } from './dates';
import type { DateKnowledge } from './dates/context';

/** A page body of many paragraphs, with a year but no day, for lines at its foot. */
const LONG_RU = 'В 2013 году товарооборот вырос, и в понедельник министры обсудили поставки.\n\n' + 'Стороны обсудили сотрудничество в области энергетики, транспорта и образования.\n\n'.repeat(40);
const LONG_EN = 'Trade grew in 2010, and on Monday the envoy met the speaker.\n\n' + 'The sides discussed cooperation in energy, transport and education.\n\n'.repeat(40);

const KB: DateKnowledge = {
  outlets: [
    { name: 'РИА Новости', nameEn: 'RIA Novosti', aliases: ['РИА Новости', 'RIA Novosti'], domains: ['ria.ru'] },
    { name: 'ТАСС', nameEn: 'TASS', aliases: ['ТАСС', 'TASS', 'ИТАР-ТАСС'], domains: ['tass.ru', 'tass.com'] },
    { name: 'Кабар', nameEn: 'Kabar', aliases: ['Кабар', 'Kabar'], domains: ['kabar.kg'] },
    { name: 'АКИpress', nameEn: 'AKIpress', aliases: ['АКИpress', 'AKIpress'], domains: ['akipress.org'] },
    { name: '24.kg', nameEn: '24.kg', aliases: ['24.kg'], domains: ['24.kg'] },
    { name: 'Евро Курьер', nameEn: 'Euro Courier', aliases: ['Euro Courier'], domains: ['eurocourier.example'], country: 'FR' },
    { name: 'Мидуэст Геральд', nameEn: 'Midwest Herald', aliases: ['Midwest Herald'], domains: ['midwestherald.example'], country: 'US' },
    { name: 'Sputnik', nameEn: 'Sputnik', aliases: ['Sputnik', 'Спутник'], domains: ['sputnik.kg'] },
    { name: 'Интерфакс', nameEn: 'Interfax', aliases: ['Интерфакс', 'ИНТЕРФАКС', 'Interfax'], domains: ['interfax.ru'] },
    { name: 'Reuters', nameEn: 'Reuters', aliases: ['Reuters'], domains: ['reuters.com'] },
  ],
  facts: [
    { id: 'relations', date: '1992-03-20', keywords: ['дипломатических отношений', 'diplomatic relations'] },
    { id: 'victory', date: '1945-05-09', keywords: ['Победы', 'Victory'] },
    { id: 'base', date: '2003-10-23', keywords: ['авиабаза «Кант»'] },
  ],
  officials: [
    { id: 'pm-a', roles: [{ role: 'head_of_government', country: 'KG', from: '2018-04-20', to: '2020-06-15' }] },
    { id: 'fm-b', roles: [{ role: 'foreign_minister', country: 'RU', from: '2019-06-01', to: '2021-01-01' }] },
    { id: 'pm-c', roles: [{ role: 'head_of_government', country: 'KG', from: '2021-10-12', to: '2024-12-16' }] },
    { id: 'pr-e', roles: [{ role: 'president', country: 'KG', from: '2016-11-10', to: '2019-10-01' }] },
    { id: 'pr-f', roles: [{ role: 'president', country: 'KZ', from: '2015-03-20', to: null }] },
    {
      id: 'pr-g',
      roles: [
        { role: 'president', country: 'KG', acting: true, from: '2009-04-07', to: '2009-07-03' },
        { role: 'president', country: 'KG', from: '2009-07-03', to: '2012-12-01' },
      ],
    },
    {
      id: 'dm-h',
      roles: [
        { role: 'economy_minister', country: 'RU', titleRu: 'министр экономики', titleEn: 'Minister of Economy', from: '2012-05-21', to: '2013-06-24' },
        { role: 'other', country: 'RU', titleRu: 'министр обороны', titleEn: 'Minister of Defence', from: '2024-05-14', to: null },
      ],
    },
    {
      id: 'hd-d',
      roles: [
        { role: 'president', country: 'KG', titleRu: 'глава Переходного совета страны', titleEn: 'Head of the Transitional Council', from: '2005-04-01', to: '2005-08-01' },
        { role: 'president', country: 'KG', titleRu: 'президент страны', titleEn: 'President', from: '2005-08-01', to: '2007-01-01' },
      ],
    },
  ],
  places: [
    { name: 'Бишкек', nameEn: 'Bishkek', aliases: [{ text: 'Бишкек', terms: [] }, { text: 'Bishkek', terms: [] }] },
    { name: 'Ош', nameEn: 'Osh', aliases: [{ text: 'Ош', terms: [] }] },
    {
      name: 'Астана',
      nameEn: 'Astana',
      aliases: [
        { text: 'Нур-Султан', terms: [{ from: '2019-03-23', to: '2022-09-17' }] },
        { text: 'Астана', terms: [{ from: '1998-05-06', to: '2019-03-23' }, { from: '2022-09-17', to: null }] },
      ],
    },
  ],
};

const doc = (text: string, header: Record<string, string> = {}) => {
  const head = Object.entries(header).map(([k, v]) => `${k}: ${v}\n`).join('');
  return toDoc('t.txt', head ? `${head}\n${text}` : text).doc;
};

const person = (id: string, role: PersonDraft['textRoles'][number]['role'] | null): PersonDraft => ({
  id,
  nameRu: id,
  nameEn: id,
  country: 'KG',
  textRoles: role ? [{ role, titleRu: 'должность', titleEn: 'office', country: null }] : [],
  mentions: [],
  known: true,
});

const titled = (id: string, titleRu: string, titleEn: string): PersonDraft => ({
  ...person(id, 'president'),
  textRoles: [{ role: 'president', titleRu, titleEn, country: null }],
});

/** An official named in the text (mentions found in the article by the given surface form). */
const named = (id: string, role: PersonDraft['textRoles'][number]['role'], form: string): PersonDraft & { form: string } => ({ ...person(id, role), form });

interface Row {
  name: string;
  text: string;
  header?: Record<string, string>;
  people?: (PersonDraft & { form?: string })[];
  date: string | null;
  monthDay?: string | null;
  basis?: string;
  place?: string | null;
  outlet?: string | null;
}

const rows: Row[] = [
  // Header and explicit full dates
  { name: 'numeric dateline with the outlet after a dash', text: 'Ош, 14.09.2016 — Кабар. Делегации обсудили поставки топлива.', date: '2016-09-14', basis: 'dateline', place: 'Ош', outlet: 'Кабар' },
  { name: 'numeric dateline with a two-digit year', text: 'Ош, 14.09.16 — ИА «Кабар». Делегации обсудили поставки топлива.', date: '2016-09-14', basis: 'dateline', place: 'Ош' },
  { name: 'numeric dateline with a two-digit year of the 1990s', text: 'BISHKEK, 21.06.98 - Agency. The ministers met.', date: '1998-06-21', basis: 'dateline' },
  { name: 'a dateline with the country after the place', text: 'Headline\n\nMOSCOW, Russia, Sept. 12\n\nTrade amounted to $900 million in January-August 2019.', date: '2019-09-12', basis: 'inferred-year', place: 'Moscow' },
  { name: 'numeric dateline, English', text: 'BISHKEK, 05.11.2009 - Stakeholders met to discuss the loan.', date: '2009-11-05', basis: 'dateline', place: 'Bishkek' },
  { name: 'a recalled founding date is no byline', text: 'БИШКЕК, 14 окт — Sputnik. Прием по случаю 30-летия установления дипломатических отношений прошел в резиденции посла.\n\nНапомним, дипломатические отношения были установлены 14 октября 1992 года.', date: '2022-10-14', basis: 'inferred-year' },
  { name: 'a sentence with a full date is no byline', text: 'ОШ, 3 мая — Кабар. Делегация посетила рынок.\n\nСоглашение о торговле между странами было подписано 12 апреля 2011 года в Москве и действует до сих пор.', date: null },
  { name: 'header date wins over the dateline', header: { date: '2021-06-03' }, text: 'МОСКВА, 2 июня – РИА Новости. Стороны обсудили торговлю.', date: '2021-06-03', basis: 'header', place: 'Москва', outlet: 'РИА Новости' },
  { name: 'header date with slashes', header: { date: '2019/03/27' }, text: 'Стороны обсудили торговлю.', date: '2019-03-27' },
  { name: 'header date in day.month.year form', header: { date: '03.06.2021' }, text: 'Стороны обсудили торговлю.', date: '2021-06-03', basis: 'header' },
  { name: 'byline with full date and place', text: 'Визит в Ош\n\n14 ноября 2016 года, Ош\n\nПрезиденты провели переговоры.', date: '2016-11-14', basis: 'byline', place: 'Ош' },
  { name: 'byline with a time', text: 'Новость дня\n\n17 апреля 2020, 09:41\n\nПравительство сообщило о поставках.', date: '2020-04-17', basis: 'byline' },
  { name: 'English byline', text: 'Ministers meet\n\nMarch 3, 2018\n\nThe ministers met in Bishkek.', date: '2018-03-03', basis: 'byline' },
  { name: 'European day with a point after a place', text: 'Ministers meet\n\nBy Jan Novak\n\nVIENNA, 7. Mar 2018, 09:15\n\nThe ministers met in Bishkek.', date: '2018-03-07', basis: 'byline' },
  { name: 'European day with a point, full month', text: 'Ministers meet\n\n21. November 2019\n\nThe ministers met in Bishkek.', date: '2019-11-21', basis: 'byline' },
  { name: 'a number ending a sentence before a month is no date', text: 'Ministers meet\n\nThe delegation had 12. March 2019 saw no talks at all, the ministers said in Bishkek on a long day of talks that went on late.\n\nThe ministers met in Bishkek.', date: null },
  { name: 'Modified line is not the publication date', text: 'Modified 5 мая, 10:00\n\nPosted 2 мая 2017, 08:00\n\nМинистры встретились.', date: '2017-05-02', basis: 'byline' },
  { name: 'Updated line with a year is skipped', text: 'Обновлено 9 мая 2018\n\nОпубликовано 2 мая 2017\n\nМинистры встретились.', date: '2017-05-02' },
  { name: 'AKIpress dateline with year', text: 'Бишкек, 12 окт. 2023 /АКИpress/. Премьер-министр провел встречу.', date: '2023-10-12', basis: 'dateline', place: 'Бишкек', outlet: 'АКИpress' },
  { name: 'Kabar-style day-month-year in English', text: 'BISHKEK, 12 October 2023 (Kabar) - The ministers met.', date: '2023-10-12', outlet: 'Kabar', place: 'Bishkek' },
  { name: 'a dateline whose place opens with an abbreviation ("ST. PETERSBURG. June 6 (Interfax)")', text: 'ST. PETERSBURG. June 6, 2031 (Interfax) - The ministers met.', date: '2031-06-06', basis: 'dateline', outlet: 'Interfax', place: 'St. Petersburg' },
  { name: 'ru: «Н. НОВГОРОД, 3 мая 2031 года – …» with an abbreviated first word', text: 'Н. НОВГОРОД, 3 мая 2031 года – ИА «Регион». Министры встретились.', date: '2031-05-03', basis: 'dateline' },

  // URL dates
  { name: 'a header a day after the day its address and wire line agree on is a later stamp', header: { source: 'https://example.com/world/bank-fined-2031-03-04/', date: '2031-03-05' }, text: 'Bank fined\n\nMarch 4 (Wire) - The two central banks on Tuesday signed a settlement agreement.', date: '2031-03-04', basis: 'url' },
  { name: 'a header the day after a dateline whose lead says «today» takes the dateline\'s day', header: { date: '2031-06-16' }, text: 'Ministers meet\n\nBishkek, June 15 – The foreign minister today opened the new consulate.', date: '2031-06-15', basis: 'dateline' },
  { name: 'a header the day after a dateline whose lead names that day\'s weekday takes the dateline\'s day', header: { date: '2031-05-09' }, text: 'Talks held\n\nMOSCOW, May 8. /TASS/. The two premiers held talks in the Kremlin on Thursday.', date: '2031-05-08', basis: 'dateline' },
  { name: 'a Russian lead «в четверг» under a header a day later takes the dateline\'s day', header: { date: '2031-05-09' }, text: 'МОСКВА, 8 мая – РИА Новости. Премьеры в четверг провели переговоры в Кремле.', date: '2031-05-08', basis: 'dateline' },
  { name: 'a lead naming another weekday keeps the header', header: { date: '2031-05-09' }, text: 'Talks held\n\nMOSCOW, May 8. /TASS/. The two premiers held talks in the Kremlin on Monday.', date: '2031-05-09', basis: 'header' },
  { name: 'a header two days after a «today» dateline keeps the header', header: { date: '2031-06-17' }, text: 'Ministers meet\n\nBishkek, June 15 – The foreign minister today opened the new consulate.', date: '2031-06-17', basis: 'header' },
  { name: 'an address of the header\'s day and a lead «today» take the dateline\'s day', header: { source: 'https://example.kg/press/2031/06/16', date: '2031-06-16' }, text: 'Ministers meet\n\nBishkek, June 15 – The foreign minister today opened the new consulate.', date: '2031-06-15', basis: 'dateline' },
  { name: 'an address of the header\'s day keeps it against a lead weekday', header: { source: 'https://example.kg/en/2031/05/09/talks/', date: '2031-05-09' }, text: 'Talks held\n\nBISHKEK, May 8 — The two premiers held talks on Thursday.', date: '2031-05-09', basis: 'header' },
  { name: 'a lead «сегодня» under a dateline across the new year takes the dateline\'s day', header: { date: '2032-01-01' }, text: 'МОСКВА, 31 декабря. (ИТАР-ТАСС). Сегодня министры подписали протокол.', date: '2031-12-31', basis: 'dateline' },
  { name: 'a header the same as its wire line keeps the header basis', header: { source: 'https://example.com/world/bank-fined-2031-03-04/', date: '2031-03-04' }, text: 'Bank fined\n\nMarch 4 (Wire) - The two central banks on Tuesday signed a settlement agreement.', date: '2031-03-04', basis: 'header' },
  { name: 'a header a week after its address keeps the header', header: { source: 'https://example.com/world/bank-fined-2031-03-04/', date: '2031-03-11' }, text: 'Bank fined\n\nMarch 4 (Wire) - The two central banks on Tuesday signed a settlement agreement.', date: '2031-03-11', basis: 'header' },
  { name: 'a header after an address the text does not confirm keeps the header', header: { source: 'https://example.com/world/bank-fined-2031-03-04/', date: '2031-03-05' }, text: 'Bank fined\n\nRegulators fined a bank.', date: '2031-03-05', basis: 'header' },
  { name: 'URL date alone', header: { source: 'https://example.kg/news/2016/09/14/visit' }, text: 'Стороны подписали протокол.', date: '2016-09-14', basis: 'url' },
  { name: 'URL date after a colon («news:2016-09-14-slug»)', header: { source: 'https://example.kg/ru/news:2016-09-14-vizit-posla' }, text: '14 сентября, 10:20\n\nПосол посетил Ош.', date: '2016-09-14', basis: 'url' },
  { name: 'a colon before a number that is no date gives none', header: { source: 'https://example.kg/ru/news:20169-vizit' }, text: 'Посол посетил Ош.', date: null },
  { name: 'URL compact date with a dateline', header: { source: 'https://ria.ru/amp/20190311/kirgiziya-123.html' }, text: 'БИШКЕК, 11 мар – РИА Новости. Стороны обсудили кредиты.', date: '2019-03-11', basis: 'url', outlet: 'РИА Новости' },
  { name: 'a day told in the body is an event\'s: the address gives the page\'s day', header: { source: 'https://example.kg/news/2016/09/14/visit' }, text: 'The envoy on September 13 opened a new consulate in Osh.', date: '2016-09-14', basis: 'url' },
  { name: 'outlet from the address domain', header: { source: 'https://tass.ru/politika/555' }, text: 'Стороны обсудили торговлю.', date: null, outlet: 'ТАСС' },
  { name: 'unknown domain is the outlet', header: { source: 'https://www.example-news.kg/a/1' }, text: 'Стороны обсудили торговлю.', date: null, outlet: 'example-news.kg' },
  { name: 'slug year is not a date', header: { source: 'https://x.ru/news/tovarooborot-za-2019-god/' }, text: 'Стороны обсудили торговлю.', date: null },

  // Agency datelines without a year: no evidence, no year
  { name: 'Kabar dateline without year stays open', text: 'Бишкек, 3 июня /Кабар/. Министры обсудили транзит.', date: null, monthDay: '--06-03', outlet: 'Кабар', basis: 'dateline' },
  { name: 'future event is not the article year', text: 'Москва, 28 мая – АиФ. Лидеры обсудят вывод войск в 2016 году.', date: null, monthDay: '--05-28' },
  { name: 'future body date is not the article date', text: 'Саммит состоится 20 декабря в Бишкеке.', date: null, monthDay: null, basis: 'none' },
  { name: 'target year is not evidence', text: 'БИШКЕК, 9 апр – Sputnik. Стороны намерены довести товарооборот до $5 млрд к 2030 году.', date: null, monthDay: '--04-09', outlet: 'Sputnik' },

  // (a) anniversaries
  { name: 'Sputnik dateline + anniversary this year', text: 'БИШКЕК, 9 сен — Sputnik. В этом году отмечается 25-летие установления дипломатических отношений.', date: '2017-09-09', basis: 'inferred-year', outlet: 'Sputnik' },
  { name: 'anniversary celebrated last year', text: 'Бишкек. 4 февраля. КирТАГ - В прошлом году стороны отметили 30-летие установления дипломатических отношений.', date: '2023-02-04', outlet: 'КирТАГ' },
  { name: 'TASS dateline + 75th anniversary of Victory', text: 'MOSCOW, May 24. /TASS/. Leaders attended the parade marking the 75th anniversary of Victory.', date: '2020-05-24', outlet: 'TASS', place: 'Moscow' },
  { name: 'only the year from an anniversary', text: 'The presidents met on Friday and recalled the 60th anniversary of Victory.', date: '2005', monthDay: null },
  { name: 'word-number anniversary', text: 'Бишкек, 20 марта /Кабар/. Сегодня отмечается двадцатилетие установления дипломатических отношений.', date: '2012-03-20' },
  { name: 'approximate span is not an anniversary', text: 'Бишкек, 20 марта /Кабар/. Более 30 лет дипломатических отношений связывают страны.', date: null, monthDay: '--03-20' },

  // (b) relative periods tied to a year
  { name: 'Interfax: last year compared with a year', text: 'Бишкек. 7 апреля. ИНТЕРФАКС - По итогам прошлого года товарооборот составил $2 млрд, что больше, чем в 2019 году.', date: '2021-04-07', outlet: 'Интерфакс' },
  { name: 'Reuters: results of a year at a session', text: 'BISHKEK, Oct 12 (Reuters) - The commission evaluated the results of 2018 and agreed new steps.', date: '2019-10-12', outlet: 'Reuters', place: 'Bishkek' },
  { name: 'en: last year, "up N percent from" a year', text: 'The envoys met on March 4. Trade reached $40 million last year, up 12 percent from 2014, the ministry said.', date: '2016-03-04', basis: 'inferred-year' },
  { name: 'en: last year, "down N% on" a year', text: 'The envoys met on March 4. Exports fell to $9 million last year, down 8% on 2014.', date: '2016-03-04', basis: 'inferred-year' },
  { name: 'compared with a year, no day', text: '"Compared with 2016, turnover decreased by 9 percent," the minister said.', date: '2017' },
  { name: 'latest full-year result', text: 'За 2022 год товарооборот составил 3 млрд долларов, сообщил министр.', date: '2023' },
  { name: 'part of a year reported', text: 'За первое полугодие 2019 года товарооборот вырос на 12%.', date: '2019' },
  { name: 'apposition «в прошлом, 2015 году»', text: 'В прошлом, 2015 году товарооборот снизился.', date: '2016' },
  { name: '«текущего 2031 года» without a comma names the year', text: 'Министры встретились в среду, 9 апреля. С начала текущего 2031 года поставки зерна выросли вдвое.', date: '2031-04-09', basis: 'inferred-year' },
  { name: '«в этом 2019 году» names the year', text: 'В этом 2019 году завод выпустил первую партию.', date: '2019' },
  { name: '«в уходящем 2027 году» names the article\'s year', text: 'Встреча прошла в пятницу, 24 декабря. В уходящем 2027 году стороны открыли два консульства.', date: '2027-12-24', basis: 'inferred-year' },
  { name: '«уходящий 2027 год» in the nominative too', text: 'Бишкек, 28 декабря /Кабар/. Министр подвёл итоги: уходящий 2027 год стал рекордным для экспорта.', date: '2027-12-28' },
  { name: 'a word ending in «этом» is no «этом»', text: 'Об ответе на вопрос о 2019 годе поэтом 2019 года не сказано.', date: null },
  { name: 'a past event dated with its own year gives the year only', text: 'Интервью министра.\n\nОтношения были установлены 5 мая 1993 года. По итогам прошлого года торговля выросла на 10 процентов по сравнению с 2001 годом.', date: '2003', basis: 'inferred-year' },
  { name: 'a founding day with its year keeps its day on the anniversary', text: 'Headline\n\nThe training airfield celebrated its 15th anniversary today. It was officially opened on June 5, 1994 during a visit of the minister. A concert marked the 15th anniversary of the airfield, opened in 1994.', date: '2009-06-05', basis: 'inferred-year' },
  { name: 'a review naming its year beats anniversary arithmetic', text: 'BISHKEK, December 20 — 24.kg news agency.\n\nThe year 2012 marked the 20th anniversary of diplomatic relations. This year also marked the 21st anniversary of diplomatic relations, some say.', date: '2012-12-20', basis: 'inferred-year' },
  { name: 'body event date with year evidence', text: 'Переговоры состоялись 14 февраля в Москве. По итогам 2020 года товарооборот вырос на 5%.', date: '2021-02-14', basis: 'inferred-year' },
  { name: 'a later past year vetoes a weak full-year clue', text: 'В 2012 году товарооборот составил 1 млрд долларов. В 2015 году Киргизия вступила в ЕАЭС.', date: null },
  { name: 'a known fact named in straight quotes gives the anniversary', text: 'БИШКЕК, 23 октября. /ТАСС/. Министр обороны побывал на авиабазе "Кант", которой в эти дни исполняется 20 лет.', date: '2023-10-23', basis: 'inferred-year' },
  { name: 'a this-day column: its heading holds the day, a full date below it is the event’s', text: 'THIS DAY IN HISTORY: May 3\n\nOn May 3, 1996, the two premiers signed a customs protocol in Osh after long talks.', date: null, monthDay: '--05-03' },
  { name: 'ru: «Этот день в истории» heading', text: 'Этот день в истории: 3 мая\n\n3 мая 1996 года премьеры двух стран подписали в Оше таможенный протокол.', date: null, monthDay: '--05-03' },
  { name: 'an age is not an anniversary', text: 'Ветерану Великой Победы исполнилось 100 лет.', date: null },
  { name: 'a level of a year is not a comparison of periods', text: 'Товарооборот пока не достиг уровня 2013 года.', date: null },
  { name: 'background («Напомним») is not the article event', text: 'Напомним, 12 мая в Москве прошла встреча министров.', date: null, monthDay: null },
  { name: 'equal clues that disagree leave the year open', text: 'В прошлом, 2015 году товарооборот снизился. В прошлом, 2010 году он рос.', date: null },

  // (c) offices and (d) place names
  { name: 'two offices intersect to one year', text: 'Бишкек, 10 марта /Кабар/. Премьер и министр провели встречу.', people: [person('pm-a', 'head_of_government'), person('fm-b', 'foreign_minister')], date: '2020-03-10', basis: 'inferred-year' },
  { name: 'one office leaves several years', text: 'Бишкек, 5 октября /Кабар/. Премьер провел встречу.', people: [person('pm-c', 'head_of_government')], date: null, monthDay: '--10-05' },
  { name: 'people without a stated role say nothing', text: 'Бишкек, 10 марта /Кабар/. Встреча прошла.', people: [person('pm-a', null), person('fm-b', null)], date: null, monthDay: '--03-10' },
  { name: 'office + dated place name', text: 'БИШКЕК, 20 ноя – РИА Новости. Премьер провел встречу в Нур-Султане.', people: [person('pm-c', 'head_of_government')], date: '2021-11-20' },
  { name: 'office contradicts a role it never had', text: 'Бишкек, 10 марта /Кабар/. Встреча прошла.', people: [person('pm-a', 'foreign_minister')], date: null, monthDay: '--03-10' },

  { name: 'a specific title picks its own term', text: 'Бишкек, 12 мая /Кабар/. Глава совета приняла делегацию.', people: [titled('hd-d', 'глава Переходного совета', 'Head of the Transitional Council')], date: '2005-05-12', basis: 'inferred-year' },
  { name: 'a one-word title keeps every term of the role', text: 'Бишкек, 12 мая /Кабар/. Президент приняла делегацию.', people: [titled('hd-d', 'президент', 'President')], date: null, monthDay: '--05-12' },

  // Bylines without a dateline
  { name: 'numeric byline DD/MM/YY HH:MM', text: 'Заголовок новости\n\n07/11/13 16:40, Бишкек – ИА «Пример», Автор\n\nСтороны обсудили торговлю.', date: '2013-11-07', basis: 'byline' },
  { name: 'numeric date without a time is no byline', text: 'Заголовок новости\n\n07/11/13 Бишкек\n\nСтороны обсудили торговлю.', date: null },
  { name: 'publication line without a year + anniversary', text: 'Заголовок\n\nОпубликовано: 20 марта, 09:15\n\nСтороны отметили 20-летие установления дипломатических отношений.', date: '2012-03-20', basis: 'inferred-year' },
  { name: 'a chronology entry is no byline (ru, dash and a verb)', text: 'Заголовок\n\n12 мая, 10:40\n\nСтороны отметили 20-летие установления дипломатических отношений.\n\nХроника:\n20 марта 1992 года — установлены отношения;', date: '2012-05-12', basis: 'inferred-year' },
  { name: 'a chronology entry is no byline (ru, colon)', text: 'Заголовок\n\n3 июля, 09:05\n\nДелегации встретились.\n\n15.06.2001: подписан протокол о сотрудничестве', date: null, monthDay: '--07-03' },
  { name: 'a chronology list is no byline (en, capitalised entries)', text: 'Headline\n\nJuly 3, 09:05\n\nThe delegations met.\n\nJune 15, 2001 – Protocol signed\nMay 2, 2004 – Agreement ratified', date: null, monthDay: '--07-03' },
  { name: 'a byline date then an outlet after a dash stays a byline', text: 'Заголовок\n\n16 апреля 2007 — Новости Дня\n\nМинистры встретились 15 апреля в Астане.', date: '2007-04-16', basis: 'byline' },
  { name: 'a day-month alone on its line under the headline (en) + anniversary', text: 'Ministers met\n\n20 March\n\nThe ministers marked the 25th anniversary of diplomatic relations.', date: '2017-03-20', basis: 'inferred-year' },
  { name: 'a day-month alone on its line (ru, month first in en too)', text: 'Министры встретились\n\n4 июля\n\nСтороны обсудили торговлю.', date: null, monthDay: '--07-04' },
  { name: 'en: "July 4," alone on its line', text: 'Ministers met\n\nJuly 4,\n\nThe sides discussed trade.', date: null, monthDay: '--07-04' },
  { name: 'a day-month inside a sentence line is no byline', text: 'Министры встретились\n\nВстреча состоится 4 июля\n\nСтороны обсудят торговлю.', date: null, monthDay: null },
  { name: 'dateline with a two-digit numeric year (ru)', text: 'Заголовок\n\nБишкек, 07.11.13 — ИА «Пример», Автор. Министр встретился сегодня с послом.', date: '2013-11-07', basis: 'dateline' },
  { name: 'dateline with a two-digit numeric year (en, 1990s)', text: 'Headline\n\nBishkek, 21.04.98 - Example News. The minister met the ambassador today.', date: '1998-04-21', basis: 'dateline' },
  { name: 'outlet | day-month, time without a year stays open', text: 'Заголовок\n\nГазета Дня | 4 июля, 18:05\n\nСтороны обсудили торговлю.', date: null, monthDay: '--07-04', basis: 'byline' },

  // Digests: a full date opening one of several dated items does not beat the address
  { name: 'digest item date loses to the address date', header: { source: 'https://example.ru/2007/04/18/digest.html' }, text: 'Хроника\n\nКАЗАХСТАН. 16 апреля 2007 г. в Астане прошли консультации министерств иностранных дел о границе, транзите грузов и таможенных процедурах на общих пунктах пропуска.\n\n17 апреля министры подписали протокол.', date: '2007-04-18', basis: 'url' },
  { name: 'a short byline keeps its date against the address', header: { source: 'https://example.ru/2007/04/18/visit.html' }, text: 'Визит\n\n16 апреля 2007, 10:15\n\nМинистры встретились 15 апреля в Астане.', date: '2007-04-16', basis: 'byline' },
  { name: 'a single dated item keeps its date against the address', header: { source: 'https://example.ru/2007/04/18/item.html' }, text: 'Хроника\n\nКАЗАХСТАН. 16 апреля 2007 г. в Астане прошли консультации министерств иностранных дел о границе, транзите грузов и таможенных процедурах на общих пунктах пропуска.', date: '2007-04-16' },

  // Agency bylines with a time
  { name: 'Updated line is the fallback byline', text: 'Leaders meet\n\nBy JOHN ROE\nUpdated 3:15 PM GMT+6, March 4, 2021\n\nBISHKEK, Kyrgyzstan (AP) — The leaders met.', date: '2021-03-04', basis: 'byline' },
  { name: 'Published line with a time zone', text: 'Leaders meet\n\nPublished 9:30 AM EDT, June 2, 2016\nUpdated 1:00 PM EDT, June 3, 2016\n\nThe leaders met.', date: '2016-06-02', basis: 'byline' },
  { name: 'date then time on a byline', text: 'Leaders meet\n\nReporter Name\nJune 2, 2016 9:30 AM\n\nThe leaders met.', date: '2016-06-02', basis: 'byline' },

  // Terms of office told relatively
  { name: 'took office last November → start year + 1', text: 'Бишкек, 3 апреля /Кабар/. Президент Иван Орлов, вступивший в должность в ноябре прошлого года, принял делегацию.', people: [named('pr-e', 'president', 'Иван Орлов')], date: '2017-04-03', basis: 'inferred-year' },
  { name: 'took office in a different month says nothing', text: 'Бишкек, 3 апреля /Кабар/. Президент Иван Орлов, вступивший в должность в марте прошлого года, принял делегацию.', people: [named('pr-e', 'president', 'Иван Орлов')], date: null, monthDay: '--04-03' },
  { name: 'headed the ministry «в июне» → the year the term began', text: 'МИНСК, 3 октября. Министр Иван Орлов возглавил ведомство в июне и впервые приехал в Бишкек.', people: [named('fm-b', 'foreign_minister', 'Иван Орлов')], date: '2019-10-03', basis: 'inferred-year' },
  { name: 'English: appointed "in June" with no year', text: 'MINSK, Oct 3 (Reuters) - Foreign Minister Ivan Orlov, who was appointed in June, met his counterpart.', people: [named('fm-b', 'foreign_minister', 'Ivan Orlov')], date: '2019-10-03' },
  { name: 'a bare month that is not the start month says nothing', text: 'МИНСК, 3 октября. Министр Иван Орлов возглавил ведомство в марте и впервые приехал в Бишкек.', people: [named('fm-b', 'foreign_minister', 'Иван Орлов')], date: null, monthDay: '--10-03' },
  { name: 'took office «в прошлом месяце» → the year of the start', text: 'Бишкек, 3 декабря /Кабар/. Президент Иван Орлов, вступивший в должность в прошлом месяце, принял делегацию.', people: [named('pr-e', 'president', 'Иван Орлов')], date: '2016-12-03', basis: 'inferred-year' },
  { name: 'English: who was inaugurated last month', text: 'BISHKEK, December 3 (Reuters) - President Ivan Orlov, who was inaugurated last month, received the delegation.', people: [named('pr-e', 'president', 'Ivan Orlov')], date: '2016-12-03' },
  { name: 'English: who took office last November', text: 'BISHKEK, April 3 (Reuters) - President Ivan Orlov, who took office last November, received the delegation.', people: [named('pr-e', 'president', 'Ivan Orlov')], date: '2017-04-03' },
  { name: '«после вступления X в должность 10 ноября»: a term begun that day-month → the year it began', text: 'Бишкек, 3 декабря /Кабар/. Это первая поездка после вступления Ивана Орлова в должность президента 10 ноября.', people: [named('pr-e', 'president', 'Ивана Орлова')], date: '2016-12-03', basis: 'inferred-year' },
  { name: 'English: "since X took office on November 10"', text: 'BISHKEK, December 3 (Reuters) - It is the first trip since Ivan Orlov took office on November 10.', people: [named('pr-e', 'president', 'Ivan Orlov')], date: '2016-12-03' },
  { name: '«после его инаугурации 10 ноября», the name before', text: 'Бишкек, 3 декабря /Кабар/. Президент Иван Орлов совершил первую поездку после инаугурации 10 ноября.', people: [named('pr-e', 'president', 'Иван Орлов')], date: '2016-12-03' },
  { name: 'a day that is no term start says nothing', text: 'Бишкек, 3 декабря /Кабар/. Это первая поездка после вступления Ивана Орлова в должность президента 12 ноября.', people: [named('pr-e', 'president', 'Ивана Орлова')], date: null, monthDay: '--12-03' },
  { name: 'a term start with its year written is no clue to the article', text: 'Бишкек, 3 декабря /Кабар/. Это первая поездка после вступления Ивана Орлова в должность президента 10 ноября 2016 года.', people: [named('pr-e', 'president', 'Ивана Орлова')], date: null, monthDay: '--12-03' },
  { name: 'en: who replaced X at a ministry in May last year → the year of that post + 1', text: 'Defence Minister Ivan Orlov, who replaced Petr Sidorov at the Defence Ministry in May last year, toured the air base.', people: [named('dm-h', 'minister', 'Ivan Orlov')], date: '2025', basis: 'inferred-year' },
  { name: '«сменивший X на посту министра обороны в мае прошлого года»', text: 'Министр обороны Иван Орлов, сменивший Петра Сидорова на посту министра обороны в мае прошлого года, осмотрел авиабазу.', people: [named('dm-h', 'minister', 'Иван Орлов')], date: '2025' },
  { name: 'en: replaced X in May last year, no post said: two May starts leave the year open', text: 'Ivan Orlov, who replaced Petr Sidorov in May last year, toured the air base.', people: [named('dm-h', 'minister', 'Ivan Orlov')], date: null },
  { name: 'en: "less than a year after X took office" keeps the year within the term\'s first year', text: 'BISHKEK, March 4 (Reuters) - The forum came less than a year after Ivan Orlov took office as president.', people: [named('pr-e', 'president', 'Ivan Orlov')], date: '2017-03-04', basis: 'inferred-year' },
  { name: 'en: the same without the phrase leaves the year open', text: 'BISHKEK, March 4 (Reuters) - The forum came after Ivan Orlov took office as president.', people: [named('pr-e', 'president', 'Ivan Orlov')], date: null, monthDay: '--03-04' },
  { name: 'ru: «менее чем через год после вступления X в должность»', text: 'Бишкек, 4 марта /Кабар/. Форум прошёл менее чем через год после вступления Ивана Орлова в должность президента.', people: [named('pr-e', 'president', 'Ивана Орлова')], date: '2017-03-04', basis: 'inferred-year' },
  { name: 'ru: «не прошло и года с тех пор, как X вступил в должность»', text: 'Бишкек, 4 марта /Кабар/. Не прошло и года с тех пор, как президент Иван Орлов вступил в должность.', people: [named('pr-e', 'president', 'Иван Орлов')], date: '2017-03-04' },
  { name: 'en: "a year after X took office" is no bound', text: 'BISHKEK, March 4 (Reuters) - The forum came a year after Ivan Orlov took office as president.', people: [named('pr-e', 'president', 'Ivan Orlov')], date: null, monthDay: '--03-04' },
  { name: 'interim president: first year of the term', text: 'ASTANA, May 29 (Reuters) - The summit was hosted by interim President Ivan Orlov.', people: [named('pr-f', 'president', 'Ivan Orlov')], date: '2015-05-29' },
  { name: 'president without «interim» leaves the year open', text: 'ASTANA, May 29 (Reuters) - The summit was hosted by President Ivan Orlov.', people: [named('pr-f', 'president', 'Ivan Orlov')], date: null, monthDay: '--05-29' },
  { name: 'acting term from the knowledge', text: 'Бишкек, 5 июня /Кабар/. И.о. президента Иван Орлов принял делегацию.', people: [named('pr-g', 'president', 'Иван Орлов')], date: '2009-06-05' },

  // Anniversaries of a founding written in the text
  { name: 'Nth anniversary of an accord signed in a year', text: 'MINSK, Oct 3 (Reuters) - The summit marks the tenth anniversary of the accord, signed in Minsk in 2007.', date: '2017-10-03' },
  { name: 'Russian: летие of a treaty signed in a year', text: 'Минск, 3 октября /Кабар/. Саммит приурочен к 15-летию договора, подписанного в 2002 году.', date: '2017-10-03' },
  { name: '«N years» far from the founding verb is not an anniversary', text: 'MINSK, Oct 3 (Reuters) - It has been 20 years since the ministers first met, and the accord their deputies later drafted and signed in 2007 still holds.', date: null, monthDay: '--10-03' },
  { name: 'two years in the sentence: no founding year', text: 'MINSK, Oct 3 (Reuters) - The fifth anniversary of the accord, signed in 2007, was marked in 2012 by the ministers.', date: null, monthDay: '--10-03' },
  { name: 'Russian ordinal anniversary, founding told in the next sentence', text: 'МИНСК, 3 октября. Встреча прошла в день пятой годовщины открытия центра. Как известно, центр был открыт 3 октября 2011 года.', date: '2016-10-03' },
  { name: 'English ordinal anniversary, founding told in the next sentence', text: 'MINSK, Oct 3 (Reuters) - The talks coincided with the third anniversary of the plant. It was opened on October 3, 2014 by the two presidents.', date: '2017-10-03' },
  { name: 'Russian word-number anniversary of a start, the start told with its season in the next sentence', text: 'Заголовок\n\nСегодня, 9 сентября, в Оше прошел форум, приуроченный к пятилетию начала проекта. Работы по проекту стартовали осенью 2016 года.', date: '2021-09-09' },
  { name: 'English anniversary of a start, "began in the spring of" a year in the next sentence', text: 'Headline\n\nToday, May 4, the partners marked the fifth anniversary of the clean-up. Work began in the spring of 2011 under a joint plan.', date: '2016-05-04' },
  { name: 'a founding in the next sentence with a year in the first is not used', text: 'МИНСК, 3 октября. В 2015 году отмечалась пятая годовщина открытия центра. Центр был открыт в 2010 году.', date: null, monthDay: '--10-03' },

  // Monitoring-service source lines
  { name: 'BBC source line with a two-digit year', text: 'Text of report\n\nSource: Radio Rossii, Moscow, in Russian 0800 gmt 3 Feb 97\n\nThe minister arrived in Bishkek yesterday.', date: '1997-02-03' },
  { name: 'source line in brackets at the end, four-digit year', text: 'The minister arrived in Bishkek yesterday.\n\n(Kabar news agency, Bishkek, in Russian 1015 gmt 12 Mar 2003)', date: '2003-03-12' },

  // Page lines: a publication line at the bottom, a slashed byline, a periodical's issue month
  { name: 'Russian publication line at the bottom', text: 'Министры встретились в Москве.\n\nРаспечатать\n\nОпубликовано 21.09.2009 в 19:12\n\n© 2009', date: '2009-09-21', basis: 'byline' },
  { name: 'English "Published" line at the bottom', text: 'The ministers met in Osh.\n\nPublished 3 May 2011\nShare this page', date: '2011-05-03' },
  { name: '«Дата публикации» at the bottom', text: 'Стороны обсудили поставки.\n\nДата публикации: 7 октября 2014 года', date: '2014-10-07' },
  { name: '«Время публикации» above «Последнее обновление» at the bottom', text: 'Премьеры встретились в Чолпон-Ате.\n\nВремя публикации: 9 августа 2019 г., 17:05\nПоследнее обновление: 9 августа 2019 г., 18:20\n\nsource: https://example.com/news/', date: '2019-08-09' },
  { name: '«Последнее обновление» alone dates the page', text: 'Премьеры встретились в Чолпон-Ате.\n\nПоследнее обновление: 10 августа 2019 г., 18:20', date: '2019-08-10' },
  { name: '"Posted on" at the bottom', text: 'The envoy met the speaker.\n\nPosted on June 12, 2015 by admin', date: '2015-06-12' },
  { name: 'a bottom update line when nothing else dates the page', text: 'The envoy met the speaker.\n\nLast updated: 8 February 2019', date: '2019-02-08' },
  { name: 'a bottom publication line beats a bottom update line', text: 'The envoy met the speaker.\n\nPublished 2 April 2012\nLast updated 5 April 2012', date: '2012-04-02' },
  { name: 'a bare date on the last line, after the byline', text: 'Министры встретились в Москве.\n\nВиктор ИВАНОВ\n\n23.11.2000', date: '2000-11-23', basis: 'byline' },
  { name: 'en: a bare date with a time at the foot', text: 'The envoy met the speaker.\n\nMay 3, 2011, 14:05', date: '2011-05-03' },
  { name: 'a periodical’s citation with its issue number at the foot', text: LONG_RU + '«Вечерний вестник», № 12 от 7 октября 2014 г.', date: '2014-10-07' },
  { name: 'en: a quoted periodical and a date at the foot', text: LONG_EN + '"The Steppe Herald", No. 40, May 3, 2011', date: '2011-05-03' },
  { name: 'a weekday and a full date at the foot', text: LONG_RU + 'Вторник, 7 октября 2014 года', date: '2014-10-07' },
  { name: '«Газета „…“» and a date at the foot', text: LONG_RU + 'Газета «Вечерний вестник», 12 марта 2014 г.', date: '2014-03-12' },
  { name: 'en: a known outlet without quotes and a date at the foot', text: LONG_EN + 'Reuters, March 12, 2011', date: '2011-03-12' },
  { name: '«Журнал „…“ №N (M) от DD.MM.YYYY, стр. N» at the foot', text: LONG_RU + 'Журнал «Вечерний вестник» №7 (312) от 14.10.2014, стр. 5', date: '2014-10-14' },
  { name: 'en: a quoted periodical, a date and a page at the foot', text: LONG_EN + '"The Steppe Herald", No. 40 (1210), May 3, 2011, p. 7', date: '2011-05-03' },
  { name: 'a page number after a date with no periodical is no citation', text: LONG_RU + 'Смотрите 14.10.2014, стр. 5', date: '2014' },
  { name: 'a weekday after a full date at the foot', text: LONG_RU + '12 марта 2014 г., среда', date: '2014-03-12' },
  { name: 'a word that begins with an outlet’s name is not the outlet', text: LONG_EN + 'Reutersville talks, March 12, 2011', date: '2011' },
  { name: 'a quote and words before a date at the foot are no citation line', text: LONG_RU + '«Вечерний вестник» писал об этом 7 октября 2014 г.', date: '2014' },
  { name: '«г.» after a bare date', text: 'Стороны обсудили поставки.\n\n7 октября 2014 г.', date: '2014-10-07' },
  { name: 'en: a translated page: its own version’s date beats the original’s', text: LONG_EN + 'This essay was originally published in German by the Steppe Review on 3 May 2018. English version published on 9 May 2018.', date: '2018-05-09' },
  { name: 'en: "This article was first published" alone dates the page', text: LONG_EN + 'This article was first published by the Steppe Review on 3 May 2018.', date: '2018-05-03' },
  { name: 'a translation’s line after the original’s, on lines of their own', text: LONG_RU + 'Материал впервые опубликован на казахском языке 14 марта 2017 г.\nПеревод опубликован 16 марта 2017 г.', date: '2017-03-16' },
  { name: 'en: an original publication beats a later update', text: LONG_EN + 'This story was first published on 3 May 2018.\nLast updated 7 May 2018', date: '2018-05-03' },
  { name: 'en: a document published is no statement of the page', text: LONG_EN + 'The treaty was published on 3 May 2018.', date: null },
  { name: 'a periodical’s citation with an issue month at the foot', text: LONG_RU + '«Вечерний вестник» № 5–6, март 2015 г. Стр. 12–14.', date: '2015-03' },
  { name: 'a foot citation’s month beats a chronicle’s month heading at the top', text: 'ХРОНИКА\nФевраль 2015 года\n\n3 февраля. Министры встретились в Оше.\n\n' + '«Вечерний вестник» № 5, март 2015 г.', date: '2015-03' },
  { name: 'en: a quoted periodical with an issue month and a page at the foot', text: LONG_EN + '"The Steppe Review", No. 4, April 2016, p. 9', date: '2016-04' },
  { name: 'a month-year in a foot sentence is no citation', text: LONG_RU + 'Доклад «Вечерний вестник» выпустил в марте 2015 года.', date: null },
  { name: 'a dated sentence at the bottom is no publication line', text: 'Министры встретились.\n\nДоговор был опубликован 12 апреля 2011 года в официальной газете, и с тех пор он действует без изменений уже много лет подряд.', date: null },
  { name: 'US-order slashed date on an English byline', text: 'Energy and water\nBy A. Writer (10/23/2007 issue of the Review)\n\nThe commission met in Osh.', date: '2007-10-23', basis: 'byline' },
  { name: 'slashed date with a day above 12 is day first', text: 'Energy and water\nPosted 23/10/2007\n\nThe commission met in Osh.', date: '2007-10-23' },
  { name: 'Russian slashed date is day first', text: 'Энергетика\nАвтор: И. Иванов, 05/03/2010\n\nКомиссия собралась в Оше.', date: '2010-03-05' },
  { name: 'ambiguous slashed date of a European outlet is day first', header: { source: 'https://eurocourier.example/en/asia/kyrgyz-customs' }, text: 'Customs and trade\nPublished on: 09/04/2014 - 10:15\n\nThe commission met in Osh.', date: '2014-04-09', basis: 'byline' },
  { name: 'ambiguous slashed date of a US outlet is month first', header: { source: 'https://midwestherald.example/world/kyrgyz-customs' }, text: 'Customs and trade\nPosted 09/04/2014\n\nThe commission met in Osh.', date: '2014-09-04', basis: 'byline' },
  { name: 'a country-code domain gives the order (.uk: day first)', header: { source: 'https://news.example.co.uk/world/kyrgyz-customs' }, text: 'Customs and trade\nPosted 09/04/2014\n\nThe commission met in Osh.', date: '2014-04-09' },
  { name: 'the address date decides an ambiguous slashed date', header: { source: 'https://midwestherald.example/en/20140409-kyrgyz-customs' }, text: 'Customs and trade\nPosted 09/04/2014\n\nThe commission met in Osh.', date: '2014-04-09' },
  { name: 'an unknown outlet on a generic domain: English is month first', header: { source: 'https://unknown.example.com/world/kyrgyz-customs' }, text: 'Customs and trade\nPosted 09/04/2014\n\nThe commission met in Osh.', date: '2014-09-04' },
  { name: 'a body day on the eve of one order decides an ambiguous slashed date', text: 'Customs and trade\nPosted: 04/06/2016 10:15\n\nThe ministers met today. On the eve, on June 3, the experts agreed the text.', date: '2016-06-04', basis: 'byline' },
  // A day the body tells as coming: the page is not dated shortly after it
  { name: 'en: a day told as coming rules out the order a few days after it', text: 'Air links\nPosted: 04/06/2016 10:15\n\nThe airline will launch the new route on June 2, the ministry said.', date: '2016-04-06', basis: 'byline' },
  { name: 'ru: «будут открыты 30 мая» rules out 5 June', text: 'Авиасообщение\nАвтор: И. Иванов, 05/06/2016\n\nНовые рейсы будут открыты 30 мая, сообщили в министерстве.', date: '2016-05-06' },
  { name: 'ru: without a coming day the Russian order stays day first', text: 'Авиасообщение\nАвтор: И. Иванов, 05/06/2016\n\nНовые рейсы были открыты 30 апреля, сообщили в министерстве.', date: '2016-06-05' },
  { name: 'en: a future verb in another clause does not make the day coming', text: 'Air links\nPosted: 04/06/2016 10:15\n\nThe ministers, who will meet again in July, met on June 2.', date: '2016-06-04' },
  { name: 'en: a coming day months before both orders is next year’s and decides nothing', text: 'Air links\nPosted: 05/06/2016 10:15\n\nThe route will open on January 20.', date: '2016-05-06' },
  { name: 'a body day close to both orders decides nothing (English: month first)', text: 'Customs and trade\nPosted: 04/05/2016 10:15\n\nThe ministers met today. On May 2, and again on April 6, the experts talked.', date: '2016-04-05' },
  { name: 'a body day far from both orders decides nothing', text: 'Customs and trade\nPosted: 04/06/2016 10:15\n\nThe ministers met today. The plan was first drafted on June 20.', date: '2016-04-06' },
  // An author's name, then a slashed date with a two-digit year ending the line
  { name: 'en: an author line with a two-digit year, the body days deciding month first', text: 'Vote count\nAnna Petrova 3/02/09\n\nObservers said on March 1 that the count was slow.', date: '2009-03-02', basis: 'byline' },
  { name: 'en: an author line with a two-digit year, the body days deciding day first', text: 'Vote count\nBy Anna Petrova, 3/02/09\n\nObservers said on February 2 that the count was slow.', date: '2009-02-03', basis: 'byline' },
  { name: 'ru: an author line with a two-digit year is day first', text: 'Подсчет голосов\nИван Петров 05/03/10\n\nНаблюдатели отметили, что подсчет шел медленно.', date: '2010-03-05', basis: 'byline' },
  { name: 'a slashed figure after words in the body is no author line', text: 'Vote count\n\nThe ministers met today and agreed on the new tariffs for the coming season, about 3/4/05 of them.', date: null },
  { name: 'en: a slashed publication line with a two-digit year at the foot', text: LONG_EN + 'Posted: 8/23/07 © Steppe Weekly', date: '2007-08-23', basis: 'byline' },
  { name: 'en: an ambiguous slashed foot line of an English page is month first', text: LONG_EN + 'Posted 05/06/09', date: '2009-05-06' },
  { name: 'ru: a slashed foot line is day first', text: LONG_RU + 'Опубликовано: 05/06/09', date: '2009-06-05' },
  { name: 'a slashed date at the foot without a publication label is no publication line', text: 'The envoy met the speaker.\n\nReference 8/23/07', date: null },
  // The closing line of an interview, press conference or broadcast transcript dates the recorded event
  { name: 'en: a foot sentence telling when the briefing was held', text: LONG_EN + 'The briefing was held in Osh on March 4, 2015.', date: '2015-03-04', basis: 'byline' },
  { name: 'en: "The interview was recorded on …" at the foot', text: LONG_EN + 'Q: Thank you.\nThe interview was recorded on 9 June 2017.', date: '2017-06-09' },
  { name: 'ru: «Эфир от …» among the closing sentences of a transcript', text: LONG_RU + 'Ведущий: На сегодня всё. Эфир от 9 апреля 2011 года. До новых встреч.', date: '2011-04-09' },
  { name: 'ru: «Беседа состоялась …» at the foot', text: LONG_RU + 'Беседа состоялась 12 мая 2016 г. в Оше.', date: '2016-05-12' },
  { name: 'ru: a known place and a date signing off an interview', text: LONG_RU + 'Беседовала Анна Петрова.\nОш, 7 июня 2013 г.\nФото автора', date: '2013-06-07', basis: 'byline' },
  { name: 'en: a summit that took place is no recorded event of the page', text: LONG_EN + 'The summit took place in Osh on March 4, 2015.', date: null },
  { name: 'ru: a word that is no place before a date at the foot is no sign-off', text: LONG_RU + 'Договор, 7 июня 2013 г.', date: '2014' },
  { name: 'ru: a date mentioned after «эфир» is no broadcast label', text: LONG_RU + 'В эфир вышло интервью о договоре от 7 июня 2013 г.', date: '2014' },
  // A copyright line's single year
  { name: 'the year of a copyright line dates a dateline without a year', text: 'ОШ, 12 марта — Кабар.\n\nМинистры обсудили поставки.\n\n2016 © Кабар', date: '2016-03-12', basis: 'inferred-year' },
  { name: 'en: "© 2011 Outlet. All rights reserved."', text: 'BISHKEK, March 12 (Reuters) - The envoy met the speaker.\n\n© 2011 Steppe Weekly. All rights reserved.', date: '2011-03-12' },
  { name: 'a plan for a span of years is no past year that vetoes the copyright year', text: 'ОШ, 12 марта — Кабар.\n\nМинистры подписали план на 2016–2017 годы.\n\n2016 © Кабар', date: '2016-03-12' },
  // A gathering named with its edition's year in the lead
  { name: 'en: a fair named with its year in the lead dates a dateline without a year', text: 'KAZAN, May 14 (Steppe Weekly) - Uzbek firms signed deals on the opening day of TECHNOFAIR-2021, which runs until Friday.', date: '2021-05-14', basis: 'inferred-year' },
  { name: 'ru: «на полях ФОРУМА-2019» in the lead', text: 'Казань, 14 мая /Кабар/. Делегация провела переговоры на полях АГРОФОРУМА-2019.\n\nСтороны обсудили поставки.', date: '2019-05-14' },
  { name: 'a plan named with its target year is no edition', text: 'KAZAN, May 14 (Steppe Weekly) - The ministers discussed Vision-2040 and the new plant.', date: null, monthDay: '--05-14' },
  { name: 'an edition named far below the lead says nothing', text: 'KAZAN, May 14 (Steppe Weekly) - The ministers met.\n\nThey talked.\n\nThey agreed.\n\nThey left.\n\nEarlier deals were signed at TECHNOFAIR-2016.', date: null, monthDay: '--05-14' },
  // Anniversaries counted in words
  { name: 'en: "ten years of" a known fact counted in a word', text: 'Gold Weekly\n\nThe deal comes as the two countries prepare to mark ten years of diplomatic relations.', date: '2002', basis: 'inferred-year' },
  { name: 'en: "over the past ten years of" a fact is a span, not an anniversary', text: 'Gold Weekly\n\nTrade has grown over the past ten years of diplomatic relations.', date: null },
  { name: 'a copyright span of years is the site’s, not the page’s', text: 'ОШ, 12 марта — Кабар.\n\nМинистры обсудили поставки.\n\n© 2010–2016 Кабар', date: null, monthDay: '--03-12' },
  { name: 'ambiguous slashed date follows the dateline', text: 'Agency\n15:27 04/06/2013\n\nMOSCOW, June 4 (Agency) - The ministers met.', date: '2013-06-04' },
  { name: 'a chronology entry is no byline', text: 'Спикер встретился с коллегой\n\n25 марта, 17:05\n\nСтороны обсудили сотрудничество.\n\n14 мая 1993 года — подписан договор о торговле;\n2 июня 1995 года — открыто посольство.', date: null, monthDay: '--03-25' },
  { name: 'en: a chronology entry is no byline', text: 'Speaker meets colleague\n\nThe sides discussed cooperation.\n\n14 May 1993 – trade treaty signed in Moscow', date: null },
  { name: 'a weekly’s issue of a span of days is dated by its first day', text: 'ВЕСТНИК СТЕПИ\nЕженедельная газета\n№ 7 (140) 4–10 июня 2012 года\n\nКомиссия собралась в Оше.', date: '2012-06-04', basis: 'byline' },
  { name: 'a single day after an issue number stays that day', text: 'ВЕСТНИК СТЕПИ\nЕженедельная газета\n№ 7 (140) 10 июня 2012 года\n\nКомиссия собралась в Оше.', date: '2012-06-10', basis: 'byline' },
  { name: 'issue line gives the month', text: 'PROGRAM NEWSLETTER\nIssue 12 | March 2019\n\nIn late February the ministers met in Osh on February 20.', date: '2019-03', basis: 'byline' },
  { name: 'English "Month Year issue"', text: 'October 2014 issue\n\nThe commission met in Osh.', date: '2014-10' },
  { name: '«Выпуск за» a month', text: 'Вестник института\nВыпуск за октябрь 2018\n\nКомиссия собралась в Оше.', date: '2018-10' },
  { name: '«№ N, месяц год»', text: 'Журнал «Регион»\n№ 5 (47), май 2021 г.\n\nКомиссия собралась в Оше.', date: '2021-05' },
  { name: 'en: a known outlet’s name before a month and year dates the page to the month', text: 'Talking trade with the envoy\n\nKabar, April 2021\nBy A. Writer\n\nThe envoy said the commission would meet in the summer.', date: '2021-04', basis: 'byline' },
  { name: 'ru: «Кабар, месяц год» under the title', text: 'Беседа о торговле\n\nКабар, сентябрь 2017 г.\n\nПосол рассказал о планах комиссии.', date: '2017-09' },
  { name: 'a word that is no outlet before a month and year is no byline', text: 'Talking trade with the envoy\n\nSummer school, April 2021\n\nThe envoy said the commission would meet in the summer.', date: null },
  { name: 'an outlet’s name and a month-year with more words after them is no byline', text: 'Talking trade\n\nKabar, April 2021 and later issues\n\nThe envoy spoke.', date: null },
  { name: 'a headline with a month and year is no issue line', text: 'Переговоры в марте 2019 года прошли в Оше\n\nКомиссия собралась в Оше.', date: null },

  // A wire dateline one day before a page stamp of the next morning (filed in a time zone behind the stamp's)
  { name: 'dateline a day before a morning page stamp', text: 'Leaders pledge closer ties\n\nSource: Newswire| 2016-11-01 02:40:10|Editor: J. Doe\n\nOSH, Oct. 31 (Newswire) -- The two premiers held talks on Monday.', date: '2016-10-31', basis: 'dateline' },
  { name: 'dateline a day before a stamp of the new year', text: 'Leaders pledge closer ties\n\nSource: Newswire| 2017-01-01 06:05:00|Editor: J. Doe\n\nOSH, Dec. 31 (Newswire) -- The two premiers exchanged greetings.', date: '2016-12-31' },
  { name: 'an afternoon page stamp keeps its own day', text: 'Leaders pledge closer ties\n\nSource: Newswire| 2016-11-01 15:40:10|Editor: J. Doe\n\nOSH, Oct. 31 (Newswire) -- The two premiers held talks on Monday.', date: '2016-11-01' },
  // Outlets and places without dates
  { name: '24.kg lead without a date', text: 'BISHKEK (24.kg) - The deputy minister spoke at the conference.', date: null, outlet: '24.kg', place: 'Bishkek' },
  // «Сегодня, 23 октября, …»: the text names its own day
  { name: 'ru: «Сегодня, день месяц» in the lead, with no past verb', text: 'Заводу десять лет\n\nСегодня, 3 октября, заводу в Оше исполняется 10 лет.', date: null, monthDay: '--10-03' },
  { name: 'en: "Today, Monday, May 14" with no year', text: 'Exhibition opens\n\nToday, on Monday, May 14, an exhibition opens in Osh.', date: null, monthDay: '--05-14' },
  { name: 'ru: «сегодня» away from the day-month names no day', text: 'Министры встретятся\n\nСегодня министры обсудят план, который вступит в силу 14 мая.', date: null, monthDay: null },
  { name: 'English agency dateline with region', text: 'RUSSIA, April 14 - The commission met in Moscow on April 14.', date: null, monthDay: '--04-14', place: 'Russia' },
];

describe('extractArticleDate', () => {
  it.each(rows)('$name', (row) => {
    const article = doc(row.text, row.header);
    const people = (row.people ?? []).map(({ form, ...p }) => {
      const at = form ? article.text.indexOf(form) : -1;
      return at < 0 ? p : { ...p, mentions: [{ start: at, end: at + form!.length, text: form! }] };
    });
    const d = extractArticleDate(article, people, KB);
    expect(d.date).toBe(row.date);
    if (row.monthDay !== undefined) expect(d.monthDay).toBe(row.monthDay);
    if (row.basis !== undefined) expect(d.basis).toBe(row.basis);
    if (row.place !== undefined) expect(d.place).toBe(row.place);
    if (row.outlet !== undefined) expect(d.outlet).toBe(row.outlet);
    expect(d.evidence.length).toBeGreaterThan(10);
  });

  it('keeps the dateline span as offsets into the text', () => {
    const a = doc('Заголовок\n\nБишкек. 25 августа. КирТАГ - Текст новости.');
    const d = extractArticleDate(a, [], KB);
    expect(d.span).not.toBeNull();
    expect(a.text.slice(d.span!.start, d.span!.end)).toBe(d.span!.text);
    expect(d.span!.text).toBe('Бишкек. 25 августа. КирТАГ');
  });

  it('states the anniversary arithmetic in the evidence', () => {
    const d = extractArticleDate(doc('Бишкек, 2 марта /Кабар/. В марте исполняется 25 лет установлению дипломатических отношений.'), [], KB);
    expect(d.date).toBe('2017-03-02');
    expect(d.evidence).toMatch(/1992 \+ 25/);
  });
});

interface MentionRow {
  name: string;
  lang?: 'en';
  text: string;
  articleDate: string | null;
  want: [string, string, boolean][];
}

const mentionRows: MentionRow[] = [
  { name: 'day-month takes the article year', text: 'Визит намечен на 28 марта.', articleDate: '2019-03-27', want: [['28 марта', '2019-03-28', false]] },
  { name: 'day range', text: 'Саммит пройдет 13—14 июня в Бишкеке.', articleDate: '2019-03-27', want: [['13—14 июня', '2019-06-13', false]] },
  { name: 'day range «с … по …»', text: 'Форум проходит с 14 по 17 июня.', articleDate: '2019-06-16', want: [['14 по 17 июня', '2019-06-14', false]] },
  { name: 'two days «N и M»', text: 'Выставка откроется 3 и 4 октября в Караколе.', articleDate: '2021-09-20', want: [['3 и 4 октября', '2021-10-03', false]] },
  { name: 'two days "N and M"', text: 'The fair runs on 11 and 12 May in Osh.', articleDate: '2021-05-02', want: [['11 and 12 May', '2021-05-11', false]] },
  { name: 'day range "from … to …"', text: 'The forum runs from 14 to 17 June.', articleDate: '2019-06-16', lang: 'en', want: [['14 to 17 June', '2019-06-14', false]] },
  { name: 'places are no day range', text: 'С 1 по 5 место заняли спортсмены 7 июня.', articleDate: '2019-06-16', want: [['7 июня', '2019-06-07', false]] },
  { name: 'full date', text: 'Соглашение подписано 1 июня 2018 года.', articleDate: '2020-01-01', want: [['1 июня 2018 года', '2018-06-01', false]] },
  { name: 'English month-day', text: 'The commission met on April 14.', articleDate: '2022-04-20', want: [['April 14', '2022-04-14', false]] },
  { name: 'English year', text: 'Trade rose 12 percent in 2021.', articleDate: '2022-04-20', want: [['2021', '2021', false]] },
  { name: 'dotted date is day first in English too', text: 'Osh, 03.08.2021 (Kabar) — The ministers met.', articleDate: null, want: [['03.08.2021', '2021-08-03', false]] },
  { name: 'dotted date in Russian', text: 'Бишкек, 11.04.2019. Министры встретились.', articleDate: null, want: [['11.04.2019', '2019-04-11', false]] },
  { name: 'an impossible dotted date is none', text: 'Код 45.13.2019 не дата.', articleDate: null, want: [] },
  { name: 'Russian year', text: 'Войска выведут в 2014 году.', articleDate: null, want: [['2014 году', '2014', false]] },
  { name: 'month of the current year', text: 'В марте текущего года исполняется юбилей.', articleDate: '2022-02-25', want: [['марте текущего года', '2022-03', true]] },
  { name: 'last year (ru)', text: 'В прошлом году товарооборот вырос.', articleDate: '2019-05-01', want: [['прошлом году', '2018', true]] },
  { name: 'last year (en)', text: 'Trade grew last year.', articleDate: '2021-05-01', want: [['last year', '2020', true]] },
  { name: 'this year', text: 'В этом году запланированы три визита.', articleDate: '2019-03-27', want: [['этом году', '2019', true]] },
  { name: 'first half of the current year', text: 'В первом полугодии текущего года товарооборот вырос.', articleDate: '2023-10-12', want: [['первом полугодии текущего года', '2023', true]] },
  { name: 'no article year: relative and day-month are skipped', text: 'В прошлом году, 12 октября, стороны встретились.', articleDate: null, want: [] },
  { name: 'numeric date through chrono', text: 'Документ датирован 24.05.2017 и вступил в силу.', articleDate: '2018-01-01', want: [['24.05.2017', '2017-05-24', false]] },
  { name: 'month and year', text: 'Переговоры прошли в марте 2019 года.', articleDate: '2020-01-01', want: [['марте 2019 года', '2019-03', false]] },
  { name: 'Modified line is metadata', text: 'Modified 30 марта, 17:13', articleDate: '2019-03-27', want: [] },
  { name: 'not a month word', text: 'Закуплено 12 тракторов.', articleDate: '2019-03-27', want: [] },
  // Day words, months and seasons without a year.
  { name: '«вчера» is the day before', text: 'Министры вчера провели переговоры.', articleDate: '2019-03-01', want: [['вчера', '2019-02-28', true]] },
  { name: '«завтра» is the day after', text: 'Делегация прибудет завтра.', articleDate: '2019-12-31', want: [['завтра', '2020-01-01', true]] },
  { name: 'later in the day is the article date', text: 'Later in the day the ministers will meet.', articleDate: '2019-05-07', want: [['Later in the day', '2019-05-07', true]] },
  { name: 'a day word needs a full article date', text: 'Министры вчера провели переговоры.', articleDate: '2019', want: [] },
  { name: 'future month still to come: same year', text: 'Заседание пройдет в июне в Оше.', articleDate: '2019-03-01', want: [['в июне', '2019-06', true]] },
  { name: 'future month already passed: next year', text: 'Заседание комиссии состоится в феврале.', articleDate: '2019-10-01', want: [['в феврале', '2020-02', true]] },
  { name: 'past month still to come: last year', text: 'В ноябре стороны подписали протокол.', articleDate: '2019-03-01', want: [['В ноябре', '2018-11', true]] },
  { name: 'a signing still to come in a past sentence: same year', text: 'Министры обсудили договор, который президенты подпишут в июне.', articleDate: '2019-05-10', want: [['в июне', '2019-06', true]] },
  { name: 'a visit still to come in a past sentence: same year', text: 'Стороны обсудили программу визита, который президент посетит в ноябре.', articleDate: '2019-05-10', want: [['в ноябре', '2019-11', true]] },
  { name: '«на май» with a planned verb', text: 'Визит запланирован на май.', articleDate: '2019-03-01', want: [['на май', '2019-05', true]] },
  { name: 'end of a month', text: 'В конце января министры встретились в Москве.', articleDate: '2019-03-01', want: [['В конце января', '2019-01', true]] },
  { name: 'en: last December', lang: 'en', text: 'The treaty was signed last December.', articleDate: '2019-06-01', want: [['last December', '2018-12', true]] },
  { name: 'en: quoted future does not move a past month', lang: 'en', text: '"We will manage," the minister told reporters in May.', articleDate: '2019-06-01', want: [['in May', '2019-05', true]] },
  { name: 'a month range is left to the period readers', text: 'В январе-марте экспорт вырос.', articleDate: '2019-05-01', want: [] },
  { name: 'en: a modal "may" is no month', lang: 'en', text: 'The sides may meet in Osh.', articleDate: '2019-05-01', want: [] },
  { name: 'season and half-year take the article year', text: 'Летом откроется центр, а в первом полугодии пройдет заседание.', articleDate: '2019-05-01', want: [['Летом', '2019', true], ['в первом полугодии', '2019', true]] },
  { name: 'en: this summer, for the autumn', lang: 'en', text: 'Loans began this summer; the next session is scheduled for the autumn.', articleDate: '2019-08-01', want: [['this summer', '2019', true], ['for the autumn', '2019', true]] },
  { name: 'last summer', text: 'Прошлым летом стороны открыли центр.', articleDate: '2019-08-01', want: [['Прошлым летом', '2018', true]] },
  // A day-month before a relative year is one full date, not a month of that year beside a day of the article's.
  { name: '«23 октября прошлого года» is a day of last year', text: 'Аэропорт открыли 14 сентября прошлого года.', articleDate: '2020-03-10', want: [['14 сентября прошлого года', '2019-09-14', true]] },
  { name: 'en: "14 September last year"', lang: 'en', text: 'The airport opened on 14 September last year.', articleDate: '2020-03-10', want: [['14 September last year', '2019-09-14', true]] },
  { name: 'en: "September 14 last year"', lang: 'en', text: 'The airport opened on September 14 last year.', articleDate: '2020-03-10', want: [['September 14 last year', '2019-09-14', true]] },
  { name: '«5 мая этого года»', text: 'Визит запланирован на 5 мая этого года.', articleDate: '2020-03-10', want: [['5 мая этого года', '2020-05-05', true]] },
  { name: 'a month alone before a relative year stays a month', text: 'В сентябре прошлого года аэропорт открыли.', articleDate: '2020-03-10', want: [['сентябре прошлого года', '2019-09', true]] },
  // A day-month without a year takes the year of its tense against the article's month.
  { name: 'past day-month of a later month is last year’s', text: 'Делегация приехала в Ош 12 декабря.', articleDate: '2020-03-10', want: [['12 декабря', '2019-12-12', false]] },
  { name: 'en: past month-day of a later month is last year’s', text: 'The envoy came to Osh on December 12.', articleDate: '2020-03-10', want: [['December 12', '2019-12-12', false]] },
  { name: 'a plan for a month gone is next year’s', text: 'Президент примет участие в торжествах 9 мая.', articleDate: '2021-11-20', want: [['9 мая', '2022-05-09', false]] },
  { name: 'en: a plan for a month gone is next year’s', text: 'The president will attend the parade on 9 May.', articleDate: '2021-11-20', want: [['9 May', '2022-05-09', false]] },
  { name: '«договорились встретиться» is a plan, not the past', text: 'Премьеры договорились встретиться 28 января.', articleDate: '2021-11-20', want: [['28 января', '2022-01-28', false]] },
  { name: 'an invitation to take part looks forward', text: 'Спикер пригласила депутатов принять участие в торжествах 9 мая.', articleDate: '2025-03-12', want: [['9 мая', '2025-05-09', false]] },
  { name: '«в 1998 и 1999 годах»: each year of a pair, the first one first', text: 'Паводки в 1998 и 1999 годах разрушили мосты в долине.', articleDate: '2003-05-10', want: [['1998 и 1999 годах', '1998', false], ['1999', '1999', false]] },
  { name: 'a past day-month of an earlier month stays in the year', text: 'Министры подписали протокол 5 февраля.', articleDate: '2021-11-20', want: [['5 февраля', '2021-02-05', false]] },
  // An English day-month told without a tense either way takes the nearer year (a coming one only within two months).
  { name: 'en: "since the Dec. 9 elections" in a May article is last December', lang: 'en', text: 'The opposition has gained ground since the Dec. 9 parliamentary elections.', articleDate: '2019-05-02', want: [['Dec. 9', '2018-12-09', false]] },
  { name: 'en: "after a Nov. 20 referendum" in a February article', lang: 'en', text: 'The trip comes after a Nov. 20 referendum on the constitution.', articleDate: '2019-02-14', want: [['Nov. 20', '2018-11-20', false]] },
  { name: 'en: "from Jan. 1" in a late-December article is the coming January', lang: 'en', text: 'New duties on grain apply from Jan. 1 under the bloc\'s rules.', articleDate: '2019-12-28', want: [['Jan. 1', '2020-01-01', false]] },
  { name: 'en: a tense still decides: "will be held on Dec. 9" in May', lang: 'en', text: 'Parliamentary elections will be held on Dec. 9.', articleDate: '2019-05-02', want: [['Dec. 9', '2019-12-09', false]] },
  { name: 'en: a day a few months ahead without a tense keeps the year', lang: 'en', text: 'The Aug. 30 deadline for the road map remains.', articleDate: '2019-05-02', want: [['Aug. 30', '2019-08-30', false]] },
  { name: 'en: a March day in a December article without a tense keeps the year', lang: 'en', text: 'The March 20 anniversary of relations drew messages from both capitals.', articleDate: '2019-12-27', want: [['March 20', '2019-03-20', false]] },
  { name: 'ru: a Russian day without a known tense marker keeps the article year', text: 'Республика отметит праздник 31 августа.', articleDate: '2016-01-21', want: [['31 августа', '2016-08-31', false]] },
  { name: 'en: "came … in December" in a March article', text: 'When the president came to Osh in December, the two men talked of trade.', articleDate: '2023-03-16', want: [['in December', '2022-12', true]] },
  // Perfective futures («начнет», «вступит», «войдет») look forward; "took over" is past whatever the main clause plans.
  { name: '«начнет работать с 1 января» in late December is the coming January', text: 'Новый таможенный пост начнет работать с 1 января.', articleDate: '2019-12-20', want: [['1 января', '2020-01-01', false]] },
  { name: '«вступит в силу 1 марта» in November is next March', text: 'Протокол вступит в силу 1 марта.', articleDate: '2019-11-20', want: [['1 марта', '2020-03-01', false]] },
  { name: '«станет членом союза 1 февраля» in December is next February', text: 'Соседняя республика станет членом союза 1 февраля.', articleDate: '2021-12-22', want: [['1 февраля', '2022-02-01', false]] },
  { name: '«ждут весной» in October is next spring', text: 'Новую партию вагонов на станции ждут весной.', articleDate: '2018-10-09', want: [['весной', '2019', true]] },
  { name: '«станет …, соглашение о котором было подписано в мае» in August stays past', text: 'Центр станет частью системы, соглашение о которой было подписано в мае.', articleDate: '2015-08-04', want: [['в мае', '2015-05', true]] },
  { name: 'en: "who took over … on Feb. 3, is due …" stays past', lang: 'en', text: 'The new envoy, who took over the embassy on Feb. 3, is due in Osh next week.', articleDate: '2019-04-10', want: [['Feb. 3', '2019-02-03', false], ['next week', '2019-04', true]] },
  // A plan set «на следующую неделю» (accusative after «намечен», «перенесли») is next week, as «на следующей неделе».
  { name: '«намечены на следующую неделю» is next week', text: 'Консультации экспертов намечены на следующую неделю.', articleDate: '2019-04-28', want: [['на следующую неделю', '2019-05', true]] },
  // An English year written before the noun of an event dates it ("a 2012 agreement"); before another noun, or after a verb of an act on the document, it does not.
  { name: 'en: "a 2012 agreement" is a year', lang: 'en', text: 'The rail link rests on a 2012 agreement between the two railways.', articleDate: '2020-03-10', want: [['2012', '2012', false]] },
  { name: 'en: "The 2010 revolution" opening a sentence', lang: 'en', text: 'The 2010 revolution brought a new government to Bishkek.', articleDate: '2020-03-10', want: [['2010', '2010', false]] },
  { name: 'en: "the 2012 tonnes" is no year', lang: 'en', text: 'The mill shipped the 2012 tonnes of flour it owed.', articleDate: '2020-03-10', want: [] },
  { name: 'en: "ratified the 2012 agreement" names the document', lang: 'en', text: 'The senate ratified the 2012 agreement on rail transit.', articleDate: '2020-03-10', want: [] },
];

describe('findDateMentions', () => {
  it.each(mentionRows)('$name', (row) => {
    const d = doc(row.text);
    const got = findDateMentions(d, row.articleDate);
    expect(got.map((m) => [m.text, m.date, m.relative])).toEqual(row.want);
    for (const m of got) expect(d.text.slice(m.start, m.end)).toBe(m.text);
  });
});
