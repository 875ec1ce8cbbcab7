import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("gatherings told after a planned celebration's day, with no time of their own, are of that day", () => {
  it.each([
    ['ru: «Торжества пройдут 24-25 октября. Мы ожидаем приезда делегации во главе с министром»',
      'date: 2031-09-27\n\nОсновные торжества пройдут 24-25 октября. Мы ожидаем приезда российской делегации во главе с министром образования.',
      ['2031-10-24 planned anniversary «Основные торжества»', '2031-10-24 planned visit «Мы ожидаем»']],
    ['en: "Celebrations will be held on October 24. A delegation led by the minister is expected to arrive"',
      'date: 2031-09-27\n\nThe anniversary celebrations will be held on October 24. A Russian delegation led by the education minister is expected to arrive.',
      ['2031-10-24 planned anniversary «The anniversary»', '2031-10-24 planned visit «A Russian»']],
    // A first-person 'we plan' with a gathering as its object is a plan.
    ['en: "They plan a joint forum" after talks',
      'date: 2031-09-27\n\nThe ambassador met the minister on Tuesday. They plan a joint forum of young entrepreneurs.',
      ['2031-09-23 past meeting «The ambassador»', 'null planned forum «They plan»']],
    // Negatives: a time of its own keeps it apart; a celebration that is past gives no day; a series of events spans many days.
    ['en: "We plan a series of events" after the celebration\'s day keeps no day',
      'date: 2031-09-27\n\nThe anniversary celebrations will be held on October 24. We plan a series of concerts and a youth forum.',
      ['2031-10-24 planned anniversary «The anniversary»', 'null planned forum «We plan»']],
    ['ru: «Мы планируем серию концертов и форум» keeps no day',
      'date: 2031-09-27\n\nОсновные торжества пройдут 24-25 октября. Мы планируем серию концертов и молодежный форум.',
      ['2031-10-24 planned anniversary «Основные торжества»', 'null planned forum «Мы планируем»']],
    ['ru: «в ближайшее время» keeps the visit undated',
      'date: 2031-09-27\n\nОсновные торжества пройдут 24-25 октября. В ближайшее время ожидается приезд делегации во главе с министром.',
      ['2031-10-24 planned anniversary «Основные торжества»', 'null planned visit «В ближайшее»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a gathering planned the sentence before gives its day to a signing only: a visit invited to is another trip", () => {
  it.each([
    ['ru', 'date: 2031-09-27\n\nПереговоры президентов пройдут 24 октября в Москве. Президент пригласил коллегу посетить страну с официальным визитом.'],
    ['en', 'date: 2031-09-27\n\nThe presidents will hold talks in Moscow on October 24. The president invited his counterpart to pay an official visit.'],
  ])('%s', (_lang, text) => {
    expect(run(text).filter((l) => l.startsWith('2031-10-24 planned visit'))).toEqual([]);
  });
});

describe('«приезд» of a delegation or an official is a visit', () => {
  it.each([
    ['ru: «Ожидается приезд министра»',
      'date: 2031-09-27\n\nВ пятницу ожидается приезд министра иностранных дел России.',
      ['2031-10-03 planned visit «В пятницу»']],
    // Negative: migrants' or tourists' arrival is no visit.
    ['ru: «приезд мигрантов» is no visit',
      'date: 2031-09-27\n\nВ сентябре приезд мигрантов из Оша вырос на треть.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
