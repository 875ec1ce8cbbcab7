import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a past participle nearest a month makes it past, whatever the main verb', () => {
  it.each([
    ['ru: «договоренности, достигнутые во время визита … в марте» under a future main verb',
      'date: 2021-11-06\n\nВ министерстве ожидают, что рост продолжится, когда начнут работать договоренности, достигнутые во время визита премьера России в Бишкек в марте.',
      ['2021-03 past visit «когда начнут»']],
    ['ru: «соглашения, подписанные в мае» under a future main verb',
      'date: 2021-02-06\n\nПравительство рассчитывает, что заработают соглашения с Россией, подписанные в декабре.',
      ['2020-12 past agreement «Правительство рассчитывает,»']],
    ['ru: a plan with a short form «будет подписано в марте» stays next year',
      'date: 2021-11-06\n\nСоглашение о миграции с Россией будет подписано в марте.',
      ['2022-03 planned agreement «Соглашение о»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
