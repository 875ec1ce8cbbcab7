/** English templates: agency datelines, lead sentences per event type, body paragraphs. */
import { moneyEn, pct, type ArticleContext } from './context';
import { BODIES, CITIES, FORUMS, KG_NAMES_EN, MONTHS_EN, RU_NAMES_EN, TOPICS, WEEKDAYS_EN, tradeLevel } from './lexicon';
import type { Holder } from './people';

const QUOTES = [
  'Russia is our strategic partner and ally',
  'We value the high level of political dialogue between our countries',
  'Our nations are bound by centuries of friendship',
  'We expect trade and economic ties to keep growing',
  'Membership of the Eurasian Economic Union opens new opportunities for business',
  'It is important to implement the agreements we have reached',
  'Labour migrants make a significant contribution to both economies',
  'We will continue to support education and the Russian language',
  'Joint investment projects remain our priority',
  'Customs procedures should be simplified and barriers to mutual trade removed',
];
const AGENDA = ['trade', 'energy', 'labour migration', 'regional security', 'defence cooperation', 'education', 'transport and logistics', 'industrial cooperation', 'agriculture', 'digital services', 'healthcare'];

function pair(c: ArticleContext): [Holder, Holder] {
  const a = c.kg[0]!;
  const b = c.ru.find((h) => h.role.role === a.role.role) ?? c.ru[0]!;
  return c.rng.chance(0.7) ? [a, b] : [c.rng.pick(c.kg), c.rng.pick(c.ru)];
}

function n2(x: number): string {
  return String(x).padStart(2, '0');
}

/** A dateline in one of many agency styles; empty when the article relies on a header date. */
export function datelineEn(c: ArticleContext): string {
  const { rng, d, m, y } = c;
  const city = c.datelineCity;
  return rng.pick([
    () => `${city.en.toUpperCase()}, ${MONTHS_EN[m - 1]} ${d} (${c.outlet}) - `,
    () => `${city.en.toUpperCase()}, ${d} ${MONTHS_EN[m - 1]} ${y} (${c.outlet}) — `,
    () => `${city.en} (${c.outlet}) - `,
    () => `${MONTHS_EN[m - 1]} ${d}, ${y} | ${c.outlet} — `,
    () => `${city.en}, ${city.country === 'KG' ? 'Kyrgyzstan' : 'Russia'}: `,
    () => `${c.outlet} news agency, ${city.en} — `,
    () => `${city.en}, ${n2(d)}.${n2(m)}.${y} (${c.outlet}) — `,
    () => `${city.en}, ${MONTHS_EN[m - 1]!.slice(0, 3)}. ${d}, ${y} /${c.outlet}/. `,
    () => '',
  ])();
}

/** The lead sentence: the article's main event. */
export function leadEn(c: ArticleContext): string {
  const { rng } = c;
  const [a, b] = pair(c);
  const on = rng.chance(0.6) ? ` on ${WEEKDAYS_EN[c.wd]}` : '';
  const city = c.city;
  const kg = rng.pick(KG_NAMES_EN);
  const ru = rng.pick(RU_NAMES_EN);
  switch (c.event) {
    case 'visit': {
      const [guest, host] = city.country === 'RU' ? [a, b] : [b, a];
      return rng.pick([
        `${guest.role.titleEn} ${guest.en.full} arrived in ${city.en}${on} on an official visit, his press service said.`,
        `${guest.en.full} began a state visit to ${city.country === 'RU' ? ru : kg}${on} and was met by ${host.role.titleEn} ${host.en.full}.`,
        `During a working visit to ${city.en}, ${guest.en.full} held talks with ${host.en.full}.`,
      ]);
    }
    case 'meeting':
      return rng.pick([
        `${a.role.titleEn} ${a.en.full} and ${b.role.titleEn} ${b.en.full} held talks in ${city.en}${on}.`,
        `${b.en.full} met ${a.en.full} on the sidelines of an international event in ${city.en}${on}.`,
        `${a.en.full} and ${b.en.full} discussed bilateral cooperation by phone${on}.`,
      ]);
    case 'igc_session': {
      const n = Math.max(1, c.y - 1999);
      const th = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
      return rng.pick([
        `The ${n}${th} meeting of the Kyrgyz-Russian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Humanitarian Cooperation took place in ${city.en}${on}.`,
        `Co-chairs ${a.en.full} and ${b.en.full} signed the protocol of the ${n}${th} session of the intergovernmental commission in ${city.en}.`,
      ]);
    }
    case 'agreement': {
      const [, topic] = rng.pick(TOPICS);
      return rng.pick([
        `${a.en.full} and ${b.en.full} signed an agreement on ${topic}${on}.`,
        `The two governments signed a memorandum on ${topic}, ${c.outlet} reported.`,
        `Kyrgyzstan's parliament ratified the agreement with ${ru} on ${topic}.`,
      ]);
    }
    case 'anniversary': {
      const n = c.y - 1992;
      return rng.pick([
        `${kg} and ${ru} mark the ${n}th anniversary of diplomatic relations this year.`,
        `${n} years ago, on March 20, 1992, ${kg} and Russia established diplomatic relations.`,
        `${a.en.full} and ${b.en.full} exchanged congratulations on the anniversary of diplomatic relations.`,
      ]);
    }
    case 'summit': {
      const body = rng.pick(BODIES.filter((x) => x.from <= c.y));
      return `${a.en.full} attended the ${body.en} summit in ${city.en}${on} and met ${b.en.full} on its sidelines.`;
    }
    case 'forum': {
      const f = FORUMS.filter((x) => x[2] <= c.y);
      const [, name] = f.length ? rng.pick(f) : FORUMS[0]!;
      return `${a.role.titleEn} ${a.en.full} spoke at the ${name} in ${city.en}${on}.`;
    }
    case 'statement':
      return rng.pick([
        `${b.role.titleEn} ${b.en.full} said that ${ru} and ${kg} remain strategic partners and allies.`,
        `In an interview with ${c.outlet}, ${a.en.full} called relations with Russia a foreign-policy priority.`,
      ]);
    case 'trade':
      return tradeEn(c, true);
  }
}

