import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A step named after «обсудить» (the sides intend to discuss it) is a topic of the gathering told, not an event of its own.
describe('a step named after the infinitive «обсудить» is a topic', () => {
  it.each([
    ['ru: «намерены … обсудить условия присоединения …»',
      'date: 2030-10-01\n\nЗаседание межправительственной комиссии состоится в ноябре в Караколе. Делегации намерены там обсудить условия присоединения Киргизии к союзу.',
      ['2030-11 planned igc_session «Заседание межправительственной»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
