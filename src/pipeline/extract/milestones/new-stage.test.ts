import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «открыла новый этап», "opened a new chapter": an idiom of a history, no opening; the event is the one
// the sentence tells beside it (event-lexicon.json, exclude). Every text is invented.
describe('opening a new stage is no opening', () => {
  it.each([
    ['ru: the signing in the relative clause dates the sentence', 'date: 2030-05-10\n\nВ пятницу министр принял посла.\n\nНовый этап открыл Меморандум о партнерстве, который министры подписали 3 мая 2011 года.',
      ['2030-05-10 past meeting «В пятницу»', '2011-05-03 past agreement «Новый этап»']],
    ['en: the signing after the idiom', 'date: 2030-05-10\n\nThe memorandum, signed on 3 May 2011, opened a new chapter in relations.',
      ['2011-05-03 past agreement «The memorandum,»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    ['ru', 'date: 2030-05-10\n\nЭтот визит открыл новую страницу в отношениях двух стран.'],
    ['en', 'date: 2030-05-10\n\nThe decade opened a new era for both nations.'],
  ])('%s: %s tells no opening', (_lang, text) => {
    expect(milestoneLines(text).filter((l) => l.includes(' other '))).toEqual([]);
  });
});
