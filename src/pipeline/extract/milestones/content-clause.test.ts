import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';
import { withoutContent } from './dating';

describe('what a signed document says («в которой говорится», "that said") does not make its signing a plan', () => {
  it.each([
    ['en: "a declaration that said stability should be ensured"',
      'date: 2009-06-12\n\nBISHKEK -- The presidents met in the Kyrgyz capital on Friday. The leaders signed a treaty on friendship and a joint declaration that said security should be ensured by the states of the region.',
      ['2009-06-12 past meeting «BISHKEK --»', '2009-06-12 past agreement «The leaders»']],
    ['ru: «декларацию, в которой говорится, что … должна …»',
      'date: 2009-06-12\n\nВ пятницу президенты встретились в Бишкеке. Лидеры подписали договор о дружбе и декларацию, в которой говорится, что безопасность должна обеспечиваться усилиями государств региона.',
      ['2009-06-12 past meeting «В пятницу»', '2009-06-12 past agreement «Лидеры подписали»']],
    ['en: a plan told with "should" is still a plan',
      'date: 2009-06-12\n\nThe presidents met in the Kyrgyz capital on Friday. The ministers should sign a treaty on labour migration.',
      ['2009-06-12 past meeting «The presidents»', 'null planned agreement «The ministers»']],
    ['en: "met X, who said the sides would …" is a meeting held, not a plan',
      'date: 2016-03-04\n\nThe Kyrgyz premier held talks with the Russian prime minister in Moscow on Friday. The premier also met the Russian finance minister, who said the two countries would extend the fuel supplies for next year.',
      ['2016-03-04 past meeting «The Kyrgyz»', '2016-03 past meeting «The premier»']],
    ['ru: «подписали соглашение …: Россия выделит …» was signed',
      'date: 2016-03-04\n\nВ пятницу президенты провели переговоры в Бишкеке. Кроме того, министры подписали соглашение о гранте: Россия выделит республике 30 миллионов долларов.',
      ['2016-03-04 past meeting «В пятницу»', '2016-03-04 past agreement «Кроме того,»']],
    ['en: "Under a separate agreement Russia will …" names a document of the occasion',
      'date: 2016-03-04\n\nThe presidents signed a treaty on labour migration in Bishkek on Friday. Under a separate agreement Russia will write off $40 million of debt.',
      ['2016-03-04 past agreement «The presidents»', '2016-03-04 past agreement «Under a»']],
    ['ru: «По отдельному соглашению Россия …»',
      'date: 2016-03-04\n\nВ пятницу президенты подписали в Бишкеке договор о трудовой миграции. По отдельному соглашению Россия спишет долг в 40 миллионов долларов.',
      ['2016-03-04 past agreement «В пятницу»', '2016-03-04 past agreement «По отдельному»']],
    ['ru: a colon after a statement keeps the plan told after it',
      'date: 2016-03-04\n\nМинистр заявил журналистам: соглашение о гранте будет подписано в апреле.',
      ['2016-04 planned agreement «Министр заявил»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('withoutContent: the openings and the colon asked only where their first letter or signing verb stands', () => {
  it.each([
    ['ru: a signing before the colon', 'Стороны подписали соглашение об урегулировании долга: Москва спишет 240 миллионов долларов.', 'ru', 'Стороны подписали соглашение об урегулировании долга'],
    ['ru: no signing before the colon', 'Министр заявил журналистам: соглашение будет подписано в апреле.', 'ru', 'Министр заявил журналистам: соглашение будет подписано в апреле.'],
    ['ru: «Согласно отдельному соглашению»', 'Согласно отдельному соглашению Россия спишет долг.', 'ru', 'Согласно отдельному соглашению'],
    ['ru: «В соответствии с подписанным … соглашением,»', 'В соответствии с подписанным вчера соглашением, Россия предоставит грант.', 'ru', 'В соответствии с подписанным вчера соглашением,'],
    ['en: "concluded" before the colon', 'The ministers concluded an accord: Russia will supply fuel.', 'en', 'The ministers concluded an accord'],
    ['en: "signed" only after the colon', 'The minister told reporters: the deal will be signed in April.', 'en', 'The minister told reporters: the deal will be signed in April.'],
    ['en: "By another agreement"', 'By another agreement Russia will write off the debt.', 'en', 'By another agreement'],
    ['en: an opening in the lower case is none', 'under a separate agreement Russia will write off the debt.', 'en', 'under a separate agreement Russia will write off the debt.'],
  ] as const)('%s', (_name, text, lang, want) => {
    expect(withoutContent(text, lang)).toBe(want);
  });
});