function tradeEn(c: ArticleContext, lead: boolean): string {
  const { rng, y, m } = c;
  const noise = 0.85 + rng.next() * 0.3;
  const prev = tradeLevel(y - 1) * noise;
  const mm = Math.max(2, m - 1);
  const src = lead ? `, ${c.outlet} reported` : '';
  return rng.pick([
    `Trade turnover between the two countries reached ${moneyEn(rng, prev)} in ${y - 1}, up ${pct(rng, 3, 30, '.')}% year on year${src}.`,
    `Bilateral trade grew by ${pct(rng, 2, 25, '.')} percent last year to ${moneyEn(rng, prev)}${src}.`,
    `In January-${MONTHS_EN[mm - 1]} ${y}, trade between ${rng.pick(KG_NAMES_EN)} and Russia totalled ${moneyEn(rng, (tradeLevel(y) * noise * mm) / 12)}.`,
    `Trade rose ${rng.pick(['1.5', '1.3', '2'])}-fold in the first half of this year${src}.`,
    `The sides aim to bring trade to ${moneyEn(rng, Math.ceil(tradeLevel(y) + 1))} by ${y + rng.int(2, 6)}.`,
    `Trade turnover fell by ${pct(rng, 1, 15, '.')}% in the first quarter of ${y} to almost ${moneyEn(rng, tradeLevel(y) / 4)}.`,
  ]);
}

/** One body paragraph. */
export function paragraphEn(c: ArticleContext): string {
  const { rng } = c;
  const [a, b] = pair(c);
  const s = rng.pick([a, b]);
  const cities = CITIES.filter((x) => x.country !== 'other');
  return rng.pick([
    () => `"${rng.pick(QUOTES)}. ${rng.pick(QUOTES)}," ${s.en.full} said.`,
    () => `“${rng.pick(QUOTES)},” ${s.en.last} told reporters. ${rng.pick(QUOTES)}, ${s.en.last} added.`,
    () => `${tradeEn(c, false)} ${rng.chance(0.5) ? tradeEn(c, false) : ''}`.trim(),
    () => `The sides discussed ${rng.sample(AGENDA, 3).join(', ')}. ${a.en.last} stressed the importance of ${rng.pick(AGENDA)}.`,
    () => rng.pick([
      'Kyrgyzstan and Russia established diplomatic relations on March 20, 1992.',
      'Russia has operated an air base at Kant near Bishkek since 2003.',
      'Kyrgyzstan joined the Eurasian Economic Union in August 2015.',
    ]),
    () => rng.pick([
      `${b.en.full} is expected to visit ${rng.pick(cities).en} in ${MONTHS_EN[rng.int(0, 11)]}.`,
      `The next session of the intergovernmental commission will be held in ${rng.pick(cities).en} in ${c.y + 1}.`,
      `Earlier, on ${MONTHS_EN[rng.int(0, 11)]} ${rng.int(1, 28)}, ${a.en.last} and ${b.en.last} spoke by phone.`,
      `${a.en.last} and ${b.en.last} last met in ${rng.pick(cities).en} in ${MONTHS_EN[rng.int(0, 11)]} last year.`,
    ]),
    () => `About ${rng.int(300, 900)},000 citizens of Kyrgyzstan work in Russia; their remittances reached ${moneyEn(rng, 0.8 + rng.next() * 2)} in ${c.y - 1}.`,
  ])();
}

/** A headline. */
export function titleEn(c: ArticleContext): string {
  const [a, b] = pair(c);
  return c.rng.pick([`${a.en.last} and ${b.en.last} discuss cooperation`, 'Kyrgyz-Russian trade grows', `${a.en.full} holds talks in ${c.city.en}`, 'Kyrgyzstan and Russia sign new documents']);
}
