import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "A session goes on today. … A protocol is to be signed following the meeting": the
// gathering going on as the article is written, told further back than a link usually reaches, is the occasion.
describe('a link to the gathering going on today, told further back', () => {
  it.each([
    ['en: "following the meeting" four sentences after the session',
      'date: 2017-06-14\n\nThe 15th session of the intergovernmental commission is taking place in Osh today. Trade grew by 8 percent last year. Exports rose by 3 percent. Imports fell by 2 percent. The ambassador said more grants would follow. The co-chairs plan to sign the final protocol following the meeting.',
      ['2017-06-14 ongoing igc_session «The 15th»', '2017-06-14 past other «The ambassador»', '2017-06-14 planned agreement «The co-chairs»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
