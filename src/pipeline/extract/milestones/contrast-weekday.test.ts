import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «…, а в субботу …», «…, а завтра …»: a contrastive clause with a day of its own, told in another tense than the clause
// before, is another event, dated by that day and its own verb.
describe('a contrastive clause opened by its own day', () => {
  it.each([
    ['ru: evening event, then a future weekday',
      'date: 2022-06-09\n\nВечером премьер и губернатор приняли участие в открытии торговой выставки, а в субботу премьер посетит завод в Оше.',
      ['2022-06-09 past forum «Вечером премьер»', '2022-06-11 planned visit «а в»']],
    ['ru: «а завтра»',
      'date: 2022-06-09\n\nСегодня министры провели переговоры в Казани, а завтра делегация посетит технопарк.',
      ['2022-06-09 past meeting «Сегодня министры»', '2022-06-10 planned visit «а завтра»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
