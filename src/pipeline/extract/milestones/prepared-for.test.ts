import { describe, expect, it } from 'vitest';
import { preparedFor } from './prepared-for';
import { milestoneLines } from './test-kit';

describe('preparedFor: an event named right after a preparation for it', () => {
  it.each([
    ['ru', 'министры обсудили подготовку к Азиатскому инвестиционному форуму', 'форуму', true],
    ['ru', 'сообщил о ходе подготовки страны к вступлению в союз', 'вступлению', true],
    ['ru', 'Подготовка к саммиту идет полным ходом', 'саммиту', true],
    ['en', 'they discussed preparations for the upcoming regional summit', 'summit', true],
    ['en', 'the ministry is preparing for a business forum', 'forum', true],
    // The preparation of another thing, or no preparation at all.
    ['ru', 'подготовка документов завершена, и министры провели встречу', 'встречу', false],
    ['ru', 'министры обсудили итоги форума', 'форума', false],
    ['en', 'prepared a report and then held a forum', 'forum', false],
  ] as const)('%s %s', (lang, text, word, want) => {
    expect(preparedFor(text, text.indexOf(word), lang)).toBe(want);
  });
});

describe('an event prepared for is planned, with no date of its own', () => {
  it.each([
    ['ru', 'date: 2022-04-06\n\nПремьер-министр Киргизии 6 апреля принял вице-премьера России. Стороны обсудили ход строительства дорог и подготовку к Азиатскому инвестиционному форуму.', 'null planned forum'],
    ['en', 'date: 2022-04-06\n\nThe Kyrgyz prime minister received the Russian deputy prime minister on April 6. They also discussed preparations for an investment forum.', 'null planned forum'],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });

  it('a date told after it is its own', () => {
    const lines = milestoneLines('date: 2022-04-06\n\nСтороны обсудили подготовку к празднованию юбилея университета, которое пройдет в следующем году.');
    expect(lines.some((l) => l.startsWith('null'))).toBe(false);
  });
});
