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

/** Lines of wrapped copy broken inside sentences: enough of them for the text to read as wrapped. */
const WRAPPED_RU = 'Министры долго\nобсуждали\nэти\nвопросы\nс коллегами\nиз разных\nстран\nи регионов\nв течение\nвсего дня.\n\n';
const WRAPPED_EN = 'The ministers\ndiscussed\nthese\nissues\nwith colleagues\nfrom other\ncountries\nand regions\nfor the\nwhole day.\n\n';
const joined = (text: string) => text.replace(/\n(?!\n)/g, (m, i: number) => (text[i - 1] === '\n' ? m : ' '));

describe('lines of a scanned page or of wrapped copy are joined, of the same length', () => {
  it.each([
    ['ru: a word hyphenated across a line end is made whole (a scanned page: two such words)',
      'Министры обсудили вопросы товаро-\nоборота и поставок зерна на\nследующий год и расчеты по креди-\nтам.',
      'Министры обсудили вопросы товарооборота   и поставок зерна на следующий год и расчеты по кредитам  .'],
    ['ru: a compound keeps its hyphen («вице-» + «премьер»)',
      'Переговоры провел вице-\nпремьер Иванов с коллегой в\nстолице и обсудил поставки зер-\nна.',
      'Переговоры провел вице-премьер  Иванов с коллегой в столице и обсудил поставки зерна  .'],
    ['en: wrapped copy: a line broken before a number and before a lower-case word',
      `${WRAPPED_EN}Exports reached $12 million in the first\nquarter, up\nby 3% on the year.`,
      `${joined(WRAPPED_EN)}Exports reached $12 million in the first quarter, up by 3% on the year.`],
    ['en: a line that starts with a capital stays a line',
      `${WRAPPED_EN}Exports reached $12 million in the first\nquarter.\nImports fell.`,
      `${joined(WRAPPED_EN)}Exports reached $12 million in the first quarter.\nImports fell.`],
    ['ru: wrapped copy: a line broken before a lower-case word',
      `${WRAPPED_RU}Товарооборот вырос\nна пять процентов за год.`,
      `${joined(WRAPPED_RU)}Товарооборот вырос на пять процентов за год.`],
    ['en: wrapped copy: a full-width line goes on before a capital',
      `${WRAPPED_EN}"We have asked for more doctors," the minister told reporters in the capital on\nThursday, adding that a letter had been sent.`,
      `${joined(WRAPPED_EN)}"We have asked for more doctors," the minister told reporters in the capital on Thursday, adding that a letter had been sent.`],
    ['en: wrapped copy: a short headline line stays a line before its dateline',
      `Ministers meet in the capital\nOSH, May 3 -- ${WRAPPED_EN.slice(0, -2)}`,
      `Ministers meet in the capital\nOSH, May 3 -- ${joined(WRAPPED_EN).slice(0, -2)}`],
    ['ru: OCR\'s «0» for «О» before a letter and for the preposition «о»',
      'Стороны подписали протокол 0 поставках на\nгод.0бсуждались цены и 0тгрузка 10 ваго-\nнов и цис-\nтерн.',
      'Стороны подписали протокол о поставках на год.Обсуждались цены и отгрузка 10 вагонов   и цистерн  .'],
  ])('%s', (_name, text, want) => {
    expect(viewOf(text)).toBe(want);
    expect(want.length).toBe(text.length);
  });

  it.each([
    ['ru: one line end inside a sentence (a stray break, no wrapped copy)', 'Министры обсудили вопросы\nпоставок зерна.\n\nВстреча длилась час.'],
    ['en: a headline over a date line in lower case', 'Leaders meet in Moscow\nupdated 2:15 p.m., Tuesday\n\nThe leaders met in Moscow.'],
    ['ru: one word hyphenated across a line end', 'Министры обсудили вопросы товаро-\nоборота.\n\nВстреча длилась час.'],
  ])('%s: no view', (_name, text) => {
    expect(viewOf(text)).toBeNull();
  });
});

describe('a scanned page loses the space after a full stop: a stop between a lower-case word and a capitalised one ends a sentence there', () => {
  it.each([
    ['ru', 'Министры встретились в Москве.Переговоры длились час.', { tightStops: true }, ['Министры встретились в Москве.', 'Переговоры длились час.']],
    ['ru: initials stay in the sentence', 'Переговоры провел А.Б.Петров в Москве.', { tightStops: true }, ['Переговоры провел А.Б.Петров в Москве.']],
    ['en: a domain name stays whole', 'The text is on kabar.kg and akipress.org today.', { tightStops: true }, ['The text is on kabar.kg and akipress.org today.']],
    ['ru: without the option, the stop does not end it', 'Министры встретились в Москве.Переговоры длились час.', undefined, ['Министры встретились в Москве.Переговоры длились час.']],
  ])('%s', (_name, text, options, want) => {
    expect(splitSentences(text, options).map((s) => s.text)).toEqual(want);
  });
});

