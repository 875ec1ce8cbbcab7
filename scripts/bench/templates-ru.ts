/** Russian templates: datelines of many agencies, lead sentences per event type, body paragraphs. */
import { moneyRu, pct, type ArticleContext } from './context';
import { BODIES, CITIES, FORUMS, MONTHS_RU_ABBR, MONTHS_RU_GEN, MONTHS_RU_PREP, TOPICS, WEEKDAYS_RU_ACC, tradeLevel } from './lexicon';
import type { Holder } from './people';

const MONTHS_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const KG = { nom: ['Киргизия', 'Кыргызстан', 'Кыргызская Республика'], gen: ['Киргизии', 'Кыргызстана', 'КР'], acc: ['Киргизию', 'Кыргызстан', 'Кыргызскую Республику'], ins: ['Киргизией', 'Кыргызстаном', 'Кыргызской Республикой'] };
const RU = { nom: ['Россия', 'РФ', 'Российская Федерация'], gen: ['России', 'РФ', 'Российской Федерации'], acc: ['Россию', 'РФ', 'Российскую Федерацию'], ins: ['Россией', 'РФ', 'Российской Федерацией'] };

const QUOTES = [
  'Россия является надежным союзником и стратегическим партнером нашей страны',
  'Мы высоко ценим уровень политического диалога и доверия между нашими государствами',
  'Наши страны связывают многовековые узы дружбы и добрососедства',
  'Мы рассчитываем на дальнейшее расширение торгово-экономических связей',
  'Сотрудничество в рамках Евразийского экономического союза открывает новые возможности для бизнеса',
  'Важно активизировать работу по реализации достигнутых договоренностей',
  'Мы готовы и дальше оказывать поддержку в подготовке кадров и развитии образования',
  'Трудовые мигранты вносят заметный вклад в экономику обеих стран',
  'Российская сторона придает большое значение развитию межрегионального сотрудничества',
  'Следует снять барьеры во взаимной торговле и упростить таможенные процедуры',
  'Реализация совместных инвестиционных проектов остается нашим приоритетом',
  'Гуманитарное сотрудничество и поддержка русского языка — важная часть наших отношений',
];
const AGENDA = [
  'торгово-экономического сотрудничества', 'энергетики', 'трудовой миграции', 'обеспечения региональной безопасности', 'военно-технического взаимодействия',
  'образования и науки', 'транспорта и логистики', 'промышленной кооперации', 'сельского хозяйства', 'цифровизации', 'здравоохранения', 'культурного обмена',
];

/** `заявил` / `заявила` by the speaker's gender. */
function v(h: Holder, verb: string): string {
  return h.official.gender === 'f' ? `${verb}а` : verb;
}

function n2(x: number): string {
  return String(x).padStart(2, '0');
}

/** A dateline in one of many agency styles; empty when the article relies on a header date. */
export function datelineRu(c: ArticleContext): string {
  const { rng, d, m, y } = c;
  const city = c.datelineCity;
  const styles = [
    () => `${city.ruUpper}, ${d} ${MONTHS_RU_ABBR[m - 1]} – ${c.outlet}. `,
    () => `${city.ru}. ${d} ${MONTHS_RU_GEN[m - 1]}. ${c.outlet} - `,
    () => `${city.ruUpper}, ${d} ${MONTHS_RU_GEN[m - 1]}. /${c.outlet}/. `,
    () => `${city.ru}, ${n2(d)}.${n2(m)}.${y} /${c.outlet}/. `,
    () => `${d} ${MONTHS_RU_GEN[m - 1]} ${y}, ${city.ru} – «${c.outlet}». `,
    () => `${c.outlet}, ${city.ru}, ${d} ${MONTHS_RU_GEN[m - 1]} ${y} года. `,
    () => `${city.ru}. ${n2(d)} ${MONTHS_RU_GEN[m - 1]} ${y}. ${c.outlet.toUpperCase()} - `,
    () => `${c.outlet}, ${n2(d)}.${n2(m)}.${String(y).slice(2)}. `,
    () => `(${c.outlet}) — `,
    () => '',
  ];
  return rng.pick(styles)();
}

