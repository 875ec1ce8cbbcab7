import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

const DATE = 'date: 2031-04-18\n\n';

describe("the government's own session is the setting of a remark, no meeting", () => {
  it.each([
    ['ru: «на заседании правительства во вторник поручил»',
      'Премьер-министр Кыргызстана на заседании правительства во вторник поручил министерству экономики подготовить план по экспорту.',
      []],
    ['ru: «на заседании Кабинета министров … заявил»',
      'Накануне на заседании Кабинета министров глава кабмина заявил, что цены на топливо не вырастут.',
      []],
    // Negative: a foreign government's session that approves a step is no setting of one's own remarks.
    ['ru: «На заседании правительства России … одобрен проект соглашения»',
      'На заседании правительства России в четверг одобрен проект соглашения с Кыргызстаном о поставках зерна.',
      ['2031-04-17 past meeting «На заседании»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe('an appointment told as what came before it is background', () => {
  it.each([
    ['ru: «который до назначения в марте главой ведомства руководил областью»',
      'Новый министр, который до назначения в марте главой ведомства руководил областью, пообещал ускорить работу.',
      []],
    ['ru: «До своего избрания в мае он возглавлял …»',
      'До своего избрания в мае председателем парламента он возглавлял комитет по экономике.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe('a source familiar with the talks tells no talks', () => {
  it.each([
    ['ru: «собеседников издания, знакомых с ходом переговоров»',
      'По словам двух собеседников издания, знакомых с ходом переговоров, стороны близки к компромиссу по цене газа.',
      []],
    // Negative: talks told as held stay.
    ['ru: «Переговоры … начались в марте»',
      'Переговоры о цене газа начались в марте в Москве.',
      ['2031-03 past meeting «Переговоры о»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe("a loan's purpose is no construction begun", () => {
  it.each([
    ['ru: «часть кредита, по оценке экспертов, пойдет на достройку ГЭС»',
      'Значительная часть кредита, по оценке экспертов, пойдет на достройку ГЭС на реке Нарын.',
      []],
    ['ru: «Из суммы кредита $1 млрд будут направлены на строительство ГЭС»',
      'Из суммы кредита $1 млрд будут направлены на строительство Верхненарынского каскада ГЭС.',
      []],
    // Negative: an agreement on the construction signed stays.
    ['ru: «подписали соглашение о строительстве»',
      'В марте стороны подписали соглашение о строительстве новой подстанции.',
      ['2031-03 past agreement «В марте»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe("a link line to another page («… >>») is that page's headline", () => {
  it.each([
    ['ru: «Соглашение о … — в инфографике агентства >>» on a line of its own',
      'В среду стороны обсудили цены на топливо.\n\nСоглашение о поставках топлива — в инфографике агентства >>\n\nКонец.',
      ['2031-04-16 past meeting «В среду»']],
    // Negative: a body sentence with the same words and no link mark stays.
    ['ru: the same words as a sentence of the body',
      'В среду стороны обсудили цены на топливо.\n\nСоглашение о поставках топлива подписано в среду.',
      ['2031-04-16 past meeting «В среду»', '2031-04-16 past agreement «Соглашение о»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe("an official's part in talks told by a participle is no talks", () => {
  it.each([
    ['ru: «курировавший переговоры»',
      'Вице-премьер, курировавший переговоры, на прошлой неделе заявил, что все вопросы сняты.',
      []],
    ['ru: «возглавлявший делегацию на переговорах»',
      'Глава ведомства, возглавлявший делегацию на переговорах по границе, заявил, что стороны нашли решение.',
      []],
    ['ru: «Курирующим эти переговоры назначен …»',
      'Курирующим эти переговоры назначен первый вице-премьер.',
      []],
    // Negative: talks held stay.
    ['ru: «провел переговоры с министром»',
      'В среду вице-премьер провел переговоры с министром экономики России.',
      ['2031-04-16 past meeting «В среду»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe('the chair of a gathering told («председательствовавший на встрече») is no chairmanship', () => {
  it.each([
    ['ru: «председательствовавший на встрече, назвал ее продуктивной»',
      'В среду в Москве прошел саммит ЕАЭС. Президент Казахстана, председательствовавший на встрече, назвал ее продуктивной.',
      ['2031-04-16 past summit «В среду»']],
    // Negative: a chairmanship taken stays.
    ['ru: «приступил к председательству»',
      'Кыргызстан 1 января приступил к председательству в ЕАЭС.',
      ['2031-01-01 past other «Кыргызстан 1»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe('a participant of a gathering told («присутствовавший на заседании») tells no gathering of its own', () => {
  it.each([
    ['ru: «Посол …, присутствовавший на заседании, отметил»',
      'В среду фонд одобрил первые кредиты. Посол России, присутствовавший на заседании, отметил, что Москва рассчитывает на прозрачность отбора.',
      ['2031-04-16 past other «В среду»']],
    ['ru: «Министр, принимавший участие в пленарном заседании, напомнил»',
      'Министр, принимавший участие в пленарном заседании, напомнил, что товарооборот вырос.',
      []],
    // Negative: taking part told with its day stays.
    ['ru: «В среду министр принимал участие в заседании Совета …»',
      'В среду министр принимал участие в заседании Совета министров иностранных дел СНГ.',
      ['2031-04-16 past meeting «В среду»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});

describe('possibilities opened («открыл новые возможности», «открывает перспективу») are a figure of speech, no opening', () => {
  it.each([
    ['ru: «открыл новые возможности для студентов»',
      'Новый порядок открыл новые возможности для студентов.',
      []],
    ['ru: «в марте открылись новые возможности»',
      'Для южных регионов в марте открылись новые возможности.',
      []],
    // Negative: a centre opened stays.
    ['ru: «В марте в Оше открылся Русский центр»',
      'В марте в Оше открылся Русский центр.',
      ['2031-03 past other «В марте»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(DATE + text)).toEqual(want);
  });
});
