import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findDateMentions } from '../dates';
import { yearsLater } from './anchored';

/** `text date` of every date mention of `text`, resolved against `article`. */
function run(text: string, article: string | null): string[] {
  const { doc } = toDoc('t.txt', text);
  return findDateMentions(doc, article).map((m) => `${m.text} ${m.date}`);
}

describe('dates counted from the event told before', () => {
  it.each([
    // Day words count from the last explicit day before them, within three sentences.
    ['a digest item «днём ранее»', 'Ассамблея прошла 4 марта 2021 г. в Оше. Днём ранее министры провели консультации.', '2021-03-09',
      ['4 марта 2021 г. 2021-03-04', 'Днём ранее 2021-03-03']],
    ['en: "the day before"', 'The forum opened in Osh on April 3. The day before, the ministers met in Bishkek.', '2022-04-06',
      ['April 3 2022-04-03', 'The day before 2022-04-02']],
    // "X on Friday, a day after Y": Y came the day before the day told first.
    ['en: ", a day after" counts back from the day told before it', 'The minister toured the plant on Friday, a day after opening the fair.', '2022-04-09',
      ['on Friday 2022-04-08', 'a day after 2022-04-07']],
    ['en: "a day after" with no comma is left to the landmark days', 'The minister toured the plant a day after the fair.', '2022-04-09', []],
    ['en: "a day after" before a clause of its own is no day', 'The minister toured the plant on Friday, a day after Ivan Petrov turned 60.', '2022-04-09',
      ['on Friday 2022-04-08']],
    ['with no date before, the article date counts', 'Днём ранее министры провели консультации.', '2021-03-09', ['Днём ранее 2021-03-08']],
    ['a planned date is no anchor', 'Министр пригласил коллег на праздник 1 июня. Ранее в тот же день он встретился с послом.', '2021-03-09',
      ['1 июня 2021-06-01', 'Ранее в тот же день 2021-03-09']],
    ['«ранее в этот день» is the day of the article', 'Министр провел переговоры с коллегой. Ранее в этот день он посетил технопарк.', '2021-03-09',
      ['Ранее в этот день 2021-03-09']],
    ['«ранее в этот день» after the day told', 'Делегация прибыла в Ош 4 марта 2021 года. Ранее в этот день министр провел встречу с губернатором.', '2021-03-09',
      ['4 марта 2021 года 2021-03-04', 'Ранее в этот день 2021-03-04']],
    ['a date of history is no anchor: «накануне» counts from the article', 'Договор подписали 5 июня 2020 года. Накануне министры провели консультации.', '2021-03-09',
      ['5 июня 2020 года 2020-06-05', 'Накануне 2021-03-08']],
    ['en: a date of history is no anchor', 'The treaty was signed on June 5, 2020. The day before, the ministers held consultations.', '2021-03-09',
      ['June 5, 2020 2020-06-05', 'The day before 2021-03-08']],
    ['a date too far back is no anchor', 'Договор подписан 2 мая 2020 года. Дальше. Ещё. И ещё. Накануне прошли консультации.', '2021-03-09',
      ['2 мая 2020 года 2020-05-02', 'Накануне 2021-03-08']],
    // "the same day" right after an event told only by its month is a day of that month.
    ['en: "the same day" after a month told in the sentence before', 'The ministers met in Osh in May 2023. A road map was signed the same day.', '2023-09-20',
      ['May 2023 2023-05', 'the same day 2023-05']],
    ['ru: «в тот же день» after a month', 'Министры встретились в Оше в мае 2023 года. В тот же день подписали дорожную карту.', '2023-09-20',
      ['мае 2023 года 2023-05', 'В тот же день 2023-05']],
    ['en: "in the same breath" after a day of history', 'On May 5, 2011, the premier opened the bridge in Osh. In the same breath, he promised a new road.', '2021-03-09',
      ['May 5, 2011 2011-05-05', 'In the same breath 2011-05-05']],
    ['en: "in the same package" after a month, past a year alone told between', 'In March 2015 the sides agreed to lease the depot for 10 years from 2018. In the same package, the debt was cut.', '2021-03-09',
      ['March 2015 2015-03', '2018 2018', 'In the same package 2015-03']],
    // Negative: a month told two sentences back is too far; the article's day stands.
    ['en: a month two sentences back is no anchor', 'The ministers met in Osh in May 2023. Talks went on. A road map was signed the same day.', '2023-09-20',
      ['May 2023 2023-05', 'the same day 2023-09-20']],
    // A day told earlier in the same sentence anchors a day word however long ago (a timeline entry) or ahead (a plan) it lies.
    ['a timeline entry: the day in the same sentence counts, however long ago', '3 June 2020 – the ministers open the bridge in Osh; talks in Bishkek the next day.', '2021-03-09',
      ['3 June 2020 2020-06-03', 'the next day 2020-06-04']],
    ['ru: «на следующий день» after a day of history in the same sentence', '5 июня 2020 года министры открыли мост, а на следующий день провели переговоры.', '2021-03-09',
      ['5 июня 2020 года 2020-06-05', 'на следующий день 2020-06-06']],
    ['en: a plan in the same sentence', 'The minister will arrive on 2 April and hold talks the following day.', '2021-03-09',
      ['2 April 2021-04-02', 'the following day 2021-04-03']],
    // A day word that shifts the day does not count from another day word: both count from the article.
    ['«накануне» in a headline and «накануне» in the lead are one eve', 'Министры накануне форума договорились о мосте.\n\nМинистр, прибывший в Ош, накануне вечером провел переговоры.', '2021-03-09',
      ['накануне 2021-03-08', 'накануне 2021-03-08']],
    ['en: "the day before" twice is one day', 'The day before the forum, the ministers agreed on a bridge. The minister held talks the day before, officials said.', '2021-03-09',
      ['The day before 2021-03-08', 'the day before 2021-03-08']],
    ['en: "the same day" still counts from "the day before"', 'The day before, the ministers met in Osh. Later the same day they signed a memorandum.', '2021-03-09',
      ['The day before 2021-03-08', 'Later the same day 2021-03-08']],
    // A day word of a sentence that speaks of something to come counts from a day planned before it.
    ['en: "the same day" after a planned day', 'The council will meet in Osh on 2 April. A forum of regions is expected to open the same day.', '2021-03-20',
      ['2 April 2021-04-02', 'the same day 2021-04-02']],
    ['ru: «в тот же день» after a planned day', 'Совет соберется в Оше 2 апреля. В тот же день, как ожидается, откроется форум регионов.', '2021-03-20',
      ['2 апреля 2021-04-02', 'В тот же день 2021-04-02']],
    // "The same day" never means the article's day: it counts from the day told last, further back than other day words,
    // but only when no other date stands between; "later in the day" too.
    ['«в тот же день» four sentences after the day', 'Мост открыли 3 мая. Министр назвал это успехом. Жители довольны. Соседи промолчали. В тот же день Казахстан открыл пункт пропуска.', '2021-05-20',
      ['3 мая 2021-05-03', 'В тот же день 2021-05-03']],
    ['en: "later in the day" after a day', 'The commission met in Osh on 3 May. Later in the day the minister received the delegation.', '2021-05-20',
      ['3 May 2021-05-03', 'Later in the day 2021-05-03']],
    ['en: "later that day" four sentences after the day', 'The bridge opened on 3 May. The minister hailed it. Residents cheered. The neighbours kept silent. Later that day the border post reopened.', '2021-05-20',
      ['3 May 2021-05-03', 'Later that day 2021-05-03']],
    // An evening or night told as the same as the day just told is that day ("That evening", «вечером того же дня»).
    ['en: "That evening" after a day told before', 'The ministers met in Osh on 3 May. That evening they toured the new bridge.', '2021-05-20',
      ['3 May 2021-05-03', 'That evening 2021-05-03']],
    ['en: "later that night" after a weekday', 'On Tuesday the delegation landed in Osh. Later that night the governors dined together.', '2021-05-20',
      ['On Tuesday 2021-05-18', 'Later that night 2021-05-18']],
    ['ru: «вечером того же дня» after a day told before', 'Министры встретились в Оше 3 мая. Вечером того же дня они осмотрели новый мост.', '2021-05-20',
      ['3 мая 2021-05-03', 'Вечером того же дня 2021-05-03']],
    ['ru: «в тот же вечер» after a day told before', 'Делегация прибыла в Ош 3 мая. В тот же вечер губернаторы провели ужин.', '2021-05-20',
      ['3 мая 2021-05-03', 'В тот же вечер 2021-05-03']],
    ['en: "this evening" is no day counted from the one before', 'The ministers met in Osh on 3 May. This evening they will tour the bridge.', '2021-05-20',
      ['3 May 2021-05-03']],
    ['«в тот же день» with a month between is not counted from the day before it', 'Мост открыли 3 мая. Министр напомнил, что решение приняли в марте. Жители довольны. Соседи промолчали. В тот же день Казахстан открыл пункт пропуска.', '2021-05-20',
      ['3 мая 2021-05-03', 'в марте 2021-03', 'В тот же день 2021-05-20']],
    ['«в тот же день» after a day of history in a retrospective', 'Соглашение о базе подписали 14 мая 2015 года в Оше. В тот же день министры открыли пункт пропуска.', '2021-05-20',
      ['14 мая 2015 года 2015-05-14', 'В тот же день 2015-05-14']],
    ['en: "on the same day" after a day of history', 'The base treaty was signed in Osh on May 14, 2015. On the same day the ministers opened a border post.', '2021-05-20',
      ['May 14, 2015 2015-05-14', 'the same day 2015-05-14']],
    ['too far back is no anchor even for «в тот же день»', 'Мост открыли 3 мая. Раз. Два. Три. Четыре. Пять. Шесть. В тот же день открыли пункт пропуска.', '2021-05-20',
      ['3 мая 2021-05-03', 'В тот же день 2021-05-20']],
    // "That same week" takes the month of the day told before it (a week may straddle two months); with none it is no date.
    ['en: "that same week" after a span of days', 'Fighting broke out on the border on May 14-16. The president then met both leaders at a summit that same week.', '2021-06-20',
      ['May 14 2021-05-14', 'that same week 2021-05']],
    ['ru: «на той же неделе» two sentences after the day', 'Мост открыли 3 мая. Министр назвал это успехом. На той же неделе в Оше прошли консультации.', '2021-06-20',
      ['3 мая 2021-05-03', 'На той же неделе 2021-05']],
    ['en: "later that week" after a month', 'In May 2019 the sides opened a trade house. Later that week the ministers met.', '2021-06-20',
      ['May 2019 2019-05', 'Later that week 2019-05']],
    ['«на той же неделе» with nothing told before is no date', 'На той же неделе министры встретились в Оше.', '2021-06-20', []],
    ['a planned day after the article is no anchor for "that same week"', 'The forum will open on 2 July. That same week the ministers met.', '2021-06-20',
      ['2 July 2021-07-02']],
    ['a weekday told before is an anchor too', 'On Tuesday the treaty was ratified. A day earlier the ministers met.', '2022-05-20',
      ['On Tuesday 2022-05-17', 'A day earlier 2022-05-16']],
    // Year counts from the last explicit year.
    ['en: "two years later"', 'In May 2014 the sides opened a trade house. Two years later they opened another one.', '2020-01-01',
      ['May 2014 2014-05', 'Two years later 2016']],
    ['«спустя три года»', 'В 2009 году стороны подписали меморандум. Спустя три года его продлили.', '2020-01-01',
      ['2009 году 2009', 'Спустя три года 2012']],
    ['«год спустя»', 'В 2009 году открыли центр, а год спустя — школу.', '2020-01-01', ['2009 году 2009', 'год спустя 2010']],
    ['no year before: no date', 'Two years later they opened another one.', '2020-01-01', []],
    ['a relative year is no anchor', 'В прошлом году открыли центр. Спустя год — школу.', '2020-01-01', ['прошлом году 2019']],
  ])('%s', (_name, text, article, want) => {
    expect(run(text, article)).toEqual(want);
  });

  it.each([
    ['five years later', 5],
    ['a year later', 1],
    ['12 years later', 12],
    ['спустя пять лет', 5],
    ['десять лет спустя', 10],
    ['later this year', null],
    ['years later', null],
  ] as const)('reads the count in «%s»', (text, years) => {
    expect(yearsLater(text)[0]?.years ?? null).toBe(years);
  });
});

