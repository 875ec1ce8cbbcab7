import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// An arrest warrant an international court issued against a leader, told with a date of its own, is a step of the
// context of that leader's trips — also when the trip it explains is told in the same sentence.
describe('an international arrest warrant told with its date is an event of its own', () => {
  it.each([
    ['en: "since the International Criminal Court formally issued … in May" beside the trip',
      'date: 2031-09-18\n\nThe Russian president landed in Osh on Tuesday, making his first visit abroad since the International Criminal Court formally issued an arrest warrant against him in May.',
      ['2031-09-16 past visit «The Russian»', '2031-05 past other «since the»']],
    ['ru: «после выдачи ордера МУС в мае»',
      'date: 2031-09-18\n\nЭто первая поездка белорусского лидера за рубеж после выдачи ордера МУС в мае.',
      ['2031-05 past other «Это первая»']],
    ['en: "In May, the ICC issued a warrant …"',
      'date: 2031-09-18\n\nIn May, the ICC issued a warrant for the arrest of the Belarusian president.',
      ['2031-05 past other «In May,»']],
    // Negative: named without a date, the warrant is only the reason given for the trip's weight.
    ['en: the warrant without a date of its own is no event',
      'date: 2031-09-18\n\nThe Russian president landed in Osh, making his first visit abroad since the International Criminal Court formally issued an arrest warrant against him.',
      ['2031-09-18 past visit «The Russian»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the warrant is cut from the trip only when it closes the sentence', () => {
  it.each([
    // Negative: with the trip told on after the warrant's clause, the warrant is no event cut from it.
    ['en: "…since the ICC issued a warrant … in May, landing in Osh on September 16 …"',
      'date: 2031-09-18\n\nThe Russian president made his first visit abroad since the ICC issued an arrest warrant against him in May, landing in Osh on September 16 for talks.',
      ['2031-09-18 past visit «The Russian»', '2031-09-16 past meeting «landing in»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
