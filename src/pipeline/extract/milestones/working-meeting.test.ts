import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A working meeting held («провёл совещание», «совещание … состоялось») is a gathering like a session. Every text is invented.
describe('a working meeting held', () => {
  it.each([
    ['ru: «провёл выездное совещание»',
      'date: 2032-04-14\n\nГлава ведомства провел сегодня выездное совещание о запуске совместного фонда с участием дипломатов.',
      ['2032-04-14 past meeting «Глава ведомства»']],
    ['ru: «совещание … состоится»',
      'date: 2032-04-14\n\nСовещание глав районов по подготовке к посевной состоится в пятницу в Оше.',
      ['2032-04-16 planned meeting «Совещание глав»']],
    // Negative: a meeting only named, not held.
    ['ru: «по итогам совещания» with nothing held',
      'date: 2032-04-14\n\nМинистр рассказал журналистам о предложениях, подготовленных по итогам совещания.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
