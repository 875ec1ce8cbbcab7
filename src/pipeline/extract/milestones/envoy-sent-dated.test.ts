import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// An official named by name sent to a capital, told in the past with a date of its own, is that month's trip;
// undated, it only sums up a visit the article tells otherwise (see 'envoySent').
describe('an official sent by name in the past counts when dated', () => {
  it.each([
    ['en: a named official dispatched, with a month', 'date: 2023-02-10\n\nIn November, the government sent its trade envoy Ivan Sidorov to Osh.', ['2022-11 past visit']],
    ['ru: «направил в … вице-премьера Ивана Сидорова», with a month', 'date: 2023-02-10\n\nВ ноябре Кремль направил в Бишкек вице-премьера Ивана Сидорова.', ['2022-11 past visit']],
    // An unnamed envoy of the reporter's week is the trip the article goes on to tell with the envoy's name.
    ['en: an unnamed envoy, dated by the week, is no event of its own', 'date: 2023-02-10\n\nThis week the Kremlin sent a senior envoy to Bishkek.', []],
    ['ru: «направил своего представителя» unnamed, likewise', 'date: 2023-02-10\n\nВ ноябре Кремль направил в Бишкек своего представителя.', []],
    ['en: undated, no event of its own', 'date: 2023-02-10\n\nThe government sent its trade envoy Ivan Sidorov to Osh.', []],
    ['en: goods sent are no trip', 'date: 2023-02-10\n\nIn November, Russia sent 20 tonnes of flour to Osh.', ['2022-11 past other']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(want);
  });
});
