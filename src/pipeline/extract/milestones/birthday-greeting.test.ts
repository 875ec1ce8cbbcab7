import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A birthday greeted in the call or the meeting a readout tells is said there: no event of its own beside it.
// A greeting sent with no such conversation, or a call of another day, stays. Every text is invented.
describe('a birthday greeted in the conversation told', () => {
  it.each([
    ['en: greeted in the phone call of the day',
      'date: 2029-03-14\n\nRussian President Oleg Sidorov had a telephone conversation with Kyrgyz President Temir Osmonov on Wednesday. Oleg Sidorov cordially congratulated his counterpart on his 60th birthday.',
      ['2029-03-14 past meeting «Russian President»']],
    ['ru: «поздравил с днём рождения» in the call of the day',
      'date: 2029-03-14\n\nВ среду президент России Олег Сидоров провёл телефонный разговор с президентом Киргизии Темиром Осмоновым. Олег Сидоров тепло поздравил коллегу с днём рождения.',
      ['2029-03-14 past meeting «В среду»']],
    ['ru: greeted with no date of its own after a sentence on another matter',
      'date: 2029-03-14\n\nВ среду президент России Олег Сидоров провёл телефонный разговор с президентом Киргизии Темиром Осмоновым. Три новые школы приняли первых учеников 1 марта. Темир Осмонов также поздравил коллегу с прошедшим днём рождения.',
      ['2029-03-14 past meeting «В среду»', '2029-03-01 past other «Три новые»']],
    // Negative: no conversation told beside the greeting; a greeting without a birthday.
    ['en: a telegram for a birthday, no call',
      'date: 2029-03-14\n\nRussian President Oleg Sidorov sent a congratulatory telegram to Kyrgyz President Temir Osmonov on his 60th birthday.',
      ['2029-03-14 past other «Russian President»']],
    ['en: a greeting on a national holiday stays',
      'date: 2029-03-14\n\nRussian President Oleg Sidorov had a telephone conversation with Kyrgyz President Temir Osmonov on Wednesday. Oleg Sidorov congratulated his counterpart on the national holiday.',
      ['2029-03-14 past meeting «Russian President»', '2029-03-14 past other «Oleg Sidorov»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
