import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a document still to be ratified or being drafted is a plan with no date, not an event of the article’s day', () => {
  it.each([
    ['en: "still have to be ratified"',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh on Tuesday. The agreement still has to be ratified by both parliaments.',
      ['2023-04-11 past agreement «The ministers»', 'null planned agreement «The agreement»']],
    ['en: "must still be ratified"',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh on Tuesday. The deal must still be ratified by the Kyrgyz parliament.',
      ['2023-04-11 past agreement «The ministers»', 'null planned agreement «The deal»']],
    ['en: "we are preparing an agreement"',
      'date: 2023-04-12\n\nThe envoy said: we are preparing an intergovernmental agreement on seasonal workers with the ministry.',
      ['null planned agreement «The envoy»']],
    ['ru: «еще должен быть ратифицирован»',
      'date: 2023-04-12\n\nВо вторник министры подписали соглашение о транзите. Соглашение еще должно быть ратифицировано парламентами.',
      ['2023-04-11 past agreement «Во вторник»', 'null planned agreement «Соглашение еще»']],
    ['ru: «предстоит ратифицировать»',
      'date: 2023-04-12\n\nВо вторник министры подписали соглашение о транзите. Документ предстоит ратифицировать парламентам обеих стран.',
      ['2023-04-11 past agreement «Во вторник»', 'null planned agreement «Документ предстоит»']],
    ['en: "still needs to be ratified"',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh on Tuesday. The deal still needs to be ratified by both parliaments.',
      ['2023-04-11 past agreement «The ministers»', 'null planned agreement «The deal»']],
    ['en: "would enter into force after ratification"',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh on Tuesday. The minister said the agreement would enter into force after ratification by the Kyrgyz parliament.',
      ['2023-04-11 past agreement «The ministers»', 'null planned agreement «The minister»']],
    ['ru: «подлежит ратификации»',
      'date: 2023-04-12\n\nВо вторник министры подписали соглашение о транзите. Соглашение подлежит ратификации.',
      ['2023-04-11 past agreement «Во вторник»', 'null planned agreement «Соглашение подлежит»']],
    ['ru: «вступает в силу со дня обмена грамотами»',
      'date: 2023-04-12\n\nВо вторник министры подписали соглашение о транзите. Договор вступает в силу со дня обмена ратификационными грамотами.',
      ['2023-04-11 past agreement «Во вторник»', 'null planned agreement «Договор вступает»']],
    // Told as done, the ratification keeps its date.
    ['en: "was ratified" stays past',
      'date: 2023-04-12\n\nThe transit agreement was ratified by the Kyrgyz parliament on Tuesday.',
      ['2023-04-11 past agreement «The transit»']],
  ])('%s', (_name, text, want) => expect(run(text)).toEqual(want));
});
