import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «Министр заявлял, что списание долга позволит …»: a write-off named in someone's view of its effect, with no date of
// its own, is the view's subject, not a write-off told.
describe('a debt write-off named in an opinion', () => {
  it.each([
    ['ru: «заявлял, что списание долга позволит»',
      'date: 2014-05-20\n\nСегодня президенты подписали в Москве соглашение о сотрудничестве. Глава Минфина Иван Орлов прежде заявлял, что списание долга позволит поднять зарплаты учителям.',
      ['2014-05-20 past agreement «Сегодня президенты»']],
    ['ru: «считают, что списание долга поможет»',
      'date: 2014-05-20\n\nСегодня президенты подписали в Москве соглашение о сотрудничестве. В правительстве считают, что списание долга поможет бюджету.',
      ['2014-05-20 past agreement «Сегодня президенты»']],
    // Kept: a write-off told with a date of its own.
    ['ru: a write-off told with its year',
      'date: 2014-05-20\n\nСегодня президенты подписали в Москве соглашение о сотрудничестве. В 2012 году Россия списала Киргизии долг в $489 млн.',
      ['2014-05-20 past agreement «Сегодня президенты»', '2012 past other «В 2012»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
