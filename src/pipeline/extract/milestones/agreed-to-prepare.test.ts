import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('"agreed to prepare" a document or programme tells a plan with no date of its own', () => {
  it.each([
    ['ru: «договорились подготовить «дорожную карту»»',
      'date: 2011-09-14\n\nВо вторник министры провели переговоры в Бишкеке. Стороны договорились подготовить «дорожную карту» сотрудничества.',
      ['2011-09-13 past meeting «Во вторник»', 'null planned other «Стороны договорились»']],
    ['en: "agreed to develop a road map"',
      'date: 2011-09-14\n\nThe two ministers met in Moscow on Tuesday. The sides also agreed to develop a road map of cooperation.',
      ['2011-09-13 past meeting «The two»', 'null planned other «The sides»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
