import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

const RU = [
  'date: 2019-06-14', '', 'ОНЛАЙН | Саммит в Оше', '',
  '18:10', 'Саммит завершен.', '',
  '12:30', 'Началось заседание в узком составе.', '',
  '11:40', 'Прибыли Александр Лукашенко и Касым-Жомарт Токаев.', '',
  '13 июня, 21:15', 'Премьер России прилетел в Ош.',
].join('\n');
const EN = [
  'date: 2019-06-14', '', 'LIVE: summit in Osh', '',
  '14/06 17:40', 'The summit has ended.', '',
  '14/06 11:00', 'Talks in narrow format begin.', '',
  '14/06 10:20', 'Alexander Lukashenko arrives.', '',
  '13/06 22:05', 'The Russian premier lands at Osh airport.',
].join('\n');

describe('a live blog: the end of a gathering told that day and third parties arriving are no events', () => {
  it.each([
    ['ru: «Саммит завершен», «Прибыли Лукашенко и Токаев»', RU,
      ['2019-06-14 past meeting «Началось заседание»', '2019-06-13 past visit «Премьер России»']],
    ['en: "The summit has ended", "Lukashenko arrives"', EN,
      ['2019-06-14 past meeting «Talks in»', '2019-06-13 past visit «The Russian»']],
    ['ru: an ending with no gathering told that day stays',
      ['date: 2019-06-14', '', '18:10', 'Саммит завершен.', '', '12:30', 'Премьер России прилетел в Ош.', '', '11:00', 'Погода в Оше солнечная.'].join('\n'),
      ['2019-06-14 past summit «Саммит завершен.»', '2019-06-14 past visit «Премьер России»']],
    ['ru: «Визит завершен» after a stamp, with the visit told by another entry that day',
      ['date: 2019-06-14', '', 'Визит премьера: трансляция', '', 'Премьер России находится в Оше с рабочим визитом.', '', '17:20', 'Визит завершен. Премьер попрощался с хозяевами.', '', '12:30', 'Началось заседание в узком составе.', '', '10:05', 'Погода в Оше солнечная.'].join('\n'),
      ['2019-06-14 ongoing visit «Премьер России»', '2019-06-14 past meeting «Началось заседание»']],
    ['ru: «18:05 В Оше завершился форум» on the stamp line, with the forum opened that day',
      ['date: 2019-06-14', '', 'Лента новостей', '', '18:05 В Оше завершился форум регионов.', '', '16:40 Курс сома не изменился.', '', '10:10 В Оше открылся форум регионов России и Киргизии.'].join('\n'),
      ['2019-06-14 past forum «10:10 В»']],
    ['en: "17:20 The visit is over" with the visit told that day',
      ['date: 2019-06-14', '', 'LIVE: the premier in Osh', '', 'The Russian premier is in Osh on a working visit.', '', '17:20 The visit is over.', '', '12:30 Talks in narrow format begin.', '', '10:05 Weather in Osh is sunny.'].join('\n'),
      ['2019-06-14 past visit «The Russian»', '2019-06-14 past meeting «12:30 Talks»']],
    ['ru: «Подписание документов завершено» with the signing told by another entry that day',
      ['date: 2027-04-09', '', 'Премьер в Оше: онлайн', '', '16:45 Подписание документов завершено.', '', '16:10 Министры подписали соглашение о строительстве моста через Нарын.', '', '09:30 Погода в Оше облачная.'].join('\n'),
      ['2027-04-09 past agreement «16:10 Министры»']],
    ['en: "The signing is completed" with the signing told that day',
      ['date: 2027-04-09', '', 'LIVE: the premier in Osh', '', '16:45 The signing is completed.', '', '16:10 The ministers signed an agreement on a bridge over the Naryn.', '', '09:30 Weather in Osh is cloudy.'].join('\n'),
      ['2027-04-09 past agreement «16:10 The»']],
    ['ru: the end of a signing with no signing told that day stays',
      ['date: 2027-04-09', '', 'Премьер в Оше: онлайн', '', '16:45 Завершилась церемония подписания.', '', '12:00 Премьер России прилетел в Ош.', '', '09:30 Погода в Оше облачная.'].join('\n'),
      ['2027-04-09 past agreement «16:45 Завершилась»', '2027-04-09 past visit «12:00 Премьер»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
