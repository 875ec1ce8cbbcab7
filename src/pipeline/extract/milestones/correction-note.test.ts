import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a correction note at the foot of the page tells no event of its own', () => {
  it.each([
    ['en: "Correction:" with the right day of a signing told in the body',
      'date: 2031-06-05\n\nThe two ministers signed a programme of cooperation in Moscow on Tuesday.\n\nCorrection: An earlier version of this story said the program was signed on Monday. The document was signed on Tuesday.',
      ['2031-06-03 past other «The two»']],
    ['en: "Correction, <date>:" alone',
      'date: 2031-06-05\n\nCorrection, June 6: The talks were held on Tuesday, not Monday.',
      []],
    ['ru: «Уточнение от 5 июня:» with the right day',
      'date: 2031-06-05\n\nМинистры подписали программу сотрудничества во вторник.\n\nУточнение от 5 июня: в первоначальной версии говорилось о понедельнике. Документ был подписан во вторник.',
      ['2031-06-03 past other «Министры подписали»']],
    ['ru: «Исправление:»',
      'date: 2031-06-05\n\nИсправление: переговоры министров прошли во вторник, а не в понедельник.',
      []],
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
