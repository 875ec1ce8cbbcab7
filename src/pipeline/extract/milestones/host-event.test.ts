import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDate, ArticleDoc, MilestoneDraft } from '../../types';
import { hostEvent, stayDraft } from './host-event';
import { TRIGGERS, type TriggerHit } from './lexicon';

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

describe('stayDraft: the stay told beside another event', () => {
  it('is a visit under way on the article day, quoting the stay', () => {
    const text = 'Президент, находящийся в Москве с рабочим визитом, провел переговоры.';
    const at = { start: text.indexOf('находящийся'), end: text.indexOf(', провел') };
    const talks: MilestoneDraft = {
      date: '2016-04-13', dateEvidence: '', type: 'meeting', status: 'past', titleEn: '', titleRu: '', peopleIds: [], place: null, bilateral: true, derived: null,
      quote: { start: 0, end: text.length, text },
    };
    const date: ArticleDate = { date: '2016-04-14', evidence: 'Header date 2016-04-14.', basis: 'header', monthDay: null, place: null, outlet: null, span: null };
    const m = stayDraft(doc(text, 'ru'), talks, at, date, [], 'ru');
    expect([m.date, m.type, m.status, m.place, m.quote.text]).toEqual(['2016-04-14', 'visit', 'ongoing', 'Москва', 'находящийся в Москве с рабочим визитом']);
    expect(m.dateEvidence).toMatch(/; Header date 2016-04-14$/);
  });
});
