import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Talks told by the verb of discussing after a trip told only by its arrival are talks of their own, not the trip again. */
describe('«обсудили» / "discussed" after an arrival', () => {
  it.each([
    ['en: a readout of the talks after the arrival',
      'date: 2031-05-10\n\nThe Russian prime minister arrived in Osh on May 9. A statement issued by the cabinet later said the two leaders discussed "the whole agenda" of their ties.',
      ['2031-05-09 past visit «The Russian»', '2031-05-09 past meeting «A statement»']],
    ['ru: «Стороны обсудили» after «прибыл»',
      'date: 2031-05-10\n\nПремьер-министр России 9 мая прибыл в Ош с рабочим визитом. Как сообщила пресс-служба правительства, главы правительств обсудили вопросы энергетики.',
      ['2031-05-09 past visit «Премьер-министр России»', '2031-05-09 past meeting «Как сообщила»']],
    // Negative: after talks told already, the verb of discussing retells them.
    ['en: «discussed» after «held talks»',
      'date: 2031-05-10\n\nThe Russian prime minister held talks in Osh on May 9. The two leaders discussed energy supplies.',
      ['2031-05-09 past meeting «The Russian»']],
    // Negative: talks told of a later day of the trip: the verb of discussing dated by the arrival retells them.
    ['en: «agreed» after the arrival and talks of the next day',
      'date: 2031-05-10\n\nThe Russian prime minister arrived in Osh late on May 8. He held talks with the president on May 9. The premier said both delegations had agreed to "turn plans into projects".',
      ['2031-05-08 past visit «The Russian»', '2031-05-09 past meeting «He held»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
