import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** «разговаривал с» / «беседовал с» and a named counterpart, in either order, are talks. */
describe('talks told by «разговаривал с»', () => {
  it.each([
    ['ru: the counterpart first, «с госпожой Сидоровой в минувший четверг разговаривал губернатор»',
      'date: 2031-04-08\n\nКак рассказал помощник мэра, с госпожой Сидоровой в минувший четверг разговаривал губернатор Иван Петров.',
      ['2031-04-03 past meeting «Как рассказал»']],
    ['ru: the verb first, «вчера разговаривал с президентом»',
      'date: 2031-04-05\n\nМинистр вчера разговаривал с президентом Орловым.',
      ['2031-04-04 past meeting «Министр вчера»']],
    // Negative: talking with reporters is no talks of the two sides.
    ['ru: «разговаривали с журналистами»', 'date: 2031-04-05\n\nМы разговаривали с журналистами вчера.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
