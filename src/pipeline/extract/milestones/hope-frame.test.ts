/**
 * Words that name a step without telling it: a hope or readiness to consider («рассчитывает на создание школы», "is ready
 * to consider"), a step promised for when a condition is met («как только», "as soon as"), a document named as the frame of
 * a flow («в рамках соглашения») or as the source of a report («следует из документов»), a meeting verb whose object is a
 * standard ("labs meet Eurasian Union standards"), a plan of consultations, an appeal launched, and what a speaker noted
 * of an accession or a ratification. Positive rows keep the event told plainly. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

const RU = 'date: 2031-04-10\n\n';
const EN = 'date: 2031-04-10\n\n';

describe('hopes, readiness, conditions and frames tell no step', () => {
  it.each([
    // A hope or an expectation of a step.
    ['ru: «рассчитывает на создание школы»', `${RU}Как сообщила пресс-служба, мэрия Оша рассчитывает на создание школы гончаров при краеведческом музее.`, []],
    ['ru: «рассчитывает на продолжение … обмена»', `${RU}Ректор Иван Орлов рассчитывает на продолжение обмена студентами с казанскими вузами.`, []],
    ['en: "counts on" more aid', `${EN}The minister said the government counts on more humanitarian aid from Moscow.`, []],
    // Readiness to consider and a condition.
    ['ru: «готова рассмотреть» an opening', `${RU}Глава района уточнил, что администрация готова рассмотреть открытие второго ледового катка.`, []],
    ['ru: «предложил … рассмотреть открытие» a proposal to consider', `${RU}Губернатор предложил соседям рассмотреть открытие прямых рейсов из Караколя в Томск.`, []],
    ['ru: «рассматривает запуск» a launch considered', `${RU}Перевозчик также рассматривает запуск полетов из Читы.`, []],
    ['en: "as soon as" a condition is met', `${EN}The librarian said the reading hall would be reopened as soon as the roof is repaired.`, []],
    // A document as a frame or a source.
    ['ru: «в рамках соглашения» frames a flow', `${RU}Саженцы яблонь поставлялись в питомник бесплатно в рамках соглашения о сотрудничестве двух университетов.`, []],
    ['ru: «следует из документов» names a source', `${RU}Мэрия хочет потратить остаток субсидии на озеленение парков, следует из документов горсовета.`, []],
    ['en: "meet … standards" is no meeting', `${EN}The minister said exports could resume once the labs meet Eurasian Union standards.`, []],
    // A plan of consultations is a document named, no consultations held; an appeal launched is no opening.
    ['en: "the consultation plan" is no consultations', `${EN}The ministers will review how the two foreign ministries' consultation plan is being carried out.`, []],
    ['ru: «план консультаций» is no consultations', `${RU}Министры обсудят выполнение плана межмидовских консультаций.`, []],
    ['en: an appeal launched is no opening', `${EN}The Red Crescent launched an emergency appeal for the flood victims on April 3.`, []],
    // What a leader noted of an accession is an opinion on it, after the signing told.
    ['ru: «отметил, что вступление …» after the signing', `${RU}3 апреля президенты подписали договор о присоединении республики к союзу. Спикер парламента отметил, что вступление в союз упростит экспорт меда.`, ['2031-04-03 past agreement «3 апреля»']],
    ['en: "noted that … accession to" after the signing', `${EN}On April 3 the presidents signed the treaty on the republic's accession to the union. The premier noted that the republic's accession to the union would open markets for farmers.`, ['2031-04-03 past agreement «On April»']],
    // What a speaker stressed of a ratification just voted is a view of it, no second ratification.
    ['ru: «подчеркнул, что ратификация …» after the vote', `${RU}3 апреля парламент ратифицировал соглашение с Россией о туризме. Спикер, подводя итоги заседания, подчеркнул, что ратификация соглашения «откроет горы для туристов».`, ['2031-04-03 past agreement «3 апреля»']],
    ['en: "stressed that the ratification …" after the vote', `${EN}On April 3 the parliament ratified the tourism agreement with Russia. The speaker stressed that the ratification would bring more visitors to the lakes.`, ['2031-04-03 past agreement «On April»']],
    // Positive: the steps told plainly stay.
    ['ru: a loan granted', `${RU}Россия 3 апреля предоставила Киргизии кредит на поддержку фермеров.`, ['2031-04-03 past other «Россия 3»']],
    ['ru: «в рамках визита подписано соглашение» stays', `${RU}Министр сообщил, что в рамках визита 3 апреля подписано соглашение о торговле.`, ['2031-04-03 past agreement «Министр сообщил,»']],
    ['ru: a document signed in the frame of a visit', `${RU}В рамках визита 3 апреля министры подписали соглашение о торговле.`, ['2031-04-03 past agreement «В рамках»']],
    ['ru: consultations held', `${RU}Консультации министерств иностранных дел двух стран прошли 3 апреля в Бишкеке.`, ['2031-04-03 past meeting «Консультации министерств»']],
    ['en: ministers meet on standards', `${EN}The Kyrgyz and Russian agriculture ministers will meet on April 14 to discuss veterinary standards.`, ['2031-04-14 planned meeting «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
