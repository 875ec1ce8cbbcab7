/** Words the synthetic corpus is made of: months, cities with their cases, outlets, topics, trade levels. */

export const MONTHS_RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const MONTHS_RU_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
export const MONTHS_RU_ABBR = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS_RU_ACC = ['в воскресенье', 'в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу'];
export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A city with the Russian forms the templates need; `from`/`to` bound names that changed. */
export interface City {
  ru: string;
  ruPrep: string;
  ruAcc: string;
  ruUpper: string;
  en: string;
  country: 'KG' | 'RU' | 'other';
  from?: number;
  to?: number;
}

export const CITIES: City[] = [
  { ru: 'Бишкек', ruPrep: 'Бишкеке', ruAcc: 'Бишкек', ruUpper: 'БИШКЕК', en: 'Bishkek', country: 'KG' },
  { ru: 'Москва', ruPrep: 'Москве', ruAcc: 'Москву', ruUpper: 'МОСКВА', en: 'Moscow', country: 'RU' },
  { ru: 'Ош', ruPrep: 'Оше', ruAcc: 'Ош', ruUpper: 'ОШ', en: 'Osh', country: 'KG' },
  { ru: 'Чолпон-Ата', ruPrep: 'Чолпон-Ате', ruAcc: 'Чолпон-Ату', ruUpper: 'ЧОЛПОН-АТА', en: 'Cholpon-Ata', country: 'KG' },
  { ru: 'Санкт-Петербург', ruPrep: 'Санкт-Петербурге', ruAcc: 'Санкт-Петербург', ruUpper: 'САНКТ-ПЕТЕРБУРГ', en: 'Saint Petersburg', country: 'RU' },
  { ru: 'Казань', ruPrep: 'Казани', ruAcc: 'Казань', ruUpper: 'КАЗАНЬ', en: 'Kazan', country: 'RU' },
  { ru: 'Сочи', ruPrep: 'Сочи', ruAcc: 'Сочи', ruUpper: 'СОЧИ', en: 'Sochi', country: 'RU' },
  { ru: 'Екатеринбург', ruPrep: 'Екатеринбурге', ruAcc: 'Екатеринбург', ruUpper: 'ЕКАТЕРИНБУРГ', en: 'Yekaterinburg', country: 'RU' },
  { ru: 'Новосибирск', ruPrep: 'Новосибирске', ruAcc: 'Новосибирск', ruUpper: 'НОВОСИБИРСК', en: 'Novosibirsk', country: 'RU' },
  { ru: 'Каракол', ruPrep: 'Караколе', ruAcc: 'Каракол', ruUpper: 'КАРАКОЛ', en: 'Karakol', country: 'KG' },
  { ru: 'Джалал-Абад', ruPrep: 'Джалал-Абаде', ruAcc: 'Джалал-Абад', ruUpper: 'ДЖАЛАЛ-АБАД', en: 'Jalal-Abad', country: 'KG' },
  { ru: 'Астана', ruPrep: 'Астане', ruAcc: 'Астану', ruUpper: 'АСТАНА', en: 'Astana', country: 'other', from: 1998, to: 2018 },
  { ru: 'Нур-Султан', ruPrep: 'Нур-Султане', ruAcc: 'Нур-Султан', ruUpper: 'НУР-СУЛТАН', en: 'Nur-Sultan', country: 'other', from: 2019, to: 2022 },
  { ru: 'Душанбе', ruPrep: 'Душанбе', ruAcc: 'Душанбе', ruUpper: 'ДУШАНБЕ', en: 'Dushanbe', country: 'other' },
  { ru: 'Минск', ruPrep: 'Минске', ruAcc: 'Минск', ruUpper: 'МИНСК', en: 'Minsk', country: 'other' },
  { ru: 'Ереван', ruPrep: 'Ереване', ruAcc: 'Ереван', ruUpper: 'ЕРЕВАН', en: 'Yerevan', country: 'other' },
];

export const KG_NAMES_RU = { nom: ['Киргизия', 'Кыргызстан', 'Кыргызская Республика', 'КР'], gen: ['Киргизии', 'Кыргызстана', 'Кыргызской Республики', 'КР'] };
export const RU_NAMES_RU = { nom: ['Россия', 'РФ', 'Российская Федерация'], gen: ['России', 'РФ', 'Российской Федерации'] };
export const KG_NAMES_EN = ['Kyrgyzstan', 'the Kyrgyz Republic', 'Kyrgyzstan', 'Kirghizia'];
export const RU_NAMES_EN = ['Russia', 'the Russian Federation', 'Russia', 'Moscow'];

