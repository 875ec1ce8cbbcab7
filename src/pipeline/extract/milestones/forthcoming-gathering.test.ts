import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a gathering told only as forthcoming, without its date, is not linked by "also" to the occasion told before', () => {
  it.each([
    ['en: "also … the forthcoming meetings" after a dated anniversary',
      'date: 2026-11-18\n\nThe ministers discussed the preparation of events for the 35th anniversary of diplomatic relations, which will be celebrated on March 20, 2027.\n\nThe Kyrgyz minister raised the situation of migrant workers.\n\nThe parties also exchanged views on the agenda of the forthcoming meetings of the Council of Heads of State of the CIS.\n',
      ['2027-03-20 planned anniversary «The ministers»', '1992-03-20 past anniversary «The ministers»', 'null planned summit «The parties»']],
    ['ru: «также … предстоящего заседания»',
      'date: 2026-11-18\n\nМинистры обсудили подготовку к юбилею установления дипломатических отношений, который будет отмечаться 20 марта 2027 года.\n\nКыргызская сторона подняла вопросы мигрантов.\n\nСтороны также обсудили повестку предстоящего заседания Совета глав государств СНГ.\n',
      ['2027-03-20 planned other «Министры обсудили»', 'null planned summit «Стороны также»']],
    // With a date of its own the forthcoming gathering keeps it.
    ['en: a forthcoming summit with its own date',
      'date: 2026-11-18\n\nThe ministers discussed the preparation of events for the 35th anniversary of diplomatic relations, which will be celebrated on March 20, 2027.\n\nThe Kyrgyz minister raised the situation of migrant workers.\n\nThe parties also exchanged views on the agenda of the forthcoming CIS summit in Dushanbe on December 12.\n',
      ['2027-03-20 planned anniversary «The ministers»', '1992-03-20 past anniversary «The ministers»', '2026-12-12 planned summit «The parties»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