describe('"the next day" counts from a day of history told before, never from the article', () => {
  it.each([
    ['en: "The next day" after a day of an earlier year', 'The ministers signed the protocol on May 12, 2006. The next day, the premiers opened a plant.', '2011-09-01',
      ['May 12, 2006 2006-05-12', 'The next day 2006-05-13']],
    ['ru: «На следующий день» after a day of an earlier year', 'Протокол подписали 12 мая 2006 года. На следующий день премьеры открыли завод.', '2011-09-01',
      ['12 мая 2006 года 2006-05-12', 'На следующий день 2006-05-13']],
    // Negative: a day word that shifts back («накануне») still counts from the article after a day of history.
    ['ru: «накануне» after a day of history', 'Протокол подписали 12 мая 2006 года. Накануне премьеры открыли завод.', '2011-09-01',
      ['12 мая 2006 года 2006-05-12', 'Накануне 2011-08-31']],
  ] as const)('%s', (_name, text, article, want) => {
    expect(run(text, article)).toEqual(want);
  });
});

describe('"earlier in the day" far after the day told, past a month of background in that day\'s sentence', () => {
  it.each([
    ['en: a month told after the day in its sentence is no date between',
      'The minister on May 4 toured the Naryn plant, which opened in March 2009. He praised the staff. The mayor joined him. He left for Osh. Earlier in the day, the minister met the governor.', '2031-05-05',
      ['May 4 2031-05-04', 'March 2009 2009-03', 'Earlier in the day 2031-05-04']],
    ['ru: «открытого в марте 2009 года» after the day',
      'Министр 4 мая посетил завод в Нарыне, открытый в марте 2009 года. Он похвалил коллектив. К нему присоединился мэр. Затем он уехал в Ош. Ранее в тот же день министр встретился с губернатором.', '2031-05-05',
      ['4 мая 2031-05-04', 'марте 2009 года 2009-03', 'Ранее в тот же день 2031-05-04']],
    // Negative: a month told in a sentence of its own stands between: the day word keeps the article's day.
    ['en: a month in a later sentence stands between',
      'The minister on May 4 toured the Naryn plant. It opened in March 2009. He praised the staff. The mayor joined him. He left for Osh. Earlier in the day, the minister met the governor.', '2031-05-05',
      ['May 4 2031-05-04', 'March 2009 2009-03', 'Earlier in the day 2031-05-05']],
  ])('%s', (_name, text, article, want) => {
    expect(run(text, article)).toEqual(want);
  });
});
