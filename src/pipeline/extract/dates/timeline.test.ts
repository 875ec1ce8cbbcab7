/** Timeline entries (`timeline.ts`): the year an entry takes and the stretch of text it dates. Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';
import { mayHoldTimeline, timelineSections } from './timeline';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

/** `entry → the last three words of the stretch it dates` of every section. */
function sections(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return timelineSections(doc, dateMentions(doc, articleDate)).map((s) => `${s.mention.text} → ${doc.text.slice(s.start, s.end).trim().split(/\s+/).slice(-3).join(' ')}`);
}

describe('an entry without a year takes its timeline’s year', () => {
  it.each([
    ['en: the heading’s year, not the tense-less line’s', '2031-02-10',
      'The year in review.\n\nKEY DATES OF 2030\n\n4 May – The premier visits Osh.\n12 November – Trade talks in Moscow.\n\nMore to come.',
      ['2030 → 2030', '4 May → 2030-05-04', '12 November → 2030-11-12']],
    ['ru: «Хронология» with a year heading and a dash', '2031-02-10',
      'ХРОНОЛОГИЯ 2030 ГОДА\n\n4 мая — визит премьера в Ош.\n12 ноября — переговоры в Москве.',
      ['4 мая → 2030-05-04', '12 ноября → 2030-11-12']],
    ['en: the year of the entry before carries on', '2031-02-10',
      'Timeline\n\n3 February 2029: The commission meets in Osh.\n4 May: The premier visits Bishkek.',
      ['3 February 2029 → 2029-02-03', '4 May → 2029-05-04']],
    ['en: a month alone under a year heading is a date', '2031-02-10',
      'TIMELINE: 2030\n\n4 May – The premier visits Osh.\nDecember – A summit in Minsk.',
      ['4 May → 2030-05-04', 'December → 2030-12']],
    ['ru: a year as a sentence of its own dates the days and months of its paragraph', '2031-04-02',
      'Хроника связей\n\n2024 год. 5 мая министры встретились в Оше, а в июле прошла выставка.\n\n2027 год. 14 ноября открыт центр в Караколе.',
      ['2024 год → 2024', '5 мая → 2024-05-05', 'в июле → 2024-07', '2027 год → 2027', '14 ноября → 2027-11-14']],
    ['en: a year head with a full stop', '2031-04-02',
      'Milestones\n\n2024. On 5 May the ministers met in Osh.\n\n2027. On 14 November a centre opened in Karakol.',
      ['2024 → 2024', '5 May → 2024-05-05', '2027 → 2027', '14 November → 2027-11-14']],
    // A day word on an entry's line counts from the entry's day, however long before the page's date it lies.
    ['ru: «Накануне» on a dashed entry’s line is the eve of its day', '2031-01-12',
      'Хроника 2030 года\n\n9 мая — министры встретились в Оше. Накануне прошли консультации экспертов.\n\n12 ноября — переговоры в Москве.',
      ['2030 года → 2030', '9 мая → 2030-05-09', 'Накануне → 2030-05-08', '12 ноября → 2030-11-12']],
    ['en: "The day before" on an entry’s line after a colon', '2031-01-12',
      'Key dates of 2030\n\nMay 9: The ministers met in Osh. The day before, experts held talks.\n\nNovember 12: Trade talks in Moscow.',
      ['2030 → 2030', 'May 9 → 2030-05-09', 'The day before → 2030-05-08', 'November 12 → 2030-11-12']],
    // Negative: a paragraph after the entries is no entry's line; its «Накануне» counts from the page's date.
    ['ru: «Накануне» in a paragraph of its own after the entries', '2031-01-12',
      'Хроника 2030 года\n\n9 мая — министры встретились в Оше.\n\n12 ноября — переговоры в Москве.\n\nНакануне министр подвёл итоги года.',
      ['2030 года → 2030', '9 мая → 2030-05-09', '12 ноября → 2030-11-12', 'Накануне → 2031-01-11']],
    // Negative: «в прошлом году» under a year head still counts from the page's date.
    ['ru: a relative year under a year head keeps its reading', '2031-04-02',
      'Хроника\n\n2024 год. 5 мая министры встретились в Оше.\n\n2027 год. Как и в прошлом году, прошла ярмарка.',
      ['2024 год → 2024', '5 мая → 2024-05-05', '2027 год → 2027', 'прошлом году → 2030']],
    // Negative: one dated line is no timeline; a month alone without any year is left undated.
    ['en: a single dated line keeps its own reading', '2031-02-10',
      'TIMELINE: 2030\n\n4 May – The premier visits Osh.\n\nThe talks went well.',
      ['4 May → 2031-05-04']],
    ['en: a month alone with no year anywhere is no date', '2031-02-10',
      '4 May – The premier visits Osh.\nDecember – A summit in Minsk.',
      ['4 May → 2031-05-04']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });
});

describe('the stretch an entry dates', () => {
  it.each([
    ['ru: «2 июня.» as a sentence heads a section up to the next entry', '2030-07',
      'Июнь 2030 года\n\n2 июня. Министры встретились в Оше.\n\nВ тот же день подписан протокол.\n\n9 июня. Премьер прибыл в Москву.',
      ['2 июня → день подписан протокол.', '9 июня → прибыл в Москву.']],
    ['en: a dash entry covers its own line only', '2031-02-10',
      'TIMELINE: 2030\n\n4 May – Talks in Osh; the premiers met.\n12 November – Trade talks in Moscow.\n\nThe ministers met again.',
      ['4 May → the premiers met.', '12 November → talks in Moscow.']],
    ['ru: a year alone before a dash', '2031-02-10',
      'Хронология\n\n2000 — подписана декларация.\n2003 — открыта авиабаза.',
      ['2000 → — подписана декларация.', '2003 → — открыта авиабаза.']],
    ['en: entries after "- " bullets', '2031-02-10',
      'Key dates\n- 4 May 2030 – Talks in Osh.\n- 12 November 2030 – Trade talks in Moscow.',
      ['4 May 2030 → Talks in Osh.', '12 November 2030 → talks in Moscow.']],
    // Negative: a date inside a sentence, or a dateline with a place before it, opens no entry.
    ['en: dates inside sentences open no entry', '2031-02-10',
      'On 4 May the premier visited Osh.\nOn 12 November trade talks were held.',
      []],
    ['ru: a dateline with its place first is no entry', '2031-02-10',
      'Бишкек, 4 мая — Премьер прибыл в Ош.\nМосква, 5 мая — Министры встретились.',
      []],
  ] as const)('%s', (_name, date, text, want) => {
    expect(sections(text, date)).toEqual(want);
  });
});

// A year review told month by month: «Май.» as a sentence of its own heads a paragraph. Its year is the
// title's, not the page stamp's; a day of that month under it takes that year, and a day word under it
// counts from the day told before it there, however long ago.
describe('a month heading of a year review', () => {
  it.each([
    ['ru: the title’s year, not the stamp’s; «накануне» counts from the day above', '2031-01-12',
      'Итоги 2030 года\n\n12.01.2031 | 10:15 | Политика\n\nГод был насыщенным.\n\nМай. 9 мая министры встретились в Оше. Накануне прошли консультации.\n\nИюнь. Премьер посетил Москву.',
      ['2030 года → 2030', '12.01.2031 → 2031-01-12', 'Май → 2030-05', '9 мая → 2030-05-09', 'Накануне → 2030-05-08', 'Июнь → 2030-06']],
    ['en: a stamp written in words is no heading either', '2031-01-12',
      'Russia and Kyrgyzstan: 2030 in review\n\nJanuary 12, 2031\n\nA busy year.\n\nMay. On 9 May the ministers met in Osh. The day before, experts held talks.\n\nJune. The premier visited Moscow.',
      ['January 12, 2031 → 2031-01-12', 'May → 2030-05', '9 May → 2030-05-09', 'The day before → 2030-05-08', 'June → 2030-06']],
    ['ru: the title’s year far above, under a byline, a publication line and a lead', '2031-01-06',
      'Город и регион: 2030 год в событиях\n\nИван Петров, «Вестник»\nОпубликовано 6 января 2031 года\n\nГод выдался непростым. Вспоминаем главное.\n\nМай. 9 мая министры встретились в Оше.\n\nИюнь. Премьер посетил Москву.',
      ['2030 год → 2030', 'Май → 2030-05', '9 мая → 2030-05-09', 'Июнь → 2030-06']],
    ['ru: the year the lead sums up, after the outlet’s credit', '2031-01-06',
      'Итоги года: главное\n\n06.01.2031 11:05\n\nВестник - Уходящий 2030 год стал годом перемен.\n\nМай. 9 мая министры встретились в Оше.\n\nИюнь. Премьер посетил Москву.',
      ['06.01.2031 → 2031-01-06', '2030 год → 2030', 'Май → 2030-05', '9 мая → 2030-05-09', 'Июнь → 2030-06']],
    // Negative: without a year above, month headings date nothing; a month word inside a sentence heads nothing.
    ['ru: month headings with no year anywhere', '2031-01-12',
      'Май. Министры встретились в Оше.\n\nИюнь. Премьер посетил Москву.',
      []],
    ['ru: a month word opening a sentence is no heading', '2031-01-12',
      'Итоги 2030 года\n\nМай выдался жарким. Министры встретились.\n\nИюнь прошел спокойно.',
      ['2030 года → 2030']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });

  it.each([
    ['ru: each month heads its paragraph', '2031-01-12',
      'Итоги 2030 года\n\n12.01.2031\n\nМай. Министры встретились в Оше.\n\nИюнь. Премьер посетил Москву.',
      ['Май → встретились в Оше.', 'Июнь → Премьер посетил Москву.']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(sections(text, date)).toEqual(want);
  });
});

// Both passes over a timeline ask one gate: the years of its entries (`timelineMentions`) and the stretches
// they date (`timelineSections`). A box below an opening paragraph is let through by both, so that its
// entries take the heading's year and still date their lines.
describe('one gate for the years and the stretches of a timeline', () => {
  it.each([
    ['en: the box comes after a paragraph', '2031-02-10',
      'The ministers met often.\n\nKEY DATES OF 2030\n4 May – Talks in Osh.\n12 November – Talks in Moscow.',
      ['2030 → 2030', '4 May → 2030-05-04', '12 November → 2030-11-12'],
      ['4 May → Talks in Osh.', '12 November → Talks in Moscow.']],
    ['ru: bullets alone on their lines above the dates', '2031-02-10',
      'Хронология 2030 года\n•\n4 мая — переговоры в Оше.\n•\n12 ноября — переговоры в Москве.',
      ['2030 года → 2030', '4 мая → 2030-05-04', '12 ноября → 2030-11-12'],
      ['4 мая → переговоры в Оше.', '12 ноября → переговоры в Москве.']],
    ['ru: the first line opens with a date itself', '2031-02-10',
      '2030 год\n4 мая — переговоры в Оше.\n12 ноября — переговоры в Москве.',
      ['2030 год → 2030', '4 мая → 2030-05-04', '12 ноября → 2030-11-12'],
      ['4 мая → переговоры в Оше.', '12 ноября → переговоры в Москве.']],
    // Negative: no line opens with a date, so neither pass reads a timeline.
    ['en: dates inside sentences only', '2031-02-10',
      'In 2030 the ministers met on 4 May.\nThey met again on 12 November.',
      ['2030 → 2030', '4 May → 2030-05-04', '12 November → 2030-11-12'],
      []],
  ] as const)('%s', (_name, date, text, wantMentions, wantSections) => {
    expect(mentions(text, date)).toEqual(wantMentions);
    expect(sections(text, date)).toEqual(wantSections);
  });

  it.each([
    ['Визит.\n2 июня. Переговоры.', true],
    ['  \n\n  10 июня 1992 года — договор', true],
    ['Итоги года\n• Май: саммит', true],
    ['Итоги\n•\n\nМай: саммит', true],
    ['Итоги\n—\n2000 — договор', true],
    ['- \nиюнь', true],
    ['Text\n\u00a0December – talks', true],
    ['Text\r\nDecember – talks', true],
    ['Итоги\n- саммит в мае', false],
    ['Президенты подписали договор 2 июня.', false],
    ['', false],
  ] as const)('gate %j → %s', (text, want) => {
    expect(mayHoldTimeline(toDoc('t.txt', text).doc)).toBe(want);
  });
});
