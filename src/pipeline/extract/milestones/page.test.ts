import { describe, expect, it } from 'vitest';
import { isControlMenu } from './page';

describe('isControlMenu: a line of page controls is not the article', () => {
  it.each([
    ['Версия для печати | Отправить другу | Обсудить в форуме', true],
    ['Распечатать | Отправить другу | Обсудить на форуме', true],
    ['Версия для печати   |   Подписаться на рассылку', true],
    ['Share | Print | Comment on the forum', true],
    // Items each in square brackets.
    ['[Распечатать] [Переслать] [Обсудить на форуме]', true],
    ['[Print this page] [E-mail a friend]', true],
    ['[Фото] Министры подписали протокол о сотрудничестве в Москве', false],
    ['[Обновлено] [Министры подписали в Москве протокол о сотрудничестве в сфере энергетики]', false],
    // A stamp beside a headline, a pipe inside a sentence, no pipe at all.
    ['03.10.2022 | Президент принял посла соседней страны в своей резиденции', false],
    ['Министры подписали протокол | Итоги переговоров в Москве подведены на пресс-конференции', false],
    ['Версия для печати', false],
    // A line of hashtags labels the page; a sentence with a hashtag in it is still the article.
    ['#Губернатор #Бишкек #Иннопром', true],
    ['#Kyrgyzstan, #Russia, #SCO2025', true],
    ['#Иннопром', true],
    ['Делегация приедет на #Иннопром в июле', false],
  ] as const)('«%s» → %s', (text, want) => {
    expect(isControlMenu(text)).toBe(want);
  });
});
