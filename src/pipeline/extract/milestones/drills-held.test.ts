import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Drills held with the other side's units ('held drills … with Kyrgyz units') are an exercise, as joint drills are.
describe('drills held with the other side are an exercise', () => {
  it.each([
    ['en: "held drills … with Kyrgyz units"',
      'date: 2031-10-20\n\nLast week, the Russian air group at Kant held drills in the Naryn mountains with Kyrgyz units.',
      ['2031-10 past other «Last week,»']],
    ['en: "conducted exercises alongside Russian paratroopers"',
      'date: 2031-10-20\n\nOn Monday a Kyrgyz battalion conducted exercises near Osh alongside Russian paratroopers.',
      ['2031-10-20 past other «On Monday»']],
    // Negative: a third country's drills of its own are no event of the two sides.
    ['en: "The Kazakh army held drills near Almaty" is no event',
      'date: 2031-10-20\n\nThe Kazakh army held drills near Almaty last week.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
