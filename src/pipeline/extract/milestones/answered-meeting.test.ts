import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A question naming a meeting and the answer telling it again in the first person: one meeting — the answer's when it
// has a date of its own, else the question's.
describe('a meeting asked about and answered', () => {
  it.each([
    [
      'ru: the answer dates it',
      'date: 2031-10-20\n\n— В середине октября вы встречались в Казани с министром транспорта России. К чему пришли?\n\n— Да, в среду я встречался с ним в Казани. Договорились о новых рейсах.',
      ['2031-10-15 past meeting «Да, в»'],
    ],
    [
      'ru: the question dates it',
      'date: 2031-10-20\n\n— В июле вы встречались с министром транспорта России. О чём говорили?\n\n— Мы встречались в Казани, обсуждали грузы.',
      ['2031-07 past meeting «В июле»'],
    ],
    [
      'en: the question dates it',
      'date: 2031-10-20\n\nQ: In July you met the Russian transport minister. What did you discuss?\n\nA: We met in Kazan and discussed cargo.',
      ['2031-07 past meeting «Q: In»'],
    ],
    [
      'ru: another meeting in the answer stays',
      'date: 2031-10-20\n\n— В июле вы встречались с министром транспорта России. О чём говорили?\n\n— О грузах. А в сентябре я встречался с министром энергетики.',
      ['2031-07 past meeting «В июле»', '2031-09 past meeting «А в»'],
    ],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
