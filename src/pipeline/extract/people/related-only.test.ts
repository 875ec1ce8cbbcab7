import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractPeople } from '../people';
import { pageStructure } from '../page';
import { withoutRelatedOnly } from './related-only';

/** The people of an article, without those named only in its links to related articles. */
function names(text: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return withoutRelatedOnly(extractPeople(doc), pageStructure(doc).related).map((p) => p.nameRu);
}

describe('people named only in the links to related articles', () => {
  it.each([
    ['ru: a spokesman only in a «Еще по теме:» line', 'date: 2021-03-01\n\nПрезидент Садыр Жапаров провел переговоры в Москве.\n\nЕще по теме:\nПесков: визит Жапарова станет важным шагом\n', ['Садыр Жапаров']],
    ['en: a deputy prime minister only under "Related news:"', 'date: 2026-02-01\n\nPresident Sadyr Japarov held a phone call on Monday.\n\nRelated news:\nAlexey Overchuk: Russia accounts for a fifth of the trade\n', ['Садыр Жапаров']],
    // Named in the body too: a person of the article, the link's mention among the others (the president, named only in the link, goes).
    ['ru: named in the body and in a link stays', 'date: 2021-03-01\n\nПресс-секретарь Дмитрий Песков заявил, что визит готовится.\n\nЕще по теме:\nПесков: визит Жапарова станет важным шагом\n', ['Дмитрий Песков']],
  ] as const)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
