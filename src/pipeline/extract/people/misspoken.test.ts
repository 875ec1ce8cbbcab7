/** A name taken back at once by the speaker («… Бектуровым... извините, …», "… Bekturov — sorry, …"). Every sentence is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractPeople } from '../people';

const names = (text: string) => extractPeople(toDoc('t.txt', `date: 2031-02-11\n\n${text}`).doc).map((p) => p.nameEn);

describe('a name taken back', () => {
  it.each([
    ['ru: «… извините, с министром …»', 'Вчера в Оше мой коллега беседовал с министром экономики Русланом Бектуровым... извините, с министром экономики Русланом Абдылдаевым, о поставках хлопка.', ['Ruslan Abdyldayev']],
    ['ru: «…, простите, …»', 'Мы говорили с министром транспорта Асаном Мамытовым, простите, с министром транспорта Асаном Кадыровым.', ['Asan Kadyrov']],
    ['ru: a name not taken back stays', 'Вчера в Оше мой коллега беседовал с министром экономики Русланом Бектуровым о поставках хлопка.', ['Ruslan Bekturov']],
    ['en: "— sorry, …"', 'In Osh I met Economy Minister Ruslan Bekturov... sorry, Economy Minister Ruslan Abdyldayev, and we discussed supplies.', ['Ruslan Abdyldayev']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
