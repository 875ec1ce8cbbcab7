import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a plan to discuss a matter in the other capital is a trip', () => {
  it.each([
    ['ru: «намерен обсудить этот вопрос в Москве в мае»',
      'date: 2031-04-02\n\nВчера министр встретился с послом. Министр сообщил, что намерен обсудить этот вопрос в Москве в мае.',
      ['2031-04-01 past meeting «Вчера министр»', '2031-05 planned visit «Министр сообщил,»']],
    ['en: "plans to raise the issue in Bishkek in May"',
      'date: 2031-04-02\n\nThe minister met the ambassador on Tuesday. He plans to raise the issue in Bishkek in May.',
      ['2031-04-01 past meeting «The minister»', '2031-05 planned visit «He plans»']],
    // Negative: discussing it at home is no trip.
    ['ru: «намерен обсудить этот вопрос в правительстве» is none',
      'date: 2031-04-02\n\nВчера министр встретился с послом. Министр сообщил, что намерен обсудить этот вопрос в правительстве в мае.',
      ['2031-04-01 past meeting «Вчера министр»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
