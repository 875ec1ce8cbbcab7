import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("a planned visit told by its month takes the day the next sentence's visit is told for", () => {
  it.each([
    ['en: "scheduled for later this month. The visit will take place on March 28"',
      'date: 2031-03-04\n\nThe protocol is expected to be signed during the state visit of the Russian president to Kyrgyzstan scheduled for later this month. The visit will take place on March 28, the Kremlin said earlier.',
      ['2031-03-28 planned visit «The protocol»', '2031-03-28 planned visit «The visit»']],
    ['ru: «намеченного на конец месяца. Визит состоится 28 марта»',
      'date: 2031-03-04\n\nПротокол планируется подписать во время государственного визита президента России в Киргизию в конце месяца. Визит состоится 28 марта.',
      ['2031-03-28 planned visit «Протокол планируется»', '2031-03-28 planned visit «Визит состоится»']],
    // Negatives: another month, or a sentence that opens with something else, gives no day.
    ['en: a day of another month is another visit',
      'date: 2031-03-04\n\nThe protocol is expected to be signed during the state visit of the Russian president to Kyrgyzstan scheduled for later this month. The visit will take place on April 28, the Kremlin said earlier.',
      ['2031-03 planned visit «The protocol»', '2031-04-28 planned visit «The visit»']],
    ['en: a minister\'s trip the next sentence tells is no day of the president\'s visit',
      'date: 2031-03-04\n\nThe protocol is expected to be signed during the state visit of the Russian president to Kyrgyzstan scheduled for later this month. The foreign minister will visit Bishkek on March 20.',
      ['2031-03 planned visit «The protocol»', '2031-03-20 planned visit «The foreign»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
