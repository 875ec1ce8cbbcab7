import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDate, ArticleDoc, MilestoneDraft } from '../../types';
import { hostEvent, stayDraft } from './host-event';
import { TRIGGERS, type TriggerHit } from './lexicon';
import { milestoneLines as run } from './test-kit';

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const hitOf = (key: string, text: string, word: string): TriggerHit => {
  const start = text.indexOf(word);
  return { trigger: TRIGGERS.find((t) => t.key === key)!, start, end: start + word.length };
};

describe('hostEvent: the multilateral gathering on whose sidelines a meeting is held', () => {
  it.each([
    ['ru', 'На полях саммита СНГ в Ашхабаде состоялась встреча президентов.', 'саммита', 'встреча', 'На полях саммита СНГ в Ашхабаде состоялась'],
    ['en', 'The presidents met on the sidelines of the SCO summit in Tashkent.', 'summit', 'met', 'on the sidelines of the SCO summit in Tashkent.'],
    ['ru', 'На полях форума в Оше состоялась встреча губернаторов.', 'форума', 'встреча', null],
    ['ru', 'В Оше состоялась встреча губернаторов на саммите СНГ.', 'саммите', 'встреча', null],
  ] as const)('%s «%s»', (lang, text, host, meeting, want) => {
    const hits = [hitOf('meeting', text, meeting), hitOf(host === 'форума' ? 'forum' : 'summit', text, host)];
    expect(hostEvent(doc(text, lang), text, 0, hits, hits[0]!, lang)?.text ?? null).toBe(want);
  });
});

describe('hostEvent: a named forum on whose sidelines a document is signed', () => {
  it.each([
    ['ru', 'Меморандум подписан в рамках ПМЭФ министрами двух стран.', 'ПМЭФ', 'подписан', 'в рамках ПМЭФ'],
    ['ru', 'На полях Евразийского экономического форума в Оше подписан договор о поставках.', 'форума', 'подписан', 'На полях Евразийского экономического форума в Оше'],
    ['en', 'The road map was signed on the sidelines of the Kazan Investment Forum by two ministers.', 'Forum', 'signed', 'on the sidelines of the Kazan Investment Forum'],
    ['en', 'A deal was signed during the forum "Russia and Asia" in Novosibirsk.', 'forum', 'signed', 'during the forum'],
    // Negative: a forum named only by its common noun.
    ['en', 'The contract was signed on the sidelines of the forum by Rosatom officials.', 'forum', 'signed', null],
  ] as const)('%s «%s»', (lang, text, host, own, want) => {
    const ownHit = hitOf('signing', text, own);
    const hits = [ownHit, hitOf('forum', text, host)].sort((a, b) => a.start - b.start);
    expect(hostEvent(doc(text, lang), text, 0, hits, ownHit, lang, true)?.text ?? null).toBe(want);
  });
});

describe('hostEvent: a named forum on whose sidelines a meeting is held lasts several days (dated by its month)', () => {
  it.each([
    ['ru', 'Губернатор встретился с послом на полях Уральского инвестиционного форума.', 'форума', 'встретился', 'на полях Уральского инвестиционного форума.'],
    ['en', 'On the sidelines of the Kazan Investment Forum, the two ministers held talks.', 'Forum', 'talks', 'On the sidelines of the Kazan Investment Forum'],
    // Negative: a forum named only by its common noun; «в рамках» (not «на полях») of a forum.
    ['ru', 'На полях форума министры провели встречу.', 'форума', 'встречу', null],
    ['ru', 'В рамках Иссык-Кульского форума министры провели встречу.', 'форума', 'встречу', null],
  ] as const)('%s «%s»', (lang, text, host, own, want) => {
    const ownHit = hitOf('meeting', text, own);
    const hits = [ownHit, hitOf('forum', text, host)].sort((a, b) => a.start - b.start);
    const found = hostEvent(doc(text, lang), text, 0, hits, ownHit, lang);
    expect(found?.text ?? null).toBe(want);
    if (found) expect(found.month).toBe(true);
  });
});

it('the whole pass: the forum of a meeting told on the article day is dated by its month', () => {
  const text = 'date: 2021-06-04\n\nМинистр энергетики встретился с главой «Росатома» на полях Петербургского международного экономического форума.';
  expect(run(text)).toEqual(['2021-06 past other «на полях»', '2021-06-04 past meeting «Министр энергетики»']);
});

