import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Благодарю за приглашение посетить …», 'thanked him for the invitation to visit …': courtesy told on the visit or in a reply, no visit of its own.
describe('thanks for an invitation', () => {
  it.each([
    ['ru: «Благодарю … за приглашение посетить … с визитом»', 'date: 2030-06-20\n\nБлагодарю губернатора за приглашение посетить область с рабочим визитом и за гостеприимство.', []],
    ['ru: «поблагодарил коллегу за приглашение»', 'date: 2030-06-20\n\nМинистр поблагодарил коллегу за приглашение приехать в Каракол.', []],
    ['en: "thanked … for the invitation to visit"', 'date: 2030-06-20\n\nThe minister thanked his host for the invitation to visit the region.', []],
    ['en: "thanked … for the invitation to pay a working visit"', 'date: 2030-06-20\n\nThe minister thanked his host for the invitation to pay a working visit to the region.', []],
    // Negative: an invitation given, or accepted with a visit planned, stays a plan.
    ['ru: «пригласил посетить» stays a planned visit', 'date: 2030-06-20\n\nГубернатор пригласил министра посетить область с рабочим визитом.', ['null planned visit «Губернатор пригласил»']],
    ['en: "invited … to visit" stays a planned visit', 'date: 2030-06-20\n\nThe governor invited the minister to visit the region.', ['null planned visit «The governor»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

