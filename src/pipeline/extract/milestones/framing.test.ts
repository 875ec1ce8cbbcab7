import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('elections and taking office told in passing', () => {
  it.each([
    ['en: "after taking office last year"',
      'date: 2014-06-10\n\nThe governor visited Moscow on Monday. The mayor had raised local taxes after taking office last year.',
      ['2014-06-09 past visit «The governor»', '2013 past other «The mayor»']],
    ['en: "X, elected last October, …"',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The president, elected last October, chose Beijing for his first trip abroad.',
      ['2014-06-09 past visit «The minister»', '2013-10 past other «elected last»']],
    ['en: "won 60 per cent of the vote in Sunday\'s election"',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The incumbent won 60 per cent of the vote in Sunday\'s election, officials said.',
      ['2014-06-09 past visit «The minister»', '2014-06-08 past other «The incumbent»']],
    ['ru: «после избрания президентом в мае»',
      'date: 2014-06-10\n\nВчера министр посетил Москву. Это первая поездка губернатора после избрания Ивана Петрова в марте 2013 года.',
      ['2014-06-09 past visit «Вчера министр»', '2013-03 past other «Это первая»']],
    ['ru: «возглавляет правительство с апреля»',
      'date: 2014-06-10\n\nВчера министр посетил Москву. Премьер возглавляет правительство республики с апреля 2013 года.',
      ['2014-06-09 past visit «Вчера министр»', '2013-04 past other «Премьер возглавляет»']],
    ['en: an undated "since taking office" is no milestone',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The mayor has raised taxes twice since taking office.',
      ['2014-06-09 past visit «The minister»']],
    ['en: "expected to return to the presidency" is not a return',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The premier is expected to return to the presidency in May.',
      ['2014-06-09 past visit «The minister»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
