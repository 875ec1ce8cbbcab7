import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "The ministry said on April 7 that …", «МИД республики 7 апреля заявил, что …»: a body of the two sides opening its
// sentence, with a day of its own before the article's, makes a dated statement as a named official does.
describe('a dated statement of a ministry or embassy speaking in its own name', () => {
  it.each([
    ['en: "The ministry said on <day> that …"',
      'date: 2031-04-12\n\nThe ministry said on April 7 that dozens of Kyrgyz students had been refused entry at Russian airports.',
      ['2031-04-07 past statement «The ministry»']],
    ['en: a fronted date and the side named',
      'date: 2031-04-12\n\nOn April 6, Kyrgyzstan\'s Foreign Ministry said that several students had been held at a border post.',
      ['2031-04-06 past statement «On April»']],
    ['ru: «МИД республики <день> заявил, что …»',
      'date: 2031-04-12\n\nМИД республики 7 апреля заявил, что нескольким десяткам студентов отказали во въезде в российских аэропортах.',
      ['2031-04-07 past statement «МИД республики»']],
    ['ru: a neuter body after a fronted date («министерство заявило»)',
      'date: 2031-04-12\n\n7 апреля министерство заявило, что гражданам следует иметь при себе патенты.',
      ['2031-04-07 past statement «7 апреля»']],
    // Negative: a third country's ministry is no side's.
    ['en: a third country\'s ministry makes no statement',
      'date: 2031-04-12\n\nThe Kazakh Foreign Ministry said on April 7 that dozens of students had been refused entry.',
      []],
    ['ru: a third country\'s ministry makes no statement',
      'date: 2031-04-12\n\nМинистерство иностранных дел Казахстана 7 апреля заявило, что гражданам следует иметь при себе патенты.',
      []],
    // Negative: the body not opening its sentence (an outlet citing it) is no speaker of its own.
    ['en: a body that is not the subject opening the sentence',
      'date: 2031-04-12\n\nA spokesman for the ministry said on April 7 that students had been refused entry.',
      []],
    // Negative: the article's own news of the day before is no statement told in passing.
    ['ru: the day before the article is the news itself',
      'date: 2031-04-12\n\nМИД республики 11 апреля заявил, что студентам отказали во въезде.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
