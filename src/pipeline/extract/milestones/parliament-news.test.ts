import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Phrasings of parliament and election news in the event lexicon (triggers, opinion markers, exclusions).
describe('a parliament dissolved, power handed over: domestic events when dated', () => {
  it.each([
    ['en: dissolved parliament in a month', 'date: 2030-12-01\n\nThe president dissolved the previous parliament by decree in September.', ['2030-09 past other «The president»']],
    ['ru: распустил парламент in a month', 'date: 2030-12-01\n\nПрезидент распустил парламент своим указом в сентябре.', ['2030-09 past other «Президент распустил»']],
    ['en: will hand over power on a day', 'date: 2030-10-16\n\nThe outgoing president will hand over power on November 24.', ['2030-11-24 planned other «The outgoing»']],
    ['en: undated, no milestone', 'date: 2030-10-16\n\nThe outgoing president will hand over power soon.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a step only urged or instructed is no event', () => {
  it.each([
    ['ru: призывал не затягивать с ратификацией', 'date: 2030-06-20\n\nПрезидент ранее призывал парламент не затягивать с ратификацией.'],
    ['ru: поручил ускорить подготовку документов', 'date: 2030-06-20\n\nПремьер ранее поручил ускорить подготовку документов.'],
    ['en: urged parliament not to delay ratification', 'date: 2030-06-20\n\nThe president had urged parliament not to delay ratification of the treaty.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('ru: a ratification told as done stays', () => {
    expect(run('date: 2030-06-20\n\nПарламент сегодня ратифицировал соглашение.')).toEqual(['2030-06-20 past agreement «Парламент сегодня»']);
  });
});

describe('a document judged in what an official said is no event', () => {
  it.each([
    ['ru: «отметил, что соглашение отвечает интересам»', 'date: 2030-06-20\n\nСпикер отметил, что соглашение отвечает национальным интересам страны.'],
    ['ru: «заявил, что документ «выведет мигрантов из тени»»', 'date: 2030-06-20\n\nПредседатель заявил, что документ «выведет мигрантов из тени».'],
    ['en: "said the agreement serves both nations"', 'date: 2030-06-20\n\nThe speaker said the agreement serves both nations.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('en: "said the agreement was signed" is still a signing', () => {
    expect(run('date: 2030-06-20\n\nThe speaker said the agreement was signed in Moscow on June 18.')).toEqual(['2030-06-18 past agreement «The speaker»']);
  });
});
