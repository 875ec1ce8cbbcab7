import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Steps named in passing by a participle or a short form with their date (lexicon 'duties', 'stationed'), and a bill to go to parliament ('submission'). */
describe('duties named by a participle with the day they date from', () => {
  it.each([
    ['ru: «введенные с 1 мая пошлины на зерно»',
      'date: 2031-05-20\n\nФермеры просят пересмотреть введенные с 1 мая таможенные пошлины на зерно.',
      ['2031-05-01 past other «Фермеры просят»']],
    // Negative: a participle with no day of its own names the duties only.
    ['ru: «введенные пошлины» without a day', 'date: 2031-05-20\n\nФермеры просят пересмотреть введенные таможенные пошлины на зерно.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a base told as located somewhere since a date', () => {
  it.each([
    ['ru: «с мая 2029 года расположена авиагруппа»',
      'date: 2031-05-20\n\nВозле Нарына с мая 2029 года расположена российская авиагруппа.',
      ['2029-05 past other «Возле Нарына»']],
    // Negative: undated, it describes the present.
    ['ru: «расположена авиагруппа» without a date', 'date: 2031-05-20\n\nВозле Нарына расположена российская авиагруппа.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a bill to be submitted to parliament', () => {
  it.each([
    ['ru: «законопроект, по словам министра, будет внесен в парламент»',
      'date: 2031-05-20\n\nЗаконопроект о пастбищах, по словам министра, в ближайшее время будет внесен в парламент.',
      ['null planned agreement «Законопроект о»']],
    ['en: "the bill will be submitted to parliament"',
      'date: 2031-05-20\n\nThe pasture bill, the minister said, will be submitted to parliament soon.',
      ['null planned agreement «The pasture»']],
    // Negative: a bill only named.
    ['ru: a bill named only', 'date: 2031-05-20\n\nЗаконопроект о пастбищах вызвал споры среди фермеров.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
