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

// «поблагодарил за решение о списании долга», 'thanked Moscow for the decision to write off the debt': the decided step is
// not an event of the day of the thanks (it is told with its own date where it counts).
describe('thanks for a decision', () => {
  it.each([
    ['ru: «поблагодарил … за решение о списании долга»', 'date: 2030-06-20\n\nПремьер поблагодарил партнёров за решение о списании долга в размере 40 млн долларов.', []],
    ['en: "thanked … for the decision to write off"', 'date: 2030-06-20\n\nThe premier thanked Moscow for the decision to write off a debt of $40 million.', []],
    // Negative: the decision told on its own stays an event.
    ['ru: «В мае Россия списала … долг» stays', 'date: 2030-06-20\n\nВ мае Россия списала Киргизии долг в размере 40 млн долларов.', ['2030-05 past other «В мае»']],
    ['ru: «сообщил о решении о списании долга» stays', 'date: 2030-06-20\n\nПремьер сообщил о решении о списании долга в размере 40 млн долларов.', ['2030-06-20 past other «Премьер сообщил»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
