import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A sitting named by its body in capitals after the noun («участвовал в заседании Межпарламентской комиссии …»), told
// after the day's talks, is an occasion of its own, not a reference back to the talks; the same sitting told again, a bare
// «на заседании», and a line of a news list headed by a numeric stamp still refer back. Every text is invented.
describe('a sitting of a named body after the talks of the day', () => {
  it.each([
    ['ru: «В тот же день … участвовал в заседании Межпарламентской комиссии» after a meeting',
      'date: 2031-06-10\n\n10 июня спикер Иван Петров встретился с председателем парламента Темиром Осмоновым. В тот же день Иван Петров участвовал в заседании Межпарламентской комиссии двух стран.',
      ['2031-06-10 past meeting «10 июня»', '2031-06-10 past meeting «В тот»']],
    // Negative: a bare sitting noun, the same named sitting told again, a stamped item of a news list.
    ['ru: a bare «На заседании» after a meeting refers back',
      'date: 2031-06-10\n\n10 июня спикер Иван Петров встретился с председателем парламента Темиром Осмоновым. На заседании стороны обсудили миграцию.',
      ['2031-06-10 past meeting «10 июня»']],
    ['ru: the named sitting told again',
      'date: 2031-06-10\n\nСегодня прошло заседание Межпарламентской комиссии двух стран. На заседании Межпарламентской комиссии стороны обсудили миграцию.',
      ['2031-06-10 past meeting «Сегодня прошло»']],
    ['ru: «09.06.2031 … принял участие в заседании Совета …», a link of a news list',
      'date: 2031-06-10\n\n10 июня спикер Иван Петров встретился с председателем парламента Темиром Осмоновым.\n\n09.06.2031 Иван Петров участвовал в заседании Совета министров транспорта',
      ['2031-06-10 past meeting «10 июня»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
