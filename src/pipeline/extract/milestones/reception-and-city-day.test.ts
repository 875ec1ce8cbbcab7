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

// «Форум проходит в этом году во второй раз», 'The fair is being held for the second time': told after the gathering
// itself, it characterises that gathering (which time it is), no gathering of its own.
describe('a gathering told again by which time it is held', () => {
  it.each([
    ['ru: «проходит … во второй раз» after the forum\'s opening',
      'date: 2030-07-20\n\nФорум городов-побратимов открылся в Казани. Форум проходит в 2030 году во второй раз.',
      ['2030-07-20 past forum «Форум городов-побратимов»']],
    ['en: "was held for the third time" after the forum',
      'date: 2030-07-20\n\nA forum of sister cities took place in Kazan on Thursday. The forum was held for the third time.',
      ['2030-07-18 past forum «A forum»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
