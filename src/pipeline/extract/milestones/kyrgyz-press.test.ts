import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Phrasings of the Kyrgyz press (event-lexicon.json): «возглавляет Кабмин с …» (an appointment), a treaty denounced,
// a declaration adopted, and «с начала работы», "on his inauguration", which name a time or a person's office,
// not an opening. Every text is invented.
describe('events told in the phrasings of the Kyrgyz press', () => {
  it.each([
    ['ru: «возглавляет Кабмин с» a month', 'date: 2030-05-10\n\nИван Петров возглавляет Кабмин с марта прошлого года.', ['2029-03 past other «Иван Петров»']],
    ['ru: «возглавил Кабмин»', 'date: 2030-05-10\n\nВ марте 2029 года Иван Петров возглавил Кабмин.', ['2029-03 past other «В марте»']],
    ['ru: a signed treaty denounced', 'date: 2030-05-10\n\nВ мае 2012 года стороны подписали соглашение о строительстве завода. Однако в феврале 2028 года парламент денонсировал соглашение.',
      ['2012-05 past agreement «В мае»', '2028-02 past agreement «Однако в»']],
    ['en: a signed agreement denounced', 'date: 2030-05-10\n\nIn May 2012 the sides signed an agreement on the plant. In February 2028 the parliament denounced the agreement.',
      ['2012-05 past agreement «In May»', '2028-02 past agreement «In February»']],
    ['en: a declaration adopted', 'date: 2030-05-10\n\nOn May 9, 2030, the leaders adopted a declaration on the union.', ['2030-05-09 past agreement «On May»']],
    ['ru: a declaration adopted', 'date: 2030-05-10\n\n9 мая 2030 года лидеры приняли декларацию о союзе.', ['2030-05-09 past agreement «9 мая»']],
    // A fund's first loans approved are a step told once: a milestone with no date of its own too (other approvals need one).
    ['ru: «одобрил первые кредиты»', 'date: 2030-05-10\n\nОсенью 2029 года фонд развития одобрил первые кредиты фермерам.', ['2029 past other «Осенью 2029»']],
    ['ru: «одобрил первые кредиты» with no date of its own', 'date: 2030-05-10\n\nФонд развития одобрил первые кредиты фермерам.', ['2030-05-10 past other «Фонд развития»']],
    ['en: "approved its first loans" with no date of its own', 'date: 2030-05-10\n\nThe development fund approved its first loans to farmers.', ['2030-05-10 past other «The development»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A sum «с начала работы» is a total since the start, not an opening.
    ['ru', 'date: 2030-05-10\n\nФонд развития с начала работы одобрил кредиты на сумму более 100 млн долларов.'],
    ['ru', 'date: 2030-05-10\n\nС момента начала работы фонд профинансировал 500 проектов.'],
    // A person's inauguration congratulated on is no opening.
    ['en', 'date: 2030-05-10\n\nThe minister spoke at a lunch after his inauguration.'],
    // Interest shown in a project is not the project.
    ['ru', 'date: 2030-05-10\n\nРоссийские компании проявляют интерес к участию в строительстве ГЭС.'],
    ['en', 'date: 2030-05-10\n\nRussian banks showed interest in a loan for the plant.'],
  ])('%s: %s tells no event', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});

describe('the signed documents as the subject of what is said of them are no second signing', () => {
  it.each([
    ['ru', 'date: 2030-05-10\n\nСегодня президенты подписали пакет документов. Министр заявил журналистам, что подписанные документы «укрепят наши отношения».',
      ['2030-05-10 past agreement «Сегодня президенты»']],
    ['en', 'date: 2030-05-10\n\nToday the presidents signed a package of documents. The minister said the signed agreements would strengthen our ties.',
      ['2030-05-10 past agreement «Today the»']],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('a declaration adopted together with documents signed is one signing', () => {
  it.each([
    ['en', 'date: 2030-05-10\n\nToday the leaders adopted the Osh Declaration and signed a number of documents.', ['2030-05-10 past agreement «Today the»']],
    ['ru', 'date: 2030-05-10\n\nСегодня лидеры приняли Ошскую декларацию и подписали ряд документов.', ['2030-05-10 past agreement «Сегодня лидеры»']],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('a second predicate with an irregular past', () => {
  it.each([
    ['en: "and took part in"', 'date: 2030-05-10\n\nIn March 2029 the president paid a visit to Osh and took part in the regional forum.',
      ['2029-03 past visit «In March»', '2029-03 past forum «took part»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('a piece cut off at the end of a term is no event', () => {
  it.each([
    ['en', 'date: 2030-05-10\n\nOn May 2, the minister signed a decree under which the visas, permits and patents are extended until July 15.',
      ['2030-05-02 past other «On May»']],
    ['ru', 'date: 2030-05-10\n\n2 мая министр подписал приказ, по которому визы, разрешения и патенты продлены до 15 июля.',
      ['2030-05-02 past agreement «2 мая»']],
    ['en: a lease extended "for 10 years starting in <year>"', 'date: 2030-05-10\n\nOn May 2, the two ministers signed a protocol that extends the lease of the depot, built near Osh, for 10 years starting in 2034.',
      ['2030-05-02 past agreement «On May»']],
    ['ru: «на 10 лет начиная с <year>»', 'date: 2030-05-10\n\n2 мая министры подписали протокол, который продлевает аренду склада, построенного под Ошем, на 10 лет начиная с 2034 года.',
      ['2030-05-02 past agreement «2 мая»']],
    // The year a term starts does not date the extension told with it.
    ['en: "was extended for 10 years starting in <year>"', 'date: 2030-05-10\n\nThe lease of the depot was extended for 10 years starting in 2034.',
      ['2030-05-10 past agreement «The lease»']],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
