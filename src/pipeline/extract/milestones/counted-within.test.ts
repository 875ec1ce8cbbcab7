import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "the third time they had met this year", «третья их встреча в этом году»: the year is the range of a count of such
// events, not the day of the one told; the meeting takes the day of the gathering told before it.
describe('a year that is the range of a count of events does not date the event', () => {
  it.each([
    ['en: "the third time they had met this year" after a summit day',
      'date: 2031-11-29\n\nThe Russian president arrived in Osh on November 28 for a summit of the bloc.\n\nOn the sidelines of the summit, he held a brief meeting with the Kyrgyz president, the third time they had met this year.',
      '2031-11-28 past meeting'],
    ['ru: «третья их встреча в этом году» after a summit day',
      'date: 2031-11-29\n\nПрезидент России 28 ноября прибыл в Ош на саммит организации.\n\nНа полях саммита он провел короткую встречу с президентом Киргизии, это уже третья их встреча в этом году.',
      '2031-11-28 past meeting'],
    ['ru: «во второй раз за этот год»',
      'date: 2031-11-29\n\nПрезидент России 28 ноября прибыл в Ош на саммит организации.\n\nНа полях саммита он во второй раз за этот год встретился с президентом Киргизии.',
      '2031-11-28 past meeting'],
  ])('%s', (_name, text, want) => {
    const lines = milestoneLines(text);
    expect(lines.some((l) => l.startsWith(want))).toBe(true);
    expect(lines.some((l) => l.startsWith('2031 past meeting'))).toBe(false);
  });

  it.each([
    ['en: "this year" with no count still dates the meeting',
      'date: 2031-11-29\n\nThe two presidents met in Osh earlier this year, the ministry said.',
      '2031 past meeting'],
    ['ru: «в этом году» with no count still dates the meeting',
      'date: 2031-11-29\n\nПрезиденты встречались в Оше в этом году, сообщили в министерстве.',
      '2031 past meeting'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });
});

describe('a first event or another year is dated by its year', () => {
  it.each([
    ['en: "his first visit … next year"', 'date: 2031-11-29\n\nThe Russian president has promised to make his first visit to Kyrgyzstan next year.', '2032 planned visit'],
    ['ru: «первый визит … в следующем году»', 'date: 2031-11-29\n\nПрезидент России пообещал совершить свой первый визит в Киргизию в следующем году.', '2032 planned visit'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });
});
