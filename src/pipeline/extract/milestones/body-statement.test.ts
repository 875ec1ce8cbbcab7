import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "The Russian embassy said on March 3 that …", «Посольство России 3 марта сообщило, что …»: a body of the two sides opening its
// sentence, with a day of its own before the article's, makes a dated statement as a named official does.
describe('a dated statement of a ministry or embassy speaking in its own name', () => {
  it.each([
    ['en: "The … embassy said on <day> that …"',
      'date: 2031-03-09\n\nThe Russian embassy said on March 3 that a shipment of school textbooks had cleared customs in Osh.',
      ['2031-03-03 past statement «The Russian»']],
    ['en: a fronted date and the side named',
      'date: 2031-03-09\n\nOn March 2, Kyrgyzstan\'s Labour Ministry said that seasonal work permits would be issued online.',
      ['2031-03-02 past statement «On March»']],
    ['ru: «Посольство России <день> сообщило, что …»',
      'date: 2031-03-09\n\nПосольство России 3 марта сообщило, что партия школьных учебников прошла таможню в Оше.',
      ['2031-03-03 past statement «Посольство России»']],
    ['ru: a neuter body after a fronted date («правительство сообщило»)',
      'date: 2031-03-09\n\n2 марта правительство сообщило, что разрешения на сезонную работу будут выдаваться онлайн.',
      ['2031-03-02 past statement «2 марта»']],
    // Negative: a third country's ministry is no side's.
    ['en: a third country\'s ministry makes no statement',
      'date: 2031-03-09\n\nThe Uzbek Labour Ministry said on March 3 that seasonal work permits would be issued online.',
      []],
    ['ru: a third country\'s ministry makes no statement',
      'date: 2031-03-09\n\nПосольство Узбекистана 3 марта сообщило, что разрешения на сезонную работу будут выдаваться онлайн.',
      []],
    // Negative: the body not opening its sentence (an outlet citing it) is no speaker of its own.
    ['en: a body that is not the subject opening the sentence',
      'date: 2031-03-09\n\nA spokesman for the embassy said on March 3 that the textbooks had cleared customs.',
      []],
    // Negative: the article's own news of the day before is no statement told in passing.
    ['ru: the day before the article is the news itself',
      'date: 2031-03-09\n\nМИД республики 8 марта заявил, что учебники прошли таможню.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
