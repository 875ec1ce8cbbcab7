import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A past participle of a decision right before the gathering a month names ("the date set at the February session",
// «срок, установленный на февральском заседании») tells that gathering past, whatever the main verb of the sentence.
describe('a month named as the gathering a decision was taken at', () => {
  it.each([
    ['en: "the date set at the February session" after a future main verb',
      'date: 2031-09-15\n\nThe deputy premier said the commission would meet in Moscow in November, later than the autumn date set at the February session in Osh.',
      '2031-02 past'],
    ['en: "the targets agreed during the March meeting"',
      'date: 2031-09-15\n\nThe ministers will review in October the targets agreed during the March meeting of the working group.',
      '2031-03 past'],
    ['ru: «установленного на февральском заседании»',
      'date: 2031-09-15\n\nВице-премьер сообщил, что комиссия соберется в Москве в ноябре, позже осеннего срока, установленного на февральском заседании в Оше.',
      '2031-02 past'],
    ['ru: «достигнутых на встрече в марте»',
      'date: 2031-09-15\n\nМинистры обсудят в октябре выполнение договорённостей, достигнутых на встрече в марте в Оше.',
      '2031-03 past'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });

  it.each([
    ['en: "will be set at the February session" is still to come',
      'date: 2031-09-15\n\nThe commission will meet in November, and the new date will be set at the February session.',
      '2032-02 planned'],
    ['ru: «будет установлен на заседании в феврале» is still to come',
      'date: 2031-09-15\n\nКомиссия соберется в ноябре, а новый срок будет установлен на заседании в феврале.',
      '2032-02 planned'],
    ['ru: «установленного на февраль» is a deadline, not a gathering',
      'date: 2031-09-15\n\nКомиссия соберется в ноябре, а заседание министров перенесено на февраль.',
      '2032-02'],
  ])('%s', (_name, text, want) => {
    const lines = milestoneLines(text);
    expect(lines.some((l) => l.startsWith(want))).toBe(true);
    expect(lines.some((l) => l.startsWith('2031-02 past'))).toBe(false);
  });
});
