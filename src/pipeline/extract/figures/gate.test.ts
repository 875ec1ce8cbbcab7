import { describe, expect, it } from 'vitest';
import { MAY_HOLD_FIGURE, mayHoldFigure } from './gate';

/** The gate as a flat list of its alternatives, as it was first written: the trie must match exactly the same. */
const FLAT =
  /%|процент|проц\.|проц(?![а-яё])|per\s?cent|pct|млрд|млн|миллиард|миллион|трлн|триллион|billion|million|trillion|\dbn|\$|долл|dollar|USD|\sраза?(?![а-яё])|\d\s+times|fold|вдвое|втрое|удво|утро|doubl|tripl|quadrupl|halv|на (?:одну |две )?(?:треть|трети|четверть|половину|пятую|десятую)|(?:by|than|nearly|almost|least|about|around|roughly|over|some|up|down|of|further|another) (?:a |one |two[- ])?(?:third|thirds|quarter|half|fifth|tenth)|(?:third|quarter|half|fifth|tenth) (?:more|higher|larger|bigger|less|lower|smaller) than/iu;

describe('MAY_HOLD_FIGURE', () => {
  it.each([
    ['Рост на 5%.', true],
    ['Товарооборот вырос на 5 ПРОЦЕНТОВ.', true],
    ['Trade rose 5 per cent.', true],
    ['Trade rose 5 percent.', true],
    ['Trade rose 5 pct.', true],
    ['Вырос на 12 проц.', true],
    ['Вырос на 12 проц', true],
    ['Процесс переговоров.', false],
    ['Составил 2 млрд долларов.', true],
    ['Два миллиарда.', true],
    ['Около трлн рублей.', true],
    ['It reached $2bn last year.', true],
    ['It reached 2 bn.', false],
    ['A bn of them.', false],
    ['Trade hit 2.1 billion.', true],
    ['Trillions.', true],
    ['The dollar fell.', true],
    ['В USD.', true],
    ['Вырос в 3 раза.', true],
    ['Вырос в 3 раз.', true],
    ['Вырос в 3 разА больше.', true],
    ['Раза три.', false],
    ['Это было 3раза.', false],
    ['Разговор о разных вещах.', false],
    ['В разы больше.', false],
    ['Ещё раз, и всё.', true],
    ['It grew 3 times.', true],
    ['It grew 3  TIMES over.', true],
    ['Three times.', false],
    ['3times', false],
    ['A threefold rise.', true],
    ['Вырос вдвое.', true],
    ['ВТРОЕ.', true],
    ['Удвоить товарооборот.', true],
    ['Утроить товарооборот.', true],
    ['Утром заседание.', true],
    ['Doubled.', true],
    ['Tripling.', true],
    ['Quadrupled.', true],
    ['Trade halved.', true],
    ['Сократился на треть.', true],
    ['Сократился на одну треть.', true],
    ['Сократился на две трети.', true],
    ['Выросла на четверть.', true],
    ['На  треть.', false],
    ['Fell by a third.', true],
    ['Fell by around a fifth.', true],
    ['Up roughly a quarter.', true],
    ['Grew by at least a fifth.', true],
    ['Grew by just over a third.', true],
    ['Shrank by some two-thirds.', true],
    ['Rose by two-thirds.', true],
    ['Up a quarter.', true],
    ['Up one quarter.', true],
    ['More than half.', true],
    ['A drop of a quarter.', true],
    ['To shrink by a further quarter.', true],
    ['Down another third.', true],
    ['It was a fifth higher than a year earlier.', true],
    ['A third more than before.', true],
    ['The third more important.', false],
    ['Президенты встретились в Москве.', false],
    ['The presidents met in Moscow.', false],
    ['', false],
  ])('%s → %s', (text, want) => {
    expect(MAY_HOLD_FIGURE.test(text)).toBe(want);
    expect(mayHoldFigure(text)).toBe(want);
    expect(FLAT.test(text)).toBe(want);
  });
});
