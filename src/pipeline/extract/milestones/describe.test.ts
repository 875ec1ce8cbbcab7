import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { PersonDraft, Span } from '../../types';
import { capitalise, makeTitles, talksLabel, titledPeople, whereOf, type TitleParts } from './describe';

const person = (nameRu: string, nameEn: string): PersonDraft => ({ id: nameEn, nameRu, nameEn, country: 'KG', textRoles: [], mentions: [], known: true });
const a = person('Алмаз Асанов', 'Almaz Asanov');
const b = person('Иван Петров', 'Ivan Petrov');
const b2 = person('Пётр Петров', 'Petr Petrov');
const xi = { ...person('Ли Мин', 'Li Ming'), country: 'CN' };

describe('makeTitles', () => {
  it.each([
    ['a meeting of two, labelled in lower case', { type: 'meeting', labelEn: 'meeting', labelRu: 'встреча', people: [a, b] }, 'Asanov–Petrov meeting', 'Встреча Асанова и Петрова'],
    ['a visit by its visitor', { type: 'visit', labelEn: 'visit', labelRu: 'визит', people: [b, a] }, 'Petrov visit', 'Визит Петрова'],
    ['namesakes named once', { type: 'meeting', labelEn: 'talks', labelRu: 'переговоры', people: [b, a, b2] }, 'Petrov–Asanov talks', 'Переговоры Петрова и Асанова'],
    ['a family name first', { type: 'visit', labelEn: 'visit', labelRu: 'визит', people: [xi] }, 'Li visit', 'Визит Ли Мина'],
    ['a session is a body\'s, not its people\'s', { type: 'meeting', labelEn: 'session', labelRu: 'Заседание', people: [a] }, 'Session', 'Заседание'],
    ['an event without people', { type: 'anniversary', labelEn: 'anniversary of relations', labelRu: 'годовщина отношений', people: [a] }, 'Anniversary of relations', 'Годовщина отношений'],
    ['a known place in each language', { type: 'meeting', labelEn: 'talks', labelRu: 'переговоры', people: [a, b], place: 'бишкек' }, 'Asanov–Petrov talks, Bishkek', 'Переговоры Асанова и Петрова, Бишкек'],
    ['the same place again', { type: 'visit', labelEn: 'visit', labelRu: 'визит', people: [a], place: 'бишкек' }, 'Asanov visit, Bishkek', 'Визит Асанова, Бишкек'],
    ['an unknown place as written', { type: 'visit', labelEn: 'visit', labelRu: 'визит', people: [], place: 'Нигдеград' }, 'Visit, Нигдеград', 'Визит, Нигдеград'],
    ['a forum by its name', { type: 'forum', labelEn: 'forum', labelRu: 'форум', people: [a], organisation: { en: 'SPIEF', ru: 'ПМЭФ', kind: 'forum' } }, 'SPIEF', 'ПМЭФ'],
    ['a summit of an organisation', { type: 'summit', labelEn: 'summit', labelRu: 'Саммит', people: [], organisation: { en: 'CSTO', ru: 'ОДКБ', kind: 'organisation' } }, 'CSTO summit', 'Саммит ОДКБ'],
    ['another step of an organisation', { type: 'other', labelEn: 'accession', labelRu: 'Вступление', people: [], organisation: { en: 'EAEU', ru: 'ЕАЭС', kind: 'organisation' } }, 'EAEU accession', 'Вступление (ЕАЭС)'],
  ] as const)('%s', (_, parts, en, ru) => {
    const t = makeTitles({ place: null, organisation: null, ...parts, people: [...parts.people] } as TitleParts);
    expect([t.titleEn, t.titleRu]).toEqual([en, ru]);
  });
});

/** Invented people with the surface forms used below. */
const FORMS: Record<string, string[]> = {
  ivanov: ['Иван Иванов', 'Иванов', 'Ivan Ivanov', 'Ivanov'],
  petrov: ['Пётр Петров', 'Петровым', 'Петров', 'Petr Petrov', 'Petrov'],
  sidorov: ['Сидор Сидоров', 'Сидоровым', 'Сидорова', 'Сидоров', 'Sidor Sidorov', 'Sidorov'],
};
function named(id: string, text: string): PersonDraft {
  const mentions: Span[] = [];
  for (const f of FORMS[id]!) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ start: at, end: at + f.length, text: f });
    }
  }
  return { id, nameRu: id, nameEn: id, country: null, textRoles: [], mentions, known: true };
}

