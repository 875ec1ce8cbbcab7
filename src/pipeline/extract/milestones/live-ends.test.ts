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
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
