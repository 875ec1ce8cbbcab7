/** A future in a relative clause after a past signing tells the document's content, not a planned signing (`dating.ts`, `plannedOutsideRelative`). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a signing told as done stays past beside a future relative clause', () => {
  it.each([
    ['ru: «Также подписаны документы …, которые будут реализованы»',
      'date: 2031-09-12\n\nМинистры подписали протокол. Соглашение вступит в силу в 2033 году. Также подписаны документы о строительстве завода, которые будут реализованы частными компаниями.',
      ['2031-09-12 past agreement «Министры подписали»', '2033 planned agreement «Соглашение вступит»', '2031-09-12 past agreement «Также подписаны»']],
    ['en: "They also signed deals …, which will be carried out"',
      'date: 2031-09-12\n\nThe ministers signed a protocol in Osh on Friday. They also signed two contracts on a new plant, which will be carried out by private firms.',
      ['2031-09-12 past agreement «The ministers»', '2031-09-12 past agreement «They also»']],
    // A relative clause opened by a preposition («, согласно которой …», ", under which …") is one too.
    ['ru: «подписана «дорожная карта», согласно которой поставщики поставят …» is past, of the day',
      'date: 2031-09-12\n\nПо итогам встречи подписана «дорожная карта» по поставкам угля, согласно которой поставщики в период с ноября по март поставят в республику миллион тонн угля.',
      ['2031-09-12 past agreement «По итогам»']],
    ['en: "signed a road map, under which suppliers will deliver … from November" is past, of the day',
      'date: 2031-09-12\n\nThe ministers signed a road map on coal supplies, under which suppliers will deliver a million tonnes from November to March.',
      ['2031-09-12 past agreement «The ministers»']],
    // Negatives: a document to be signed stays planned, though the main verb is past; a future signing stays planned.
    ['ru: «Документы, которые будут подписаны в ходе визита, согласованы» stays planned',
      'date: 2031-09-12\n\nДокументы, которые будут подписаны в ходе визита, уже согласованы сторонами.',
      ['null planned agreement «Документы, которые»']],
    ['ru: «Стороны подпишут соглашение, которое будет …» stays planned',
      'date: 2031-09-12\n\nСтороны подпишут соглашение о строительстве завода, который будет работать на экспорт.',
      ['null planned agreement «Стороны подпишут»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
