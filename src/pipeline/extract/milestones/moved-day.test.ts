import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a day counted on from the occasion told moves the narrative; the same day follows a moved day word', () => {
  it.each([
    ['ru: «Днем позже» after a weekday: the arrival and the visit after it are of the next day',
      'date: 2012-05-18\n\nВ понедельник министр здравоохранения Киргизии Иван Лебедев провел в Москве переговоры с российским коллегой. Днем позже министр прибыл в Казань. Он посетил республиканскую клиническую больницу.',
      ['2012-05-14 past meeting «В понедельник»', '2012-05-15 past visit «Днем позже»', '2012-05-15 past visit «Он посетил»']],
    ['ru: «днём раньше» counts back from the day told before',
      'date: 2012-05-18\n\nВ четверг посол России Олег Карпов вручил верительные грамоты президенту Киргизии. Днём раньше дипломат провел переговоры с вице-премьером Асаном Исаевым.',
      ['2012-05-17 past meeting «В четверг»', '2012-05-16 past meeting «Днём раньше»']],
    ['ru: «В тот же день» after «Накануне» moved to the eve of the lead day',
      'date: 2012-05-18\n\nВчера в Оше открылась выставка российской живописи. Накануне губернатор Иван Лебедев принял министра культуры России Олега Карпова. В тот же день министры подписали план совместных мероприятий.',
      ['2012-05-17 past other «Вчера в»', '2012-05-16 past meeting «Накануне губернатор»', '2012-05-16 past agreement «В тот»']],
    ['ru: a founding participle\'s month does not date the «где» clause after it',
      'date: 2012-05-18\n\nВо вторник в Ош приехал директор Фонда развития, учрежденного в марте прошлого года, Иван Лебедев. Он осмотрел строительство школы, где провел переговоры с мэром города.',
      ['2012-05-15 past visit «Во вторник»', '2011-03 past other «учрежденного в»', '2012-05-15 past meeting «где провел»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