describe('withoutHostsToldApart: a host forum the article tells in a sentence of its own is that milestone', () => {
  it.each([
    ['en: told again by its acronym',
      'date: 2021-06-04\n\nThe energy minister met the head of Rosatom on Friday on the sidelines of the St. Petersburg International Economic Forum (SPIEF). SPIEF 2021 is being held on June 2-5.',
      ['2021-06-04 past meeting «The energy»', '2021-06-02 ongoing forum «SPIEF 2021»']],
    ['ru: told again by its acronym',
      'date: 2021-06-04\n\nМинистр энергетики в пятницу встретился с главой «Росатома» на полях Петербургского международного экономического форума (ПМЭФ). ПМЭФ-2021 проходит со 2 по 5 июня.',
      ['2021-06-04 past meeting «Министр энергетики»', '2021-06-02 ongoing forum «ПМЭФ-2021 проходит»']],
    ['ru: a host named in full, told again by the organisation\'s acronym',
      'date: 2031-11-27\n\nПрезидент Кыргызстана вчера в Москве провел переговоры с президентом России на полях саммита Организации Договора о коллективной безопасности. Сам саммит ОДКБ прошел в тот же день.',
      ['2031-11-26 past meeting «Президент Кыргызстана»', '2031-11-26 past summit «Сам саммит»']],
    // Negative: a host told only on the sidelines stays.
    ['en: a host not told apart stays',
      'date: 2021-06-04\n\nThe energy minister met the head of Rosatom on Friday on the sidelines of the St. Petersburg International Economic Forum (SPIEF).',
      ['2021-06 past other «on the»', '2021-06-04 past meeting «The energy»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

it('a signing not told with its day (recalled in passing) adds no forum', () => {
  const text = 'The road map was signed on the sidelines of the Kazan Investment Forum.';
  const own = hitOf('signing', text, 'signed');
  const hits = [own, hitOf('forum', text, 'Forum')];
  expect(hostEvent(doc(text, 'en'), text, 0, hits, own, 'en')).toBeNull();
});

describe('stayDraft: the stay told beside another event', () => {
  it('is a visit under way on the article day, quoting the stay', () => {
    const text = 'Президент, находящийся в Москве с рабочим визитом, провел переговоры.';
    const at = { start: text.indexOf('находящийся'), end: text.indexOf(', провел') };
    const talks: MilestoneDraft = {
      date: '2016-04-13', dateEvidence: '', type: 'meeting', status: 'past', titleEn: '', titleRu: '', peopleIds: [], place: null, bilateral: true, derived: null,
      quote: { start: 0, end: text.length, text }, documentAct: false,
    };
    const date: ArticleDate = { date: '2016-04-14', evidence: 'Header date 2016-04-14.', basis: 'header', monthDay: null, place: null, outlet: null, span: null };
    const m = stayDraft(doc(text, 'ru'), talks, at, date, [], 'ru');
    expect([m.date, m.type, m.status, m.place, m.quote.text]).toEqual(['2016-04-14', 'visit', 'ongoing', 'Москва', 'находящийся в Москве с рабочим визитом']);
    expect(m.dateEvidence).toMatch(/; Header date 2016-04-14$/);
  });
});

describe('the whole pass: a host forum told with its days in brackets after its name is dated by its first day', () => {
  it.each([
    ['en: "on the sidelines of SPIEF-2031 (May 12-15)"',
      'date: 2031-05-13\n\nThe two ministers today signed a memorandum on solar plants on the sidelines of SPIEF-2031 (May 12-15).',
      ['2031-05-12 past other «on the»', '2031-05-13 past agreement «The two»']],
    ['ru: «на полях ПМЭФ (12–15 мая)»',
      'date: 2031-05-13\n\nМинистры сегодня подписали меморандум о солнечных станциях на полях ПМЭФ (12–15 мая).',
      ['2031-05-12 past other «на полях»', '2031-05-13 past agreement «Министры сегодня»']],
    // Negative: a single day in brackets is no span of the forum's days.
    ['en: a single day in brackets keeps the signing’s day',
      'date: 2031-05-13\n\nThe two ministers today signed a memorandum on solar plants on the sidelines of SPIEF-2031 (May 13).',
      ['2031-05-13 past other «on the»', '2031-05-13 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the whole pass: a stay told as the nth day of a visit began that many days before the clause’s day', () => {
  it.each([
    ['en: "on the second day of a working visit"',
      'date: 2031-05-13\n\nThe governor was received today by the prime minister, on the second day of a working visit to Osh.',
      ['2031-05-13 past meeting «The governor»', '2031-05-12 ongoing visit «on the»']],
    ['ru: «в третий день своего визита»',
      'date: 2031-05-13\n\nГубернатор сегодня провел переговоры с премьером в третий день своего визита в Ош.',
      ['2031-05-13 past meeting «Губернатор сегодня»', '2031-05-11 ongoing visit «в третий»']],
    // Negative: the first day of a visit tells no stay begun before.
    ['en: "on the first day of his visit" is that day',
      'date: 2031-05-13\n\nThe governor was received today by the prime minister on the first day of his visit to Osh.',
      ['2031-05-13 past meeting «The governor»']],
    // Negative: an ordinal of visits, not of days, tells no day of the stay.
    ['en: "who is in Osh on a second visit" keeps the day',
      'date: 2031-05-13\n\nThe governor, who is in Osh on a second visit, today signed a memorandum with the mayor.',
      ['2031-05-13 past agreement «The governor,»', '2031-05 ongoing visit «who is»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// On a page with no year anywhere no event has a date, the meeting neither: the gathering on whose sidelines it was held is
// an event of its own all the same, undated like it.
describe('a host gathering on a page without a year', () => {
  it.each([
    ['ru: «Встреча прошла на полях заседания Евразийского межправительственного совета»',
      'source: Вестник\n\n8 ИЮН, 16:40\n\nПремьеры встретились\n\nАЛМАТЫ, 8 июня. Премьер-министр России Олег Сидоров провел встречу с премьер-министром Киргизии Темиром Осмоновым. Встреча прошла на полях заседания Евразийского межправительственного совета.',
      ['null past meeting «Премьер-министр России»', 'null past other «на полях»']],
    ['negative: on a dated page an undated meeting has no host',
      'date: 2031-06-08\n\nРанее премьеры не раз встречались на полях заседаний Евразийского межправительственного совета.',
      ['null past meeting «Ранее премьеры»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
