import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('fugitives detained, handed over or whose extradition a court upheld are events only with a date of their own', () => {
  it.each([
    ['ru: detained in a month on an interstate wanted list',
      'date: 2022-11-10\n\nБеглеца задержали в июле по межгосударственному розыску.',
      ['2022-07 past other «Беглеца задержали»']],
    ['en: wanted persons handed over last year',
      'date: 2022-06-16\n\nThe minister said police had handed over 30 wanted persons to Kazakhstan last year.',
      ['2021 past other «The minister»']],
    ['ru: a court upholding an extradition on a day of its own',
      'date: 2021-03-05\n\nОбластной суд 3 марта оставил в силе решение прокуратуры о выдаче гражданина Узбекистана.',
      ['2021-03-03 past other «Областной суд»']],
    ['en: an appeal court upheld an extradition on a weekday',
      'date: 2021-03-05\n\nOn Wednesday an appeal court upheld the extradition of a former mayor to Armenia.',
      ['2021-03-03 past other «On Wednesday»']],
    ['ru: an upheld extradition told without its day is background',
      'date: 2021-03-05\n\nРанее суд оставил в силе решение об экстрадиции бывшего чиновника.',
      []],
    ['en: persons extradited counted since a year are a tally',
      'date: 2022-11-10\n\nSince 2016 Russia has extradited 140 people to Armenia, a spokesman said.',
      []],
    ['ru: persons handed over counted from a year are a tally',
      'date: 2022-11-10\n\nС 2016 года Россия выдала Армении 140 обвиняемых.',
      []],
    ['ru: persons handed over in a year, with no span, stay an event',
      'date: 2022-11-10\n\nВ 2021 году Россия выдала Армении 14 обвиняемых.',
      ['2021 past other «В 2021»']],
    ['ru: a tally without a date of its own is no event',
      'date: 2022-11-10\n\nРоссия выдала Казахстану более 100 фигурантов уголовных дел.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
