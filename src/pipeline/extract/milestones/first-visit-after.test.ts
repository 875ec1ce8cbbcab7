import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A visit called the first after another event («стал первым после избрания в марте»): the date is that event's; the
// visit is the article's own occasion, told only here.
describe('a visit called the first after another event is the occasion’s own', () => {
  it.each([
    ['ru: «визит … стал первым после избрания … в мае»',
      'date: 2018-10-04\n\nОШ, 4 октября. Визит премьера России в Ош стал первым после его назначения главой правительства в мае этого года.',
      ['2018-05 past other «Визит премьера»', '2018-10-04 past visit «Визит премьера»']],
    // «Это его первый визит после …», "It is his first trip after …" characterises an event told (first-after.test.ts).
    ['negative: a visit told before is not told again',
      'date: 2018-10-04\n\nОШ, 4 октября. В Ош с официальным визитом прибыл премьер России. Это его первый визит в страну после назначения главой правительства в мае этого года.',
      ['2018-10-04 past visit «В Ош»', '2018-05 past other «Это его»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
