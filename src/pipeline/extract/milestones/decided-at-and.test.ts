import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «Стороны вспомнили о договорённостях, достигнутых на прошлогоднем заседании, и обсудили …»: the second predicate is
// not dated by the gathering a decision was taken at, which is another, earlier one; the narrative's day dates it.
describe('a second predicate after a decision taken at an earlier gathering', () => {
  it.each([
    ['ru: «достигнутых на прошлогоднем заседании …, и обсудили ход их выполнения»',
      'date: 2031-02-12\n\nВо вторник в Оше состоялось заседание межправительственной комиссии. В тот же день вице-премьера принял председатель кабинета министров. Стороны вспомнили о договоренностях, достигнутых на прошлогоднем заседании комиссии в Москве, и обсудили ход их выполнения. По итогам заседания подписан протокол.',
      '2031-02-11 past agreement «По итогам»'],
    ['en: "the targets agreed at last year\'s session … and reviewed"',
      'date: 2031-02-12\n\nThe intergovernmental commission met in Osh on Tuesday. The same day the premier received the deputy prime minister. The two recalled the targets agreed at last year\'s session in Moscow and reviewed their progress. Following the session, the sides signed a protocol.',
      '2031-02-11 past agreement «Following the»'],
  ])('%s', (_name, text, want) => {
    const lines = milestoneLines(text);
    expect(lines).toContain(want);
    expect(lines.some((l) => l.startsWith('2030 past agreement'))).toBe(false);
  });

  it.each([
    ['ru: a second predicate after a date of its own subject keeps that date',
      'date: 2031-02-12\n\nВ прошлом году министры провели переговоры в Москве и подписали протокол.',
      '2030 past agreement'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });
});
