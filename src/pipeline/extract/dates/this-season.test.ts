import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { looseMentions } from './loose';

/** `text date` of every loose mention of the first sentence of `text`. */
function run(text: string, article: string): string[] {
  const { doc } = toDoc('t.txt', text);
  const s = doc.sentences[0]!;
  return looseMentions(s, doc.language, article, () => false).map((m) => `${s.text.slice(m.index, m.index + m.length)} ${m.date}`);
}

describe('"this spring" is a season of the article’s own year, whatever the main verb', () => {
  it.each([
    ['en: passed season in a relative clause of a future sentence',
      'The two ministers, who met twice this spring, are expected to meet again in Osh in October.', '2024-07-15', ['in October 2024-10', 'this spring 2024']],
    ['en: passed season in a past sentence', 'The ministers met in Osh this summer.', '2024-10-02', ['this summer 2024']],
    ['en: season still to come', 'The ministers will meet in Osh this autumn.', '2024-07-15', ['this autumn 2024']],
    ['en: a bare season passed in a future sentence still rolls to the next year', 'The ministers will meet in Osh in the spring.', '2024-07-15', ['in the spring 2025']],
  ])('%s', (_name, text, article, want) => {
    expect(run(text, article)).toEqual(want);
  });
});
