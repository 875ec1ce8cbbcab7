import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a date that names a document («Договора от 10 июня») is not the date of another event told with it', () => {
  it.each([
    ['ru: a ratification of «Договора от …» takes the narrative’s day, not the treaty’s',
      'date: 2030-07-20\n\nПарламент Киргизии ратифицировал Договор о союзничестве с Россией от 10 июня.',
      ['2030-07-20 past agreement «Парламент Киргизии»']],
    ['en: a ratification of "the agreement of May 12" is dated by the narrative',
      'date: 2030-07-20\n\nThe Russian parliament ratified the agreement of May 12 with Kyrgyzstan.',
      ['2030-07-20 past agreement «The Russian»']],
    // Negative: the document itself told with its date keeps it; a date after «от» that is no document's stays.
    ['ru: «Договор от 10 июня вступил в силу» stays the document’s event with its day',
      'date: 2030-07-20\n\nДоговор от 10 июня между Россией и Киргизией подписан президентами в Москве.',
      ['2030-06-10 past agreement «Договор от»']],
    ['en: a signing "on May 12" keeps its day',
      'date: 2030-07-20\n\nRussia and Kyrgyzstan signed the agreement on May 12.',
      ['2030-05-12 past agreement «Russia and»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
