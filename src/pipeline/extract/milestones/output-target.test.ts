import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a count of goods to be made is an output target, no step of the timeline', () => {
  it.each([
    ['ru: «Планируется, что до конца года будет собрано 500 автобусов»',
      'date: 2031-07-08\n\nПланируется, что до конца 2032 года там будет собрано 500 автобусов.',
      []],
    ['ru: «будут собраны 500 автобусов» with its year',
      'date: 2031-07-08\n\nДо конца 2032 года в зоне планируется собрать 500 автобусов.',
      []],
    ['en: "is expected to assemble 500 buses by the end of 2032"',
      'date: 2031-07-08\n\nThe plant is expected to assemble 500 buses by the end of 2032.',
      []],
    ['en: "500 buses are expected to be assembled"',
      'date: 2031-07-08\n\nBy the end of 2032, 500 buses are expected to be assembled in the zone.',
      []],
    // Negative: a plant to open and a launch planned are steps of their own.
    ['ru: a plant to open is a plan',
      'date: 2031-07-08\n\nПланируется, что до конца 2032 года в Бишкеке будет открыт сборочный завод.',
      ['2032 planned other «Планируется, что»']],
    ['ru: the launch of assembly planned is a plan',
      'date: 2031-07-08\n\nЗапуск сборки запланирован на первый квартал 2032 года.',
      ['2032 planned other «Запуск сборки»']],
    ['en: the launch of an assembly line is a plan',
      'date: 2031-07-08\n\nThe assembly line is expected to be launched in the first quarter of 2032.',
      ['2032 planned other «The assembly»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
