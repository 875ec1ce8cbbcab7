import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findDateMentions } from '../dates';
import { postponedTo } from './postponed';
import { milestoneLines } from './test-kit';

/** The text of the mention `text` says its event was put off to, or null. */
function movedTo(text: string, lang: 'ru' | 'en'): string | null {
  const { doc } = toDoc('t.txt', text);
  return postponedTo(doc.text, findDateMentions(doc, '2021-10-05'), 0, lang)?.text ?? null;
}

describe('the date an event was put off to', () => {
  it.each([
    ['en: "postponed by mutual agreement to"', 'The visit, originally scheduled for November, has been postponed by mutual agreement to December.', 'en', 'to December'],
    ['en: "moved to" with a year', 'The forum was due in November but has been moved to March 2022.', 'en', 'March 2022'],
    ['en: "pushed back until"', 'The opening, planned for November, was pushed back until February.', 'en', 'until February'],
    ['ru: «перенесли на»', 'Визит, намечавшийся на ноябрь, по обоюдному согласию перенесли на декабрь.', 'ru', 'на декабрь'],
    ['ru: «отложено до»', 'Заседание комиссии, назначенное на ноябрь, отложено до февраля.', 'ru', 'до февраля'],
    // Negative cases: no verb of putting off, or a date that is not the new one.
    ['en: a date with no postponement', 'The visit is scheduled for November.', 'en', null],
    ['en: a range is not a new date', 'Trade grew from January to March.', 'en', null],
    ['ru: no verb of putting off', 'Визит намечен на ноябрь.', 'ru', null],
    // The verb's cue is looked for between the clause's start and its last date, in any case.
    ['ru: a verb in capitals', 'Визит ПЕРЕНЕСЛИ на декабрь.', 'ru', 'на декабрь'],
    ['en: a verb in capitals', 'The visit was POSTPONED to December.', 'en', 'to December'],
    ['en: the verb only after the date', 'The December visit was postponed.', 'en', null],
    ['ru: the verb only after the date', 'Декабрьский визит на 10 декабря был отложен.', 'ru', null],
  ] as const)('%s', (_name, text, lang, want) => {
    expect(movedTo(text, lang)).toBe(want);
  });

  it.each([
    ['en: the visit takes the date it was put off to', 'date: 2021-10-05\n\nThe working visit of the prime minister to Moscow has been postponed from November to December.',
      ['2021-12 planned visit «The working»']],
    ['ru: a session put off to a month of next year', 'date: 2021-10-05\n\nЗаседание межправительственной комиссии перенесено с ноября на март 2022 года.',
      ['2022-03 planned igc_session «Заседание межправительственной»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
