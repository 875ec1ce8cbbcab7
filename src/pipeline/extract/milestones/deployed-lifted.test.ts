import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('troops moved to a base, controls lifted, a bloc\'s security secretaries, a trade house to open', () => {
  it.each([
    ['ru: «был переброшен батальон» is a deployment',
      'date: 2011-03-15\n\nВ понедельник на авиабазу под Ошем был переброшен усиленный батальон связистов.',
      ['2011-03-14 past other «В понедельник»']],
    ['en: "deployed a battalion"',
      'date: 2011-03-15\n\nThe ministry deployed a signals battalion to the air base on Monday.',
      ['2011-03-14 past other «The ministry»']],
    ['en: "a battalion … was flown to the base" is a deployment',
      'date: 2011-03-15\n\nA battalion of the 12th mountain rifle brigade was flown to the air base on Sunday.',
      ['2011-03-13 past other «A battalion»']],
    ['ru: «была размещена авиабаза» is a base stationed',
      'date: 2011-03-15\n\nВ прошлом декабре на аэродроме под Ошем была размещена авиабаза коалиции.',
      ['2010-12 past other «В прошлом»']],
    ['en: "airlifted paratroopers"',
      'date: 2011-03-15\n\nThe ministry airlifted two hundred paratroopers to the base on Monday.',
      ['2011-03-14 past other «The ministry»']],
    ['ru: «переброшены 200 связистов» with their number before the noun',
      'date: 2011-03-15\n\nКак сообщили в штабе, на аэродром под Ошем переброшены 200 военнослужащих инженерной роты.',
      ['2011-03-15 past other «Как сообщили»']],
    ['en: "moved a battalion of paratroopers to the base"',
      'date: 2011-03-15\n\nThe ministry moved a battalion of paratroopers to the mountain base on Sunday.',
      ['2011-03-13 past other «The ministry»']],
    ['en: a plane flown to the airfield carries no troops',
      'date: 2011-03-15\n\nThe new airliner was flown to the airfield on Monday.',
      []],
    ['ru: «отменен таможенный и санитарный контроль» on a border',
      'date: 2011-03-15\n\nС 1 марта на границе двух стран отменен таможенный и санитарный контроль.',
      ['2011-03-01 past other «С 1»']],
    ['ru: a noun «снятия контроля» named as a topic is no event',
      'date: 2011-03-15\n\nДепутаты предложили обсудить с правительством сроки снятия таможенного контроля.',
      []],
    ['en: "border controls would be lifted" by a month',
      'date: 2011-03-15\n\nThe minister said border controls with the neighbour would be lifted by the end of April.',
      ['2011-04 planned other «The minister»']],
    ['ru: the security councils\' secretaries of a bloc gathered',
      'date: 2011-03-15\n\nСекретари советов безопасности стран блока во вторник в Минске обсуждают ситуацию на границе.',
      ['2011-03-15 past other «Секретари советов»']],
    ['ru: one secretary of a security council speaking is no gathering',
      'date: 2011-03-15\n\nОбстановка остается напряженной, сообщил во вторник секретарь Совета безопасности.',
      []],
    ['ru: «Торговый дом … планируется открыть» is a plan',
      'date: 2011-03-15\n\nТорговый дом области в Караколе планируется открыть до конца года.',
      ['2011 planned other «Торговый дом»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a chamber to consider a bill', () => {
  it.each([
    ['en: "is expected to consider the bill on" a day',
      'date: 2011-03-15\n\nThe lower house ratified the treaty on Monday. The upper house is expected to consider the bill on March 22.',
      ['2011-03-14 past agreement «The lower»', '2011-03-22 planned agreement «The upper»']],
    ['ru: «рассмотрит законопроект» on a day',
      'date: 2011-03-15\n\nНижняя палата ратифицировала договор в понедельник. Верхняя палата рассмотрит законопроект 22 марта.',
      ['2011-03-14 past agreement «Нижняя палата»', '2011-03-22 planned agreement «Верхняя палата»']],
    ['en: a bill considered in the past is no plan of this class',
      'date: 2011-03-15\n\nDeputies considered the bill on budget reform.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
