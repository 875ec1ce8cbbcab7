import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// How the days of a state visit are told: a host greeting the guest at the airport is the arrival,
// not talks; «во второй половине дня» is the occasion's day; "Following the talks" continues the
// talks, not an arrival told between; "N years since the signing of" a known treaty. Every text is invented.
describe('the days of a state visit', () => {
  it.each([
    ['ru: a greeting «в международном аэропорту» is no meeting, the talks are',
      'date: 2031-04-10\n\nБишкек, 10 апреля. Премьер России прибыл в Бишкек с официальным визитом. В международном аэропорту «Манас» гостя встретил премьер Киргизии. Переговоры премьеров прошли в узком составе.',
      ['2031-04-10 past visit «Премьер России»', '2031-04-10 past meeting «Переговоры премьеров»']],
    ['ru: a planned «Во второй половине дня» is the article day',
      'date: 2031-04-10\n\nВо второй половине дня министры посетят новый завод.',
      ['2031-04-10 planned visit «Во второй»']],
    ['ru: a past «Во второй половине дня» after «Вчера» is the day told',
      'date: 2031-04-10\n\nВчера министры России и Киргизии провели переговоры в Оше. Во второй половине дня министры посетили новый завод.',
      ['2031-04-09 past meeting «Вчера министры»', '2031-04-09 past visit «Во второй»']],
    ['en: "Following the talks" after an arrival told between',
      'date: 2031-04-09\n\nThe two presidents held talks in Bishkek on Wednesday. The Russian leader arrived in the city on Tuesday night. Following the talks, the presidents signed a joint declaration.',
      ['2031-04-09 past meeting «The two»', '2031-04-08 past visit «The Russian»', '2031-04-09 past agreement «Following the»']],
    ['ru: undated talks after «Сегодня … встреча» are of today, not of the lead «вчера»',
      'date: 2031-05-10\n\nПрезидент находится в Казани, где вчера принял участие в открытии выставки. Сегодня в Казани состоялась встреча президента с премьером России. Стороны обсудили вопросы энергетики.',
      ['2031-05-09 past other «где вчера»', '2031-05-10 past meeting «Сегодня в»']],
    ['en: ", whose term ends this year" does not date the visit it hangs on',
      'date: 2030-02-28\n\nPutin paid an official visit to Kyrgyzstan on Tuesday, likely his last as counterpart of Ivan Petrov, whose term ends this year.',
      ['2030-02-26 past visit «Putin paid»']],
    ['ru: «, чей срок истекает в этом году» does not date the visit either',
      'date: 2030-02-28\n\nВо вторник Путин посетил Киргизию с официальным визитом, последним при президенте Иване Петрове, чей срок истекает в этом году.',
      ['2030-02-26 past visit «Во вторник»']],
    ['en: "marked 25 years since the signing of" the friendship treaty',
      'date: 2017-06-12\n\nOn June 10 the two capitals marked 25 years since the signing of the Treaty on Friendship, Cooperation and Mutual Assistance.',
      ['2017-06-10 past anniversary «On June»', '1992-06-10 past anniversary «On June»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