describe('a figure broken across lines keeps its sign, and its quote is the raw text', () => {
  it.each([
    ['en: "down" + line end + "by N%"',
      `date: 2012-08-01\n\n${WRAPPED_EN}In January-June 2012 Kyrgyz-Russian trade came to $510.2 million, down\nby 7.5% on a year earlier, according to customs data.`,
      ['trade_turnover 510200000 2012-H1 «In January-June 2012 Kyrgyz-Russian trade came to $510.2 million, down\nby 7.5% on a year earlier, according to customs data»',
        'trade_turnover_growth_pct -7.5 2012-H1 «In January-June 2012 Kyrgyz-Russian trade came to $510.2 million, down\nby 7.5% on a year earlier, according to customs data»']],
    ['ru: a hyphenated subject word and a broken line',
      'date: 1998-02-10\n\nПо данным министерства, товаро-\nоборот между Кыргызстаном и Россией в 1997 году\nсоставил около 310 млн долларов, на четверть боль-\nше, чем годом ранее.',
      ['trade_turnover 310000000 1997 «По данным министерства, товаро-\nоборот между Кыргызстаном и Россией в 1997 году\nсоставил около 310 млн долларов, на четверть боль-\nше, чем годом ранее»',
        'trade_turnover_growth_pct 25 1997 «По данным министерства, товаро-\nоборот между Кыргызстаном и Россией в 1997 году\nсоставил около 310 млн долларов, на четверть боль-\nше, чем годом ранее»']],
  ])('%s', (_name, text, want) => {
    expect(turnover(text)).toEqual(want);
  });
});

describe('a text written without case: known officials are found in lower case or in capitals', () => {
  it.each([
    ['ru: a forum post in lower case',
      'date: 2013-04-05\n\nпишу с телефона\n\nвчера президент кыргызстана алмазбек атамбаев и владимир путин провели переговоры в москве об энергетике и кредите на строительство дорог и еще о ценах на бензин и газ для населения и бизнеса и об условиях для мигрантов из нашей республики которые работают там годами без документов и о пенсиях тоже говорили долго но итогов пока нет никаких и никто ничего не объясняет людям как обычно у нас бывает каждый раз\n\nвообще непонятно зачем столько ездить туда если результатов никаких нет уже который год подряд все обещают обещают а толку ноль никакого совсем только разговоры одни и фотографии красивые в новостях показывают',
      ['Алмазбек Атамбаев', 'Владимир Путин']],
    ['ru: a lower-case word like a surname in a typed article stays a word (no view)',
      'date: 2013-04-05\n\nВчера в Москве прошла выставка. Рыбаки готовятся к путине.',
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
    ["dogovorilis'", 'договорились'],
    ['moi', 'мой'],
    ['ekonomicheskogo', 'экономического'],
    ['Evraziiskii', 'Евразийский'],
    ['shchedryi', 'щедрый'],
    ['mesyacev', 'месяцев'],
  ])('%s → %s', (latin, cyr) => {
    expect(cyrillicOf(latin).text).toBe(cyr);
  });

  it.each([
    ['figures and a meeting',
      'date: 2014-06-11\n\nVchera v Moskve ministry proveli peregovory po voprosam torgovli i migracii. Oni dogovorilis\' o novyh postavkah zerna na sleduyushii god i ob otkrytii torgovogo doma v Bishkeke. Po slovam ministra, eto vazhno dlya obeih stran. Tovarooborot mezhdu Kyrgyzstanom i Rossiei v 2013 godu sostavil okolo 2,1 mlrd dollarov, a za pyat\' mesyacev 2014-go vyros na 6%, soobshil ministr na press-konferencii.',
      ['trade_turnover 2100000000 2013 «Tovarooborot mezhdu Kyrgyzstanom i Rossiei v 2013 godu sostavil okolo 2,1 mlrd dollarov»',
        "trade_turnover_growth_pct 6 2014-5M «a za pyat' mesyacev 2014-go vyros na 6%, soobshil ministr na press-konferencii»"]],
    ['en: English with the same short words is no translit',
      'date: 2014-06-11\n\nTrade between Kyrgyzstan and Russia in 2013 reached $2.1 billion. Vitamin C and a v-shaped na recovery.',
      ['trade_turnover 2100000000 2013 «Trade between Kyrgyzstan and Russia in 2013 reached $2.1 billion»']],
  ])('%s', (_name, text, want) => {
    expect(turnover(text)).toEqual(want);
  });
});
