import { describe, expect, it } from 'vitest';
import type { MilestoneType, PartialDate, Status } from '../../schema/dataset';
import { splitSentences } from '../read';
import type { ArticleDate, ArticleDoc, DateMention, PersonDraft } from '../types';
import { extractMilestones } from './milestones';

/** Invented people: each with the surface forms used in the fixtures below. */
const PEOPLE: Record<string, [nameRu: string, nameEn: string, forms: string[]]> = {
  sariev: ['Темир Сариев', 'Temir Sariyev', ['Темира Сариева', 'Темир Сариев', 'Temir Sariyev', 'Sariyev']],
  medvedev: ['Дмитрий Медведев', 'Dmitry Medvedev', ['Дмитрия Медведева', 'Медведевым', 'Dmitry Medvedev', 'Medvedev']],
  shoigu: ['Сергей Шойгу', 'Sergei Shoigu', ['Сергей Шойгу', 'Шойгу']],
  babanov: ['Омурбек Бабанов', 'Omurbek Babanov', ['Омурбека Бабанова', 'Бабанов', 'Babanov']],
};

function doc(text: string, language: 'ru' | 'en'): ArticleDoc {
  return { id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language };
}

function people(text: string, ids: string[]): PersonDraft[] {
  return ids.map((id) => {
    const [nameRu, nameEn, forms] = PEOPLE[id]!;
    const mentions = forms.flatMap((f) => {
      const out = [];
      for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) out.push({ start: at, end: at + f.length, text: f });
      return out;
    });
    const kept = mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    return { id, nameRu, nameEn, country: null, textRoles: [], mentions: kept, known: true };
  });
}

/** Hand-made date mentions, as the dates pass would give them: phrase → resolved date. */
function mentions(text: string, list: [phrase: string, date: PartialDate, relative?: boolean][]): DateMention[] {
  return list.map(([phrase, date, relative]) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
    return { start, end: start + phrase.length, text: phrase, date, relative: relative ?? false };
  });
}

const articleDate = (date: PartialDate | null, place: string | null = null): ArticleDate => ({
  date,
  evidence: date ? `Header date ${date}` : 'No date',
  basis: date ? 'header' : 'none',
  monthDay: null,
  place,
  outlet: null,
  span: null,
});

interface Want {
  /** A phrase of the milestone's quote. */
  in: string;
  type?: MilestoneType;
  date?: PartialDate | null;
  status?: Status;
  bilateral?: boolean;
  derived?: boolean;
  people?: string[];
  place?: string | null;
}

interface Row {
  name: string;
  lang?: 'ru' | 'en';
  text: string;
  date: PartialDate | null;
  place?: string;
  dates?: [string, PartialDate, boolean?][];
  who?: string[];
  want: Want[];
  /** Exact number of milestones, when the row checks that nothing else is emitted. */
  count?: number;
}