function pair(c: ArticleContext): [Holder, Holder] {
  const a = c.kg[0]!;
  const b = c.ru.find((h) => h.role.role === a.role.role) ?? c.ru[0]!;
  return c.rng.chance(0.7) ? [a, b] : [c.rng.pick(c.kg), c.rng.pick(c.ru)];
}

/** The lead sentence: the article's main event. */
export function leadRu(c: ArticleContext): string {
  const { rng } = c;
  const [a, b] = pair(c);
  const wd = rng.chance(0.6) ? `${WEEKDAYS_RU_ACC[c.wd]} ` : '';
  const city = c.city;
  const kg = rng.int(0, 2);
  const ru = rng.int(0, 2);
  switch (c.event) {
    case 'visit': {
      const [guest, host] = city.country === 'RU' ? [a, b] : [b, a];
      const dest = city.country === 'RU' ? RU.acc[ru] : KG.acc[kg];
      return rng.pick([
        `${guest.role.titleRu} ${guest.ru.nom} ${wd}${v(guest, 'прибыл')} с официальным визитом в ${city.ruAcc}, сообщает пресс-служба.`,
        `${guest.ru.nom} ${wd}${v(guest, 'начал')} государственный визит в ${dest}. В аэропорту гостя ${v(host, 'встретил')} ${host.role.titleRu} ${host.ru.nom}.`,
        `Состоялся рабочий визит ${guest.ru.gen} в ${dest}, в ходе которого ${v(guest, 'провел')} переговоры с ${host.ru.ins}.`,
      ]);
    }
    case 'meeting':
      return rng.pick([
        `${a.ru.nom} и ${b.ru.nom} ${wd}провели переговоры в ${city.ruPrep}.`,
        `В ${city.ruPrep} ${wd}состоялась встреча ${a.ru.gen} и ${b.ru.gen}, сообщает пресс-служба.`,
        `${b.role.titleRu} ${b.ru.nom} ${v(b, 'встретился')} с ${a.ru.ins} на полях международного мероприятия в ${city.ruPrep}.`,
        `${a.ru.nom} и ${b.ru.nom} обсудили по телефону вопросы двустороннего сотрудничества.`,
      ]);
    case 'igc_session': {
      const n = Math.max(1, c.y - 1999);
      return rng.pick([
        `${n}-е заседание Межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству прошло ${wd}в ${city.ruPrep}.`,
        `В ${city.ruPrep} ${wd}состоялось ${n}-е заседание межправкомиссии. Сопредседатели комиссии ${a.ru.nom} и ${b.ru.nom} подписали протокол заседания.`,
        `Заседание межправительственной комиссии под председательством ${a.ru.lastGen} и ${b.ru.lastGen} прошло в ${city.ruPrep}.`,
      ]);
    }
    case 'agreement': {
      const [topic] = rng.pick(TOPICS);
      return rng.pick([
        `${a.ru.nom} и ${b.ru.nom} подписали соглашение о ${topic}.`,
        `Стороны ${wd}подписали меморандум о ${topic}, сообщает ${c.outlet}.`,
        `Жогорку Кенеш ратифицировал соглашение между Кыргызской Республикой и Российской Федерацией о ${topic}.`,
        `Правительства ${KG.gen[kg]} и ${RU.gen[ru]} заключили договор о ${topic} сроком на ${rng.int(5, 25)} лет.`,
      ]);
    }
    case 'anniversary': {
      const n = c.y - 1992;
      const word = n > 0 && n % 5 === 0 ? `${n}-летие` : `${Math.max(1, n)}-я годовщина`;
      return rng.pick([
        `В этом году отмечается ${word} установления дипломатических отношений между ${KG.ins[kg]} и ${RU.ins[ru]}.`,
        `${a.ru.nom} и ${b.ru.nom} обменялись поздравительными посланиями по случаю ${n}-й годовщины установления дипломатических отношений.`,
        `${n} лет назад, 20 марта 1992 года, были установлены дипломатические отношения между ${KG.ins[kg]} и ${RU.ins[ru]}.`,
      ]);
    }
    case 'summit': {
      const body = rng.pick(BODIES.filter((x) => x.from <= c.y));
      return rng.pick([
        `${a.ru.nom} ${wd}${v(a, 'принял')} участие в заседании ${body.ruGen} в ${city.ruPrep}. На полях саммита ${v(a, 'провел')} встречу с ${b.ru.ins}.`,
        `В ${city.ruPrep} завершился саммит ${body.ru}, в котором приняли участие ${a.ru.nom} и ${b.ru.nom}.`,
      ]);
    }
    case 'forum': {
      const f = FORUMS.filter((x) => x[2] <= c.y);
      const [name] = f.length ? rng.pick(f) : FORUMS[0]!;
      return rng.pick([
        `В ${city.ruPrep} ${wd}открылся ${name}. В его работе принимает участие ${a.role.titleRu} ${a.ru.nom}.`,
        `${a.ru.nom} ${v(a, 'выступил')} на пленарной сессии, посвященной сотрудничеству ${KG.gen[kg]} и ${RU.gen[ru]}, в рамках мероприятия «${name}».`,
      ]);
    }
    case 'statement':
      return rng.pick([
        `${b.role.titleRu} ${b.ru.nom} ${v(b, 'заявил')}, что ${RU.nom[ru]} и ${KG.nom[kg]} являются стратегическими партнерами и союзниками.`,
        `${a.ru.nom} в интервью изданию ${c.outlet} ${v(a, 'назвал')} отношения с ${RU.ins[ru]} приоритетом внешней политики.`,
        `МИД ${RU.gen[ru]} выступил с заявлением о положении граждан ${KG.gen[kg]}, работающих в России.`,
      ]);
    case 'trade':
      return tradeRu(c, true);
  }
}

