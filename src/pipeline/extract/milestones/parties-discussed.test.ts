import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Президенты провели переговоры … Отдельно президенты обсудили положение мигрантов», "The sides also discussed …": the
// parties' discussion a few sentences after their talks, with no date of its own, is a topic of those talks.
describe('the parties discussed, after their talks', () => {
  it.each([
    ['ru: «Отдельно президенты обсудили …» after the talks',
      'date: 2031-04-03\n\nСегодня президенты провели переговоры в Бишкеке. Товарооборот вырос на десять процентов. Отдельно президенты обсудили положение трудовых мигрантов.',
      ['2031-04-03 past meeting «Сегодня президенты»']],
    ['ru: «Как сообщил министр, стороны обсудили участие компаний в строительстве …»',
      'date: 2031-04-03\n\nСегодня президенты провели двустороннюю встречу в Бишкеке. Как сообщил журналистам министр, стороны обсудили участие российских компаний в строительстве ГЭС.',
      ['2031-04-03 past meeting «Сегодня президенты»']],
    ['en: "The sides also discussed …" after the talks',
      'date: 2031-04-03\n\nThe two ministers held talks in Moscow on Friday. The sides also discussed the status of migrant workers.',
      ['2031-03-28 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    // With no talks told before, the parties' discussion is the talks' only telling.
    ['ru: «Стороны обсудили …» told first',
      'date: 2031-04-03\n\nСегодня стороны обсудили положение трудовых мигрантов.',
      ['2031-04-03 past meeting «Сегодня стороны»']],
    // A day told before the verb names the gathering the clause tells.
    ['ru: «В понедельник стороны обсудили …» after other talks',
      'date: 2031-04-03\n\nСегодня президенты провели переговоры в Бишкеке. В понедельник стороны обсудили положение трудовых мигрантов.',
      ['2031-04-03 past meeting «Сегодня президенты»', '2031-03-31 past meeting «В понедельник»']],
  ])('%s: kept', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