const rows: Row[] = [
  // Main events: the reporter's past-tense narrative takes the article date.
  { name: 'talks in the lead', text: 'В Бишкеке состоялись переговоры Темира Сариева и Дмитрия Медведева.', date: '2016-04-14', who: ['sariev', 'medvedev'],
    want: [{ in: 'состоялись переговоры', type: 'meeting', date: '2016-04-14', status: 'past', people: ['sariev', 'medvedev'], place: 'Бишкек', bilateral: true }], count: 1 },
  { name: 'dateline place for the main event', text: 'Премьер-министры провели переговоры.', date: '2016-04-14', place: 'Ош',
    want: [{ in: 'провели переговоры', place: 'Ош' }] },
  { name: 'IGC session', text: 'В Москве прошло двенадцатое заседание межправительственной комиссии по сотрудничеству.', date: '2014-06-02',
    want: [{ in: 'межправительственной комиссии', type: 'igc_session', date: '2014-06-02', place: 'Москва' }] },
  { name: 'year-only article date gives no main-event date', text: 'В Бишкеке прошли переговоры министров.', date: '2016',
    want: [{ in: 'переговоры', type: 'meeting', date: null }] },
  { name: 'unknown article date is never invented', text: 'Президент прибыл в Бишкек с официальным визитом.', date: null,
    want: [{ in: 'прибыл', type: 'visit', date: null }] },
  // Planned events.
  { name: 'planned visit with a date', text: 'Министр обороны России Сергей Шойгу посетит Киргизию 12 мая.', date: '2017-04-20', dates: [['12 мая', '2017-05-12']], who: ['shoigu'],
    want: [{ in: 'посетит', type: 'visit', date: '2017-05-12', status: 'planned', people: ['shoigu'] }] },
  { name: 'planned visit without a date', text: 'Ожидается, что премьер-министр посетит Ош.', date: '2017-04-20',
    want: [{ in: 'посетит', type: 'visit', date: null, status: 'planned' }] },
  { name: 'month-level planned date', text: 'Визит главы правительства запланирован на март.', date: '2018-01-15', dates: [['на март', '2018-03']],
    want: [{ in: 'Визит', type: 'visit', date: '2018-03', status: 'planned' }] },
  { name: 'one sentence, two dated stops', text: 'Министр посетит Ош 3 июня и Каракол 5 июня.', date: '2019-05-20', dates: [['3 июня', '2019-06-03'], ['5 июня', '2019-06-05']],
    want: [{ in: 'Ош 3 июня', date: '2019-06-03', type: 'visit' }, { in: 'Каракол 5 июня', date: '2019-06-05', type: 'visit' }], count: 2 },
  { name: 'multilateral summit abroad', text: '28 ноября в Минске пройдет саммит ОДКБ.', date: '2017-10-02', dates: [['28 ноября', '2017-11-28']],
    want: [{ in: 'саммит ОДКБ', type: 'summit', date: '2017-11-28', status: 'planned', bilateral: false }] },
  { name: 'a meeting with a third-country leader is no Kyrgyz–Russian milestone', text: 'Президент России встретится с президентом Узбекистана.', date: '2017-10-02',
    want: [], count: 0 },
  { name: 'a meeting on the sidelines with a third-country leader is', text: 'На полях саммита СНГ президент Киргизии встретится с президентом Узбекистана.', date: '2017-10-02',
    want: [{ in: 'встретится', type: 'meeting', status: 'planned' }] },
  // Events that continue the main one.
  { name: 'documents signed after the talks', text: 'В Москве прошла встреча Омурбека Бабанова и Дмитрия Медведева. По итогам встречи подписан меморандум о сотрудничестве в сфере образования.',
    date: '2017-03-06', who: ['babanov', 'medvedev'],
    want: [{ in: 'прошла встреча', type: 'meeting', date: '2017-03-06' }, { in: 'подписан меморандум', type: 'agreement', date: '2017-03-06', status: 'past' }], count: 2 },
  { name: 'a list of signed documents', text: 'Стороны провели переговоры. Подписано соглашение о строительстве завода. Ещё один меморандум касается поставок зерна.', date: '2013-11-11',
    want: [{ in: 'Подписано соглашение', type: 'agreement', date: '2013-11-11' }, { in: 'Ещё один меморандум', type: 'agreement', date: '2013-11-11' }], count: 3 },
  { name: 'wreath laying later that day', text: 'Министры провели переговоры. Позднее министры возложили венки к Вечному огню.', date: '2013-11-11',
    want: [{ in: 'возложили венки', type: 'other', date: '2013-11-11' }] },
  { name: 'sidelines meeting stays bilateral', text: 'На полях саммита ШОС в Ташкенте состоялась встреча министров обороны Киргизии и России.', date: '2016-06-24',
    want: [{ in: 'состоялась встреча', type: 'meeting', date: '2016-06-24', bilateral: true }, { in: 'На полях саммита', type: 'other', date: '2016-06-24', bilateral: false }], count: 2 },
  // Anniversaries and what they imply.
  { name: 'anniversary with month and derived founding', text: 'Министр отметил, что в марте текущего года исполняется 25 лет установлению дипломатических отношений.', date: '2017-02-10',
    dates: [['в марте текущего года', '2017-03', true]],
    want: [{ in: 'исполняется 25 лет', type: 'anniversary', date: '2017-03', status: 'planned', derived: false }, { in: 'исполняется 25 лет', date: '1992-03', status: 'past', derived: true }], count: 2 },
  { name: 'anniversary dated from a known fact', text: 'Стороны вместе отметили 75-летие Победы.', date: '2020-05-09',
    want: [{ in: '75-летие Победы', type: 'anniversary', date: '2020-05-09' }], count: 1 },
  { name: 'anniversary reported a month later keeps only the year', text: 'Стороны вместе отметили 75-летие Победы.', date: '2020-06-20',
    want: [{ in: '75-летие Победы', type: 'anniversary', date: '2020' }], count: 1 },
  { name: 'an anniversary word without a count is no event', text: 'Отмечая значение юбилейной даты, стороны высоко оценили уровень отношений.', date: '2020-05-09', want: [], count: 0 },
  { name: 'the founding date named beside an anniversary dates both events', lang: 'en', text: 'The two countries mark the 20th anniversary of the Treaty of Friendship signed on June 10, 1992.', date: '2012-06-11',
    dates: [['June 10, 1992', '1992-06-10']], want: [{ in: '20th anniversary', type: 'anniversary', date: '2012-06-10', derived: false }, { in: '20th anniversary', date: '1992-06-10', derived: true }] },
  // Trigger families added for agency wording.
  { name: 'receiving a delegation «вчера»', text: 'Премьер-министр принял вчера делегацию Омской области во главе с вице-губернатором.', date: '2019-04-11', dates: [['вчера', '2019-04-10', true]],
    want: [{ in: 'принял вчера делегацию', type: 'meeting', date: '2019-04-10', status: 'past' }], count: 1 },
  // «приняли участие» is no reception: the event is the ceremonial meeting itself.
  { name: 'taking part in a ceremony is no reception', text: 'В торжественном собрании приняли участие руководитель фонда и депутаты.', date: '2019-04-11',
    want: [{ in: 'торжественном собрании', type: 'anniversary', date: '2019-04-11' }], count: 1 },
  { name: 'consultations in a month without a year', text: 'В марте в Бишкеке прошли консультации министерств иностранных дел.', date: '2019-04-11', dates: [['В марте', '2019-03', true]],
    want: [{ in: 'консультации', type: 'meeting', date: '2019-03', place: 'Бишкек' }] },
  { name: 'en: an opening ceremony', lang: 'en', text: 'The two ministers attended the opening ceremony of a new trade house in Osh.', date: '2016-09-02',
    want: [{ in: 'opening ceremony', type: 'other', date: '2016-09-02' }] },
  { name: 'en: full membership of a bloc', lang: 'en', text: 'Kyrgyzstan became a full member of the customs bloc on May 1.', date: '2016-05-03', dates: [['May 1', '2016-05-01']],
    want: [{ in: 'full member', type: 'other', date: '2016-05-01' }] },
  { name: 'establishment of diplomatic relations', text: 'Дипломатические отношения между странами были установлены 3 апреля 1993 года.', date: '2018-04-03', dates: [['3 апреля 1993 года', '1993-04-03']],
    want: [{ in: 'установлены', type: 'other', date: '1993-04-03' }] },
  { name: 'exchange of congratulatory telegrams', text: 'Министры обменялись поздравительными телеграммами.', date: '2018-06-01', want: [{ in: 'обменялись', type: 'other', date: '2018-06-01' }] },
  { name: 'days of culture planned for a month', text: 'В сентябре в Караколе пройдут Дни татарской культуры.', date: '2018-06-01', dates: [['В сентябре', '2018-09', true]],
    want: [{ in: 'Дни татарской культуры', type: 'other', date: '2018-09', status: 'planned' }] },
  { name: 'en: an exhibition next year', lang: 'en', text: 'The governor invited Kyrgyz companies to an industrial exhibition in Kazan next year.', date: '2019-07-02', dates: [['next year', '2020', true]],
    want: [{ in: 'exhibition', type: 'forum', date: '2020', status: 'planned' }] },
  { name: 'a future loan is not dated by the past talks before it', text: 'Стороны провели переговоры. Кроме того, Россия предоставит республике кредит на 50 млн долларов.', date: '2019-07-02',
    want: [{ in: 'провели переговоры', type: 'meeting', date: '2019-07-02' }, { in: 'предоставит', type: 'other', date: null, status: 'planned' }] },
  { name: 'a task set by the presidents', text: 'Министр напомнил о задаче, поставленной главами государств, — удвоить взаимную торговлю.', date: '2019-07-02',
    want: [{ in: 'поставленной', type: 'other' }] },
  { name: 'en: a scheme to start on a day', lang: 'en', text: 'The new tariff scheme will start on March 1.', date: '2019-07-02', dates: [['March 1', '2020-03-01', true]],
    want: [{ in: 'will start', type: 'other', date: '2020-03-01', status: 'planned' }] },
  { name: 'a plan range is not the signing date', text: 'Подписана программа сотрудничества на 2021-2023 годы.', date: '2020-12-10', dates: [['2021-2023 годы', '2021'], ['2023', '2023']],
    want: [{ in: 'Подписана', type: 'agreement', date: '2020-12-10' }], count: 1 },
  { name: 'a headline telling the lead event is one milestone', text: 'В Оше открылся новый культурный центр\nВ Оше после ремонта открылся культурный центр.', date: '2020-12-10',
    want: [{ in: 'после ремонта', type: 'other', date: '2020-12-10' }], count: 1 },
  { name: 'a ceremony of the opening already told is no new event', text: 'В Оше открылся культурный центр. В церемонии открытия приняли участие министры.', date: '2020-12-10',
    want: [{ in: 'открылся', type: 'other', date: '2020-12-10' }], count: 1 },
  { name: 'talks called fruitful are the talks already told', text: 'Стороны провели переговоры. Министр назвал переговоры полезными и напомнил, что в 2019 году торговля выросла.', date: '2020-12-10', dates: [['в 2019 году', '2019']],
    want: [{ in: 'провели переговоры', type: 'meeting', date: '2020-12-10' }], count: 1 },
  // Other kinds of events.
  { name: 'chairmanship this year is ongoing', text: 'В текущем году Киргизия осуществляет председательство в ЕАЭС.', date: '2018-02-01', dates: [['В текущем году', '2018', true]],
    want: [{ in: 'председательство', type: 'other', date: '2018', status: 'ongoing', bilateral: false }] },
  { name: 'restrictions lifted', text: 'Стороны сняли все ограничения на авиасообщение.', date: '2021-07-01',
    want: [{ in: 'сняли все ограничения', type: 'other', date: '2021-07-01', status: 'past' }] },
  { name: 'recalled event without a date', text: 'Ранее Россия списала долг Киргизии.', date: '2021-07-01',
    want: [{ in: 'списала долг', type: 'other', date: null }] },
  { name: 'recalled event with a relative date', text: 'Напомним, что в прошлом году был ратифицирован договор о военной базе.', date: '2021-07-01', dates: [['в прошлом году', '2020', true]],
    want: [{ in: 'ратифицирован', type: 'agreement', date: '2020', status: 'past' }] },
  { name: 'statement when nothing else happens', text: 'Сотрудничество с Россией остается приоритетом, заявил Темир Сариев.', date: '2015-03-03', who: ['sariev'],
    want: [{ in: 'заявил Темир Сариев', type: 'statement', date: '2015-03-03', people: ['sariev'] }], count: 1 },
  // Direct speech.
  { name: 'event told in a quote has no article date', text: '«Мы уже подписали соглашение о свободной торговле услугами, и это важный шаг для обеих наших стран», — сказал Бабанов.', date: '2017-03-06', who: ['babanov'],
    want: [{ in: 'подписали соглашение', type: 'agreement', date: null }] },
  { name: '«this meeting» in a quote is not a new event', text: '«Я рад этой встрече и надеюсь на продуктивный разговор о нашем сотрудничестве», — сказал министр.', date: '2017-03-06', want: [], count: 0 },
  // Negatives.
  { name: 'opinion', text: 'Отношения между странами успешно развиваются.', date: '2017-03-06', want: [], count: 0 },
  { name: 'figure', text: 'Товарооборот между странами в 2016 году вырос на 12%.', date: '2017-03-06', dates: [['2016 году', '2016']], want: [], count: 0 },
  { name: 'organisation mentioned without an event', text: 'Киргизия является членом ЕАЭС и ОДКБ.', date: '2017-03-06', want: [], count: 0 },
  { name: 'interview is not a meeting', text: 'Об этом он сообщил в беседе с ТАСС.', date: '2017-03-06', want: [], count: 0 },
  { name: 'description of a forum', text: 'Форум является ведущей площадкой для диалога.', date: '2017-03-06', want: [], count: 0 },
  { name: 'draft agreement under discussion', text: 'Эксперты изучают проект соглашения о миграции.', date: '2017-03-06', want: [], count: 0 },
  { name: 'profit is not an arrival', text: 'Прибыль совместного предприятия выросла вдвое.', date: '2017-03-06', want: [], count: 0 },
  { name: 'a press conference is not a conference', text: 'Министр ответил на вопросы на пресс-конференции.', date: '2017-03-06', want: [], count: 0 },
  { name: 'a talk with a president is a meeting', text: 'Вечером состоялась беседа с президентом Киргизии.', date: '2017-03-06',
    want: [{ in: 'беседа', type: 'meeting', date: '2017-03-06', bilateral: true }] },
  // One event told twice.
  { name: 'a document\'s horizon («до 2030 года») does not date its signing', text: 'Министры подписали соглашение о сотрудничестве до 2030 года.', date: '2026-09-10',
    dates: [['2030 года', '2030', false]], want: [{ in: 'подписали соглашение', type: 'agreement', date: '2026-09-10' }] },
  { name: 'a signing planned for a later year is dated by it', text: 'Министры подпишут соглашение в 2027 году.', date: '2026-09-10',
    dates: [['2027 году', '2027', false]], want: [{ in: 'подпишут соглашение', type: 'agreement', date: '2027', status: 'planned' }] },
  { name: '«по итогам переговоров» continues the talks, not a step thanked for in between', text: 'Премьер провел в среду переговоры с Медведевым. Премьер поблагодарил за поддержку при вступлении в ЕАЭС в августе прошлого года. По итогам переговоров подписано соглашение о миграции.', date: '2016-11-23',
    dates: [['в среду', '2016-11-23', true], ['августе прошлого года', '2015-08', true]], want: [{ in: 'подписано соглашение', type: 'agreement', date: '2016-11-23' }] },
  { name: 'a relative clause with «провести» dates the session it hangs on, past the commission’s long name', text: 'Итоги будут доложены на заседании Межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству, которое планируется провести в апреле в Москве.', date: '2018-02-20',
    want: [{ in: 'заседании', type: 'igc_session', date: '2018-04' }] },
  { name: 'en: "on Friday" in a Wednesday’s article is the Friday before', lang: 'en', text: 'The ministers signed an agreement on electronic signatures in Moscow on Friday.', date: '2026-05-20',
    want: [{ in: 'signed', type: 'agreement', date: '2026-05-15' }] },
  { name: '«в пятницу» in a Friday’s article is the day itself', text: 'Министры подписали в пятницу в Москве соглашение об электронной подписи.', date: '2026-05-22',
    want: [{ in: 'подписали', type: 'agreement', date: '2026-05-22' }] },
  { name: 'a session planned with a date of its own among the topics of the talks is an event', text: 'Стороны обсудили «дорожную карту» и подготовку к заседанию межправкомиссии, которое решено провести в Бишкеке в марте будущего года.', date: '2009-12-08',
    dates: [['марте будущего года', '2010-03', true]], want: [{ in: 'межправкомиссии', type: 'igc_session', date: '2010-03', status: 'planned' }] },
  { name: 'an anniversary marked on a day of its year takes that day', text: 'Стороны отметили, что переговоры проходят в год 30-летия установления дипломатических отношений, которое отмечалось 20 марта.', date: '2022-04-19',
    dates: [['20 марта', '2022-03-20', false]], want: [{ in: 'в год 30-летия', type: 'anniversary', date: '2022-03-20' }] },
  { name: 'an anniversary without a day of its own is dated by its year', text: 'В этом году страны отмечают 30-летие установления дипломатических отношений.', date: '2022-04-19',
    want: [{ in: '30-летие', type: 'anniversary', date: '2022' }] },
  { name: 'the commission\'s session told again by its co-chairs is one event', text: 'В Москве состоялось заседание межправительственной кыргызско-российской комиссии. Заседание провели сопредседатели комиссии.', date: '2018-11-29',
    want: [{ in: 'состоялось заседание', type: 'igc_session', date: '2018-11-29' }], count: 1 },
  { name: 'headline and lead: the lead is kept', text: 'Шойгу встретился с Бабановым\nБИШКЕК, 6 марта. Сергей Шойгу встретился с Омурбеком Бабановым в Бишкеке.', date: '2017-03-06',
    who: ['shoigu', 'babanov'], want: [{ in: 'Сергей Шойгу встретился с Омурбеком', type: 'meeting', date: '2017-03-06' }], count: 1 },
  { name: 'a meeting with a named counterpart during a visit is new', text: 'Бабанов прибыл в Москву с визитом. На встрече с Дмитрием Медведевым обсуждались вопросы энергетики.', date: '2017-03-06',
    who: ['babanov', 'medvedev'], want: [{ in: 'прибыл', type: 'visit' }, { in: 'На встрече', type: 'meeting', date: '2017-03-06', people: ['medvedev'] }], count: 2 },
  { name: 'transcript labels with initials', text: 'Переговоры прошли в Кремле.\nД.Медведев: Мы подписали соглашение о расширении сотрудничества.\nО.Бабанов: Спасибо.', date: '2017-03-06',
    want: [{ in: 'Мы подписали соглашение', type: 'agreement', date: null }] },
  // English.
  { name: 'en: talks in the dateline lead', lang: 'en', text: 'MOSCOW, October 3 - Russian Prime Minister Dmitry Medvedev and Kyrgyz Prime Minister Temir Sariyev held talks in Moscow.', date: '2015-10-03',
    who: ['medvedev', 'sariev'], want: [{ in: 'held talks', type: 'meeting', date: '2015-10-03', place: 'Moscow', people: ['medvedev', 'sariev'] }] },
  { name: 'en: memorandum following the talks', lang: 'en', text: 'The prime ministers held talks. Following the talks, the sides signed a memorandum on energy cooperation.', date: '2015-10-03',
    want: [{ in: 'signed a memorandum', type: 'agreement', date: '2015-10-03' }] },
  { name: 'en: planned commission session', lang: 'en', text: 'The Intergovernmental Commission will meet in Bishkek on November 12.', date: '2016-10-01', dates: [['November 12', '2016-11-12']],
    want: [{ in: 'Intergovernmental Commission', type: 'igc_session', date: '2016-11-12', status: 'planned', place: 'Bishkek' }] },
  { name: 'en: a weekday ties the event to the article date', lang: 'en', text: 'Medvedev held talks with Babanov in Sochi on Tuesday.', date: '2017', who: ['medvedev', 'babanov'],
    want: [{ in: 'held talks', type: 'meeting', date: '2017', place: 'Sochi' }] },
  { name: 'en: anniversary this year and its founding', lang: 'en', text: 'This year marks the 25th anniversary of diplomatic relations between Russia and Kyrgyzstan.', date: '2017-05-02',
    dates: [['This year', '2017', true]], want: [{ in: '25th anniversary', type: 'anniversary', date: '2017', derived: false }, { in: '25th anniversary', date: '1992', derived: true }], count: 2 },
  { name: 'en: transcript turns are speech', lang: 'en', text: 'Temir Sariyev: We have lifted the restrictions on cargo transport between our countries.\nDmitry Medvedev: Thank you.', date: '2015-10-03',
    who: ['sariev', 'medvedev'], want: [{ in: 'lifted the restrictions', type: 'other', date: null }], count: 1 },
  { name: 'en: a headline «Name: words» is not a transcript', lang: 'en', text: 'Temir Sariyev: Cooperation is developing\nTemir Sariyev spoke at the Russian-Kyrgyz business forum in Osh.', date: '2015-10-03',
    who: ['sariev'], want: [{ in: 'business forum', type: 'forum', date: '2015-10-03', bilateral: true, place: 'Osh' }] },
  { name: 'en: "earlier" in a relative clause does not make the visit recalled', lang: 'en', text: 'Russian President Vladimir Putin has arrived in Bishkek on the final leg of a tour, which earlier took him to Astana.', date: '2017-02-28', want: [{ in: 'arrived', type: 'visit', date: '2017-02-28' }] },
  { name: '«ранее» in a relative clause does not make the talks recalled', text: 'Путин провел переговоры с Атамбаевым, который ранее побывал в Астане.', date: '2017-02-28', want: [{ in: 'переговоры', type: 'meeting', date: '2017-02-28' }] },
  { name: 'en: earlier debt write-off', lang: 'en', text: "Earlier, Russia wrote off Kyrgyzstan's debt.", date: '2015-10-03', want: [{ in: 'wrote off', type: 'other', date: null }] },
  { name: 'en: opinion only', lang: 'en', text: 'Relations between the two countries are developing dynamically.', date: '2015-10-03', want: [], count: 0 },
  // An ordinal anniversary counted from a date told earlier in the sentence.
  { name: 'first anniversary of a document dated earlier in the sentence', text: 'Меморандум стороны подписали 3 мая 2010 года, и через месяц отметят его первую годовщину.', date: '2011-04-05',
    dates: [['3 мая 2010 года', '2010-05-03'], ['через месяц', '2011-05', true]], want: [{ in: 'первую годовщину', type: 'anniversary', date: '2011-05-03' }] },
  { name: 'en: first anniversary of a document dated earlier in the sentence', lang: 'en', text: 'The sides signed the charter on May 3, 2010, and in two weeks they will mark its first anniversary.', date: '2011-04-20',
    dates: [['May 3, 2010', '2010-05-03'], ['in two weeks', '2011-05', true]], want: [{ in: 'first anniversary', type: 'anniversary', date: '2011-05-03' }] },
  { name: 'en: an occasion marking an anniversary counted to this year is on the article day', lang: 'en', text: 'The forum in Osh marks the fifth anniversary of the charter, signed in 2014.', date: '2019-05-29',
    dates: [['2014', '2014']], want: [{ in: 'fifth anniversary', date: '2019-05-29' }] },
  // A relative clause of place happens where and when the clause before says.
  { name: 'a «где» clause takes the date of the clause before', text: 'Министры договорились встретиться в конце мая в Оше, где пройдет заседание глав правительств.', date: '2019-04-11',
    dates: [['в конце мая', '2019-05', true]], want: [{ in: 'заседание глав правительств', date: '2019-05' }] },
  { name: 'en: a "where" clause takes the date of the clause before', lang: 'en', text: 'The ministers will meet in Osh in May, where a summit of heads of state will be held.', date: '2019-04-11',
    dates: [['in May', '2019-05', true]], want: [{ in: 'summit', type: 'summit', date: '2019-05' }] },
  // A reference back («после визита») with a date of its own is another event.
  { name: 'an anaphoric visit with its own month is another event', text: 'Губернатор встретился с послом. Связи окрепли после государственного визита президента в Бишкек в марте этого года.', date: '2019-11-19',
    dates: [['марте этого года', '2019-03', true]], want: [{ in: 'государственного визита', type: 'visit', date: '2019-03' }] },
  { name: 'en: a reference back with the day of an event already told is that event', lang: 'en',
    text: 'The commission met in Moscow on April 14. Officials of both countries took part in the meeting held in Moscow on April 14.', date: '2022-04-15',
    dates: [['April 14', '2022-04-14'], ['April 14', '2022-04-14']], want: [{ in: 'commission met', date: '2022-04-14' }], count: 1 },
  // A stay told beside another event is a visit under way on the article's day.
  { name: 'a stay beside talks the day before', text: 'Президент, находящийся в Москве с рабочим визитом, накануне провел переговоры с Темиром Сариевым.', date: '2016-04-14', who: ['sariev'],
    dates: [['накануне', '2016-04-13', true]],
    want: [{ in: 'провел переговоры', type: 'meeting', date: '2016-04-13' }, { in: 'находящийся в Москве с рабочим визитом', type: 'visit', date: '2016-04-14', status: 'ongoing' }], count: 2 },
  { name: 'en: a stay beside talks on Tuesday', lang: 'en', text: 'Shoigu, who is in Bishkek on a working visit, held talks with Sariyev on Tuesday.', date: '2016-04-14', who: ['shoigu', 'sariev'],
    dates: [['on Tuesday', '2016-04-12', true]],
    want: [{ in: 'held talks', type: 'meeting', date: '2016-04-12' }, { in: 'who is in Bishkek on a working visit', type: 'visit', date: '2016-04-14', status: 'ongoing' }], count: 2 },
  // On the day of the talks, the stay is the visit under way that month, begun on a day not told.
  { name: 'a stay on the day of the talks is the visit of that month', text: 'Президент, находящийся в Москве с рабочим визитом, сегодня провел переговоры с Темиром Сариевым.', date: '2016-04-14', who: ['sariev'],
    dates: [['сегодня', '2016-04-14', true]],
    want: [{ in: 'провел переговоры', date: '2016-04-14' }, { in: 'находящийся в Москве с рабочим визитом', type: 'visit', date: '2016-04', status: 'ongoing' }], count: 2 },
  { name: 'en: a stay on the day of the talks, with no visit told before', lang: 'en', text: 'Shoigu, who is in Bishkek on a working visit, held talks with Sariyev today.', date: '2016-04-14', who: ['shoigu', 'sariev'],
    dates: [['today', '2016-04-14', true]],
    want: [{ in: 'held talks', type: 'meeting', date: '2016-04-14' }, { in: 'who is in Bishkek on a working visit', type: 'visit', date: '2016-04', status: 'ongoing' }], count: 2 },
  { name: 'a stay told by a finite verb is the day\'s programme, not a visit apart', text: 'Президент находится в Москве с рабочим визитом и сегодня провел переговоры с Темиром Сариевым.', date: '2016-04-14', who: ['sariev'],
    dates: [['сегодня', '2016-04-14', true]], want: [{ in: 'провел переговоры', date: '2016-04-14' }], count: 1 },
  { name: 'a stay after a visit already told adds no other', text: 'Президент прибыл в Москву с рабочим визитом. Президент, находящийся в Москве с рабочим визитом, сегодня провел переговоры с Темиром Сариевым.', date: '2016-04-14', who: ['sariev'],
    dates: [['сегодня', '2016-04-14', true]], want: [{ in: 'прибыл', type: 'visit' }, { in: 'провел переговоры', date: '2016-04-14' }], count: 2 },
  { name: 'an anaphoric visit without a date is still a reference back', text: 'Губернатор встретился с послом. Связи окрепли после государственного визита президента.', date: '2019-11-19',
    want: [{ in: 'встретился', type: 'meeting' }], count: 1 },
];

