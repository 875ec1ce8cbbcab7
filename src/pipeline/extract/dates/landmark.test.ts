import { describe, expect, it } from 'vitest';
import lexicon from '../../knowledge/loose-date-lexicon.json';
import { DAY_CUE } from './landmark';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text date` of every mention of `text` counted from a landmark event. */
function landmarks(text: string, article: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, article)
    .filter((m) => /(?:vote|election|referendum|выборов|парада|инаугурации)$/iu.test(m.text))
    .map((m) => `${m.text} ${m.date}`);
}

describe('withLandmarkDays: a day counted from an event the article dates elsewhere', () => {
  it.each([
    ['en: "the day after the vote" counts from "the March 3 presidential election"', 'The governor won the March 3 presidential election. The premier phoned him the day after the vote.', '2024-04-20', ['the day after the vote 2024-03-04']],
    ['en: "the day before the election" counts back', 'Voters went to the polls on March 3. Observers arrived the day before the election.', '2024-04-20', ['the day before the election 2024-03-02']],
    ['en: the event named before its day ("the referendum on May 5")', 'The referendum on May 5 passed easily. The envoy called a day after the referendum.', '2024-06-20', ['a day after the referendum 2024-05-06']],
    ['ru: «на следующий день после выборов» counts from «выборы 12 марта»', 'Выборы 12 марта выиграл действующий глава. На следующий день после выборов ему позвонил премьер.', '2024-04-20', ['На следующий день после выборов 2024-03-13']],
    ['ru: «накануне парада» counts from «парад 9 мая», an adjective between', 'Парад 9 мая прошел на главной площади. Накануне торжественного парада президенты провели переговоры.', '2024-05-20', ['Накануне торжественного парада 2024-05-08']],
    ['ru: «накануне инаугурации» with «инаугурация … 24 ноября» too far off is no landmark', 'Инаугурация, о которой много писали в газетах и говорили по телевидению, пройдет 24 ноября. Накануне инаугурации прибыли гости.', '2024-11-20', []],
    ['en: two days told for the elections make no landmark', 'The March 3 election was annulled and the March 17 election held. He was called the day after the election.', '2024-04-20', []],
    ['en: no day told for the vote makes no landmark', 'The governor won the election. The premier phoned him the day after the vote.', '2024-04-20', []],
  ])('%s', (_name, text, article, expected) => {
    expect(landmarks(text, article)).toEqual(expected);
  });
});

describe('DAY_CUE: the words every day phrase holds', () => {
  it.each(Object.values(lexicon.landmarkDays).flat())('%s holds one, in any case and spacing', (phrase) => {
    expect(DAY_CUE.test(phrase)).toBe(true);
    expect(DAY_CUE.test(phrase.toUpperCase().replace(/ /g, ' \n '))).toBe(true);
  });
});
