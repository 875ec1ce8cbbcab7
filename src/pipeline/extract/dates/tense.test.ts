import { describe, expect, it } from 'vitest';
import { FUTURE, PAST_EVENT, TELLING } from './lexicon';
import { edgeStart, tellsPast, tenseBefore, toldAround, wordStarts } from './tense';

/** The date is the text after `|`. */
const cases: [string, 'ru' | 'en', 'past' | 'future' | null][] = [
  ['Officials say the base will host the force the states agreed to create when their leaders met in Moscow on |May 14', 'en', 'past'],
  ['Shmatko signed a memorandum in Bishkek on |Sept. 22 under which Gazprom will assess the debts', 'en', 'past'],
  ['The next meeting will be held in Moscow in |October, the press service said', 'en', 'future'],
  ['The documents are to be signed during a visit tentatively set for early |December', 'en', 'future'],
  ['The ministers agreed to meet again on |March 3', 'en', 'future'],
  ['The finance minister forecast in |November that exports would recover', 'en', 'past'],
  ['Analysts predicted in |January a slower year for remittances', 'en', 'past'],
  ['The vice-premier, who co-chaired the commission in |September, said trade would grow', 'en', 'past'],
  ['Washington officials in |March', 'en', null],
  // Verbs of a measure taken or a person held ("introduced", "lifted", "detained"): the past, as "imposed" is.
  ['The grain quotas Moscow introduced in |December remain in force', 'en', 'past'],
  ['Inspectors lifted the ban on Kyrgyz apricots in |August', 'en', 'past'],
  ['The suspect, who was arrested in Osh and detained in |May, will be tried at home', 'en', 'past'],
  ['The ban will be lifted in |August', 'en', 'future'],
  // "next to" is a place, not "next week": no future marker (the day before the article's is then past).
  ['Atambayev stood next to Putin at the parade in Moscow on |May 9', 'en', null],
  ['Atambayev met Putin next to the Kremlin on |May 9', 'en', 'past'],
  ['The leaders will meet next to the Kremlin on |May 20', 'en', 'future'],
  ['The leaders will meet again next |month', 'en', 'future'],
  ['Селезнев сообщил, что в |октябре в Москве пройдет заседание', 'ru', 'future'],
  ['Стороны провели переговоры |12 мая', 'ru', 'past'],
  // «выразил поддержку», «выразил надежду»: a past verb after the date dates it like «провел».
  ['Ранее министр в беседе с коллегой в |декабре выразил поддержку переговорам', 'ru', 'past'],
  // The content told after «сообщил, что» / "said that" is not dated by a verb before the telling.
  ['Посол вспомнил о договоре, подписанном в 2010 году, и сообщил, что |в мае ожидается визит министра', 'ru', 'future'],
  ['The envoy recalled the treaty signed in 2010 and said that in |May the minister will come to Bishkek', 'en', 'future'],
  ['Посол сообщил, что договор, подписанный |в мае, уже действует', 'ru', 'past'],
  // A contrastive «, а» before the date opens a clause of its own: the verb of the clause before does not date it.
  ['Днём министры осмотрели завод, а |в субботу делегация отправится в Ош', 'ru', 'future'],
  // «было принято»: the passive past of a decision adopted dates its month, whatever a later «вступит» of its coming into force.
  ['Решение было принято ещё |в марте, а вступит в силу оно с 1 января', 'ru', 'past'],
  ['Постановление будет принято |в марте', 'ru', 'future'],
  ['Днём министры осмотрели завод, а |в субботу делегация побывала в Оше', 'ru', 'past'],
  // A plan told first and a recollection after "and recalled that": the recalled content is dated by its own verb,
  // a pluperfect after the date; a telling verb after "had" dates only the telling.
  ['The mayor backed the plan to build a school next year and recalled that the forum in |June had brought many investors', 'en', 'past'],
  ['Губернатор поддержал план открыть офис в следующем году и напомнил, что в |мае состоится форум', 'ru', 'future'],
  ['The minister said the premier had promised to send experts to Osh in |October', 'en', null],
  ['Визит состоится |в декабре', 'ru', 'future'],
  // «могут обсудить», «может подписать»: an event still possible is to come, whatever the telling verb after it.
  ['Министры могут обсудить тарифы на встрече в Ташкенте |5–6 августа, сообщили в ведомстве', 'ru', 'future'],
  ['Соглашение может подписать премьер во время поездки |в ноябре', 'ru', 'future'],
  ['Заседание может состояться |в октябре', 'ru', 'future'],
  ['Он сказал: «встретимся» |в марте', 'ru', null],
  ['At the CIS summit in Chisinau on |October 7, Akaev and Putin discussed the debt', 'en', 'past'],
  ['On |May 14 the two leaders will meet in Sochi', 'en', 'future'],
  // A participle after a hyphen is part of an adjective ("so-called", "Moscow-based"), no past verb.
  ['The premier is due to go to the summit of the so-called Central Asian Union of five states in Tashkent on |May 14', 'en', 'future'],
  ['A Moscow-based fund will host a forum on |May 14', 'en', 'future'],
  ['В |понедельник премьер заявил коллеге, что кредит будет выделен', 'ru', 'past'],
  ['Президенты встречались в этом году трижды: в Москве на торжествах |9 мая', 'ru', 'past'],
  ['Главы государств собирались в Москве |в апреле', 'ru', 'past'],
  ['Путин совершил государственный визит в Бишкек |25 ноября', 'ru', 'past'],
  ['Президент собирается посетить Москву |в апреле', 'ru', 'future'],
  ['The ministers signed an agreement on |Wednesday under which Russia will give a grant', 'en', 'past'],
  // Verbs of first meeting and talking (past), of convening and considering (future).
  ['Это будет их вторая встреча: впервые министры познакомились |в мае на форуме', 'ru', 'past'],
  ['Главы правительств коротко пообщались на полях |в сентябре', 'ru', 'past'],
  ['Стороны договорились, что комиссия соберется на заседание |в марте', 'ru', 'future'],
  ['Сенат рассмотрит поправки |в январе', 'ru', 'future'],
  ['Лидеры увидятся на саммите |в октябре', 'ru', 'future'],
  ['Рассмотрите предложение |в январе', 'ru', null],
  // Acts of a legislature or a government told in the past: passing, voting, imposing, suspending.
  ['The senate had passed the budget in |November', 'en', 'past'],
  ['Moscow imposed export duties on grain in |October', 'en', 'past'],
  ['The regulator suspended the licence in |August', 'en', 'past'],
  // A date right after a verb of telling (and its audience) dates the telling: past, whatever is told after it.
  ['The spokesman said in |December that the talks will resume', 'en', 'past'],
  ['The minister told parliament in |November that a plant will open', 'en', 'past'],
  ['Премьер заявил в |декабре, что переговоры продолжатся', 'ru', 'past'],
  // A matter raised with someone is past, whatever is to follow it.
  ['The mayor raised the tariffs with his counterpart in |June, and the council is to discuss them in spring', 'en', 'past'],
  // A semicolon ends the clause: its verbs do not date the next clause's day.
  ['The council approved the terms on October 14; the treaty enters into force on |December 20', 'en', null],
  ['Совет одобрил условия 14 октября; договор применяется с |20 декабря', 'ru', null],
  // A rule taking effect, told in the present, is to come.
  ['Совет одобрил условия 14 октября; договор вступает в силу |20 декабря', 'ru', 'future'],
  ['The council approved the terms on October 14; the ministers met again on |December 20', 'en', 'past'],
  ['The council approved the terms on |October 14; the treaty will enter into force in December', 'en', 'past'],
  // «и что» / "and that" joins a second told statement: its verbs do not date the first one's day.
  ['Критики напоминают, что |20 мая в стране референдум и что прежние соглашения так и остались на бумаге', 'ru', null],
  ['Critics note that on |May 20 the country holds a referendum and that earlier accords were never ratified', 'en', null],
  ['Critics note that earlier accords were signed on |May 20 and that the country holds a referendum in June', 'en', 'past'],
  // A reduced clause of what is to come dates its own day, whatever the main verb ("discussed … to be held on").
  ['The ministers discussed the agenda of the council meeting to be held in Minsk on |9 November', 'en', 'future'],
  ['The envoy thanked his hosts and said the president looks forward to meeting his counterpart at the summit on |3 October', 'en', 'future'],
  ['Delegates reviewed the forum scheduled for |April', 'en', 'future'],
  ['The mayors talked about the fair, slated for |June, and a new route', 'en', 'future'],
  // A month read with its preposition ("for May") starts before "for": the verb alone marks it.
  ['The launch of the new route, earlier scheduled |for May, was discussed', 'en', 'future'],
  ['The parties reviewed the protocol to be signed on |12 July', 'en', 'future'],
  // Preparations look forward; a visit made and an event that a visit follows are past.
  ['Министры обсудили подготовку к заседанию совета |в мае', 'ru', 'future'],
  ['The envoys discussed preparations for the fair in |June', 'en', 'future'],
  ['The mayor, who made his first trip to Kazan as mayor in |March, will return in autumn', 'en', 'past'],
  ['The trip follows the governors’ talks in Omsk in |May', 'en', 'past'],
  ['Этот вопрос, напомним, обсуждал и министр с коллегой |в ноябре на форуме', 'ru', 'past'],
  // A date an event is moved to lies ahead, whatever tense the move is told in.
  ['The forum of the two regions was postponed |until April', 'en', 'future'],
  ['Ярмарка, намеченная на осень, уже перенесена |на март', 'ru', 'future'],
  // An invitation or "ahead of" tells nothing of when the event it names happens.
  ['The mayor invited his guest to the fair in |August', 'en', null],
];

