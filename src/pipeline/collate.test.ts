import { describe, expect, it } from 'vitest';
import { compareKeys } from './collate';

const sign = (a: string, b: string) => Math.sign(a.localeCompare(b));

describe('compareKeys', () => {
  it.each([
    ['vladimir-putin', 'vladimir-putin', 0],
    ['a', 'b', -1],
    ['a-b', 'a_b', 1],
    ['a-b', 'a.b', -1],
    ['a.b', 'a0', -1],
    ['a9', 'aa', -1],
    ['ab', 'Ab', -1],
    ['Ab', 'ab', 1],
    ['aB', 'Ab', -1],
    ['Ab', 'b', -1],
    ['a', 'a-', -1],
    ['trade_turnover2021', 'trade_turnover_growth_pct2021', 1],
    ['trade_turnover2021-H1', 'trade_turnover2021-h1', 1],
    ['trade_turnover2021-Q1', 'trade_turnover2021-H1', 1],
    ['trade_turnoverannual', 'trade_turnover2024-7M', 1],
    ['00002_ru_2019_meeting.txt', '00010_en.txt', -1],
    ['жапаров', 'путин', -1],
    ['a b', 'a-b', -1],
  ])('%s vs %s → %i, as localeCompare', (a, b, expected) => {
    expect(compareKeys(a, b)).toBe(expected);
    expect(compareKeys(a, b)).toBe(sign(a, b));
  });

  it('agrees with localeCompare on every pair of keys of up to two characters', () => {
    const chars = '_-.09azAZ';
    const keys = [''];
    for (const x of chars) {
      keys.push(x);
      for (const y of chars) keys.push(x + y);
    }
    const wrong: string[] = [];
    for (const a of keys) for (const b of keys) if (compareKeys(a, b) !== sign(a, b)) wrong.push(`${a}|${b}`);
    expect(wrong).toEqual([]);
  });

  it('agrees with localeCompare on random ids', () => {
    const chars = '_-.0123456789abcdefghijklmnopqrstuvwxyzABCHMQYZ';
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const key = () => Array.from({ length: 1 + rand(8) }, () => chars[rand(chars.length)]).join('');
    for (let i = 0; i < 20000; i++) {
      const a = key();
      const b = rand(3) ? key() : a.slice(0, rand(a.length + 1)) + key();
      expect(`${a}|${b}:${compareKeys(a, b)}`).toBe(`${a}|${b}:${sign(a, b)}`);
    }
  });
});
