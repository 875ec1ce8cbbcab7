import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a treaty prolonged, or a country’s part in it extended, is an agreement milestone', () => {
  it.each([
    ['ru: «продлил участие в Договоре …» in a coordinated clause, a relative clause naming third countries after it',
      'date: 2031-06-23\n\nВ марте Бишкек подписал соглашение о транзите, а в мае продлил участие в Договоре о совместной обороне, из которого вышли Туркмения и Монголия.',
      ['2031-03 past agreement «В марте»', '2031-05 past agreement «а в»']],
    ['ru: «продлили срок действия соглашения»',
      'date: 2031-06-23\n\nВ апреле стороны продлили срок действия соглашения о военно-техническом сотрудничестве.',
      ['2031-04 past agreement «В апреле»']],
    ['ru: «договор … был продлен»',
      'date: 2031-06-23\n\nДоговор о совместной обороне в мае был продлен еще на пять лет.',
      ['2031-05 past agreement «Договор о»']],
    ['en: "extended their participation in the … treaty"',
      'date: 2031-06-23\n\nIn April the two countries extended their participation in the joint defence treaty.',
      ['2031-04 past agreement «In April»']],
    ['en: "prolonged the friendship treaty"',
      'date: 2031-06-23\n\nThe parliaments prolonged the friendship treaty in May.',
      ['2031-05 past agreement «The parliaments»']],
    ['en: "the licence of the company … was extended" last month',
      'date: 2031-06-23\n\nLast month, the licence of the company that rebroadcasts the channel was extended for another five years.',
      ['2031-05 past agreement «Last month,»']],
    ['en: "whose lease was extended in 2029"',
      'date: 2031-06-23\n\nThe training airfield, whose lease was extended in 2029, lies east of the capital.',
      ['2029 past agreement «The training»']],
    // Negative: prolonging something that is no document is no milestone of this kind.
    ['ru: «продлили срок подачи заявок» is no treaty',
      'date: 2031-06-23\n\nМинистерство продлило срок подачи заявок до конца месяца.',
      []],
    ['en: "extended the deadline" is no treaty',
      'date: 2031-06-23\n\nThe ministry extended the deadline for applications.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
