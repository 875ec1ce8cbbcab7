import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** «разговаривал с» / «беседовал с» and a named counterpart, in either order, are talks. */
describe('talks told by «разговаривал с»', () => {
  it.each([
    ['ru: the counterpart first, «с господином Орловым в минувшую пятницу разговаривал министр»',
      'date: 2031-04-08\n\nПо словам источника, с господином Орловым в минувшую пятницу разговаривал министр иностранных дел Иван Петров.',
      ['2031-04-04 past meeting «По словам»']],
    ['ru: the verb first, «вчера разговаривал с президентом»',
      'date: 2031-04-05\n\nМинистр вчера разговаривал с президентом Орловым.',
      ['2031-04-04 past meeting «Министр вчера»']],
    // Negative: talking with reporters is no talks of the two sides.
    ['ru: «разговаривали с журналистами»', 'date: 2031-04-05\n\nМы разговаривали с журналистами вчера.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
