import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A deployment or a facility told by how long it has lasted ("has hosted … aircraft since October
// 2003", «база, которая работает с 2003 года») is the event of its start, dated by «с» / "since".
describe('a deployment or facility told as lasting since a date', () => {
  it.each([
    ['en: "has hosted … aircraft since <month year>"',
      'date: 2019-05-10\n\nThe airfield near Osh has hosted allied aircraft since March 2005, officials said.',
      ['2005-03 past other «The airfield»']],
    ['en: "has kept a squadron … since <month year>"',
      'date: 2019-05-10\n\nThe ally has kept a squadron of transport planes at the airfield, 30 km from the city, since May 2006.',
      ['2006-05 past other «The ally»']],
    ['ru: «база, которая работает с <year> года»',
      'date: 2019-05-10\n\nОтдельная тема — учебная база под Ошем, которая работает с 2006 года.',
      ['2006 past other «Отдельная тема»']],
    ['en: a count of people before the noun ("has hosted some 2,000 personnel since …")',
      'date: 2019-05-10\n\nThe airfield has hosted some 2,000 allied personnel since April 2004.',
      ['2004-04 past other «The airfield»']],
    ['en: "has owned … since <year>"',
      'date: 2019-05-10\n\nThe state company has owned the city grid since 2013.',
      ['2013 past other «The state»']],
    ['ru: a participle «действовавшей … с <month year>»',
      'date: 2019-05-10\n\nВчера закрыта станция, действовавшая в городе с марта 2004 года.',
      ['2004-03 past other «действовавшая в»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // People at work since a month, and a facility with no date of its own, are no event.
    ['ru', 'date: 2019-05-10\n\nДоговор, над которым эксперты работают с февраля, подпишут летом.'],
    ['ru', 'date: 2019-05-10\n\nУчебная база, которая работает с перерывами, нуждается в ремонте.'],
    ['en', 'date: 2019-05-10\n\nThe city has hosted many visitors over the years.'],
    ['en', 'date: 2019-05-10\n\nThe state company has owned the city grid for decades.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text).filter((l) => l.includes(' other '))).toEqual([]);
  });
});

// "the first since <year>", «впервые с <year> года»: the year is the last time before, a milestone of its own; the
// event itself is dated as if the year were not told (here by the article).
describe('an event told as the first since a year', () => {
  it.each([
    ['en: "his first since <year>"',
      'date: 2022-06-03\n\nThe president paid a state visit to Osh, his first since 2016.',
      ['2022-06-03 past visit «The president»', '2016 past visit «The president»']],
    ['en: "the first such visit since <year>"',
      'date: 2022-06-03\n\nThe minister made an official visit to Naryn, the first such visit since 2014.',
      ['2022-06-03 past visit «The minister»', '2014 past visit «The minister»']],
    ['en: "has operated since <year>" is still a starting point',
      'date: 2022-06-03\n\nThe state company has owned the city grid since 2011.',
      ['2011 past other «The state»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
