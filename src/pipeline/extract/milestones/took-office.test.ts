import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «вступил в должность» with a date of its own is an appointment told in passing, as 'took office on …' is; undated, or
// told as a participle describing the person, it is none.
describe('taking office told with its date', () => {
  it.each([
    ['ru: «вступил в должность 3 марта»', 'date: 2027-04-15\n\nОШ, 15 апреля. Премьер России провёл переговоры с президентом Киргизии.\n\nНовый президент вступил в должность 3 марта.',
      ['2027-04-15 past meeting «Премьер России»', '2027-03-03 past other «Новый президент»']],
    ['ru: the post named first, «3 марта в должность президента вступил …»', 'date: 2027-04-15\n\nОШ, 15 апреля. Премьер России провёл переговоры с президентом Киргизии.\n\nПереговоры прошли вскоре после смены власти: 3 марта в должность президента вступил Иван Петров.',
      ['2027-04-15 past meeting «Премьер России»', '2027-03-03 past other «Переговоры прошли»']],
    ['en: "took over as CSTO secretary-general on March 1"', 'date: 2027-04-15\n\nOSH, April 15. The Russian premier held talks with the Kyrgyz president.\n\nA retired general took over as CSTO secretary-general on March 1.',
      ['2027-04-15 past meeting «The Russian»', '2027-03-01 past other «A retired»']],
    ['negative: undated, it is no event', 'date: 2027-04-15\n\nОШ, 15 апреля. Премьер России провёл переговоры с президентом Киргизии.\n\nНовый президент недавно вступил в должность.',
      ['2027-04-15 past meeting «Премьер России»']],
    ['negative: a participle describing the guest', 'date: 2027-04-15\n\nОШ, 15 апреля. Премьер России провёл переговоры с недавно вступившим в должность президентом Киргизии.',
      ['2027-04-15 past meeting «Премьер России»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
