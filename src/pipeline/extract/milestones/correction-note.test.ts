import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a correction note at the foot of the page tells no event of its own', () => {
  it.each([
    ['en: "Correction:" with the right day of a signing told in the body',
      'date: 2031-06-05\n\nThe two ministers signed a programme of cooperation in Moscow on Tuesday.\n\nCorrection: An earlier version of this story said the program was signed on Monday. The document was signed on Tuesday.',
      ['2031-06-03 past other «The two»']],
    ['en: "Correction, <date>:" with the right day of talks told in the body',
      'date: 2031-06-05\n\nThe ministers held talks on Tuesday.\n\nCorrection, June 6: An earlier version of this story said the talks were held on Monday. The talks were held on Tuesday.',
      ['2031-06-03 past meeting «The ministers»']],
    ['ru: «Уточнение от 5 июня:» with the right day',
      'date: 2031-06-05\n\nМинистры подписали программу сотрудничества во вторник.\n\nУточнение от 5 июня: в первоначальной версии говорилось о понедельнике. Документ был подписан во вторник.',
      ['2031-06-03 past other «Министры подписали»']],
    ['en: "Editor\'s note:" with the right month of a ratification told in the body',
      'date: 2031-06-05\n\nThe deal was ratified by parliament in March.\n\nEditor\'s note: This story first gave February as the month of the vote. Parliament ratified the deal in March.',
      ['2031-03 past agreement «The deal»']],
    ['ru: «Примечание редакции:» with the right day',
      'date: 2031-06-05\n\nМинистры подписали программу сотрудничества во вторник.\n\nПримечание редакции: в первоначальной версии говорилось о понедельнике. Документ был подписан во вторник.',
      ['2031-06-03 past other «Министры подписали»']],
    ['ru: «ИСПРАВЛЕНИЕ.» in capitals, and a meeting «в тот же день» the note does not replace',
      'date: 2031-06-08\n\nВо вторник, 3 июня, министры провели переговоры в Оше. В тот же день министр встретился с губернатором Иваном Орловым.\n\nИСПРАВЛЕНИЕ. В первой версии заметки ошибочно говорилось о понедельнике. Переговоры состоялись во вторник, 3 июня.',
      ['2031-06-03 past meeting «Во вторник,»', '2031-06-03 past meeting «В тот»']],
    ['en: "CORRECTION." in capitals with the right day',
      'date: 2031-06-05\n\nThe two ministers signed a programme of cooperation in Moscow on Tuesday.\n\nCORRECTION. An earlier version of this story said the program was signed on Monday. The document was signed on Tuesday.',
      ['2031-06-03 past other «The two»']],
    // Kept: the right date of an event the body does not tell with it is the note's own news.
    ['en: the right year of a signing the body does not tell',
      'date: 2031-06-05\n\nThe base opened in October 2013.\n\nCorrection: An earlier version of this article stated that the agreement on the base was signed in 2012. It was signed in September 2013.',
      ['2013-10 past other «The base»', '2013-09 past agreement «It was»']],
    // The wrong version's words run on past a possessive ("the minister's"), and the note's "said" is no one's statement.
    ['en: a wrong day told of "the minister\'s visit" is neither a visit nor a statement',
      'date: 2031-06-05\n\nThe minister made a visit to Osh on June 2.\n\nCorrection: An earlier version of this article said the minister\'s visit took place on June 1. The visit took place on June 2.',
      ['2031-06-02 past visit «The minister»']],
    // Negative: a word of correction that opens no note (no colon after it) is the article's text.
    ['en: "Corrections to the code were signed" is a signing',
      'date: 2031-06-05\n\nCorrections to the customs code were signed on Tuesday.',
      ['2031-06-03 past agreement «Corrections to»']],
    ['ru: «Поправки к кодексу подписаны» is a signing',
      'date: 2031-06-05\n\nПоправка к таможенному кодексу подписана во вторник.',
      ['2031-06-03 past agreement «Поправка к»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
