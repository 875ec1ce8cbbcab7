import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A headline repeats the body's event and is dropped when the body tells any; a headline telling
// the arrival itself stays when the body goes on with the welcome and the talks but tells no visit.
describe('a headline telling the arrival itself', () => {
  it.each([
    ['ru: a post whose first line is the arrival',
      'date: 2016-04-11\n\nПрезидент Киргизии Иван Петров прибыл с официальным визитом в Россию\n\nВ аэропорту его встретил министр. Сегодня пройдут переговоры Ивана Петрова с Олегом Сидоровым.',
      ['2016-04-11 past visit «Президент Киргизии»', '2016-04-11 planned meeting «Сегодня пройдут»']],
    ['en: "… lands in Moscow" over the talks of the day',
      'date: 2016-04-11\n\nKyrgyz President Ivan Petrov lands in Moscow\n\nIvan Petrov and Oleg Sidorov will hold talks today.',
      ['2016-04-11 past visit «Kyrgyz President»', '2016-04-11 planned meeting «Ivan Petrov»']],
    ['ru: a headline visit without an arrival verb is dropped',
      'date: 2016-04-11\n\nВизит в Россию\n\nСегодня пройдут переговоры Ивана Петрова с Олегом Сидоровым.',
      ['2016-04-11 planned meeting «Сегодня пройдут»']],
    ['en: the body telling the arrival keeps its own sentence only',
      'date: 2016-04-11\n\nKyrgyz President arrives in Moscow on official visit\n\nKyrgyz President Ivan Petrov arrived in Moscow on an official visit today.',
      ['2016-04-11 past visit «Kyrgyz President»']],
    ['ru: a visit of another month the body recalls is another trip: the arrival stays',
      'date: 2016-04-11\n\nПрезидент Киргизии Иван Петров прибыл с официальным визитом в Россию\n\nСегодня пройдут переговоры Ивана Петрова с Олегом Сидоровым. В последний раз Петров посещал Москву в мае 2014 года.',
      ['2016-04-11 past visit «Президент Киргизии»', '2016-04-11 planned meeting «Сегодня пройдут»', '2014-05 past visit «В последний»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
