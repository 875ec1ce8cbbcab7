import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// An event of any kind told as not held («… не состоялось», 'did not take place') is no event; and implementing
// agreements reached before («выполнять достигнутые договорённости») signs nothing new. (Not in English: 'discussed the
// implementation of deals reached in the spring round' names that round as the talks' topic, read by the topic rules.)
describe('an event not held, agreements implemented', () => {
  it.each([
    ['ru: an opening planned and not held', 'date: 2031-05-14\n\nЗакладка камня, которую мы назначили на апрель, не состоялась из-за дождей.', []],
    ['ru: an opening held stays', 'date: 2031-05-14\n\nВ апреле состоялась закладка камня нового корпуса лицея в Оше.', ['2031-04 past other «В апреле»']],
    ['en: a ceremony that did not take place', 'date: 2031-05-14\n\nThe opening ceremony planned for April did not take place.', []],
    ['ru: «выполнять достигнутые договорённости»', 'date: 2031-05-14\n\nМинистры подтвердили готовность выполнять ранее достигнутые договорённости.', []],
    ['ru: an agreement reached stays', 'date: 2031-05-14\n\nВо вторник министры достигли договорённости о новых рейсах.', ['2031-05-13 past agreement «Во вторник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
