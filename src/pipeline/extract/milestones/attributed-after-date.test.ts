import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A clause cut off between two dates carries the event words before it; an attribution after its date does not make
// it an attribution only.
describe('a clause cut at its date, with the attribution after the date', () => {
  it.each([
    ['en: "… the Agreement … of September 20, 2012, the presidential press service said"',
      'date: 2031-06-27\n\nThe president on June 25 signed the law on ratification of the Protocol amending the Agreement between the two countries on the status and conditions of the joint base of September 20, 2012, the presidential press service said.',
      ['2031-06-25 past agreement «The president»', '2012-09-20 past agreement «and conditions»']],
    ['ru: «… Соглашение … от 20 сентября 2012 года, сообщила пресс-служба президента»',
      'date: 2031-06-27\n\nПрезидент 25 июня подписал закон о ратификации Протокола о внесении изменений в Соглашение между Кыргызстаном и Россией о статусе объединенной базы от 20 сентября 2012 года, сообщила пресс-служба президента.',
      ['2031-06-25 past agreement «Президент 25»', '2012-09-20 past agreement «и Россией»']],
    // Negative: the attribution with its own date, cut off at that date, still tells nothing.
    ['en: "…, the press service said on Friday" tells no second event',
      'date: 2031-06-27\n\nThe ministers on June 25 signed a protocol on customs cooperation, the press service said on Friday.',
      ['2031-06-25 past agreement «The ministers»']],
    ['en: a period cut off at its years, then the attribution, tells nothing of its own',
      'date: 2031-01-22\n\nThe ministers signed a road map on Wednesday on the supply of grain and fertilizers in 2031-2033, the press service said.',
      ['2031-01-22 past agreement «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
