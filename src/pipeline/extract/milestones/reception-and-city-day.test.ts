import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Накануне делегацию принял премьер»: a day word before a trigger told as its object and verb dates that reception;
// it names no gathering as a landmark («накануне встречи»).
describe('a reception told object first after «накануне»', () => {
  it.each([
    ['ru: object and verb after «Накануне», after talks of the article\'s day',
      'date: 2030-04-11\n\nДелегация мэрии Казани провела переговоры в мэрии Оша. Накануне делегацию принял губернатор области Иван Петров.',
      ['2030-04-11 past meeting «Делегация мэрии»', '2030-04-10 past meeting «Накануне делегацию»']],
    // Negative: «накануне встречи» names the gathering as the landmark of the event told after it.
    ['negative: «накануне встречи» is a landmark',
      'date: 2030-04-11\n\nМэры двух городов провели переговоры в Оше. Накануне встречи гости осмотрели новый парк.',
      ['2030-04-11 past meeting «Мэры двух»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// A city's holiday that guests come to («на День города», 'the City Day events') is a celebration.
describe('a City Day guests come to', () => {
  it.each([
    ['en: guests will take part in the City Day events',
      'date: 2030-08-20\n\nA square built by the sister city opened in Osh today. The guests will also take part in the Osh City Day events in September.',
      ['2030-08-20 past other «A square»', '2030-09 planned anniversary «The guests»']],
    ['ru: invited to «на День города»',
      'date: 2030-08-20\n\nМэр Оша принял делегацию Омска. Гости пригласили мэра на День города Омска, который пройдет в сентябре.',
      ['2030-08-20 past meeting «Мэр Оша»', '2030-09 planned anniversary «Гости пригласили»']],
    // Negative: «в День города» only tells the day of something else.
    ['negative: «в День города» dates another event',
      'date: 2030-08-20\n\nВ День города в Оше было тепло и солнечно.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