function tradeRu(c: ArticleContext, lead: boolean): string {
  const { rng, y, m } = c;
  const noise = 0.85 + rng.next() * 0.3;
  const prev = tradeLevel(y - 1) * noise;
  const src = lead ? `, сообщает ${c.outlet}` : '';
  const mm = Math.max(2, m - 1);
  return rng.pick([
    `По итогам ${y - 1} года товарооборот между странами составил ${moneyRu(rng, prev)}, что на ${pct(rng, 3, 30, ',')}% больше, чем годом ранее${src}.`,
    `В прошлом году взаимная торговля выросла на ${pct(rng, 2, 25, ',')} процента и достигла ${moneyRu(rng, prev)}${src}.`,
    `За январь–${MONTHS_NOM[mm - 1]} ${y} года товарооборот ${KG.gen[rng.int(0, 2)]} и ${RU.gen[rng.int(0, 2)]} составил ${moneyRu(rng, (tradeLevel(y) * noise * mm) / 12)}.`,
    `В первом полугодии текущего года объем взаимной торговли увеличился в ${rng.pick(['1,5', '1,3', '2', '1,2'])} раза${src}.`,
    `За ${mm} месяцев ${y} года товарооборот сократился на ${pct(rng, 1, 15, ',')}% и составил ${moneyRu(rng, (tradeLevel(y) * 0.9 * mm) / 12)}.`,
    `С начала года товарооборот превысил ${moneyRu(rng, (tradeLevel(y) * mm) / 12)}${src}.`,
    `Стороны поставили задачу довести товарооборот до ${moneyRu(rng, Math.ceil(tradeLevel(y) + 1))} к ${y + rng.int(2, 6)} году.`,
    `В первом квартале ${y} года объем торговли составил почти ${moneyRu(rng, tradeLevel(y) / 4)}, следует из данных ${rng.pick(['Нацстаткома', 'ФТС России', 'Минэкономики КР'])}.`,
  ]);
}

