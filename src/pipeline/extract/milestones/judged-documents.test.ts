import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Documents or a thing agreed, judged by a dash copula after their signing is told («Эти договорённости — не просто подписи»,
// «Кредит, о котором мы договорились, — это …», 'These treaties are not just paper'): a judgement, no second signing.
describe('documents judged after their signing', () => {
  it.each([
    ['ru: «Эти соглашения — не просто …» after a signing', 'date: 2031-07-02\n\nВ 2029 году министры подписали три соглашения о транзите.\n\nЭти соглашения — не просто подписи на бумаге.', ['2029 past agreement «В 2029»']],
    ['ru: a relative clause judged by «— это»', 'date: 2031-07-02\n\nСегодня мы подписали соглашение о кредите.\n\nКредит, о котором мы договорились, — это вопрос доверия между нашими странами.', ['2031-07-02 past agreement «Сегодня мы»']],
    ['ru: documents judged with no signing told stay as they were', 'date: 2031-07-02\n\nВчера стороны подписали меморандум о туризме.', ['2031-07-01 past agreement «Вчера стороны»']],
    ['en: "These treaties are not just paper" after a signing', 'date: 2031-07-02\n\nIn 2029 the ministers signed two treaties on transit.\n\nThese treaties are not just paper.', ['2029 past agreement «In 2029»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
