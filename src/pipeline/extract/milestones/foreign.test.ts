import { describe, expect, it } from 'vitest';
import type { MilestoneType } from '../../../schema/dataset';
import type { PersonDraft } from '../../types';
import { isForeignEvent, messageAtHome, messageByThirdCountry } from './foreign';
import { TRIGGERS, type TriggerHit } from './lexicon';

const person = (country: string): PersonDraft => ({ id: country, nameRu: '', nameEn: '', country, textRoles: [], mentions: [], known: true });

describe('isForeignEvent: a third country’s talks, visit or signing is no Kyrgyz–Russian milestone', () => {
  it.each([
    // Talks and visits with a third country, one side or neither named.
    ['ru', 'meeting', [], 'где провел переговоры с президентом Казахстана.', [], true],
    ['ru', 'meeting', [], 'Министр затем встретится с белорусским коллегой.', [person('RU')], true],
    ['ru', 'visit', [], 'На следующей неделе губернатор отправится с визитом в Германию.', [person('RU')], true],
    ['en', 'visit', [], 'Chinese Premier visited Bishkek in June.', [], true],
    ['en', 'meeting', [], 'The minister flies on to Almaty for talks with the Kazakh government.', [person('RU')], true],
    // A signing with neither side.
    ['en', 'agreement', [], 'Kazakh and Chinese ministers signed a border protocol.', [], true],
    // Both sides named: the third country is part of a Kyrgyz–Russian step.
    ['en', 'agreement', [], 'Russia and Kyrgyzstan signed a roadmap on the Russia–Kazakhstan–Kyrgyzstan corridor.', [], false],
    ['ru', 'meeting', [], 'Президент Киргизии провел переговоры в Москве о границе с Таджикистаном.', [], false],
    ['ru', 'meeting', [], 'Обсудили положение на границе с Узбекистаном.', [person('KG'), person('RU')], false],
    ['ru', 'meeting', [], 'Президенты Казахстана и Белоруссии провели отдельную двустороннюю встречу.', [], true],
    ['ru', 'meeting', [], 'Прошли российско-киргизские консультации по границе с Таджикистаном.', [], false],
    // A side named by a city or region of its own, in any case and place of the clause.
    ['ru', 'visit', [], 'В апреле Екатеринбург посетила делегация Нарынской области, тогда стороны обсудили транзит через Казахстан.', [], false],
    ['ru', 'visit', [], 'В апреле Алма-Ату посетила делегация Нарынской области, тогда стороны обсудили транзит через Казахстан.', [], true],
    // Third countries named only in a relative clause after a document: the signing is not theirs;
    // talks are still read whole ("talks with the Americans, who need the airfield for Afghanistan").
    ['ru', 'agreement', [], 'а в мае продлил участие в Договоре о совместной обороне, из которого вышли Туркмения и Монголия.', [], false],
    ['en', 'agreement', [], 'and then joined the defence treaty, from which Turkmenistan and Mongolia withdrew.', [], false],
    ['ru', 'agreement', [], 'Туркмения продлила участие в Договоре о совместной обороне, в котором остаются семь стран.', [], true],
    ['ru', 'meeting', [], 'идут переговоры с Туркменией, которой нужен транзит через Монголию.', [], true],
    // A signing by one side with a third country about a Russian base.
    ['en', 'agreement', [], 'Tajikistan has yet to ratify the agreement on the Russian military base.', [], false],
    // Multilateral settings and sidelines.
    ['ru', 'meeting', [], 'Делегация примет участие в заседании совета СНГ в Минске вместе с Казахстаном.', [person('KG')], false],
    ['en', 'meeting', [], 'He met the Kazakh president on the sidelines.', [person('KG')], false],
    // Other kinds of event, or a clause telling something else too.
    ['en', 'other', [], 'Kyrgyzstan will close the US air base.', [], false],
    ['ru', 'visit', ['other'], 'Сенсацией визита стало решение закрыть американскую авиабазу.', [], false],
    // No third country.
    ['ru', 'meeting', [], 'где провел переговоры с губернатором.', [], false],
  ] as const)('%s %s «%s»', (lang, type, others, clause, who, want) => {
    expect(isForeignEvent(clause, lang, type as MilestoneType, others as readonly MilestoneType[], who as readonly PersonDraft[])).toBe(want);
  });
});

const hitOf = (key: string): TriggerHit => ({ trigger: TRIGGERS.find((t) => t.key === key)!, start: 0, end: 1 });

describe('messageByThirdCountry: other leaders’ greetings or condolences, listed beside the sides’ own, are no Kyrgyz–Russian step', () => {
  it.each([
    ['ru', 'messages', 'Поздравления также направили президент Казахстана и президент Узбекистана.', [], true],
    ['ru', 'messages', 'Новогодние поздравления коллеге также направили казахстанский и узбекский лидеры.', [person('RU')], true],
    ['en', 'messages', 'The presidents of Kazakhstan and Uzbekistan also sent congratulatory messages.', [], true],
    // The Kyrgyz side's own message to a third country's leader stays, as does one naming the Kyrgyz side.
    ['ru', 'messages', 'Президент также поздравил с днем рождения президента Таджикистана.', [person('KG')], false],
    ['ru', 'messages', 'Телеграмму Киргизии направил и президент Казахстана.', [], false],
    // No third country, or another kind of event.
    ['ru', 'messages', 'Поздравление направил и председатель правительства.', [person('RU')], false],
    ['ru', 'incident', 'В Казахстане произошел взрыв.', [], false],
  ] as const)('%s %s «%s»', (lang, key, clause, who, want) => {
    expect(messageByThirdCountry(hitOf(key), clause, lang, () => who as readonly PersonDraft[])).toBe(want);
  });
});

describe('messageAtHome: a message between the Kyrgyz side’s own officials is no step of the two sides', () => {
  const KG = person('KG');
  const RU = person('RU');
  it.each([
    ['ru', 'messages', 'Ранее президента поздравил исполняющий обязанности президента, спикер парламента.', [KG, KG], true],
    ['en', 'messages', 'Earlier the acting president congratulated the president-elect.', [KG, KG], true],
    // Negative: a Russian participant or the Russian side named; one participant only; another kind of event.
    ['ru', 'messages', 'Президент поздравил коллегу с победой.', [KG, RU], false],
    ['ru', 'messages', 'Президент и премьер поздравили народ России с праздником.', [KG, KG], false],
    ['ru', 'messages', 'Президент поздравил коллегу с победой.', [KG], false],
    ['ru', 'meeting', 'Президент встретился со спикером парламента.', [KG, KG], false],
  ] as const)('%s %s «%s»', (lang, key, clause, who, want) => {
    expect(messageAtHome(hitOf(key), clause, lang, () => who as readonly PersonDraft[])).toBe(want);
  });
});
