import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/**
 * A sequence link («затем», 'then', 'later') after a flashback (an event told with a date before the one told just
 * before it) continues the story's step before the flashback.
 */
describe('a sequence link after a flashback', () => {
  it.each([
    ['en: «then held talks» after the deal recalled with its earlier day',
      'date: 2031-05-10\n\nOSH, May 8 - The two prime ministers on Thursday opened a new cannery near the city.\n\nThe agreement on the cannery was signed in Kazan on March 2.\n\nThe two then held talks at the regional administration.',
      ['2031-05-08 past other «OSH, May»', '2031-03-02 past agreement «The agreement»', '2031-05-08 past meeting «The two»']],
    ['ru: «затем провели переговоры» after a signing recalled with its earlier day',
      'date: 2031-05-10\n\nВ четверг, 8 мая, премьер-министры открыли в Оше новый консервный завод.\n\nСоглашение о заводе было подписано в Казани 2 марта.\n\nЗатем премьеры провели переговоры в мэрии.',
      ['2031-05-08 past other «В четверг,»', '2031-03-02 past agreement «Соглашение о»', '2031-05-08 past meeting «Затем премьеры»']],
    // Negative: no flashback (the event told last is the latest): the link continues it.
    ['en: «then» after events told in order',
      'date: 2031-05-10\n\nThe agreement on the cannery was signed in Kazan on March 2.\n\nThe two prime ministers opened the cannery on May 8.\n\nThe two then held talks at the regional administration.',
      ['2031-03-02 past agreement «The agreement»', '2031-05-08 past other «The two»', '2031-05-08 past meeting «The two»']],
    // Negative: the headline's event, dated by the publication, is no step of the story: the lead's earlier day is no flashback from it.
    ['en: «later hosted talks» after a lead dated the day before a headline\'s article',
      'date: 2031-05-10\n\nRussian minister makes first trip abroad since the floods\n\nBy Anna Writer May 10, 2031\n\nRussian Transport Minister Ivan Petrov arrived in Bishkek on May 9 on a working visit, the first he has made since the floods hit Siberia in March.\n\nKyrgyz Prime Minister Marat Asanov met the minister at the airport and later hosted talks in the government house.\n\nThe two ministers signed a protocol on road transport.',
      ['2031-05-09 past visit «Russian Transport»', '2031-05-09 past meeting «Kyrgyz Prime»', '2031-05-09 past agreement «The two»']],
    // Negative: «а затем» after an event of its own sentence continues that event, flashback or not.
    ['ru: «а затем возложил венок» in the sentence of the earlier day',
      'date: 2031-08-10\n\nВ субботу, 9 августа, премьер-министр открыл в Оше новый парк.\n\nНакануне, в пятницу, он принял участие в неформальной встрече глав правительств, а затем возложил венок к мемориалу.',
      ['2031-08-09 past other «В субботу,»', '2031-08-08 past other «в пятницу,»', '2031-08-08 past other «а затем»']],
    // Negative: a headline dated by the article's day is no step of the story before the lead's earlier day.
    ['en: "later hosted talks" after a lead told with the day before a headline\'s',
      'date: 2031-10-13\n\nPresident makes first trip abroad in a year\n\nOn October 12 the Russian president arrived in Bishkek on a state visit. Traffic in the centre stopped for an hour.\n\nThe Kyrgyz president welcomed him on the tarmac and later hosted talks in the old state dacha.',
      ['2031-10-12 past visit «On October»', '2031-10-12 past meeting «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
