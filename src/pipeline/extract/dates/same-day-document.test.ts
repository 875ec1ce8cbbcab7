/**
 * "The same day" after a document's date written as part of its name («Договора … от 10 июня 1992 г.», "the treaty
 * dated June 10, 1992") counts from the event told before, not from the document's date; «накануне» alone after a
 * weekday told sentences before is the eve of the article's day. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findDateMentions } from '../dates';

/** `text date` of every date mention of `text`, resolved against `article`. */
function run(text: string, article: string | null): string[] {
  const { doc } = toDoc('t.txt', text);
  return findDateMentions(doc, article).map((m) => `${m.text} ${m.date}`);
}

describe('"the same day" skips a document date', () => {
  it.each([
    ['ru: «от <date>» in a document name',
      'Накануне министры встретились в Оше. Они обсудили выполнение соглашения от 12 мая 2005 г. В тот же день министр посетил школу.', '2011-04-08',
      ['Накануне 2011-04-07', '12 мая 2005 г. 2005-05-12', 'В тот же день 2011-04-07']],
    ['en: "dated <date>" in a document name',
      'Yesterday the ministers met in Osh. They discussed the agreement dated May 12, 2005. The same day the minister visited a school.', '2011-04-08',
      ['Yesterday 2011-04-07', 'May 12, 2005 2005-05-12', 'The same day 2011-04-07']],
    // Negative: a day told as the event's own still anchors "the same day".
    ['ru: a day told as an event anchors it',
      'Соглашение подписали 12 мая 2005 г. В тот же день министр посетил школу.', '2011-04-08',
      ['12 мая 2005 г. 2005-05-12', 'В тот же день 2005-05-12']],
  ] as const)('%s', (_name, text, article, want) => {
    expect(run(text, article)).toEqual(want);
  });
});

describe('«накануне» alone after a weekday told sentences before', () => {
  it.each([
    ['ru: the eve of the article, not of the weekday told two sentences before',
      'В понедельник боевики захватили заложников. Президент попросил помощи. Министр заверил коллегу. Накануне министр обороны заявил о готовности помочь.', '2011-04-08',
      ['В понедельник 2011-04-04', 'Накануне 2011-04-07']],
    // Negative: right after the weekday's sentence, the eve is the weekday's.
    ['ru: the eve of a weekday told in the sentence before',
      'В четверг ассамблея прошла в Оше. Накануне министры провели консультации.', '2011-04-08',
      ['В четверг 2011-04-07', 'Накануне 2011-04-06']],
  ] as const)('%s', (_name, text, article, want) => {
    expect(run(text, article)).toEqual(want);
  });
});