describe('tenseBefore', () => {
  it.each(cases)('%s (%s) → %s', (text, lang, want) => {
    const at = text.indexOf('|');
    expect(tenseBefore(text.replace('|', ''), at, lang)).toBe(want);
  });
});

describe('toldAround', () => {
  it('blanks quotes except the one that holds the position', () => {
    const text = '«Мы встретимся в мае», — сказал он. «Это важно».';
    const got = toldAround(text, text.indexOf('мае'));
    expect(got).toHaveLength(text.length);
    expect(got).toContain('встретимся');
    expect(got).not.toContain('Это важно');
  });
});

describe('a date inside a quote takes its tense from the quote, not from the reporter\'s verb after it', () => {
  it.each([
    ['"Ждём вас на ярмарке в |сентябре", — сказал губернатор', 'ru', null],
    ['«Делегация приедет в |сентябре», — сообщил министр', 'ru', 'future'],
    ['«Мы встречались в |сентябре в Оше», — сказал губернатор', 'ru', 'past'],
    ['"We look forward to the fair in |September," the mayor said', 'en', 'future'],
    ['"We met in Osh in |September," the mayor said', 'en', 'past'],
    // Outside a quote the telling verb after a date still dates the telling.
    ['В |сентябре губернатор сказал, что ярмарка пройдёт в Оше', 'ru', 'past'],
    ['In |September the mayor said the fair would open in Osh', 'en', 'past'],
  ] as const)('%s (%s) → %s', (text, lang, want) => {
    const at = text.indexOf('|');
    expect(tenseBefore(text.replace('|', ''), at, lang)).toBe(want);
  });
  it.each([
    ['"Мы ждём вас в |сентябре", — сказал губернатор', 'ru', false],
    ['"We look forward to the fair in |September," the mayor said', 'en', false],
    ['"We met in Osh in |September," the mayor said', 'en', true],
  ] as const)('tellsPast: %s (%s) → %s', (text, lang, want) => {
    const at = text.indexOf('|');
    expect(tellsPast(text.replace('|', ''), at, lang)).toBe(want);
  });
});

