/**
 * The role before a name (`roleBefore`) and the role after it (`roleAfter`), read from the titles of the text on each
 * side: the name's context asks the second only when the first gives none. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { lowerSameLength } from '../lower';
import { findTitles, roleAfter, roleBefore } from './roles';

/** The roles on each side of `name` in `text` (a sentence), each side's titles found in its own stretch, as the context does. */
function sides(text: string, name: string, lang: 'ru' | 'en'): [string | null, string | null] {
  const lower = lowerSameLength(text);
  const start = text.indexOf(name);
  const end = start + name.length;
  const before = roleBefore(text, findTitles(lower.slice(0, start), 0, lang), start, end);
  const after = roleAfter(text, findTitles(lower.slice(end), end, lang), end, text.length);
  return [before?.role ?? null, after?.role ?? null];
}

describe('roleBefore and roleAfter', () => {
  it.each([
    ['ru', 'Президент России Владимир Путин прибыл в Бишкек.', 'Владимир Путин', 'president', null],
    ['ru', 'Министр иностранных дел Сергей Лавров, посол России, выступил.', 'Сергей Лавров', 'foreign_minister', 'ambassador'],
    ['ru', 'Встреча с Иваном Петровым, министром финансов Киргизии, прошла в Москве.', 'Иваном Петровым', null, 'finance_minister'],
    // A verb between the title and the name ends the title's reach: the role is read after the name, if anywhere.
    ['ru', 'Президент встретился с Иваном Петровым, послом Киргизии.', 'Иваном Петровым', null, 'ambassador'],
    ['ru', 'В Бишкеке прошла встреча с Иваном Петровым.', 'Иваном Петровым', null, null],
    ['en', "Boris Yeltsin, Russia's president, arrived in Bishkek.", 'Boris Yeltsin', null, 'president'],
    // Both sides give a role: the one before the name is the name's, and the text after it is not searched.
    ['en', 'Foreign Minister Sergei Lavrov, the ambassador said, arrived.', 'Sergei Lavrov', 'foreign_minister', 'ambassador'],
    ['en', 'The talks with Ivan Petrov, the finance minister, went on.', 'Ivan Petrov', null, 'finance_minister'],
    // A title set off by a comma before a name that ends the sentence: the apposition is closed by the full stop.
    ['en', 'The governor met the prime minister and the foreign minister, Ivan Petrov.', 'Ivan Petrov', 'foreign_minister', null],
    ['ru', 'Губернатор встретился с премьером и министром финансов, Иваном Петровым.', 'Иваном Петровым', 'finance_minister', null],
    // Not closed: the name goes on into the clause, so the title before the comma is not its own.
    ['en', 'He thanked the foreign minister, Ivan Petrov and the ambassador.', 'Ivan Petrov', null, null],
  ] as const)('%s: %s (%s)', (lang, text, name, before, after) => {
    expect(sides(text, name, lang)).toEqual([before, after]);
  });
});