/**
 * Every draft's fields, in the one order every maker writes them: objects built with other keys or
 * another order get another hidden class in V8, and the optimised code reading drafts is thrown away
 * when a draft of a new class turns up late in a run.
 */
const DRAFT_KEYS = ['date', 'dateEvidence', 'type', 'status', 'titleEn', 'titleRu', 'peopleIds', 'place', 'bilateral', 'derived', 'quote', 'documentAct'];

describe('extractMilestones', () => {
  it.each(rows)('$name', (row) => {
    const d = doc(row.text, row.lang ?? 'ru');
    const ms = extractMilestones(d, articleDate(row.date, row.place ?? null), people(row.text, row.who ?? []), mentions(row.text, row.dates ?? []));
    for (const m of ms) expect(m.quote.text).toBe(d.text.slice(m.quote.start, m.quote.end));
    for (const m of ms) expect(m.titleEn.length).toBeLessThanOrEqual(80);
    for (const m of ms) expect(Object.keys(m)).toEqual(DRAFT_KEYS);
    if (row.count !== undefined) expect(ms.length).toBe(row.count);
    for (const w of row.want) {
      const candidates = ms.filter((m) => m.quote.text.includes(w.in) && (w.derived === undefined || Boolean(m.derived) === w.derived));
      expect(candidates.length, `no milestone quoting «${w.in}» in ${JSON.stringify(ms.map((m) => m.quote.text))}`).toBeGreaterThan(0);
      const m = candidates.find((c) => w.date === undefined || c.date === w.date) ?? candidates[0]!;
      if (w.type) expect(m.type).toBe(w.type);
      if (w.date !== undefined) expect(m.date).toBe(w.date);
      if (w.status) expect(m.status).toBe(w.status);
      if (w.bilateral !== undefined) expect(m.bilateral).toBe(w.bilateral);
      if (w.people) expect([...m.peopleIds].sort()).toEqual([...w.people].sort());
      if (w.place !== undefined) expect(m.place).toBe(w.place);
    }
  });

  it('writes titles from people, type and place', () => {
    const text = 'В Бишкеке состоялись переговоры Темира Сариева и Дмитрия Медведева.';
    const [m] = extractMilestones(doc(text, 'ru'), articleDate('2016-04-14'), people(text, ['sariev', 'medvedev']), []);
    expect(m!.titleEn).toBe('Sariyev–Medvedev talks, Bishkek');
    expect(m!.titleRu).toBe('Переговоры Сариева и Медведева, Бишкек');
  });

  it.each([
    ['ru', 'В ходе визита подписано соглашение об упрощении таможенных процедур.', 'Agreement signed', 'Соглашение об упрощении таможенных процедур'],
    ['ru', 'Стороны подписали протокол о сотрудничестве в области образования.', 'Protocol signed', 'Протокол о сотрудничестве'],
    ['en', 'The sides signed a protocol on veterinary inspections.', 'Protocol on veterinary inspections', 'Подписан протокол'],
    ['ru', 'Стороны подписали ряд документов.', 'Documents signed', 'Подписание документов'],
  ] as const)('titles an agreement from its subject: %s «%s»', (lang, text, en, ru) => {
    const [m] = extractMilestones(doc(text, lang), articleDate('2016-04-14'), [], []);
    expect(m!.titleEn).toBe(en);
    expect(m!.titleRu).toBe(ru);
  });

  it('quotes the whole sentence when the narrative is a bare attribution', () => {
    const text = '«Мы откроем новые курсы для студентов», — сказал Омурбек Бабанов.';
    const [m] = extractMilestones(doc(text, 'ru'), articleDate('2016-04-14'), people(text, ['babanov']), []);
    expect(m!.type).toBe('statement');
    expect(m!.quote.text).toBe(text);
  });
});
