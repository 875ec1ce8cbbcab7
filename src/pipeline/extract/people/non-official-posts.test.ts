import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: { date: '2019-11-20' }, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), knowledgeLexicon()).map((p) => p.nameRu);

/** Posts of the arts, of a university's chair and of a firm's founding are no office, whatever verb of an act follows. */
describe('non-official posts before a name', () => {
  it.each([
    ['a theatre’s artistic director', 'Художественный руководитель Камерного театра Олег Смирнов заявил, что премьера пройдёт в марте.', 'ru', []],
    ['the director of a theatre', 'Директор драматического театра Олег Смирнов встретил гостей из Омска.', 'ru', []],
    ['the head of a university chair', 'Заведующий кафедрой химии Павел Громов рассказал о новых приборах.', 'ru', []],
    ['a firm’s founder', 'Прибыль сервиса выросла вдвое, сообщил его основатель Павел Громов.', 'ru', []],
    ['an artistic director in English', 'Artistic Director Oleg Smirnov said the troupe would tour Osh.', 'en', []],
    ['a founder in English', 'The company’s founder Pavel Gromov said revenue had doubled.', 'en', []],
    // «фонд» names a thing after a person only right before the name; with words of its own name between, the name heads it.
    ['the head of a state fund with a name of its own', 'Глава Российского фонда прямых инвестиций Олег Смирнов сообщил о новом проекте.', 'ru', ['Олег Смирнов']],
    ['the chairman of a development fund’s board', 'Председатель правления Российско-Кыргызского фонда развития Олег Смирнов подписал кредитное соглашение.', 'ru', ['Олег Смирнов']],
    ['the chairman of a fund’s board, the name in the nominative right after it', 'Председатель правления фонда Олег Смирнов рассказал о кредитах малому бизнесу.', 'ru', ['Олег Смирнов']],
    ['a fund named after a person', 'Сотрудники фонда Олега Смирнова передали помощь школе.', 'ru', []],
    ['a charity’s head stays no official', 'Председатель благотворительного фонда развития села Олег Смирнов передал помощь.', 'ru', []],
    // An office keeps its holder: a minister visiting a theatre is still the minister.
    ['a minister at the theatre', 'Министр культуры Олег Смирнов посетил театр оперы.', 'ru', ['Олег Смирнов']],
    // «отвечая на вопросы журналистов» after the comma is the minister's act, not an apposition naming him a journalist.
    // A head of a rights group, told in an apposition or a relative clause after the name, is no official.
    ['en: "X, who heads the … rights group"', '"Bans split families," said Aigul Asanova, who heads the Osh-based migrants\' rights group Adilet.', 'en', []],
    ['ru: «X, возглавляющая правозащитный центр»', 'Об этом сообщила Айгуль Асанова, возглавляющая правозащитный центр «Адилет».', 'ru', []],
    ['en: "who heads the delegation" stays an official\'s', 'Minister Aigul Asanova, who heads the delegation, said talks went well.', 'en', ['Айгуль Асанова']],
    ['a clause of answering reporters', 'Министр экономики Олег Смирнов, отвечая на вопросы журналистов, сообщил о росте экспорта.', 'ru', ['Олег Смирнов']],
  ] as const)('%s', (_name, text, language, want) => {
    expect(names(text, language)).toEqual(want);
  });
});

/** An occupation opening the sentence right before a name («Строитель …», «Мигрант …») names no office. */
describe('an occupation before a name', () => {
  it.each([
    ['a builder quoted', 'Строитель Тимур Осмонов заявил, что бригада закончит крышу к маю.', []],
    ['a migrant quoted', 'Мигрант Азамат Кочкоров заявил, что работает в Казани пятый год.', []],
    // A ministry of construction is no builder: the word is matched in its own forms only.
    ['a minister of construction', 'Министр строительства Олег Смирнов провёл переговоры в Оше.', ['Олег Смирнов']],
  ] as const)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

/** A transcript's speaker label in capitals («КОРРЕСПОНДЕНТ:») before an official's title is no credit line. */
describe('a speaker label before a title', () => {
  it.each([
    ['the reporter speaks of a minister', 'КОРРЕСПОНДЕНТ: Министр экономики Олег Смирнов назвал новый завод главным проектом года.', ['Олег Смирнов']],
    // A credit names its author right after the label, or after the source and a slash.
    ['a reporter credited', 'Корреспондент: Олег Смирнов', []],
    ['a photo credited after a press office', 'Фото: пресс-служба министерства / Олег Смирнов', []],
  ] as const)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

/** After «Как рассказал X,» a plural adjective opens the sentence's own subject, no apposition of the name. */
describe('a plural subject after a source clause', () => {
  it.each([
    ['schools as the new subject', 'Как рассказал министр просвещения Олег Смирнов, новые школы откроют к осени.', ['Олег Смирнов']],
    // An apposition of one person is singular, and still names a non-official.
    ['a singular apposition', 'Как рассказал Олег Смирнов, известный экономист, цены вырастут к осени.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

/** An honorary consul holds a consular post conferred by the state: the title alone makes the name an official's. */
describe('an honorary consul', () => {
  it.each([
    ['Russian', 'Среди гостей вечера был почётный консул Кыргызстана в Самаре Олег Смирнов.', 'ru', ['Олег Смирнов']],
    ['English', 'Among the guests was the Honorary Consul of Kyrgyzstan in Perm, Oleg Smirnov.', 'en', ['Олег Смирнов']],
  ] as const)('%s', (_name, text, language, want) => {
    expect(names(text, language)).toEqual(want);
  });
});
