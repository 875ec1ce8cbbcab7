import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A concert or a play the leaders attend is another stop of the trip, as a site is: not the arrival told again.
describe('a concert attended during a visit is a stop of its own', () => {
  it.each([
    ['ru: «Вечером президенты посетили концерт …» after the arrival',
      'date: 2031-02-28\n\nПрезидент России прибыл в Ош с рабочим визитом. Вечером президенты посетили концерт молодых музыкантов двух стран.',
      ['2031-02-28 past visit «Президент России»', '2031-02-28 past visit «Вечером президенты»']],
    ['en: "visited a performance" after the arrival',
      'date: 2031-02-28\n\nThe Russian president arrived in Osh on a working visit. In the evening the two presidents visited a performance of the city theatre.',
      ['2031-02-28 past visit «The Russian»', '2031-02-28 past visit «In the»']],
    // Negative: a visit with no site or concert after the arrival retells it.
    ['ru: «посетили Ош» retells the arrival',
      'date: 2031-02-28\n\nПрезидент России прибыл в Ош с рабочим визитом. Вечером президенты посетили Ош.',
      ['2031-02-28 past visit «Президент России»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// A stay of a base extended, told in the passive («срок пребывания … был продлён»), is the extension, as the active is.
describe('the stay of a base extended in the passive', () => {
  it.each([
    ['ru: «Срок её пребывания был продлён в 2026 году»',
      'date: 2031-02-28\n\nСрок её пребывания был продлён ещё в 2026 году на десять лет.',
      ['2026 past agreement «Срок её»']],
    // Negative: the stay only named is no extension.
    ['ru: «срок пребывания базы истекает»',
      'date: 2031-02-28\n\nСрок пребывания базы истекает в 2036 году.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
