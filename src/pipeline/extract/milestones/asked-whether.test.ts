import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A journalist's question told in the report ('asked whether Moscow would …', «на вопрос, будет ли …»): the step asked
// about is no event; what the answer tells stays.
describe('a step asked about', () => {
  it.each([
    ['en: "Asked whether … would write off"', 'date: 2031-09-03\n\nAsked by a reporter whether Moscow would write off more debt, the minister declined to comment.', []],
    ['en: a write-off told stays', "date: 2031-09-03\n\nOn Monday Moscow wrote off more of the republic's debt.", ['2031-09-01 past other «On Monday»']],
    ['ru: «На вопрос, будет ли … списан долг»', 'date: 2031-09-03\n\nНа вопрос, будет ли списан оставшийся долг республики, министр ответил уклончиво.', []],
    ['ru: a write-off told stays', 'date: 2031-09-03\n\nВ понедельник Россия списала оставшийся долг республики.', ['2031-09-01 past other «В понедельник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
