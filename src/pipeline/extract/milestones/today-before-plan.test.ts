import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "Today our delegations will go through the programme of the state visit … next year": "today" before the event word is when the
// speaker works on it; a later period told after the event word is the event's own. Every text is invented.
describe('"today" before a plan dated after its word', () => {
  it.each([
    ['en: "Today … the state visit … next year"',
      'date: 2031-10-11\n\nToday our delegations will go through the programme of the state visit the Russian leader is to pay to Bishkek next year.',
      ['2032 planned visit «Today our»']],
    ['ru: «Сегодня … государственного визита … в следующем году»',
      'date: 2031-10-11\n\nСегодня мы обсудим подготовку государственного визита Президента России в Киргизию в следующем году.',
      ['2032 planned visit «Сегодня мы»']],
    // Negative: no later period after the event word: today's own event.
    ['en: "Today … will sign a plan"',
      'date: 2031-10-11\n\nToday the two deputy ministers will sign a memorandum on archive cooperation.',
      ['2031-10-11 planned agreement «Today the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
