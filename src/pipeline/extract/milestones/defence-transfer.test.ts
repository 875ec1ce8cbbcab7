/**
 * Defence cooperation told without the words of a meeting or a document: arms and equipment sent, delivered, handed
 * over, bought or received; joint anti-drug and counter-terror operations; the guarding of a border handed over;
 * a contingent that joined a peacekeeping force; incursions told by the militants' entry. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('arms and equipment sent, delivered, handed over, bought or received', () => {
  it.each([
    ['ru: a batch of arms to be sent in the coming days',
      'date: 2027-05-14\n\nРоссия в ближайшие дни направит в республику партию стрелкового оружия и боеприпасов.',
      ['null planned other «Россия в»']],
    ['ru: deliveries of arms begun in a month',
      'date: 2027-05-14\n\nВ марте российская сторона приступила к поставкам вооружения для пограничных войск.',
      ['2027-03 past other «В марте»']],
    ['ru: the previous batch received in a month',
      'date: 2027-05-14\n\nПредыдущую партию бронемашин армия получила в феврале.',
      ['2027-02 past other «Предыдущую партию»']],
    ['ru: armoured vehicles, then helicopters received in a year',
      'date: 2027-05-14\n\nВ 2025 году армия получила бронетранспортеры, затем вертолеты и радиолокационные станции.',
      ['2025 past other «В 2025»']],
    ['en: armoured vehicles handed over in a month',
      'date: 2027-05-14\n\nIn March Russia handed the border service armored vehicles and thermal imagers free of charge.',
      ['2027-03 past other «In March»']],
    ['en: drones bought from a third country',
      'date: 2027-05-14\n\nThe ministry said last month it bought attack drones from a third country.',
      ['2027-04 past other «The ministry»']],
    ['en: helicopters to follow',
      'date: 2027-05-14\n\nOfficials say helicopters and air-defense systems will follow later.',
      ['null planned other «Officials say»']],
    // Negative: a letter or a welcome received is no equipment; deliveries only named, promised or told by their sum are no delivery.
    ['ru: deliveries only named in thanks',
      'date: 2027-05-14\n\nМинистр поблагодарил коллегу за поставки оружия.',
      []],
    ['ru: a promise to supply',
      'date: 2027-05-14\n\nРоссия обязалась поставить армии вооружение на льготных условиях.',
      []],
    ['ru: arms told by their sum',
      'date: 2027-05-14\n\nВ марте Россия безвозмездно передала пограничникам вооружений на сумму около 3 млн долларов.',
      []],
    ['ru: a letter received is no delivery',
      'date: 2027-05-14\n\nВ марте министр получил письмо от коллеги.',
      []],
    ['en: a welcome received is no delivery',
      'date: 2027-05-14\n\nThe delegation received a warm welcome in March.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('joint operations against drugs and terror', () => {
  it.each([
    ['ru: units to take part in an anti-drug operation in the autumn',
      'date: 2027-05-14\n\nОсенью подразделения примут участие в международной антинаркотической операции ОДКБ.',
      ['2027 planned other «Осенью подразделения»']],
    ['en: a joint anti-drug operation in a month',
      'date: 2027-05-14\n\nIn June the two services will hold a joint anti-drug operation in the south.',
      ['2027-06 planned other «In June»']],
    ['ru: a stage of an alliance operation named in straight quotes, to be held in a month',
      'date: 2027-05-14\n\nМинистры обсудили подготовку к новому этапу операции ОДКБ "Мак", который пройдет в июле.',
      ['2027-07 planned other «Министры обсудили»']],
    ['ru: an operation named with its year, held on a span of days',
      'date: 2027-10-02\n\nОперация «Заслон-2027» прошла в республике с 4 по 15 сентября.',
      ['2027-09-04 past other «Операция «Заслон-2027»»']],
    ['en: a stage of a CSTO operation named with its year, held on days',
      'date: 2027-10-02\n\nThe third stage of the CSTO operation "Barrier-2027" was held in the republic on September 4-15.',
      ['2027-09-04 past other «The third»']],
    ['en: a CIS operation in a month',
      'date: 2027-10-02\n\nDuring the CIS operation in September, police detained 40 smugglers.',
      ['2027-09 past other «During the»']],
    ['ru: the bare operation told again with its days',
      'date: 2027-10-02\n\nОперация проводилась полицией пяти государств с 4 по 15 сентября.',
      ['2027-09-04 past other «Операция проводилась»']],
    ['en: the operation carried out on days',
      'date: 2027-10-02\n\nThe operation was carried out on September 4-15 by police of five states.',
      ['2027-09-04 past other «The operation»']],
    ['ru: joint operations with a date of their own «в прошлом году … в рамках совместных операций изъято 800 кг»',
      'date: 2027-10-02\n\nМинистр добавил, что в прошлом году пограничники в рамках совместных операций изъяли 800 килограммов наркотиков.',
      ['2026 past other «Министр добавил,»']],
    // Negative: a joint operation with no date of its own is the frame of what was seized.
    ['ru: «В ходе совместной операции задержаны …»',
      'date: 2027-10-02\n\nВ ходе совместной операции задержаны 30 человек.',
      []],
    // Negative: the bare operation without a date of its own may be a surgery.
    ['ru: «Операция прошла успешно»',
      'date: 2027-10-02\n\nОперация прошла успешно.',
      []],
    // Negative: a military operation of a third country is not named.
    ['ru: a military operation elsewhere',
      'date: 2027-05-14\n\nВоенная операция в соседней стране продолжалась весь март.',
      []],
    ['en: a military operation elsewhere',
      'date: 2027-05-14\n\nThe military operation in the neighbouring country went on all March.',
      []],
    ['en: an operation of a bank named without its year',
      'date: 2027-05-14\n\nThe bank said its "Express" operations grew in March.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the guarding of a border handed over, dated by its own date only', () => {
  it.each([
    ['ru: the handover of the border guarding completed in a year',
      'date: 2027-05-14\n\nВ 2001 году российские пограничники завершили передачу охраны границы местным пограничникам.',
      ['2001 past other «В 2001»']],
    ['en: the guarding of the border handed over in a year',
      'date: 2027-05-14\n\nIn 2001 Russian border guards handed over the guarding of the mountain border to local troops.',
      ['2001 past other «In 2001»']],
    // Negative: guarding told as a state, without a date.
    ['ru: border guards guard the border all year round',
      'date: 2027-05-14\n\nПограничники охраняют границу круглый год.',
      []],
    ['en: the guarding handed over, undated',
      'date: 2027-05-14\n\nBorder guards handed over the guarding of the border.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('troops told by the force they joined, drones placed at a base', () => {
  it.each([
    ['ru: a battalion joined a peacekeeping force in a month',
      'date: 2027-05-14\n\nВ марте 2025 года батальон вошел в состав миротворческих сил, направленных в соседнюю страну.',
      ['2025-03 past other «В марте»']],
    ['en: servicemen joined the collective peacekeeping force',
      'date: 2027-05-14\n\nIn March a company of servicemen joined the collective peacekeeping force.',
      ['2027-03 past other «In March»']],
    // Negative: a member of a party joined no force.
    ['en: a politician joined a party',
      'date: 2027-05-14\n\nIn March the deputy joined the ruling party.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('incursions told by the militants entering, upheavals by their place and year', () => {
  it.each([
    ['ru: militants entered a district in a month',
      'date: 2027-05-14\n\nВ августе 2001 года группа боевиков проникла на территорию горного района.',
      ['2001-08 past other «В августе»']],
    ['ru: the events in a town in a year',
      'date: 2027-05-14\n\nМинистр вспомнил события в Баткене в 1999 году.',
      ['1999 past other «Министр вспомнил»']],
    // Negative: events in a town without a year are no dated upheaval.
    ['ru: events in a town without a year',
      'date: 2027-05-14\n\nМинистр рассказал о событиях в Баткене.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an air unit stationed at a base, dated by its own date only', () => {
  it.each([
    ['ru: a helicopter flight stationed since last year',
      'date: 2027-05-14\n\nС прошлого года на авиабазе базируется вертолетное звено.',
      ['2026 past other «С прошлого»']],
    // Negative: stationed, told as a state.
    ['ru: a helicopter flight stationed, undated',
      'date: 2027-05-14\n\nВертолетное звено базируется на авиабазе.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a sum of aid declared ready, a page rubric', () => {
  it.each([
    ['ru: readiness to allocate a sum declared in a year',
      'date: 2027-05-14\n\nВ 2025 году Россия заявила о готовности выделить на перевооружение армии 1,1 млрд долларов.',
      ['2025 past other «В 2025»']],
    ['en: arms to be delivered are no delivery of their own',
      'date: 2027-05-14\n\nIn March the minister confirmed a package of aid, to be delivered over years and including armored vehicles.',
      []],
    ['ru: a rubric of stories is no visit',
      'date: 2027-05-14\n\nВ марте министры открыли авиабазу.\n\nСюжет: Визиты и поездки',
      ['2027-03 past other «В марте»']],
    // Negative: readiness to send something other than a sum is no pledge of funds.
    ['ru: ready to send instructors, no sum',
      'date: 2027-05-14\n\nВ 2025 году Россия заявила о готовности направить в республику инструкторов.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('headlines listed under «Другие новости:», "Other news:" are links to other articles', () => {
  it.each([
    ['ru: a ratification among other news',
      'date: 2027-05-14\n\nВ марте министры провели переговоры в Бишкеке.\n\nДругие новости:\n - Парламент ратифицировал соглашение о военно-техническом сотрудничестве',
      ['2027-03 past meeting «В марте»']],
    ['en: a ratification among other news',
      'date: 2027-05-14\n\nIn March the ministers held talks in Bishkek.\n\nOther news:\nParliament ratifies the agreement on military-technical cooperation',
      ['2027-03 past meeting «In March»']],
    // Negative: «другие новости» inside a sentence opens no list.
    ['ru: other news in a sentence',
      'date: 2027-05-14\n\nДругие новости дня министр не комментировал, а 5 марта он провел переговоры в Москве.',
      ['2027-03-05 past meeting «Другие новости»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
