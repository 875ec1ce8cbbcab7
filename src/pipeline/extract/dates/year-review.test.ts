import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { yearReviewClues } from './year-review';

const years = (text: string, month: number | null) => yearReviewClues(toDoc('t.txt', text).doc, month).map((c) => c.year);

describe('the year a review names in its lead', () => {
  it.each([
    ['"The year 2019 marked" in December', 'Envoy sums up\n\nThe year 2019 marked the 25th anniversary of the university. What were the results of the year?', 12, [2019]],
    ['"The year 2019 marked" in January: the year before', 'Envoy sums up\n\nThe year 2019 marked the 25th anniversary of the university. Trade grew this year too.', 1, [2020]],
    ['"2016 was a year of" with "this year"', 'Review\n\n2016 was a year of many visits. This year the ministers met five times.', 12, [2016]],
    ['«2018 год стал» with «в этом году»', 'Итоги\n\n2018 год стал для наших отношений годом больших визитов. В этом году министры встречались пять раз.', 12, [2018]],
    ['«Уходящий 2014 год» is the year running', 'Итоги\n\nУходящий 2014 год был богат на события. Подводим итоги года.', null, [2014]],
    ['«Минувший 2014 год» is the year before', 'Итоги\n\nМинувший 2014 год был богат на события. Итоги года подвели в посольстве.', null, [2015]],
    // Negative cases.
    ['no "this year" anywhere: a retrospective, not a review', 'History\n\n1992 was a year of new states. The embassy opened then.', 12, []],
    ['a year deep in the body is not the lead', 'A\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\n2016 was a year of many visits. This year is calmer.', 12, []],
    ['a later year told as past: a retrospective', 'Review\n\n2010 was a year of change. In 2014 trade fell by a third, and this year it grew.', 12, []],
    ['a year not the subject', 'Review\n\nIn 2016 the ministers met five times. This year they met twice.', 12, []],
  ])('%s', (_name, text, month, want) => {
    expect(years(text, month)).toEqual(want);
  });
});
