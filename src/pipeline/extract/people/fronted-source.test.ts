/**
 * A sentence opened by its source ("According to Minister X, the schools …", «По словам министра X, правительство …»): the plural after the name's comma is the
 * sentence's subject, not an apposition that makes the name a non-official. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '../index';

const names = (text: string) => extractArticle(toDoc('t.txt', `Posted: 14/03/24\n\n${text}`).doc).people.map((p) => p.nameEn);

describe('people after a fronted source', () => {
  it.each([
    ['en: "According to Minister …, the schools" keeps the minister', 'The term began on Monday. According to Minister of Education Aida Tursunbaeva, the schools of Naryn reopened today.', ['Aida Tursunbaeva']],
    ['en: "According to … Minister …, the teachers" keeps the minister', 'The term began on Monday. According to Education Minister Aida Tursunbaeva, the teachers from Russia arrived today.', ['Aida Tursunbaeva']],
    // Negative: a singular apposition after the comma still names a non-official.
    ['en: "According to X, a local school teacher," stays out', 'The term began on Monday. According to Aida Tursunbaeva, a local school teacher, the pupils were happy.', []],
    ['ru: «По словам премьер-министра X, правительство … школ» keeps the minister', 'Учебный год начался в понедельник. По словам министра образования Аиды Турсунбаевой, правительство откроет новые школы.', ['Aida Tursunbayeva']],
    ['ru: «По мнению министра X, в … школ» keeps the minister', 'Учебный год начался в понедельник. По мнению министра образования Аиды Турсунбаевой, в этом году откроются новые школы.', ['Aida Tursunbayeva']],
    // Negative: an apposition in the genitive still names a non-official.
    ['ru: «По словам X, учительницы местной школы,» stays out', 'Учебный год начался в понедельник. По словам Аиды Турсунбаевой, учительницы местной школы, дети довольны.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