describe('titledPeople: a clause cut from its sentence is titled with the subject left before it', () => {
  it.each([
    // [name, sentence, the clause (a phrase of it), type, label, want ids in title order]
    ['ru: a participle about the person before it', 'Премьер Иван Иванов, прибывший в Москву с визитом, провел переговоры.', 'прибывший в Москву с визитом,', 'visit', 'visit', ['ivanov']],
    ['en: "who arrived" after a name', 'Foreign Minister Ivan Ivanov, who arrived on Monday, met Petrov.', 'who arrived on Monday,', 'visit', 'visit', ['ivanov']],
    ['ru: a relative clause about a name after «с»', 'Прошли переговоры Петрова с премьером Иваном Ивановым, который прибыл в Москву с визитом.', 'который прибыл в Москву с визитом.', 'visit', 'visit', ['ivanov']],
    ['ru: talks with one side named: the subject leads', 'Иван Иванов прилетел в Бишкек и провел переговоры с Петровым.', 'провел переговоры с Петровым.', 'meeting', 'talks', ['ivanov', 'petrov']],
    ['ru: the object of «с» is no subject', 'Сегодня министр встретится с Сидоровым, а завтра посетит Ош.', 'а завтра посетит Ош.', 'visit', 'visit', []],
    ['ru: the subject, not the object of «с», of a coordinated clause', 'Иван Иванов встретится с Сидоровым, а завтра посетит Ош.', 'а завтра посетит Ош.', 'visit', 'visit', ['ivanov']],
    ['ru: not across a semicolon', 'Иванов пригласил коллегу в Бишкек; визит может состояться осенью.', 'визит может состояться осенью.', 'visit', 'visit', []],
    ['ru: a source is no subject', 'По словам Сидорова, стороны провели переговоры.', 'стороны провели переговоры.', 'meeting', 'talks', []],
    ['en: a visit whose clause names only its host keeps the visitor first', 'Ivan Ivanov flew to Moscow for talks with Petr Petrov.', 'flew to Moscow for talks with Petr Petrov.', 'visit', 'visit', ['ivanov', 'petrov']],
    ['en: both sides in the clause: nothing carried', 'Sidorov said Ivanov met Petrov.', 'Ivanov met Petrov.', 'meeting', 'meeting', ['ivanov', 'petrov']],
    ['ru: a speaker is no subject of the clause he reports', 'Иванов напомнил, что в марте делегация побывала в Оше.', 'делегация побывала в Оше.', 'visit', 'visit', []],
    ['en: a speaker is no subject of the clause he reports', 'Ivanov said the ministers would hold talks in Osh.', 'the ministers would hold talks in Osh.', 'meeting', 'talks', []],
    ['en: a speaker is the subject of a clause opened by "he"', 'Ivanov told reporters, confirming that he will travel to Moscow for talks with Petrov.', 'confirming that he will travel to Moscow for talks with Petrov.', 'visit', 'visit', ['ivanov', 'petrov']],
    ['en: the head, not the object of its relative clause', 'Ivan Ivanov, who received Petrov in May, is expected to visit Osh.', 'is expected to visit Osh.', 'visit', 'visit', ['ivanov']],
    ['ru: the head, not the object of its participle', 'Иван Иванов, принявший Сидорова в мае, посетит Ош.', 'посетит Ош.', 'visit', 'visit', ['ivanov']],
    ['en: a bare object is no subject', 'Ivanov met minister Petr Petrov and was received by Sidorov.', 'and was received by Sidorov.', 'meeting', 'reception', ['ivanov', 'sidorov']],
    ['en: a commission session is not the subject\'s', 'Ivanov raised the debt, and the commission will meet at a session in Osh.', 'and the commission will meet at a session in Osh.', 'meeting', 'session', []],
  ] as const)('%s', (_, text, clause, type, label, want) => {
    const [s] = splitSentences(text);
    const start = text.indexOf(clause);
    const people = ['ivanov', 'petrov', 'sidorov'].map((id) => named(id, text)).filter((p) => p.mentions.length);
    const own = people.filter((p) => p.mentions.some((m) => m.start >= start && m.end <= start + clause.length));
    expect(titledPeople(type, label, own, text, s!, start, start + clause.length, people).map((p) => p.id)).toEqual(want);
  });
});

describe('talksLabel: talks over a line are a call', () => {
  const talks = { labelEn: 'talks', labelRu: 'Переговоры' };
  it.each([
    ['ru: by phone', 'Иванов обсудил с Петровым по телефону поставки.', 'phone call'],
    ['ru: a call', 'Иванов позвонил Петрову.', 'phone call'],
    ['en: telephoned', 'Ivanov telephoned Petrov on Monday.', 'phone call'],
    ['en: a video call', 'Ivanov discussed supplies with Petrov in a video call.', 'video call'],
    ['en: talks face to face', 'Ivanov held talks with Petrov in Osh.', 'talks'],
    // One cue scan rules both patterns out; the patterns still decide.
    ['ru: a video link in capitals', 'Иванов и Петров провели переговоры по ВИДЕОСВЯЗИ.', 'video call'],
    ['en: "rang" as a word', 'Ivanov rang Petrov.', 'phone call'],
    ['en: "rang" inside a word is no call', 'Ivanov held talks in Orange county.', 'talks'],
    ['en: a "call" with no object', 'Ivanov held talks after a call for calm.', 'talks'],
  ] as const)('%s', (_, clause, want) => {
    expect(talksLabel(talks, clause).labelEn).toBe(want);
  });
  it('leaves other labels', () => expect(talksLabel({ labelEn: 'meeting', labelRu: 'Встреча' }, 'by phone').labelEn).toBe('meeting'));
});

describe('capitalise', () => {
  it.each([
    ['talks', 'Talks'],
    ['Talks', 'Talks'],
    ['переговоры Путина', 'Переговоры Путина'],
    ['Переговоры', 'Переговоры'],
    ['ёлка', 'Ёлка'],
    ['Ёлка', 'Ёлка'],
    ['ähnlich', 'Ähnlich'],
    ['ңаа', 'Ңаа'],
    ['ßx', 'SSx'],
    ['«визит»', '«визит»'],
    ['2019 год', '2019 год'],
    ['a', 'A'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(capitalise(text)).toBe(expected);
  });

  it('agrees with toUpperCase on the first character for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const s = `${String.fromCharCode(code)}bc`;
      if (capitalise(s) !== s.charAt(0).toUpperCase() + s.slice(1)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});

describe('whereOf: a place\'s part of a title', () => {
  it.each([
    ['бишкек', ', Bishkek', ', Бишкек'],
    ['Бишкек', ', Bishkek', ', Бишкек'],
    ['Bishkek', ', Bishkek', ', Бишкек'],
    ['Нигдеград', ', Нигдеград', ', Нигдеград'],
  ])('%s', (place, en, ru) => {
    expect(whereOf(place)).toEqual({ en, ru });
    // Asked again, from what was kept.
    expect(whereOf(place)).toEqual({ en, ru });
  });
});
