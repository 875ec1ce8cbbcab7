import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a start given to construction, capsules laid: the facility\'s first step', () => {
  it.each([
    ['ru: «дали старт строительству»',
      'date: 2030-09-01\n\n1 сентября министры дали старт строительству двух школ в Оше.',
      ['2030-09-01 past other «1 сентября»']],
    ['ru: «Вчера в»',
      'date: 2030-09-01\n\nВчера в Оше заложили капсулу в основание новой школы.',
      ['2030-08-31 past other «Вчера в»']],
    ['en: "gave a start to the construction"',
      'date: 2030-09-01\n\nThe two ministers on Monday gave a start to the construction of a school in Osh.',
      ['2030-08-26 past other «The two»']],
    ['en: "a ceremony launching construction" after the talks of the day',
      'date: 2031-05-20\n\nThe presidents held talks in Osh on Tuesday. The leaders also joined online a ceremony launching construction of five clinics in the south.',
      ['2031-05-20 past meeting «The presidents»', '2031-05-20 past other «The leaders»']],
    ['ru: «в церемонии старта строительства» after the talks of the day',
      'date: 2031-05-20\n\nВо вторник президенты провели переговоры в Оше. Президенты также приняли участие в церемонии старта строительства пяти поликлиник.',
      ['2031-05-20 past meeting «Во вторник»', '2031-05-20 past other «Президенты также»']],
    ['en: "capsules were laid on …"',
      'date: 2031-02-10\n\nThe schools, whose foundation capsules were laid on September 1, 2030, opened in Osh.',
      ['2030-09-01 past other «whose foundation»', '2031-02-10 past other «opened in»']],
    // Negative: capsules laid with no date of their own retell the ceremony told before.
    ['en: "Capsules were laid" after the ceremony',
      'date: 2030-09-01\n\nThe two ministers on Monday gave a start to the construction of a school in Osh. Capsules were laid at the site.',
      ['2030-08-26 past other «The two»']],
    // Negative: a start of another thing, a capsule of medicine.
    ['ru: «дали старт акции» is no construction',
      'date: 2030-09-01\n\nВчера волонтеры дали старт акции в Оше.',
      []],
    ['en: "capsules of the drug" are not laid',
      'date: 2030-09-01\n\nThe clinic received capsules of the drug on Monday.',
      []],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
