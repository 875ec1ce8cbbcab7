import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a request to the other side for help or troops is a statement of its own', () => {
  it.each([
    ['ru: «обратился к России с просьбой направить …»',
      'date: 2031-04-14\n\nПремьер-министр Киргизии Иван Петров 12 апреля обратился к России с просьбой направить спасателей в Нарын.',
      ['2031-04-12 past statement «Премьер-министр Киргизии»']],
    ['ru: «попросил Москву о помощи»',
      'date: 2031-04-14\n\nВ субботу премьер-министр Киргизии Иван Петров попросил Москву о помощи после землетрясения.',
      ['2031-04-12 past statement «В субботу»']],
    ['en: "asked Moscow for troops"',
      'date: 2031-04-14\n\nKyrgyz Prime Minister Ivan Petrov on Saturday asked Moscow for troops to guard the dam.',
      ['2031-04-12 past statement «Kyrgyz Prime»']],
    ['en: "appealed to the CSTO for help"',
      'date: 2031-04-14\n\nOn Saturday the Kyrgyz government appealed to the CSTO for help with the evacuation.',
      ['2031-04-12 past statement «On Saturday»']],
    // Negative: a request to someone other than the other side is no step between the two.
    ['ru: «обратился к журналистам с просьбой»',
      'date: 2031-04-14\n\nВ пятницу министры провели переговоры в Оше. Сегодня премьер-министр Киргизии Иван Петров обратился к журналистам с просьбой не распространять слухи.',
      ['2031-04-11 past meeting «В пятницу»']],
    ['en: "asked reporters for patience"',
      'date: 2031-04-14\n\nOn Saturday the Kyrgyz prime minister asked reporters for patience.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a request does not set the occasion the narrative goes on at", () => {
  it.each([
    ['ru: undated aid after a recalled request keeps the article day',
      'date: 2031-04-14\n\nНапомним, 12 апреля премьер-министр Киргизии Иван Петров обратился к России с просьбой направить спасателей. МЧС России доставило в Нарын 20 тонн гуманитарной помощи.',
      ['2031-04-12 past statement «Напомним, 12»', '2031-04-14 past other «МЧС России»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a third country's aid told beside Russia's is no Kyrgyz–Russian step", () => {
  it.each([
    ['en: "Kazakhstan pledged … aid"',
      'date: 2031-04-14\n\nKazakhstan pledged $2 million in relief aid to the flooded villages.',
      []],
    ['en: "The United States said it would provide … aid"',
      'date: 2031-04-14\n\nThe United States said it would provide $500,000 in humanitarian aid.',
      []],
    ['ru: «Китай выделил помощь»',
      'date: 2031-04-14\n\nКитай выделил пострадавшим районам гуманитарную помощь на 2 млн долларов.',
      []],
    // Negative: Russia's aid stays, and so does a deal of the Kyrgyz side with a third country.
    ['en: "Russia pledged … aid" stays',
      'date: 2031-04-14\n\nRussia pledged $2 million in relief aid to the flooded villages.',
      ['null planned other «Russia pledged»']],
    ['ru: «Бишкек и Вашингтон договорились, что США предоставят помощь» stays',
      'date: 2031-04-14\n\nВ марте Бишкек и Вашингтон договорились о том, что США предоставят Киргизии помощь на 5 млн долларов.',
      ['2031-03 past other «В марте»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a statement dated by a day put first, before its comma', () => {
  it.each([
    ['en: "On Thursday, President X said …"',
      'date: 2031-04-14\n\nOn Thursday, Russian Foreign Minister Ivan Petrov said Moscow had "obligations" to its ally.',
      ['2031-04-10 past statement «On Thursday,»']],
    ['en: "On April 8, … said"',
      'date: 2031-04-14\n\nOn April 8, Russian Foreign Minister Ivan Petrov said Moscow would keep its promises.',
      ['2031-04-08 past statement «On April»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('phone talks told as «переговорил с», «в разговоре с», and a debt written off in the passive', () => {
  it.each([
    ['ru: «переговорил с президентом»',
      'date: 2031-04-14\n\nВ пятницу президент России Иван Петров переговорил с президентом Киргизии Олегом Сидоровым.',
      ['2031-04-11 past meeting «В пятницу»']],
    ['ru: «в разговоре с Сидоровым выразил соболезнования»',
      'date: 2031-04-14\n\nВ пятницу президент России Иван Петров в разговоре с Олегом Сидоровым выразил соболезнования.',
      ['2031-04-11 past meeting «В пятницу»']],
    ['en: "debt … was written off in 2017"',
      'date: 2031-04-14\n\nKyrgyzstan\'s debt to Russia of $300 million was written off in 2027.',
      ['2027 past other «Kyrgyzstan\'s debt»']],
    ['ru: «долг … был списан в 2027 году»',
      'date: 2031-04-14\n\nДолг Киргизии перед Россией в 300 млн долларов был списан в 2027 году.',
      ['2027 past other «Долг Киргизии»']],
    // Negative: «в разговоре с журналистами» is how something was said, not talks.
    ['ru: «в разговоре с журналистами»',
      'date: 2031-04-14\n\nВ пятницу в разговоре с журналистами министр назвал урожай хорошим.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("one side's citizens evacuated, and more flights planned", () => {
  it.each([
    ['en: "a plane evacuated Russian citizens"',
      'date: 2031-04-14\n\nOn Sunday an Emergencies Ministry plane evacuated Russian citizens from Naryn.',
      ['2031-04-13 past other «On Sunday»']],
    ['ru: «эвакуировал российских граждан»',
      'date: 2031-04-14\n\nВ воскресенье самолет МЧС эвакуировал из Нарына российских граждан.',
      ['2031-04-13 past other «В воскресенье»']],
    ['en: "Two more flights are planned for Tuesday"',
      'date: 2031-04-14\n\nTwo more flights are planned for Tuesday, a ministry spokeswoman said.',
      ['2031-04-15 planned other «Two more»']],
    // Negative: residents evacuated at home are a tally of the crisis, not a step between the two sides.
    ['ru: «из сел эвакуированы 5 тысяч человек»',
      'date: 2031-04-14\n\nИз приграничных сел эвакуированы более 5 тысяч человек.',
      []],
    ['en: "some 40,000 people were evacuated"',
      'date: 2031-04-14\n\nSome 40,000 people were evacuated from border villages.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a planned summit named again takes the date of the plan just told', () => {
  it.each([
    ['en: "… at the CIS summit later this week. X will host the summit."',
      'date: 2031-04-14\n\nRussian President Ivan Petrov is expected to meet the Kyrgyz president on the sidelines of the CIS summit in Minsk later this week. Belarusian President Oleg Sidorov will host the summit.',
      ['2031-04 planned other «on the»', '2031-04 planned meeting «Russian President»', '2031-04 planned summit «Belarusian President»']],
    // Negative: a summit named with no plan just before keeps its date open.
    ['en: "X will host the summit" alone',
      'date: 2031-04-14\n\nBelarusian President Oleg Sidorov will host the summit.',
      ['null planned summit «Belarusian President»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an appeal or petition signed is a request, not a document signed', () => {
  it.each([
    ['ru: «подписал обращение к президенту России»',
      'date: 2031-04-14\n\nВ субботу премьер-министр Киргизии Иван Петров подписал обращение к президенту России.',
      []],
    ['en: "signed an appeal to the Russian president"',
      'date: 2031-04-14\n\nOn Saturday Kyrgyz Prime Minister Ivan Petrov signed an appeal to the Russian president.',
      []],
    // Negative: a memorandum signed stays a signing.
    ['ru: «подписал меморандум с Россией»',
      'date: 2031-04-14\n\nВ субботу премьер-министр Киргизии Иван Петров подписал меморандум с Россией.',
      ['2031-04-12 past agreement «В субботу»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a meeting told again («Встреча состоялась на полях …») and its host take the date of the meeting just told', () => {
  it.each([
    ['ru: «… в декабре провел переговоры. Встреча состоялась на полях саммита СНГ.»',
      'date: 2031-01-27\n\nРанее президент России Иван Петров в беседе с Сидоровым в Казани в декабре выразил поддержку переговорам. Встреча состоялась на полях неформального саммита СНГ.',
      ['2030-12 past meeting «Ранее президент»', '2030-12 past other «на полях»']],
    // Negative: a meeting with a day of its own dates its host itself.
    ['ru: «25 января на полях саммита СНГ состоялась встреча»',
      'date: 2031-01-27\n\nРанее президент России Иван Петров в декабре выразил поддержку переговорам. 25 января на полях саммита СНГ президенты провели встречу.',
      ['2030-12 past meeting «Ранее президент»', '2031-01-25 past other «на полях»', '2031-01-25 past meeting «25 января»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «На место трагедии прибыл президент»: a leader's trip to a disaster in his own country is no visit between the two.
describe('a trip to the scene of a disaster is no visit', () => {
  it.each([
    ['ru: «на место трагедии прибыл президент»',
      'date: 2031-04-14\n\nВ субботу самолет МЧС России доставил в Ош гуманитарный груз для пострадавших от селя. В воскресенье на место трагедии прибыл президент Киргизии.',
      ['2031-04-12 past other «В субботу»']],
    ['ru: «прилетел на место крушения»',
      'date: 2031-04-14\n\nПремьер-министр прилетел на место крушения вертолета.',
      []],
    // Negative: a visit to the country after the disaster stays.
    ['ru: «прибыл в Бишкек» after the disaster',
      'date: 2031-04-14\n\nВ воскресенье глава МЧС России прибыл в Бишкек.',
      ['2031-04-13 past visit «В воскресенье»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a meeting with refugees, residents or victims is no meeting of officials', () => {
  it.each([
    ['ru: «встретилась с беженцами»',
      'date: 2031-04-14\n\nВ воскресенье премьер-министр Киргизии Иван Петров встретился с беженцами в Нарыне.',
      []],
    ['en: "met with displaced residents"',
      'date: 2031-04-14\n\nOn Sunday Kyrgyz Prime Minister Ivan Petrov met with displaced residents in Naryn.',
      []],
    ['ru: «пообщались с личным составом» on a base visit told',
      'date: 2031-04-14\n\nВ воскресенье президенты посетили авиабазу в Канте. Главы государств осмотрели технику и пообщались с личным составом.',
      ['2031-04-13 past visit «В воскресенье»']],
    ['ru: «встретился с военнослужащими»',
      'date: 2031-04-14\n\nВ воскресенье министр обороны встретился с военнослужащими гарнизона.',
      []],
    // Negative: a meeting with an official stays.
    ['ru: «встретился с послом России»',
      'date: 2031-04-14\n\nВ воскресенье премьер-министр Киргизии Иван Петров встретился с послом России в Нарыне.',
      ['2031-04-13 past meeting «В воскресенье»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
