import { describe, expect, it } from 'vitest';
import { documentLabel } from './document-title';

describe('documentLabel: a document titled by its subject, cut at whole words', () => {
  it.each([
    ['ru', 'Стороны подписали соглашение о строительстве Верхней ГЭС-2 и каскада станций.', 'Соглашение о строительстве Верхней ГЭС-2'],
    ['ru', 'Подписан протокол о сотрудничестве в области спорта.', 'Протокол о сотрудничестве'],
    ['en', 'They signed an agreement on the Tashkent-3 plant and its grid.', 'agreement on Tashkent-3 plant'],
    ['en', 'The ministers signed a roadmap on developing new routes the next day.', 'roadmap on developing new routes'],
    ['en', 'They signed an agreement on Monday setting out rents.', 'agreement signed'],
  ] as const)('%s: «%s»', (lang, clause, want) => {
    const label = documentLabel(clause, lang);
    expect((lang === 'ru' ? label?.labelRu : label?.labelEn) ?? null).toBe(want);
  });
});
