import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a figure a speaker reported, and a gathering only told as the audience', () => {
  it.each([
    ['en: "X, who met … last week, said two-way trade fell … in 2003"',
      'date: 2004-03-11\n\nThe prime minister, who met his Russian counterpart in Moscow on Wednesday, said two-way trade fell 12 percent in the first nine months of 2003, to about $240 million.',
      ['2004-03-10 past meeting «The prime»']],
    ['en: "X, who paid a visit this week, announced that trade had exceeded … last year"',
      'date: 2004-03-11\n\nThe president, who visited Bishkek on Tuesday, announced that trade with Kyrgyzstan had exceeded $2 billion last year.',
      ['2004-03-09 past visit «The president,»']],
    ['ru: «Премьер, который провел переговоры в среду, заявил, что товарооборот …»',
      'date: 2004-03-11\n\nПремьер-министр, который провел переговоры с коллегой в среду, заявил, что товарооборот за девять месяцев 2003 года вырос на 12%.',
      ['2004-03-10 past meeting «Премьер-министр, который»']],
    ['en: "… in 2003, the prime minister told a business forum"',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. Trade between the two countries was about $1.8 billion in 2003, the prime minister told a business forum.',
      ['2004-03-10 past meeting «The two»']],
    ['ru: «сообщил участникам конференции»',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. Товарооборот в 2003 году вырос на 12%, сообщил министр участникам конференции.',
      ['2004-03-10 past meeting «В среду»']],
    ['en: a forum of its own is still one',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. The prime minister spoke at a business forum in Bishkek on Thursday.',
      ['2004-03-10 past meeting «The two»', '2004-03-11 past forum «The prime»']],
    ['en: a summit named only in its guest list ("leaders attending the summit included …")',
      'date: 2011-09-03\n\nThe two presidents met on the sidelines of the summit in Dushanbe on Friday. Other leaders attending the summit included the presidents of Armenia and Belarus.',
      ['2011-09-02 past meeting «The two»']],
    ['ru: «Среди участников саммита были …»',
      'date: 2011-09-03\n\nВ пятницу президенты встретились в Душанбе на полях саммита. Среди других участников саммита были президенты Армении и Белоруссии.',
      ['2011-09-02 past meeting «В пятницу»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a signing ceremony only named as where a speaker spoke', () => {
  it.each([
    ['ru: «Как отметил на церемонии подписания министр, …» after the signing',
      'date: 2004-03-11\n\nМинистры подписали сегодня в Оше соглашение о транзите грузов. Как отметил на церемонии подписания министр транспорта, документ "открывает новые маршруты".',
      ['2004-03-11 past agreement «Министры подписали»']],
    ['ru: «Выступая на церемонии подписания, …» after the signing',
      'date: 2004-03-11\n\nМинистры подписали сегодня в Оше соглашение о транзите грузов. Выступая на церемонии подписания, министр транспорта назвал его важным шагом.',
      ['2004-03-11 past agreement «Министры подписали»']],
    ['en: "Speaking at the signing ceremony, …" after the signing',
      'date: 2004-03-11\n\nThe ministers signed an agreement on cargo transit in Osh today. Speaking at the signing ceremony, the transport minister called it an important step.',
      ['2004-03-11 past agreement «The ministers»']],
    ['ru: «Процедура подписания прошла в присутствии …» after the signing',
      'date: 2004-03-11\n\nМинистры подписали сегодня в Оше соглашение о транзите грузов. Процедура подписания прошла в присутствии депутатов парламента.',
      ['2004-03-11 past agreement «Министры подписали»']],
    ['en: "The signing ceremony took place in …" after the signing',
      'date: 2004-03-11\n\nThe ministers signed an agreement on cargo transit today. The signing ceremony took place in the presence of members of parliament.',
      ['2004-03-11 past agreement «The ministers»']],
    ['en: a signing ceremony told first is the signing',
      'date: 2004-03-11\n\nSpeaking at the signing ceremony in Osh today, the transport minister said the transit agreement opens new routes.',
      ['2004-03-11 past agreement «Speaking at»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a year of a figure told before the verb of telling does not date the gathering it was told at', () => {
  it.each([
    ['ru: «за 2030 год прибавила …, рассказал … на заседании комиссии»',
      'date: 2031-03-05\n\nОШ, 5 мар — ПРАЙМ. Взаимная торговля за 2030 год прибавила 7%, рассказал журналистам министр экономики Иван Петров, выступая на заседании межправительственной комиссии в Оше.',
      ['2031-03-05 past igc_session «Взаимная торговля»']],
    ['en: "… in 2030, the minister said at the session of the commission"',
      'date: 2031-03-05\n\nOSH, March 5 (Reuters) - Two-way trade added 7% in 2030, a deputy minister said as the intergovernmental commission met in Osh.',
      ['2031-03-05 past igc_session «OSH, March»']],
    // Kept: a year of the gathering itself, told after the verb of telling.
    ['ru: a year after the verb of telling stays the gathering\'s',
      'date: 2031-03-05\n\nОШ, 5 мар — ПРАЙМ. Товарооборот двух стран вырос на 7%, сообщил министр, напомнив о заседании межправительственной комиссии в 2029 году.',
      ['2029 past igc_session «Товарооборот двух»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a period after the event word, in a figure the speaker reported, is the figure\'s', () => {
  it.each([
    ['ru: «поблагодарил … и отметил, что товарооборот области … вырос» with «в прошлом году»',
      'date: 2031-06-20\n\nВ среду министры встретились в Оше. Губернатор поблагодарил гостей за приглашение и отметил, что товарооборот области с Киргизией в прошлом году вырос на 15%.',
      ['2031-06-18 past meeting «В среду»']],
    ['ru: «поздравил … и отметил, что товарооборот области … вырос» is not of last year',
      'date: 2031-06-20\n\nВ среду министры встретились в Оше. Губернатор поздравил гостя с назначением и отметил, что товарооборот области с Киргизией в прошлом году вырос на 15%.',
      ['2031-06-18 past meeting «В среду»']],
    // Kept: a year told as the event's own, before any telling.
    ['ru: the event\'s own year', 'date: 2031-06-20\n\nВ прошлом году губернатор поздравил коллегу с избранием.',
      ['2030 past other «В прошлом»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