/** One body paragraph; the kinds are drawn so articles differ in shape. */
export function paragraphRu(c: ArticleContext): string {
  const { rng } = c;
  const [a, b] = pair(c);
  const speaker = rng.pick([a, b]);
  const kinds = [
    () => `«${rng.pick(QUOTES)}. ${rng.pick(QUOTES)}», — ${v(speaker, 'заявил')} ${speaker.role.titleRu} ${speaker.ru.nom}.`,
    () => `"${rng.pick(QUOTES)}", - ${v(speaker, 'подчеркнул')} ${speaker.ru.last}. По ${rng.pick(['его', 'ее'])} словам, ${rng.pick(QUOTES).toLowerCase()}.`,
    () => `${tradeRu(c, false)} ${rng.chance(0.5) ? tradeRu(c, false) : ''}`.trim(),
    () => `Стороны обсудили вопросы ${rng.sample(AGENDA, 3).join(', ')}. ${a.ru.last} ${v(a, 'отметил')} важность ${rng.pick(AGENDA)}.`,
    () => rng.pick([
      'Напомним, дипломатические отношения между Кыргызстаном и Россией были установлены 20 марта 1992 года.',
      'Договор о дружбе, сотрудничестве и взаимной помощи между странами был подписан 10 июня 1992 года.',
      'Российская авиабаза в Канте действует с 2003 года в рамках Коллективных сил быстрого развертывания ОДКБ.',
      'Киргизия стала членом Евразийского экономического союза в августе 2015 года.',
    ]),
    () => {
      const later = rng.int(1, 11);
      const mon = ((c.m - 1 + later) % 12);
      const cities = CITIES.filter((x) => x.country !== 'other');
      return rng.pick([
        `В ${MONTHS_RU_PREP[mon]} ${mon < c.m - 1 ? 'следующего' : 'этого'} года ${b.ru.nom} ${v(b, 'посетит')} ${rng.pick(cities).ruAcc}.`,
        `Следующее заседание межправкомиссии планируется провести в ${rng.pick(cities).ruPrep} в ${c.y + 1} году.`,
        `Ранее, ${rng.int(1, 28)} ${MONTHS_RU_GEN[rng.int(0, 11)]}, ${a.ru.nom} ${v(a, 'провел')} телефонный разговор с ${b.ru.ins}.`,
        `В ${MONTHS_RU_PREP[rng.int(0, 11)]} прошлого года ${a.ru.last} и ${b.ru.last} встречались в ${rng.pick(cities).ruPrep}.`,
      ]);
    },
    () => `В России, по данным ${rng.pick(['МВД', 'ФМС', 'посольства'])}, работают около ${rng.int(300, 900)} тысяч граждан ${KG.gen[rng.int(0, 2)]}. За ${c.y - 1} год они перевели на родину ${moneyRu(rng, 0.8 + rng.next() * 2)}.`,
    () => `${rng.pick(['Эксперты', 'Аналитики', 'Представители бизнеса'])} отмечают, что ${rng.pick(QUOTES).toLowerCase()}. ${rng.pick(QUOTES)}.`,
  ];
  return rng.pick(kinds)();
}

/** Optional last line: photo credit, subscription call. */
export function closingRu(c: ArticleContext): string {
  return c.rng.pick(['', '', `Источник фото: ${c.outlet}`, `Подписывайтесь на канал ${c.outlet} в Telegram.`, 'Фото: пресс-служба']);
}

/** A headline. */
export function titleRu(c: ArticleContext): string {
  const [a, b] = pair(c);
  return c.rng.pick([
    `${a.ru.nom} и ${b.ru.nom} обсудили двустороннее сотрудничество`,
    `Товарооборот ${KG.gen[c.rng.int(0, 2)]} и ${RU.gen[c.rng.int(0, 2)]} вырос`,
    `${a.ru.last} ${v(a, 'провел')} переговоры в ${c.city.ruPrep}`,
    `${KG.nom[c.rng.int(0, 2)]} и ${RU.nom[c.rng.int(0, 2)]} подписали новые документы`,
  ]);
}
