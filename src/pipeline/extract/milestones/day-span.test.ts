import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a signing dated only by the span of days of a trip told beside it is dated to the month', () => {
  it.each([
    ['en: "visited … on March 5–6 and signed, with his counterpart, …": the signing’s own day is not told',
      'date: 2024-03-20\n\nThe Russian transport minister visited Bishkek on March 5–6 and signed, with his Kyrgyz counterpart, a protocol on road haulage.',
      ['2024-03-05 past visit «The Russian»', '2024-03 past agreement «signed, with»']],
    ['en: "and signed" without a comma too',
      'date: 2024-03-20\n\nThe Russian transport minister visited Bishkek on March 5–6 and signed a protocol on road haulage.',
      ['2024-03-05 past visit «The Russian»', '2024-03 past agreement «signed a»']],
    ['ru: «побывал в Бишкеке 5–6 марта и подписал протокол»',
      'date: 2024-03-20\n\nМинистр транспорта России побывал в Бишкеке 5–6 марта и подписал протокол об автоперевозках.',
      ['2024-03-05 past visit «Министр транспорта»', '2024-03 past agreement «подписал протокол»']],
    // The span told in the sentence before: the signing of the next sentence took one of its days.
    ['en: "The visit on May 14-15 was …. The ministers signed …" is dated to the month',
      'date: 2024-05-20\n\nThe visit on May 14-15 was the Russian foreign minister\'s first trip to Bishkek. The ministers signed a plan of consultations for two years.',
      ['2024-05-14 past visit «The visit»', '2024-05 past agreement «The ministers»']],
    ['ru: «Визит 14–15 мая … . Министры подписали …» is dated to the month',
      'date: 2024-05-20\n\nВизит главы МИД России в Бишкек 14–15 мая стал первым за три года. Министры подписали план консультаций.',
      ['2024-05-14 past visit «Визит главы»', '2024-05 past agreement «Министры подписали»']],
    // Talks told in the clause after the span take its first day; a signing after them is still of one of its days.
    ['en: "visited … on May 14-15 and held talks with …. The sides signed …" is dated to the month',
      'date: 2024-05-20\n\nThe Russian foreign minister visited Bishkek on May 14-15 and held talks with his counterpart Ivan Sidorov. The ministers signed a plan of consultations.',
      ['2024-05-14 past visit «The Russian»', '2024-05-14 past meeting «held talks»', '2024-05 past agreement «The ministers»']],
    ['en: a visit of one day told before keeps its day for the signing',
      'date: 2024-05-20\n\nThe visit on May 14 was the Russian foreign minister\'s first trip to Bishkek. The ministers signed a plan of consultations for two years.',
      ['2024-05-14 past visit «The visit»', '2024-05-14 past agreement «The ministers»']],
    ['en: a signing on a single day keeps the day',
      'date: 2024-03-20\n\nThe Russian transport minister visited Bishkek on March 5 and signed a protocol on road haulage.',
      ['2024-03-05 past visit «The Russian»', '2024-03-05 past agreement «signed a»']],
    ['en: "June 10 - 30 years after …" is no span of days',
      'date: 2022-06-20\n\nThe minister arrived in Bishkek on June 10 - 30 years after the treaty was signed - and signed a protocol.',
      ['2022-06-10 past agreement «The minister»', '2022-06-10 past agreement «signed a»']],
    ['ru: a signing in the clause of the span keeps its first day (the clause tells the trip as well)',
      'date: 2024-12-20\n\nВо время визита президента в Бишкек 25–26 ноября было подписано соглашение о школах.',
      ['2024-11-25 past agreement «Во время»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a second predicate after a relative clause is dated with its subject, not with the relative clause', () => {
  it.each([
    ['en: "on Monday visited the Innoprom fair, which runs from May 3 to 6, and held talks …"',
      'date: 2022-05-05\n\nThe Kyrgyz trade minister on Monday visited the Innoprom fair, which runs in Yekaterinburg from May 3 to 6, and held talks with the governor.',
      ['2022-05-02 past visit «The Kyrgyz»', '2022-05-02 past meeting «held talks»']],
    ['ru: «в понедельник осмотрел выставку, которая проходит с 3 по 6 мая, и провел переговоры»',
      'date: 2022-05-05\n\nМинистр торговли в понедельник осмотрел выставку, которая проходит в Казани с 3 по 6 мая, и провел переговоры с губернатором.',
      ['2022-05-02 past forum «Министр торговли»', '2022-05-02 past meeting «провел переговоры»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a lead told as a span of days and then day by day: the narrative continues from the later day told', () => {
  it.each([
    ['ru: the undated ceremony after the second day\'s talks takes the second day',
      'date: 2031-06-20\n\nВизит министра в Ош проходит 17–18 июня. 17 июня министр провел встречу с губернатором. 18 июня состоялись переговоры делегаций. После переговоров министры возложили цветы к мемориалу.',
      ['2031-06-17 ongoing visit «Визит министра»', '2031-06-17 past meeting «17 июня»', '2031-06-18 past meeting «18 июня»', '2031-06-18 past other «После переговоров»']],
    ['en: the second day is the article\'s own: the narrative is dated by it',
      'date: 2031-06-18\n\nThe minister\'s visit to Osh runs on June 17-18. On June 17 the minister met the governor. On June 18 the delegations held talks. After the talks the ministers laid flowers at the memorial.',
      ['2031-06-17 past visit «The minister\'s»', '2031-06-17 past meeting «On June»', '2031-06-18 past meeting «On June»', '2031-06-18 past other «After the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a step of a gathering of several days, its own day not told', () => {
  it.each([
    ['ru: a meeting expected within a summit planned for «16–17 марта» takes its month',
      'date: 2031-03-02\n\nСледующим событием станет саммит СНГ, который пройдет в Бишкеке 16-17 марта. Ожидается, что в его рамках президенты России и Киргизии проведут отдельную встречу.',
      ['2031-03-16 planned summit «Следующим событием»', '2031-03 planned meeting «Ожидается, что»']],
    ['ru: a meeting told undated, then «на полях форума, который проходит с 26 по 28 мая» in a piece of the 27th, keeps the reporter’s day',
      'date: 2031-05-27\n\nСекретарь Совбеза Киргизии встретился в Москве с секретарем Совбеза России Иваном Петровым.\n\nВстреча прошла на полях международного форума, который проходит в Москве с 26 по 28 мая.',
      ['2031-05-27 past meeting «Секретарь Совбеза»', '2031-05-26 ongoing meeting «Встреча прошла»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a signing in the clause after another signing of the same sentence takes its day', () => {
  it.each([
    ['en: "adopted a statement and witnessed the signing of a memorandum" after the day\'s talks, under a later lead',
      'date: 2031-06-20\n\nThe minister ended his visit to Osh on Friday after two days of talks. On Thursday, June 18, the ministers held talks in the city hall. The ministers adopted a joint statement and witnessed the signing of a memorandum on tourism.',
      ['2031-06-19 past visit «The minister»', '2031-06-18 past meeting «On Thursday,»', '2031-06-18 past agreement «The ministers»', '2031-06-18 past agreement «witnessed the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the narrative after a lead trip told as a span of days is dated to the month, unless it names the day of the span', () => {
  it.each([
    ['ru: a business mission of two days, then a reception «в рамках миссии»',
      'date: 2031-04-20\n\n14–15 апреля Торговая палата Урала провела бизнес-миссию в Ош. В рамках миссии делегацию принял губернатор области.',
      ['2031-04-14 past other «14–15 апреля»', '2031-04 past meeting «В рамках»']],
    ['en: a business mission of two days, then talks with the mayor',
      'date: 2031-04-20\n\nOn April 14-15 a chamber of commerce led a business mission to Osh. The delegates held talks with the mayor.',
      ['2031-04-14 past other «On April»', '2031-04 past meeting «The delegates»']],
    ['ru: «во второй день» names the day of the span',
      'date: 2031-04-20\n\n14–15 апреля Торговая палата Урала провела бизнес-миссию в Ош. Во второй день делегацию принял губернатор области.',
      ['2031-04-14 past other «14–15 апреля»', '2031-04-15 past meeting «Во второй»']],
    ['ru: a mission of one day keeps its day for the narrative',
      'date: 2031-04-20\n\n14 апреля Торговая палата Урала провела бизнес-миссию в Ош. В рамках миссии делегацию принял губернатор области.',
      ['2031-04-14 past other «14 апреля»', '2031-04-14 past meeting «В рамках»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
