/**
 * A third country's official named by a nationality adjective (or possessive) and an office: «казахстанский министр
 * транспорта», "the Kazakh Transport Minister", "Mongolia's Energy Minister". The title's country is that country, so the
 * milestone stage treats the speaker as a third country's official (a statement of theirs is no Kyrgyz–Russian step).
 * English portfolio words between the adjective and "Minister" ("Transport", "Energy and Mining") are part of the office.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { lowerSameLength } from '../lower';
import { findTitles, roleBefore } from './roles';

/** The country of the role written before `name` in `text`. */
function countryBefore(text: string, name: string, lang: 'ru' | 'en'): string | null {
  const lower = lowerSameLength(text);
  const start = text.indexOf(name);
  return roleBefore(text, findTitles(lower.slice(0, start), 0, lang), start, start + name.length)?.country ?? null;
}

describe('a third country named by adjective and office', () => {
  it.each([
    // English: an adjective, portfolio words, then the office.
    ['en', 'The Kazakh Transport Minister Erbol Sadykov said the corridor would open.', 'Erbol Sadykov', 'KZ'],
    ['en', "Kazakhstan's Transport Minister Erbol Sadykov said the corridor would open.", 'Erbol Sadykov', 'KZ'],
    ['en', 'Kazakhstan’s Agriculture Minister Erbol Sadykov visited the fair.', 'Erbol Sadykov', 'KZ'],
    ['en', 'Tajik Energy Minister Farrukh Nazarov inspected the line.', 'Farrukh Nazarov', 'TJ'],
    ['en', 'Turkmen Energy Minister Serdar Orazov signed the contract.', 'Serdar Orazov', 'TM'],
    ['en', 'Azerbaijani Transport Minister Elvin Guliyev opened the port.', 'Elvin Guliyev', 'AZ'],
    ['en', 'Armenian Economy and Trade Minister Aram Sargsyan spoke first.', 'Aram Sargsyan', 'AM'],
    ['en', 'Belarusian Industry Minister Pavel Zhuk arrived on Monday.', 'Pavel Zhuk', 'BY'],
    ['en', 'Chinese Commerce Minister Wang Lei met the delegation.', 'Wang Lei', 'CN'],
    ['en', 'Turkish Trade Minister Emre Kaya said exports had grown.', 'Emre Kaya', 'TR'],
    ['en', 'Mongolian Energy and Mining Minister Bat Erdene said the grid was ready.', 'Bat Erdene', 'MN'],
    ["en", "Mongolia's Road Minister Bat Erdene said the grid was ready.", 'Bat Erdene', 'MN'],
    ['en', 'Afghan Commerce Minister Nazir Rahimi asked for wheat.', 'Nazir Rahimi', 'AF'],
    ['en', 'Uzbek Transport Minister Rustam Aliev said the road was open.', 'Rustam Aliev', 'UZ'],
    // Russian: the adjective in any case and gender, the office and its portfolio after it.
    ['ru', 'Казахстанский министр транспорта Ербол Садыков заявил, что коридор откроют.', 'Ербол Садыков', 'KZ'],
    ['ru', 'Встреча с казахстанским министром транспорта Ерболом Садыковым прошла в Караколе.', 'Ерболом Садыковым', 'KZ'],
    ['ru', 'Таджикский министр энергетики Фаррух Назаров осмотрел линию.', 'Фаррух Назаров', 'TJ'],
    ['ru', 'Туркменский министр энергетики Сердар Оразов подписал контракт.', 'Сердар Оразов', 'TM'],
    ['ru', 'Азербайджанский министр транспорта Эльвин Гулиев открыл порт.', 'Эльвин Гулиев', 'AZ'],
    ['ru', 'Армянская министр экономики Анна Саргсян выступила первой.', 'Анна Саргсян', 'AM'],
    ['ru', 'Белорусский министр спорта Павел Жук прибыл в понедельник.', 'Павел Жук', 'BY'],
    ['ru', 'Китайский министр коммерции Ван Лэй принял делегацию.', 'Ван Лэй', 'CN'],
    ['ru', 'Турецкий министр торговли Эмре Кая заявил, что экспорт вырос.', 'Эмре Кая', 'TR'],
    ['ru', 'Монгольский министр энергетики Бат Эрдэнэ заявил, что сеть готова.', 'Бат Эрдэнэ', 'MN'],
    ['ru', 'Министр энергетики Монголии Бат Эрдэнэ заявил, что сеть готова.', 'Бат Эрдэнэ', 'MN'],
    ['ru', 'Афганский министр торговли Назир Рахими попросил пшеницы.', 'Назир Рахими', 'AF'],
    ['ru', 'Министр торговли Афганистана Назир Рахими попросил пшеницы.', 'Назир Рахими', 'AF'],
    ['ru', 'Министр энергетики Туркменистана Сердар Оразов подписал контракт.', 'Сердар Оразов', 'TM'],
    // The two sides keep their own countries; an office with no country word stays open.
    ['en', 'Kyrgyz Transport Minister Bakyt Osmonov said the road was open.', 'Bakyt Osmonov', 'KG'],
    ['en', 'Russian Transport Minister Ivan Petrov said the road was open.', 'Ivan Petrov', 'RU'],
    ['en', 'The Transport Minister Ivan Petrov said the road was open.', 'Ivan Petrov', null],
    ['en', 'On Monday Transport Minister Ivan Petrov said the road was open.', 'Ivan Petrov', null],
    ['ru', 'Министр транспорта Иван Петров заявил, что дорога открыта.', 'Иван Петров', null],
    // The run of capitalised words stops at a full stop and a line break: the country of the sentence before is not the title's.
    ['en', 'The day ended with a tour of the Russian Museum.\n\nTransport Minister Ivan Petrov joined the talks.', 'Ivan Petrov', null],
    ['en', 'They toured the Kazakh Pavilion. Transport Minister Ivan Petrov joined the talks.', 'Ivan Petrov', null],
  ] as const)('%s: %s', (lang, text, name, country) => {
    expect(countryBefore(text, name, lang)).toBe(country);
  });
});
