import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an institution given a name, told with its date, is a step of its own', () => {
  it.each([
    ['ru: «В сентябре 2004 года университету было присвоено имя …»',
      'date: 2031-09-27\n\nВ сентябре 2004 года указом президента университету было присвоено имя Ивана Петрова.',
      ['2004-09 past other «В сентябре»']],
    ['en: "In 2011 the university was named after …"',
      'date: 2031-09-27\n\nIn 2011 the university was named after Ivan Petrov.',
      ['2011 past other «In 2011»']],
    // Negatives: undated, the name describes the institution.
    ['ru: «университет имени Ивана Петрова» is no naming',
      'date: 2031-09-27\n\nСтуденты университета имени Ивана Петрова сдали экзамены.',
      []],
    ['en: undated "was named after" describes the school',
      'date: 2031-09-27\n\nThe school, which was named after Ivan Petrov, has 900 pupils.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an honorary doctorate conferred, told with its date, is a step of its own', () => {
  it.each([
    ['ru: «В октябре 1995 года … стал первым почетным доктором университета»',
      'date: 2031-09-27\n\nВ октябре 1995 года Иван Петров стал первым почетным доктором нашего университета.',
      ['1995-10 past other «В октябре»']],
    ['ru: «В четверг ученый совет вручил ему мантию почетного доктора»',
      'date: 2031-09-27\n\nВ четверг ученый совет института вручил ему мантию почетного доктора.',
      ['2031-09-25 past other «В четверг»']],
    ['en: "In October 1995 … became the first honorary doctor"',
      'date: 2031-09-27\n\nIn October 1995 Ivan Petrov became the first honorary doctor of the university.',
      ['1995-10 past other «In October»']],
    // Negative: undated, it describes the person.
    ['en: undated "an honorary doctor of the university" is no event',
      'date: 2031-09-27\n\nIvan Petrov, who became an honorary doctor of the university, teaches forty students.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('teachers from Russia told as going to work in the schools, with a date, are a step of the programme', () => {
  it.each([
    ['ru: «В 2032 году в школах будут работать 150 учителей из России»',
      'date: 2031-11-24\n\nВ 2032 году в школах Киргизии будут работать 150 учителей из России.',
      ['2032 planned other «В 2032»']],
    ['en: "In 2032 teachers from Russia will work in Kyrgyz schools"',
      'date: 2031-11-24\n\nIn 2032, 150 teachers from Russia will work in Kyrgyz schools.',
      ['2032 planned other «In 2032,»']],
    // Negative: undated, it describes the programme.
    ['en: "teachers from Russia would work in the schools in the first year" is no event',
      'date: 2031-11-24\n\nThe minister said that 60 teachers from Russia would work in the schools in the first year.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
