import { describe, expect, it } from 'vitest';
import { splitSentences, toDoc } from './read';
import { extractArticle } from './extract/index';
import { cyrillicOf, readableView } from './readable';

const viewOf = (text: string) => readableView(toDoc('t.txt', text).doc)?.doc.text ?? null;
const turnover = (text: string) =>
  extractArticle(toDoc('t.txt', text).doc)
    .figures.filter((f) => f.metric.startsWith('trade_turnover'))
    .map((f) => `${f.metric} ${f.value} ${f.period ?? 'null'} «${f.quote.text}»`);
const people = (text: string) => extractArticle(toDoc('t.txt', text).doc).people.map((p) => p.nameRu);

describe('an ordinary article gets no readable view', () => {
  it.each([
    ['ru: one paragraph a line', 'date: 2011-05-04\n\nМинистры встретились в Москве. Они обсудили поставки зерна.\n\nВстреча длилась два часа.'],
    ['en: one paragraph a line', 'date: 2011-05-04\n\nThe ministers met in Moscow. They discussed grain supplies.\n\nThe meeting lasted two hours.'],
    ['en: a headline over its body', 'date: 2011-05-04\n\nMinisters meet in Moscow\n\nThe ministers met in Moscow on Tuesday.'],
  ])('%s', (_name, text) => {
    expect(viewOf(text)).toBeNull();
  });
});

describe('lines of a scanned page or of wrapped copy are joined, of the same length', () => {
  it.each([
    ['ru: a word hyphenated across a line end is made whole',
      'Министры обсудили вопросы товаро-\nоборота и поставок зерна на\nследующий год.',
      'Министры обсудили вопросы товарооборота   и поставок зерна на следующий год.'],
    ['ru: a compound keeps its hyphen («вице-» + «премьер»)',
      'Переговоры провел вице-\nпремьер Иванов с коллегой в\nстолице.',
      'Переговоры провел вице-премьер  Иванов с коллегой в столице.'],
    ['en: a line broken before a number and before a lower-case word',
      'Exports reached $12 million in the first\nquarter, up\nby 3% on the year.',
      'Exports reached $12 million in the first quarter, up by 3% on the year.'],
    ['en: a line that starts with a capital stays a line',
      'Exports reached $12 million in the first\nquarter.\nImports fell.',
      'Exports reached $12 million in the first quarter.\nImports fell.'],
    ['ru: OCR\'s «0» for «О» before a letter and for the preposition «о»',
      'Стороны подписали протокол 0 поставках на\nгод.0бсуждались цены и 0тгрузка 10 вагонов.',
      'Стороны подписали протокол о поставках на год.Обсуждались цены и отгрузка 10 вагонов.'],
  ])('%s', (_name, text, want) => {
    expect(viewOf(text)).toBe(want);
    expect(want.length).toBe(text.length);
  });
});

describe('a scanned page loses the space after a full stop: a stop between a lower-case word and a capitalised one ends a sentence there', () => {
  it.each([
    ['ru', 'Министры встретились в Москве.Переговоры длились час.', { tightStops: true }, ['Министры встретились в Москве.', 'Переговоры длились час.']],
    ['ru: initials stay in the sentence', 'Переговоры провел А.Б.Петров в Москве.', { tightStops: true }, ['Переговоры провел А.Б.Петров в Москве.']],
    ['en: a domain name stays whole', 'The text is on kabar.kg and akipress.Org today.', { tightStops: true }, ['The text is on kabar.kg and akipress.Org today.']],
    ['ru: without the option, the stop does not end it', 'Министры встретились в Москве.Переговоры длились час.', undefined, ['Министры встретились в Москве.Переговоры длились час.']],
  ])('%s', (_name, text, options, want) => {
    expect(splitSentences(text, options).map((s) => s.text)).toEqual(want);
  });
});

describe('a figure broken across lines keeps its sign, and its quote is the raw text', () => {
  it.each([
    ['en: "down" + line end + "by N%"',
      'date: 2012-08-01\n\nTrade between Kyrgyzstan and Russia in January-June 2012 totaled $510.2 million, down\nby 7.5% year-on-year, the statistics agency said.',
      ['trade_turnover 510200000 2012-H1 «Trade between Kyrgyzstan and Russia in January-June 2012 totaled $510.2 million»',
        'trade_turnover_growth_pct -7.5 2012-H1 «down\nby 7.5% year-on-year»']],
    ['ru: a hyphenated subject word and a broken line',
      'date: 1998-02-10\n\nПо данным министерства, товаро-\nоборот между Кыргызстаном и Россией в 1997 году\nсоставил около 310 млн долларов.',
      ['trade_turnover 310000000 1997 «товаро-\nоборот между Кыргызстаном и Россией в 1997 году\nсоставил около 310 млн долларов»']],
  ])('%s', (_name, text, want) => {
    expect(turnover(text)).toEqual(want);
  });
});

describe('a text written without case: known officials are found in lower case or in capitals', () => {
  it.each([
    ['ru: a forum post in lower case',
      'date: 2013-04-05\n\nпишу с телефона\n\nвчера президент кыргызстана алмазбек атамбаев и владимир путин провели переговоры в москве об энергетике и кредите на строительство дорог и еще о ценах на бензин и газ для населения и бизнеса и об условиях для мигрантов из нашей республики которые работают там годами без документов и о пенсиях тоже говорили долго но итогов пока нет никаких и никто ничего не объясняет людям как обычно у нас бывает каждый раз',
      ['Алмазбек Атамбаев', 'Владимир Путин']],
    ['ru: the same words in an ordinary article are not names (no view)',
      'date: 2013-04-05\n\nПутина — так звали героиню рассказа. Вчера в Москве прошла выставка.',
      []],
  ])('%s', (_name, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe('Russian typed in Latin letters is read back into Cyrillic', () => {
  it.each([
    ['zadolzhennost', 'задолженност'],
    ['Tovarooborot', 'Товарооборот'],
    ['prezidentom', 'президентом'],
    ['rossiiskoi', 'российской'],
    ['Rossii', 'России'],
    ['russkii', 'русский'],
    ["ob'edinennyi", 'объединенный'],
    ["stroitel'stvo", 'строительство'],
    ['ekonomicheskogo', 'экономического'],
    ['Evraziiskii', 'Евразийский'],
    ['shchedryi', 'щедрый'],
    ['mesyacev', 'месяцев'],
  ])('%s → %s', (latin, cyr) => {
    expect(cyrillicOf(latin).text).toBe(cyr);
  });

  it.each([
    ['figures and a meeting',
      'date: 2014-06-11\n\nVchera v Moskve ministry proveli peregovory. Tovarooborot mezhdu Kyrgyzstanom i Rossiei v 2013 godu sostavil okolo 2,1 mlrd dollarov, a za pyat\' mesyacev 2014-go vyros na 6%, soobshil ministr na press-konferencii.',
      ['trade_turnover 2100000000 2013 «Tovarooborot mezhdu Kyrgyzstanom i Rossiei v 2013 godu sostavil okolo 2,1 mlrd dollarov»',
        "trade_turnover_growth_pct 6 2014-5M «za pyat' mesyacev 2014-go vyros na 6%»"]],
    ['en: English with the same short words is no translit',
      'date: 2014-06-11\n\nTrade between Kyrgyzstan and Russia in 2013 reached $2.1 billion. Vitamin C and a v-shaped na recovery.',
      ['trade_turnover 2100000000 2013 «Trade between Kyrgyzstan and Russia in 2013 reached $2.1 billion»']],
  ])('%s', (_name, text, want) => {
    expect(turnover(text)).toEqual(want);
  });
});