/** Outlets, used in datelines and `source:` headers. */
export const OUTLETS_RU = ['РИА Новости', 'ТАСС', 'Интерфакс', 'КирТАГ', 'Кабар', '24.kg', 'АКИpress', 'Sputnik Кыргызстан', 'ИА REGNUM', 'Вечерний Бишкек', 'Российская газета', 'Коммерсантъ', 'Известия', 'Азаттык'];
export const OUTLETS_EN = ['Reuters', 'TASS', 'AKIpress', '24.kg', 'Kabar', 'Interfax', 'Eurasianet', 'RFE/RL', 'The Diplomat', 'Times of Central Asia', 'Xinhua', 'AP'];
export const DOMAINS = ['ria.ru', 'tass.ru', 'kabar.kg', '24.kg', 'akipress.org', 'interfax.ru', 'regnum.ru', 'kommersant.ru', 'eurasianet.org', 'rg.ru', 'vb.kg', 'kg.sputniknews.ru'];

/** Agreement topics: Russian (prepositional after «о») and English. */
export const TOPICS: [string, string][] = [
  ['военно-техническом сотрудничестве', 'military-technical cooperation'],
  ['трудовой миграции', 'labour migration'],
  ['строительстве каскада Верхненарынских ГЭС', 'building the Upper Naryn hydropower cascade'],
  ['реструктуризации государственного долга', 'restructuring the state debt'],
  ['взаимной защите инвестиций', 'mutual protection of investments'],
  ['сотрудничестве в сфере образования', 'cooperation in education'],
  ['поставках нефтепродуктов', 'supplies of petroleum products'],
  ['статусе российской военной базы', 'the status of the Russian military base'],
  ['Российско-Кыргызском фонде развития', 'the Russian-Kyrgyz Development Fund'],
  ['строительстве школ с русским языком обучения', 'building Russian-language schools'],
  ['межрегиональном сотрудничестве', 'interregional cooperation'],
  ['безвизовом режиме', 'visa-free travel'],
  ['сотрудничестве в области здравоохранения', 'cooperation in healthcare'],
  ['мирном использовании атомной энергии', 'peaceful use of nuclear energy'],
  ['цифровой маркировке товаров', 'digital labelling of goods'],
];

/** Multilateral bodies hosting summits: Russian, Russian genitive phrase, English. */
export const BODIES: { ru: string; ruGen: string; en: string; from: number }[] = [
  { ru: 'СНГ', ruGen: 'Совета глав государств СНГ', en: 'CIS', from: 1992 },
  { ru: 'ОДКБ', ruGen: 'Совета коллективной безопасности ОДКБ', en: 'CSTO', from: 2002 },
  { ru: 'ШОС', ruGen: 'Совета глав государств ШОС', en: 'SCO', from: 2001 },
  { ru: 'ЕАЭС', ruGen: 'Высшего Евразийского экономического совета', en: 'EAEU', from: 2015 },
  { ru: 'ЕврАзЭС', ruGen: 'Межгосударственного совета ЕврАзЭС', en: 'EurAsEC', from: 2001 },
];

/** Forums: Russian name, English name, first year. */
export const FORUMS: [string, string, number][] = [
  ['Петербургский международный экономический форум', 'St Petersburg International Economic Forum', 1997],
  ['Форум межрегионального сотрудничества России и Киргизии', 'Russia–Kyrgyzstan Interregional Cooperation Forum', 2011],
  ['Международный экономический форум «Россия — Исламский мир: KazanForum»', 'KazanForum', 2009],
  ['Восточный экономический форум', 'Eastern Economic Forum', 2015],
  ['Иссык-Кульский форум', 'Issyk-Kul Forum', 2004],
  ['Российская энергетическая неделя', 'Russian Energy Week', 2017],
];

/** Approximate bilateral trade turnover (USD billions) for a year; a smooth curve plus the generator's noise. */
export function tradeLevel(year: number): number {
  if (year <= 1995) return 0.25 + (year - 1992) * 0.03;
  if (year <= 2008) return 0.35 + (year - 1995) * 0.12;
  if (year <= 2014) return 1.9 + (year - 2008) * 0.05;
  if (year <= 2016) return 1.7 - (year - 2014) * 0.2;
  if (year <= 2021) return 1.5 + (year - 2016) * 0.12;
  return 2.4 + (year - 2021) * 0.28;
}
