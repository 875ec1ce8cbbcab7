import { describe, expect, it } from 'vitest';
import { evidenceText } from './evidence';

describe('evidenceText', () => {
  it.each([
    ['«3 марта» in the sentence, resolved against the article date', '«3 марта» в предложении, отсчитано от даты статьи'],
    ['Planned event; no date in the sentence', 'Запланированное событие; в предложении нет даты'],
    ['Same occasion as the lead event «переговоры» (2021-05-12)', 'То же событие, что и главное «переговоры» (2021-05-12)'],
    ['Article date (Header date 2025-10-30; Dateline «МОСКВА, 30 октября» agrees)', 'Дата статьи (дата в шапке 2025-10-30; строка даты «МОСКВА, 30 октября» совпадает)'],
    ['2022 minus 30 years (the 30th anniversary)', '2022 минус 30 лет (30-летие)'],
    ['implied by the 30th anniversary in 2022-03', 'следует из 30-летия в 2022-03'],
    ['Planned «в ближайшее время»; no date is told', 'Запланировано: «в ближайшее время»; дата не названа'],
    [
      'Article date (Dateline «БИШКЕК, 3 марта»; year 2017 from «25-летие» (kg-ru-diplomatic-relations: 1992 + 25); consistent with Алмазбек Атамбаев as президент (2011-12-01..2017-11-24))',
      'Дата статьи (строка даты «БИШКЕК, 3 марта»; год 2017 — из «25-летие» (kg-ru-diplomatic-relations: 1992 + 25); согласуется с Алмазбек Атамбаев — президент (2011-12-01..2017-11-24))',
    ],
    ['Something the table does not know', 'Something the table does not know'],
  ])('ru: %s', (en, ru) => {
    expect(evidenceText(en, 'ru')).toBe(ru);
  });

  it('leaves quoted words alone, even when they look like a phrase of the table', () => {
    expect(evidenceText('«Article date as in the sentence» in the sentence', 'ru')).toBe('«Article date as in the sentence» в предложении');
  });

  it('keeps English as it is', () => {
    expect(evidenceText('«3 марта» in the sentence', 'en')).toBe('«3 марта» in the sentence');
  });
});
