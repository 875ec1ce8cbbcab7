import { describe, expect, it } from 'vitest';
import { digestItems } from './digest-item';
import { milestoneLines as run } from './test-kit';

describe('an item of a news digest that names neither side tells another story of the day', () => {
  it.each([
    ['en: a numbered evening digest: the vote abroad is dropped, the talks stay',
      'date: 2019-03-05\n\nNews of the day:\n\n1. Prime Minister of Kyrgyzstan met the Russian Prime Minister in Sochi.\n\n2. Brazilians vote today in the presidential election.\n\n3. The som rate was set at 69.8 per dollar.',
      ['2019-03-05 past meeting «Prime Minister»']],
    ['en: a bulleted digest: a forum abroad that ends tomorrow is no plan of the two',
      'date: 2019-03-05\n\nTop stories:\n\n• The Russian ambassador met the Kyrgyz foreign minister in Bishkek.\n\n• The Munich Security Conference ends tomorrow.\n\n• Bread prices rose by two percent.',
      ['2019-03-05 past meeting «• The»']],
    ['ru: «3. Франция открыла консульство …» in a numbered digest is dropped',
      'date: 2019-03-05\n\nГлавное за день\n\n1. Премьер-министр Киргизии провел переговоры с российским коллегой в Москве.\n\n2. Курс доллара вырос до 66 рублей.\n\n3. Франция открыла консульство в Марселе.',
      ['2019-03-05 past meeting «Премьер-министр Киргизии»']],
    ['ru: an item naming no side but the pair told before («президенты») stays',
      'date: 2019-03-05\n\nИтоги недели\n\n🔹 Президент России находился в Киргизии с визитом.\n\n🔹 1 марта президенты приняли участие в саммите ОДКБ.\n\n🔹 В Бишкеке выпал снег.',
      ['2019-03-05 past visit «🔹 Президент»', '2019-03-01 past summit «🔹 1»']],
    ['ru: an item naming a Russian city («в Сочи») stays',
      'date: 2019-03-05\n\nГлавное за день\n\n1. В Сочи открылась выставка киргизских товаров.\n\n2. Курс доллара вырос до 66 рублей.\n\n3. В Москве до +5.',
      ['2019-03-05 past forum «В Сочи»']],
    // Two list lines only split one story: no digest.
    ['en: two bullets are no digest',
      'date: 2019-03-05\n\nThe Kyrgyz minister held talks in Moscow.\n\n• The ministers opened a new trade house.\n\n• Prices rose.',
      ['2019-03-05 past meeting «The Kyrgyz»', '2019-03-05 past other «• The»']],
    // A list closed by semicolons enumerates the documents signed: its items name no side and stay.
    ['ru: a numbered list of documents signed is no digest',
      'date: 2019-03-05\n\nВ присутствии президентов России и Киргизии подписаны документы:\n1. Совместное заявление;\n2. Меморандум о сотрудничестве в сфере образования;\n3. Программа сотрудничества на 2020–2022 годы.',
      ['2019-03-05 past other «Программа сотрудничества»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('digest list lines', () => {
  it.each([
    ['numbered lines', 'a\n1. x\n2. y\n3. z', 3],
    ['bullets of several kinds', '• x\n▪️ y\n🔹 z', 3],
    ['too few', '1. x\n2. y', 0],
    ['a year that opens a line is no number of a list', '2019. x\n2020. y\n2021. z', 0],
    ['a list closed by semicolons', '1. x;\n2. y;\n3. z.', 0],
  ])('%s', (_name, text, n) => {
    expect(digestItems(text)).toHaveLength(n);
  });
});
