import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// An official or an envoy sent to a capital, told in the past with a date of its own, is that month's trip;
// undated, it only sums up a visit the article tells otherwise (see 'envoySent').
describe('an envoy sent in the past counts when dated', () => {
  it.each([
    ['en: a named official dispatched, with a month', 'date: 2023-02-10\n\nIn November, the Kremlin dispatched deputy premier Ivan Sidorov to Osh, and Moscow froze its grants.', ['2022-11 past visit']],
    ['en: an envoy sent, with a month', 'date: 2023-02-10\n\nIn November, Moscow sent a special envoy to Bishkek.', ['2022-11 past visit']],
    ['ru: «направил в … своего представителя», with a month', 'date: 2023-02-10\n\nВ ноябре Кремль направил в Бишкек своего представителя.', ['2022-11 past visit']],
    ['en: undated, no event of its own', 'date: 2023-02-10\n\nThe Kremlin dispatched deputy premier Ivan Sidorov to Osh.', []],
    ['en: goods sent are no trip', 'date: 2023-02-10\n\nIn November, Russia sent 20 tonnes of flour to Osh.', ['2022-11 past other']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(want);
  });
});
