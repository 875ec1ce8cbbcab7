import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("a gathering named by its day a second time ('Yesterday's summit') is the one already told", () => {
  it.each([
    ["en: \"Yesterday's summit, chaired by …\" after the lead's \"yesterday's summit\"",
      "date: 2004-03-11\n\nThe president used a state visit and yesterday's summit of the regional bloc to speak of trade. He arrived in Bishkek on Tuesday and met his counterpart the same evening. Yesterday's summit, chaired by the host, was attended by six leaders.",
      ['2004-03-10 past visit «The president»', '2004-03-09 past visit «He arrived»', '2004-03-09 past meeting «met his»']],
    ['ru: «Вчерашний саммит, который вел хозяин, …» after «вчерашнего саммита»',
      'date: 2004-03-11\n\nПрезидент России прибыл в Бишкек для участия во вчерашнем саммите организации. Во вторник он провел переговоры с коллегой. Вчерашний саммит, который вел хозяин, собрал шесть лидеров.',
      ['2004-03-10 past summit «Президент России»', '2004-03-09 past meeting «Во вторник»']],
    ["en: a day's gathering named once is an event",
      "date: 2004-03-11\n\nThe president arrived in Bishkek on Tuesday. Yesterday's summit, chaired by the host, was attended by six leaders.",
      ['2004-03-09 past visit «The president»', '2004-03-10 past summit «Yesterday\'s summit,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
