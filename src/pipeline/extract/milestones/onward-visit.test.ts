import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// The onward leg of the trip told ("will travel on to Tashkent for a state visit to Uzbekistan") is
// kept, not bilateral; a third country's trip of its own ("travels to Germany next week") is not.
describe('a visit to a third country on the same trip', () => {
  it('en: "will travel on to <capital> for a state visit to <country>"', () => {
    const lines = milestoneLines('date: 2019-06-11\n\nThe Russian president arrived in Bishkek on Monday for a state visit. He will travel on to Tashkent on Thursday for a state visit to Uzbekistan.');
    expect(lines.some((l) => l.startsWith('2019-06-13 planned visit'))).toBe(true);
  });

  it('en: a trip of its own to a third country is no milestone', () => {
    const lines = milestoneLines('date: 2019-06-11\n\nThe Russian president arrived in Bishkek on Monday for a state visit. The governor travels to Germany next week for an official visit to Germany.');
    expect(lines.filter((l) => l.includes(' visit ')).length).toBe(1);
  });
});