describe('tellsPast within the clause between semicolons', () => {
  it.each([
    ['The council approved the terms on October 14; membership takes effect on |December 20', 'en', false],
    ['The council approved the terms on October 14 and membership takes effect on |December 20', 'en', true],
    ['Совет одобрил условия 14 октября; членство вступает в силу |20 декабря', 'ru', false],
  ] as const)('%s (%s) → %s', (text, lang, want) => {
    const at = text.indexOf('|');
    expect(tellsPast(text.replace('|', ''), at, lang)).toBe(want);
  });
});

describe('wordStarts', () => {
  /** The matches of the matching form `(?:^|[^\\p{L}])word`, as `exec` finds them. */
  const edgeMatches = (re: RegExp, text: string): [number, number][] => {
    const edge = new RegExp(re.source.replace('(?<![', '(?:^|[^'), `${re.flags}g`);
    return [...text.matchAll(edge)].map((m) => [m.index, m.index + m[0].length]);
  };
  const texts = [
    'Встреча состоялась вчера, стороны подписали договор и заявили, что встретятся.',
    'состоялась встреча',
    'Пересостоялась 1состоялась «подписали» (заявил)',
    'The leaders met in Moscow, said they will meet; met/met met.met',
    '😀will 😀met 𝐀will \uDC00will \uD800will',
    'will',
    '',
  ];
  it.each([PAST_EVENT, TELLING, FUTURE])('finds what the matching form finds (%#)', (list) => {
    for (const lang of ['ru', 'en'] as const) {
      const re = new RegExp(list[lang].source, `${list[lang].flags}g`);
      for (const text of texts) expect([lang, text, wordStarts(re, text)]).toEqual([lang, text, edgeMatches(list[lang], text)]);
    }
  });
  it('resumes one past a match that ends in a character that is no letter', () => {
    const re = /(?<![\p{L}])(?:a\.)/u;
    for (const text of ['a.a.a. a.', '.a.a.xa.']) expect(wordStarts(new RegExp(re.source, 'gu'), text)).toEqual(edgeMatches(re, text));
  });
  it('opens a match at the character before the word', () => {
    expect(edgeStart('will', 0)).toBe(0);
    expect(edgeStart(' will', 1)).toBe(0);
    expect(edgeStart('a😀will', 3)).toBe(1);
  });
});
