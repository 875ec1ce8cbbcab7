import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('consular days, consular patents, copies of credentials, farewell calls and greetings sent are events', () => {
  it.each([
    ['en: consular days planned for next month',
      'date: 2019-03-04\n\nThe embassy opened a new visa centre on Friday. Consular days in Surgut and Tobolsk are planned for next month, the consul said.',
      ['2019-03-01 past other «The embassy»', '2019-04 planned other «Consular days»']],
    ['ru: «провели консульский день»',
      'date: 2019-03-04\n\nВ пятницу посол и консул провели в Самаре консульский день, в ходе которого были приняты 200 граждан.',
      ['2019-03-01 past other «В пятницу»']],
    ['ru: «консульские дни пройдут в апреле»',
      'date: 2019-03-04\n\nПосольство сообщило, что консульские дни пройдут в Оренбурге в апреле.',
      ['2019-04 planned other «Посольство сообщило,»']],
    // "Last week" from Monday 4 March 2019 ran from 25 February to 1 March: only its year is told.
    ['en: copies of credentials handed to the foreign minister',
      'date: 2019-03-04\n\nLast week the new ambassador handed copies of his credentials to the foreign minister.',
      ['2019 past meeting «Last week»']],
    ['en: a farewell call on the president in a month',
      'date: 2019-03-04\n\nThe outgoing ambassador paid a farewell call on the president in February.',
      ['2019-02 past meeting «The outgoing»']],
    ['ru: a consular patent handed over',
      'date: 2019-03-04\n\nВ понедельник министр вручил консульский патент почетному консулу в Самаре.',
      ['2019-03-04 past other «В понедельник»']],
    ['en: an exequatur granted',
      'date: 2019-03-04\n\nOn Monday the ministry granted an exequatur to the new consul in Osh.',
      ['2019-03-04 past other «On Monday»']],
    ['en: greetings sent',
      'date: 2019-10-21\n\nOn Sunday the foreign minister and his deputy sent greetings to the Kyrgyz side.',
      ['2019-10-20 past other «On Sunday»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: a consular section named, no day', 'date: 2019-03-04\n\nThe consular section works on weekdays.'],
    ['ru: a patent of a migrant worker', 'date: 2019-03-04\n\nМигрант купил патент на работу в Москве.'],
    ['en: credentials as a noun of trust', 'date: 2019-03-04\n\nThe party handed out leaflets about its credentials.'],
    ['en: a farewell song', 'date: 2019-03-04\n\nThe poet wrote a farewell poem to his town.'],
    // Greetings to the participants of a gathering are an address to it, not a message between the two sides.
    ['en: greetings sent to the participants', 'date: 2019-03-04\n\nThe mayor sent greetings to the participants.'],
    ['ru: «направил участникам приветствие»', 'date: 2019-03-04\n\nМэр направил участникам приветствие.'],
  ])('%s: no event', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
