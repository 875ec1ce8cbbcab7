/**
 * Events of education news: schools that welcomed their pupils, a branch that will admit its first students (also
 * told in a relative clause after its opening), textbooks handed over, a guest who «пришёл в гости», celebrations of
 * an anniversary attended in a clause going on from the day's talks, selection interviews and entrance exams on told
 * days, and a forum's participants told after its opening. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('openings, gifts, visits and anniversaries of education news', () => {
  it.each([
    ['en: "the schools … welcomed students today" opened them',
      'date: 2027-09-01\n\nAccording to the ministry, the new schools in Naryn and Talas welcomed students today.',
      ['2027-09-01 past other «According to»']],
    ['en: "will admit its first students" in a year opens the branch',
      'date: 2027-03-02\n\nThe new branch of the institute in Osh will admit its first students next year.',
      ['2028 planned other «The new»']],
    ['en: the opening dated by its relative clause ("…, which could admit its first students next year")',
      'date: 2027-03-02\n\nThe ministers agreed to speed up the opening of a branch of the institute in Osh, which could admit its first students next year.',
      ['2028 planned other «The ministers»']],
    ['ru: «примет первых студентов» opens the branch',
      'date: 2027-03-02\n\nНовый филиал института в Оше примет первых студентов в сентябре.',
      ['2027-09 planned other «Новый филиал»']],
    ['en: textbooks "were handed over" to the ministry',
      'date: 2027-03-02\n\nAbout 5,000 new textbooks were handed over to the education ministry on Monday, the embassy said.',
      ['2027-03-01 past other «About 5,000»']],
    ['ru: «передал в библиотеку школы 800 учебников»',
      'date: 2027-03-02\n\nВчера посол передал в библиотеку школы 800 учебников.',
      ['2027-03-01 past other «Вчера посол»']],
    ['ru: «в гости к ученикам пришёл посол» is a visit',
      'date: 2027-03-02\n\nВчера в гости к ученикам лицея пришёл посол России в Кыргызстане.',
      ['2027-03-01 past visit «Вчера в»']],
    ['ru: celebrations of an anniversary attended after the day\'s talks, «а также», are of that day',
      'date: 2023-10-12\n\nБишкек, 12 октября. Сегодня президенты провели переговоры в узком составе, а также приняли участие в торжествах, посвящённых 20-летию российской авиабазы «Кант».',
      ['2023-10-12 past meeting «Сегодня президенты»', '2023-10-12 past anniversary «а также»']],
    ['en: entrance exams "will be held" on told days are a step of the programme',
      'date: 2027-03-02\n\nEntrance exams for the quota places will be held in Osh on 10-12 April.',
      ['2027-04-10 planned other «Entrance exams»']],
    ['ru: «собеседования … пройдут» on told days',
      'date: 2027-03-02\n\nСобеседования с кандидатами на бюджетные места пройдут в Оше 10–12 апреля.',
      ['2027-04-10 planned other «Собеседования с»']],
    ['ru: «В конференции участвуют …» after its opening tells who came, no second event',
      'date: 2027-03-02\n\nВчера министр открыл в университете научную конференцию. В конференции участвуют более 300 учёных.',
      ['2027-03-01 past other «Вчера министр»']],
    ['en: "… take part in the forum" after its opening tells who came, no second event',
      'date: 2027-03-02\n\nOn Monday the minister opened a science forum at the university in Osh. About 300 scholars take part in the forum.',
      ['2027-03-01 past other «On Monday»']],
    ['en: teachers who "have started working at 20 schools" start the schools\' programme, as «начали работать» tells',
      'date: 2027-09-02\n\nOn Monday 40 teachers from Russia have started working at 20 schools of the republic.',
      ['2027-08-30 past other «On Monday»']],
    // An activity begun or to begin with a date of its own starts a programme or a service; undated or after 'since', none.
    ['en: "started studying … this September" with its own date',
      'date: 2027-09-20\n\nTwenty students from Osh started studying at the nuclear university this September.',
      ['2027-09 past other «Twenty students»']],
    ['en: "would start issuing the new cards in July"',
      'date: 2027-06-20\n\nThe regulator said seven banks would start issuing the new cards in July.',
      ['2027-07 planned other «The regulator»']],
    ['en: "began training" with no date of its own is no event',
      'date: 2027-09-20\n\nThe cadets began training at the academy.',
      []],
    ['en: "since it started lending in 2025" tells a state, no event',
      'date: 2027-09-20\n\nSince it started lending in 2025, the fund has financed 300 projects.',
      []],
    ['en: "has started work on a new draft law" is no opening',
      'date: 2027-09-02\n\nThe minister has started work on a new draft law.',
      []],
    // Negatives: a university that "received students" counts an intake; exams told with no date describe the programme.
    ['en: "Entrance exams are held … every spring" is no event',
      'date: 2027-03-02\n\nEntrance exams are held in Osh every spring.',
      []],
    ['en: "received 500 students" is no opening',
      'date: 2027-03-02\n\nLast year Russian universities received 500 students from Kyrgyzstan.',
      []],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
