import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../schema/dataset';
import { splitSentences } from '../../read';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Span } from '../../types';
import { leadDate, mainEventPeople } from './main-event';

const draft = (date: PartialDate | null): MilestoneDraft => ({
  date, dateEvidence: '', type: 'meeting', status: 'past', titleEn: '', titleRu: '', peopleIds: [], place: null, bilateral: true, derived: null,
  quote: { start: 0, end: 20, text: 'Вчера министр провел' }, documentAct: false,
});
const article = (date: PartialDate | null): ArticleDate => ({ date, evidence: '', basis: 'header', monthDay: null, place: null, outlet: null, span: null });
const said: DateMention = { start: 0, end: 5, text: 'Вчера', date: '2016-04-13', relative: true };

describe('leadDate: a lead event dated by its own recent day sets the occasion', () => {
  it.each([
    ['the day before', '2016-04-13', '2016-04-14', said, '2016-04-13'],
    ['a week before', '2016-04-07', '2016-04-14', said, '2016-04-07'],
    ['eight days before', '2016-04-06', '2016-04-14', said, null],
    ['the article day itself', '2016-04-14', '2016-04-14', said, null],
    ['no day mention in the clause', '2016-04-13', '2016-04-14', null, null],
    ['a month only', '2016-04', '2016-04-14', said, null],
  ] as const)('%s', (_, date, articleDay, mention, want) => {
    expect(leadDate(draft(date), mention, article(articleDay))?.date ?? null).toBe(want);
  });
});

/** Invented people with the surface forms used below. */
const FORMS: Record<string, string[]> = {
  ivanov: ['Иван Иванов', 'Иванова', 'Иванов', 'Ivan Ivanov', 'Ivanov'],
  petrov: ['Пётр Петров', 'Петровым', 'Петров', 'Petr Petrov', 'Petrov'],
  sidorov: ['Сидор Сидоров', 'Сидоров', 'Sidor Sidorov', 'Sidorov'],
  orlov: ['Олег Орлов', 'Орлов', 'Oleg Orlov', 'Orlov'],
};
function person(id: string, text: string): PersonDraft {
  const mentions: Span[] = [];
  for (const f of FORMS[id]!) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ start: at, end: at + f.length, text: f });
    }
  }
  return { id, nameRu: FORMS[id]![0]!, nameEn: FORMS[id]![3]!, country: null, textRoles: [], mentions, known: true };
}

describe('mainEventPeople: the main event names the people of its own clause, and carries only a missing subject', () => {
  it.each([
    // [name, text, quote (a phrase of the text), type, want ids in title order]
    ['both sides in the clause: the lead is not added', 'Сидоров и Орлов обсудили тарифы. Иванов встретился с Петровым в ноябре.', 'Иванов встретился с Петровым в ноябре.', 'meeting', ['ivanov', 'petrov']],
    ['en: both sides in the clause', 'Orlov faces criticism at home. Sidorov has a plan. Ivanov met Petrov in Moscow in November.', 'Ivanov met Petrov in Moscow in November.', 'meeting', ['ivanov', 'petrov']],
    ['a pronoun subject: the first person of the sentence before', 'Сидоров говорил о ценах. Иван Иванов прилетел в Казань. Там его встретил Пётр Петров.', 'Там его встретил Пётр Петров.', 'meeting', ['ivanov', 'petrov']],
    ['a subject earlier in the same sentence', 'Сидоров говорил о ценах. Иван Иванов, накануне прилетевший в Москву, провел переговоры с Петровым.', 'провел переговоры с Петровым.', 'meeting', ['ivanov', 'petrov']],
    ['en: a visit whose clause names only its host', 'Orlov spoke first. Ivan Ivanov last week flew to Moscow for talks with Petr Petrov.', 'flew to Moscow for talks with Petr Petrov.', 'visit', ['ivanov', 'petrov']],
    ['en: received by the host', 'Ivan Ivanov was received in the Kremlin by Petr Petrov.', 'was received in the Kremlin by Petr Petrov.', 'visit', ['ivanov', 'petrov']],
    ['no one in the clause or near it: the lead', 'Иван Иванов и Пётр Петров в Бишкеке. Погода была хорошей. Небо ясное. Дождя нет. Премьер-министры провели переговоры.', 'Премьер-министры провели переговоры.', 'meeting', ['ivanov', 'petrov']],
    ['signatories are not carried from another sentence', 'Иван Иванов прилетел в Бишкек. Стороны подписали соглашение.', 'Стороны подписали соглашение.', 'agreement', []],
    ['a signatory earlier in the same sentence', 'Иван Иванов и Пётр Петров подписали соглашение.', 'Пётр Петров подписали соглашение.', 'agreement', ['ivanov', 'petrov']],
  ] as const)('%s', (_, text, phrase, type, want) => {
    const d: ArticleDoc = { id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language: /[a-z]/.test(text) ? 'en' : 'ru' };
    const start = text.indexOf(phrase);
    const m: MilestoneDraft = { ...draft('2016-11'), type, quote: { start, end: start + phrase.length, text: phrase } };
    const s = d.sentences.find((x) => x.start <= start && start < x.end)!;
    const people = ['sidorov', 'orlov', 'ivanov', 'petrov'].map((id) => person(id, text)).filter((p) => p.mentions.length);
    expect(mainEventPeople(m, s, d, people, []).who.map((p) => p.id)).toEqual(want);
  });
});
