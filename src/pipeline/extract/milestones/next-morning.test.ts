import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('«на следующее утро», «следующим утром», "the next morning": the day after the day told before', () => {
  it.each([
    ['ru: «… прибыла …, и на следующее утро посетила …» after «вечером в среду»',
      'date: 2031-10-12\n\nДелегация фермеров из Самары прибыла в Каракол вечером в среду, осмотрела рынок и на следующее утро посетила ледник.',
      ['2031-10-08 past visit «Делегация фермеров»', '2031-10-09 past visit «и на»']],
    ['ru: «а следующим утром провела переговоры»',
      'date: 2031-10-12\n\nДелегация прилетела в Ош в среду, а следующим утром провела переговоры с мэром города.',
      ['2031-10-08 past visit «Делегация прилетела»', '2031-10-09 past meeting «а следующим»']],
    ['en: "set off … the next morning"',
      'date: 2031-10-12\n\nA delegation of Samara farmers arrived in Karakol on Wednesday evening, toured the market and set off for the glacier the next morning.',
      ['2031-10-08 past visit «A delegation»', '2031-10-09 past visit «and set»']],
    // With no day told before it, the words count from the article's day, as «на следующий день» does.
    ['ru: «на следующее утро» with nothing told before reads as «на следующий день»',
      'date: 2031-10-12\n\nДелегация на следующее утро провела переговоры с мэром Оша.',
      ['2031-10-13 planned meeting «Делегация на»']],
    // Negative: a morning that is no day after («утром в среду») counts nothing from the day before.
    ['ru: «утром в четверг» keeps its weekday',
      'date: 2031-10-12\n\nДелегация прилетела в Ош в среду, а утром в четверг провела переговоры с мэром города.',
      ['2031-10-08 past visit «Делегация прилетела»', '2031-10-09 past meeting «а утром»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
