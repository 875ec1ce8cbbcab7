import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { looseMentions } from './loose';
import { FAMILY_CUES, relativeMentions } from './loose-relative';

/** `text date` of every loose mention of the first sentence of `text`. */
function run(text: string, article: string): string[] {
  const { doc } = toDoc('t.txt', text);
  const s = doc.sentences[0]!;
  return looseMentions(s, doc.language, article, () => false).map((m) => `${s.text.slice(m.index, m.index + m.length)} ${m.date}`);
}

describe('looseMentions: relative days, weekdays, months and parts of a year', () => {
  // 2024-11-14 is a Thursday.
  it.each([
    ['«накануне» is the day before', 'Накануне в Оше прошло заседание рабочей группы.', '2024-11-14', ['Накануне 2024-11-13']],
    // A legislature's session named by its season: the season of its year, unless the sentence gives its month.
    ['«к осенней сессии» in June is this year', 'Стороны обсудили подготовку к осенней сессии ассамблеи.', '2026-06-18', ['осенней сессии 2026']],
    ['«на весенней сессии» in June is this year: a spring session runs into the summer', 'Депутаты рассмотрят законопроект на весенней сессии.', '2026-06-18', ['весенней сессии 2026']],
    ['en: "before the end of the spring session" is no end of the spring; the month the sentence gives wins', 'The Duma will consider it in July, before the end of the spring session.', '2026-06-18', ['in July 2026-07']],
    ['«весенней сессии … в апреле»: the month, not the season', 'Спикер выступил в ходе весенней сессии ассамблеи в апреле.', '2026-06-18', ['в апреле 2026-04']],
    ['en: "the autumn session" is this year', 'The speakers will meet during the autumn session of the assembly.', '2026-06-18', ['autumn session 2026']],
    ['«весенней сессии … 14 апреля»: a full date elsewhere in the sentence wins too', 'Спикер примет участие в весенней сессии ассамблеи 14 апреля.', '2026-03-18', []],
    ['«в начале осени» is a season of the year', 'Министр приезжал в Москву в начале осени.', '2007-12-18', ['в начале осени 2007']],
    ['«в начале лета» too', 'Министр приезжал в Москву в начале лета.', '2007-12-18', ['в начале лета 2007']],
    ['«в начале зимы прошлого года» is left to the longer phrase', 'Министр приезжал в Москву в начале зимы прошлого года.', '2007-12-18', []],
    ['a session without a season is no date', 'Депутаты рассмотрят законопроект на очередной сессии.', '2026-06-18', []],
    // A holding discussed («обсудили проведение …», "discussed holding …"): the month is the discussed event's, to come.
    ['«обсудили проведение … в марте» in November is next March', 'Министры обсудили проведение ярмарки в Оше в марте.', '2024-11-14', ['в марте 2025-03']],
    ['en: "discussed holding … in March" in November is next March', 'The mayors discussed holding a fair in Osh in March.', '2024-11-14', ['in March 2025-03']],
    ['«обсудили итоги проведения … в марте» is the March gone by', 'Министры обсудили итоги проведения ярмарки в Оше в марте.', '2024-11-14', ['в марте 2024-03']],
    ['«днём ранее»', 'Днём ранее министры подписали протокол.', '2024-11-14', ['Днём ранее 2024-11-13']],
    ['"last night" is the day before', 'The president announced last night that the depot would close.', '2024-11-14', ['last night 2024-11-13']],
    ['"late last night" too', 'The two leaders spoke by phone late last night.', '2024-11-14', ['last night 2024-11-13']],
    ['"the night before" is no such word', 'The delegation had arrived the night before.', '2024-11-14', []],
    ['"the next morning"', 'Putin phoned the next morning to congratulate him.', '2024-11-14', ['the next morning 2024-11-15']],
    ['«на следующий день»', 'На следующий день министры подписали протокол.', '2024-11-14', ['На следующий день 2024-11-15']],
    ['"earlier that day"', 'Earlier that day he met the speaker.', '2024-11-14', ['Earlier that day 2024-11-14']],
    ['"earlier the day", as regional English writes it', 'Earlier the day the envoy toured the dam.', '2024-11-14', ['Earlier the day 2024-11-14']],
    ['past weekday goes back', 'В минувшую пятницу министры подписали протокол.', '2024-11-14', ['В минувшую пятницу 2024-11-08']],
    ['future weekday goes forward', 'В пятницу состоится саммит.', '2024-11-14', ['В пятницу 2024-11-15']],
    ['en: past weekday', 'Putin met Japarov on Monday.', '2024-11-14', ['on Monday 2024-11-11']],
    // A weekday said with «это» / "this" is the coming one unless its clause tells the past.
    ['«в это воскресенье» with the present is the coming Sunday', 'В это воскресенье исполняется десять лет со дня открытия моста.', '2024-11-14', ['В это воскресенье 2024-11-17']],
    ['«в эту субботу» with the future too', 'Министр прилетит в Ош в эту субботу.', '2024-11-14', ['в эту субботу 2024-11-16']],
    ['«в этот понедельник» with a past verb goes back', 'В этот понедельник министры подписали протокол.', '2024-11-14', ['В этот понедельник 2024-11-11']],
    ['en: "this Sunday" with the present', 'The bridge turns ten this Sunday.', '2024-11-14', ['this Sunday 2024-11-17']],
    ['en: "this Monday" with a past verb', 'The ministers signed the protocol this Monday.', '2024-11-14', ['this Monday 2024-11-11']],
    ['en: a weekday of what was told goes back though the news told is a plan', 'Russia will open a consulate, the minister told his counterpart on Monday.', '2024-11-14', ['on Monday 2024-11-11']],
    ['en: "agreed on Monday to …" goes back', 'The ministers agreed on Monday to open a consulate next year.', '2024-11-14', ['on Monday 2024-11-11']],
    ['en: "agreed that they will meet on Friday" goes forward', 'The ministers agreed that they will meet again on Friday.', '2024-11-14', ['on Friday 2024-11-15']],
    ['ru: «договорились в понедельник …» goes back', 'Министры договорились в понедельник открыть консульство в следующем году.', '2024-11-14', ['в понедельник 2024-11-11']],
    ['en: "cancelled" tells the past though a relative clause says "planned"', 'On Monday the ministry cancelled the drills that had been planned near the border.', '2024-11-14', ['On Monday 2024-11-11']],
    ['en: "telephoned" tells the past though a plan follows', 'On Tuesday the premier telephoned his counterpart, who is planning a visit.', '2024-11-14', ['On Tuesday 2024-11-12']],
    // «на» + a weekday: the day a thing is set for, the coming one unless its clause tells the past; not «в ночь на …».
    ['ru: «назначено на пятницу» is the coming Friday', 'Заседание комиссии назначено на пятницу.', '2024-11-14', ['на пятницу 2024-11-15']],
    ['ru: «перенесли на понедельник» is the coming Monday', 'Голосование перенесли на понедельник.', '2024-11-14', ['на понедельник 2024-11-18']],
    ['ru: «назначенная на вторник, прошла» is the Tuesday gone by', 'Встреча, назначенная на вторник, прошла в Оше.', '2024-11-14', ['на вторник 2024-11-12']],
    ['ru: «в ночь на среду» is no such day', 'В ночь на среду в Оше выпал снег.', '2024-11-14', []],
    ['ru: «с понедельника на вторник» is no such day', 'Рейс перенесли с понедельника на вторник.', '2024-11-14', []],
    ['ru: «вылетит» looks forward', 'В пятницу премьер вылетит в Ташкент.', '2024-11-14', ['В пятницу 2024-11-15']],
    ['en: "in May, which has already taken place" under a future verb stays this year’s', 'The two leaders will meet often, starting with the forum in May, which has already taken place.', '2024-11-14', ['in May 2024-05']],
    ['ru: «в мае, который уже прошёл» under a future verb stays this year’s', 'Премьеры встретятся не раз, в том числе на форуме в мае, который уже прошёл.', '2024-11-14', ['в мае 2024-05']],
    ['en: a month still ahead told as already held is last year’s', 'The ministers will talk again, as they did at the fair in December, which has already been held.', '2024-11-14', ['in December 2023-12']],
    ['en: "already" in another clause leaves the future verb to date the month', 'The leaders will meet in May, and the agenda has already been drafted.', '2024-11-14', ['in May 2025-05']],
    ['ru: a parenthetical «Возможно,» is the writer’s hedge, no plan that moves a past month on', 'Возможно, это преувеличение: в сентябре на форуме в Оше тему снова обошли.', '2024-11-14', ['в сентябре 2024-09']],
    ['ru: «возможен» still tells a plan', 'Визит премьера возможен в сентябре.', '2024-11-14', ['в сентябре 2025-09']],
    ['ru: «отметит» makes a month gone next year’s', 'Республика отметит юбилей в сентябре.', '2024-11-14', ['в сентябре 2025-09']],
    // An invitation to something: the month is the article's year, whatever the verbs before the invitation tell.
    ['en: "met … and invited him to … in <month>" keeps the year', 'The mayor met the envoy and invited him to the fair in December.', '2024-11-14', ['in December 2024-12']],
    ['ru: «встретился … и пригласил на … в <месяц>» keeps the year', 'Губернатор встретился с послом и пригласил его на ярмарку в декабре.', '2024-11-14', ['в декабре 2024-12']],
    ['en: a past verb after the invitation still dates the month', 'The mayor invited the envoy to Osh and they met in December.', '2024-11-14', ['in December 2023-12']],
    ['en: weekday with a date is not relative', 'The talks were held on Monday, November 11.', '2024-11-14', []],
    ['en: a future relative clause does not move a past weekday', 'They signed a treaty on Monday on the airport, which is due to open next month.', '2024-11-14', ['next month 2024-12', 'on Monday 2024-11-11']],
    ['en: future weekday at the start', 'On Friday, the leaders will meet in Osh.', '2024-11-14', ['On Friday 2024-11-15']],
    ['next month', 'The base is due to open next month.', '2024-11-14', ['next month 2024-12']],
    ['«в прошлом месяце» across a year', 'В прошлом месяце делегации провели переговоры.', '2025-01-10', ['В прошлом месяце 2024-12']],
    ['«на этой неделе» has month precision', 'На этой неделе в Казани прошли Дни культуры.', '2024-11-14', ['На этой неделе 2024-11']],
    ['a week against a page dated only to its year gives the year', 'На этой неделе в Казани прошли Дни культуры.', '2024', ['На этой неделе 2024']],
    ['en: "last week" against a year-only page', 'The minister toured the base last week.', '2024', ['last week 2024']],
    ['en: a weekday against a year-only page stays undated', 'The minister toured the base on Monday.', '2024', []],
    ['before the end of the year', 'The commission will meet before the end of the year.', '2024-11-14', ['before the end of the year 2024']],
    ['«во второй половине года»', 'Заседание комиссии пройдет во второй половине года.', '2024-03-14', ['во второй половине года 2024']],
    ['planned month already passed rolls to next year', 'Визит возможен в январе.', '2024-12-06', ['в январе 2025-01']],
    ['past month stays in the year', 'В январе стороны подписали соглашение.', '2024-12-06', ['В январе 2024-01']],
    ['en: "the first half of August" is the month', 'He will travel to Moscow in the first half of August.', '2024-07-29', ['the first half of August 2024-08']],
    ['en: "the first half of the year" is the year', 'Trade grew in the first half of the year.', '2024-07-29', ['in the first half of the year 2024']],
    ['«в начале» is no past verb', 'Визит в начале августа.', '2024-07-29', ['в начале августа 2024-08']],
    ['«поздравил» tells the past of a month still to come', 'Он напомнил, что президент поздравил коллегу по телефону в начале сентября, а премьер, как ожидается, возглавит делегацию.', '2024-04-17', ['в начале сентября 2023-09']],
    ['a month before a sentence dash is a month', 'В августе президенты встретятся в Душанбе, а в сентябре — на саммите в Москве.', '2024-04-17', ['В августе 2024-08', 'в сентябре 2024-09']],
    ['en: a month before a sentence dash is a month', 'They meet in September — in Moscow.', '2024-04-17', ['in September 2024-09']],
    ['a dash and a month make a range of months', 'Экспорт в январе — марте вырос.', '2024-04-17', []],
    ['en: a dash and a month make a range of months', 'Exports in January–March grew.', '2024-04-17', []],
    ['en: the verb nearest before a month dates it, not a "will" of another clause', 'Officials say the fund will grow, as the ministers agreed when they met in December.', '2024-11-14', ['in December 2023-12']],
    ['en: a "be" participle is no past', 'The next session will be held in October, the press service said.', '2024-11-14', ['in October 2025-10']],
    ['ru: a telling verb leaves the month to the told clause', 'Министр сообщил, что в октябре пройдет заседание совета.', '2024-11-14', ['в октябре 2025-10']],
    ['ru: a month inside a quote takes the quote\'s tense', '«В сентябре президенты встретятся в Москве», — сказал посол.', '2024-04-14', ['В сентябре 2024-09']],
    ['planned season already passed rolls over', 'Программу планируется подготовить к весне.', '2024-12-06', ['к весне 2025']],
    ['a season before a future verb rolls over', 'Министры договорились, что весной в Бишкек приедет делегация.', '2024-11-14', ['весной 2025']],
    ['a season before a past verb stays in the year', 'Министры напомнили, что весной в Бишкек приехала делегация.', '2024-11-14', ['весной 2024']],
    ['a month before «прилетят» rolls over', 'В марте в Ош прилетят инвесторы.', '2024-11-14', ['В марте 2025-03']],
    ['en: "could" in reported words looks forward', 'A source said the commission could hold its first meeting in the spring.', '2024-11-14', ['in the spring 2025']],
    ['en: "would" in reported words looks forward', 'Officials said a delegation would arrive in March.', '2024-11-14', ['in March 2025-03']],
    ['en: a past month stays in the year', 'Officials said a delegation arrived in March.', '2024-11-14', ['in March 2024-03']],
    ['no day words without a full article date', 'Накануне прошло заседание.', '2024-11', []],
    // A weekday in a stretch without a verb takes the tense of the whole sentence.
    ['en: future verb outside the weekday stretch', 'The premier is due to attend a forum of regional leaders, an annual event, in Osh on Friday.', '2024-11-14', ['on Friday 2024-11-15']],
    // A verb of a timetable in the present tells the coming weekday; a past verb still goes back.
    ['en: "continues on Friday" is the coming Friday', 'The fair continues on Friday with a session on grain exports.', '2024-11-14', ['on Friday 2024-11-15']],
    ['en: "flies … on Monday" is the coming Monday', 'The premier flies to Kazan for a regional forum on Monday.', '2024-11-14', ['on Monday 2024-11-18']],
    ['en: "opened on Monday" stays past', 'The fair opened on Monday with a session on grain exports.', '2024-11-14', ['on Monday 2024-11-11']],
    ['«в субботу открывается» is the coming Saturday', 'В субботу в Оше открывается ярмарка региональных производителей.', '2024-11-14', ['В субботу 2024-11-16']],
    ['«в понедельник открылась» stays past', 'В понедельник в Оше открылась ярмарка региональных производителей.', '2024-11-14', ['В понедельник 2024-11-11']],
    ['en: past verb outside the weekday stretch', 'The premier attended a forum of regional leaders, an annual event, in Osh on Monday.', '2024-11-14', ['on Monday 2024-11-11']],
    ['ru: future verb outside the weekday stretch', 'Премьер будет участвовать в форуме регионов, ежегодном событии, в Оше в пятницу.', '2024-11-14', ['в пятницу 2024-11-15']],
    // A season after «к» / "by" is a deadline: already passed this year, it is next year's.
    ['«к лету» without a future verb', 'Стороны договорились подготовить проект к лету.', '2024-12-06', ['к лету 2025']],
    ['«летом» in a past sentence stays', 'Летом стороны подписали соглашение.', '2024-12-06', ['Летом 2024']],
    ['«может состояться» looks forward', 'Визит может состояться в феврале.', '2024-12-06', ['в феврале 2025-02']],
    // Quarters relative to the article's: the year of that quarter.
    ['en: next quarter in Q4 is next year', 'The commission will meet next quarter in Osh.', '2024-11-14', ['next quarter 2025']],
    ['en: next quarter in Q2', 'The commission will meet next quarter in Osh.', '2024-05-14', ['next quarter 2024']],
    ['«на следующий квартал»', 'Заседание запланировано на следующий квартал.', '2024-11-10', ['на следующий квартал 2025']],
    ['«до конца месяца»', 'Эксперты подготовят дорожную карту до конца месяца.', '2021-04-15', ['до конца месяца 2021-04']],
    ['«в следующем квартале»', 'Комиссия соберется в следующем квартале.', '2024-02-10', ['в следующем квартале 2024']],
    ['«в прошлом квартале» across a year', 'В прошлом квартале товарооборот вырос.', '2025-02-10', ['В прошлом квартале 2024']],
    // The end of a season is its last month; a deadline already passed this year is next year's.
    ['en: by the end of the summer', 'Land will be allocated by the end of the summer.', '2024-06-02', ['by the end of the summer 2024-08']],
    ['«к концу лета»', 'Участки выделят к концу лета.', '2024-06-02', ['к концу лета 2024-08']],
    ['«до конца осени» already passed', 'Документ подпишут до конца осени.', '2024-12-02', ['до конца осени 2025-11']],
    ['en: late autumn in the past', 'In late autumn the sides met in Osh.', '2024-12-02', ['In late autumn 2024-11']],
    // The start or end of a week: month precision, like «на этой неделе» (2024-11-14 is a Thursday).
    ['«в начале недели»', 'В начале недели в Москве прошли переговоры министров.', '2024-11-14', ['В начале недели 2024-11']],
    ['en: at the start of the week', 'The ministers held talks in Osh at the start of the week.', '2024-11-14', ['at the start of the week 2024-11']],
    ['en: earlier in the week', 'Earlier in the week the envoy met the speaker.', '2024-11-14', ['Earlier in the week 2024-11']],
    ['«в конце прошлой недели» across a month', 'В конце прошлой недели делегация побывала в Оше.', '2024-12-03', ['В конце прошлой недели 2024-11']],
    // The start, middle or end of a month named only as this, last or next: that month.
    ['«в конце месяца»', 'Набор на курсы начнётся в конце месяца.', '2024-11-14', ['в конце месяца 2024-11']],
    ['«в начале прошлого месяца»', 'В начале прошлого месяца в Оше прошла ярмарка.', '2024-11-14', ['В начале прошлого месяца 2024-10']],
    ['«в середине следующего месяца»', 'Комиссия соберётся в середине следующего месяца.', '2024-12-14', ['в середине следующего месяца 2025-01']],
    ['en: at the end of the month', 'Enrolment opens at the end of the month.', '2024-11-14', ['at the end of the month 2024-11']],
    // Told of the past, a bare part of the month points back to the month last told: no date of its own.
    ['«в конце месяца» in the past is no date', 'В конце месяца министры встретились в Оше.', '2024-11-14', []],
    // The coming weeks or months: the article's year.
    ['«в ближайшие месяцы»', 'Документы будут переданы на ратификацию в ближайшие месяцы.', '2024-05-14', ['в ближайшие месяцы 2024']],
    ['en: in the coming weeks', 'The parliament is expected to ratify the deal in the coming weeks.', '2024-05-14', ['in the coming weeks 2024']],
    // A season after "before" / «до» is a deadline, like "by".
    ['en: "before summer"', 'The agreement could be signed before summer.', '2024-03-14', ['before summer 2024']],
    ['«до осени» already passed', 'Соглашение может быть подписано до осени.', '2024-12-14', ['до осени 2025']],
    // Spans counted forward from the article date.
    ['«через три недели» is a month', 'Через три недели стороны отметят годовщину.', '2024-05-18', ['Через три недели 2024-06']],
    ['«через месяц»', 'Через месяц откроется школа.', '2024-05-18', ['Через месяц 2024-06']],
    ['«через два дня» is a day', 'Через два дня министр прилетит в Бишкек.', '2024-05-18', ['Через два дня 2024-05-20']],
    ['en: in two weeks', 'The leaders will meet in two weeks.', '2024-05-18', ['in two weeks 2024-06']],
    ['en: "in a few days" is too vague', 'The leaders will meet in a few days.', '2024-05-18', []],
    ['en: "in three months of talks" is no date', 'They agreed in three months of talks.', '2024-05-18', []],
    ['«через восемь дней после того, как» counts from another event', 'Делегация прибыла через восемь дней после того, как открылся форум.', '2024-05-18', []],
    // Spans counted back from the article date: the year (a single year: the article's month of the year before;
    // months: the month; days: the day).
    ['«два года назад» is a year', 'Рейс Ош — Казань, открытый два года назад, летает по средам.', '2024-05-18', ['два года назад 2022']],
    ['«Пять лет назад, когда …» at the start', 'Пять лет назад, когда город вступал в ассоциацию, все спорили.', '2024-05-18', ['Пять лет назад 2019']],
    ['«год назад» without a count is the month a year before', 'Год назад стороны подписали меморандум.', '2024-05-18', ['Год назад 2023-05']],
    ['en: "a year ago" is the month a year before', 'The sides signed a memorandum a year ago.', '2024-05-18', ['a year ago 2023-05']],
    ['«год назад» with the article year only is the year before', 'Год назад стороны подписали меморандум.', '2024', ['Год назад 2023']],
    ['«30 лет назад» in digits', '30 лет назад были установлены отношения.', '2024-05-18', ['30 лет назад 1994']],
    ['«полгода назад» is a month', 'Полгода назад открылся филиал.', '2024-05-18', ['Полгода назад 2023-11']],
    ['«десятилетие назад»', 'Десятилетие назад завод закрыли.', '2024-05-18', ['Десятилетие назад 2014']],
    ['en: two years ago', 'The route opened two years ago.', '2024-05-18', ['two years ago 2022']],
    ['en: a decade ago', 'A decade ago the plant was closed.', '2024-05-18', ['A decade ago 2014']],
    ['en: six months ago', 'The office opened six months ago.', '2024-05-18', ['six months ago 2023-11']],
    ['en: five days ago is a day', 'The office opened five days ago.', '2024-05-18', ['five days ago 2024-05-13']],
    ['«пять лет тому назад»', 'Пять лет тому назад открылся филиал.', '2024-05-18', ['Пять лет тому назад 2019']],
    ['«двадцать пять лет назад» is not five', 'Двадцать пять лет назад открылся филиал.', '2024-05-18', []],
    ['en: "twenty-five years ago" is not five', 'The office opened twenty-five years ago.', '2024-05-18', []],
    ['«125 лет назад» is not 25', 'Город основан 125 лет назад.', '2024-05-18', []],
    ['«много лет назад» is no date', 'Много лет назад здесь был рынок.', '2024-05-18', []],
    ['en: "years ago" without a count is no date', 'Many years ago there was a market here.', '2024-05-18', []],
    ['«две недели назад» is the month of that day', 'Две недели назад делегация побывала в Оше.', '2024-05-18', ['Две недели назад 2024-05']],
    ['«три недели назад» across a month', 'Три недели назад делегация побывала в Оше.', '2024-05-18', ['Три недели назад 2024-04']],
    ['«неделю назад» without a count', 'Неделю назад делегация побывала в Оше.', '2024-05-03', ['Неделю назад 2024-04']],
    ['en: "two weeks ago"', 'Two weeks ago the delegation visited Osh.', '2024-05-10', ['Two weeks ago 2024-04']],
    ['weeks back need the article day', 'Две недели назад делегация побывала в Оше.', '2024-05', []],
    ['months back need the article month', 'Полгода назад открылся филиал.', '2024', []],
    ['«договорились о проведении» looks forward', 'Как сообщила пресс-служба, стороны договорились о проведении форума в июне.', '2024-04-10', ['в июне 2024-06']],
    ['a past month after the article month is last year’s', 'Как сообщила пресс-служба, форум прошел в июне.', '2024-04-10', ['в июне 2023-06']],
    ['«на конец мая»', 'Визит намечен на конец мая.', '2024-04-10', ['на конец мая 2024-05']],
    ['en: a frame opening the sentence, "In March,"', 'In March, the two premiers met in Osh.', '2024-11-14', ['In March 2024-03']],
    ['en: "Since June" opening the sentence', 'Since June the depot has stood idle.', '2024-11-14', ['Since June 2024-06']],
    ['en: "Last December" opening the sentence is last year’s', 'Last December the envoys signed a protocol.', '2024-11-14', ['Last December 2023-12']],
    ['ru: «В прошлом декабре» is last year’s', 'В прошлом декабре послы подписали протокол.', '2024-11-14', ['В прошлом декабре 2023-12']],
    ['ru: «в минувшем марте» of a month gone this year is this year’s', 'Протокол подписан в минувшем марте.', '2024-11-14', ['в минувшем марте 2024-03']],
    ['ru: «в следующем феврале» is next year’s', 'Посол вернется в следующем феврале.', '2024-11-14', ['в следующем феврале 2025-02']],
    ['en: "By April" opening the sentence with a future verb rolls over', 'By April the ministries will draft a programme.', '2024-11-14', ['By April 2025-04']],
    // 2024-11-14 is a Thursday: "last" never names today or yesterday.
    ['en: "last Thursday" in a Thursday article is a week before', 'The envoys met in Osh last Thursday.', '2024-11-14', ['last Thursday 2024-11-07']],
    ['en: "Last Wednesday" the day after is a week before too', 'Last Wednesday the ministers signed a protocol.', '2024-11-14', ['Last Wednesday 2024-11-06']],
    ['en: "last Tuesday" two days back is this week’s', 'The premier phoned his counterpart last Tuesday.', '2024-11-14', ['last Tuesday 2024-11-12']],
    ['en: "last Friday" is the Friday before', 'The delegation arrived last Friday.', '2024-11-14', ['last Friday 2024-11-08']],
    ['ru: «в минувший четверг» in a Thursday article is a week before', 'В минувший четверг делегация прибыла в Ош.', '2024-11-14', ['В минувший четверг 2024-11-07']],
    ['ru: «в прошлую среду» the day after is a week before', 'В прошлую среду министры подписали протокол.', '2024-11-14', ['В прошлую среду 2024-11-06']],
    ['ru: «в минувший вторник» two days back', 'В минувший вторник губернатор принял делегацию.', '2024-11-14', ['В минувший вторник 2024-11-12']],
    ['a weekday without "last" on the article’s own weekday is the day itself', 'On Thursday the envoys met in Osh.', '2024-11-14', ['On Thursday 2024-11-14']],
    ['en: "saw each other" tells the past of a month still to come', 'In December the two presidents saw each other again in Minsk.', '2024-11-14', ['In December 2023-12']],
    ['en: "chose" tells the past of a month still to come', 'The premier chose Moscow for his first trip in December.', '2024-11-14', ['in December 2023-12']],
    ['en: "sat down" tells the past too', 'In December the ministers sat down for talks in Osh.', '2024-11-14', ['In December 2023-12']],
    ['en: a month with no verb of the past stays in the year', 'In December the ministers meet in Osh.', '2024-11-14', ['In December 2024-12']],
    ['ru: «назначенный … в июне» is past under a future main verb', 'Министр, назначенный на пост в июне, сообщил, что параметры фонда будут согласованы позднее.', '2024-04-14', ['в июне 2023-06']],
    ['ru: «избранный … в декабре» is past under a future main verb', 'Спикер, избранный в декабре, возглавит делегацию на форуме.', '2024-04-14', ['в декабре 2023-12']],
    ['ru: «утверждённая в мае» is past under a future main verb', 'Программа, утверждённая в мае, будет выполнена досрочно.', '2024-04-14', ['в мае 2023-05']],
    ['ru: a plan with a participle elsewhere keeps its month ahead', 'Назначенный посол прибудет в Бишкек в мае.', '2024-04-14', ['в мае 2024-05']],
    ['ru: «сентябрьского саммита» is the month, past in a November article', 'В кулуарах сентябрьского саммита министры обсудили транзит.', '2024-11-14', ['сентябрьского 2024-09']],
    ['ru: «после октябрьских выборов» told in a later past is last year’s', 'Премьер провел консультации после октябрьских выборов.', '2024-04-14', ['октябрьских 2023-10']],
    ['ru: «к январскому саммиту» looks forward', 'Вопрос будет решен к январскому саммиту.', '2024-11-14', ['январскому 2025-01']],
    ['ru: «Мартовская революция 2005 года» takes the year written after it', 'Мартовская революция 2005 года завершилась бегством президента.', '2010-08-20', ['Мартовская 2005-03']],
    ['ru: «Апрельской революции» written with a capital inside the sentence is a proper name, no month', 'Сегодня у мемориала героям Апрельской революции возложили цветы.', '2015-04-07', ['Сегодня 2015-04-07']],
    ['ru: «после Октябрьской революции» too', 'После Октябрьской революции город переименовали.', '2024-11-14', []],
    ['ru: «Декабрьское заседание» opening the sentence is still the month', 'Декабрьское заседание совета пройдет в Бишкеке.', '2024-11-14', ['Декабрьское 2024-12']],
    ['ru: «майские праздники» is May', 'На майские праздники в Ош приехали туристы.', '2024-11-14', ['майские 2024-05']],
    ['ru: «мартовский» is not «март»', 'Доклад подготовлен к мартовскому заседанию.', '2024-01-14', ['мартовскому 2024-03']],
    // «в прошлом году» before a month adjective in its clause gives the adjective's year.
    ['ru: «В прошлом году из-за июльского наводнения …» is last year\'s July', 'В прошлом году из-за июльского наводнения поток туристов упал.', '2024-11-14', ['июльского 2023-07']],
    ['ru: a semicolon parts «в прошлом году» from the adjective', 'Поток туристов упал в прошлом году; из-за июльского наводнения закрыли пляжи.', '2024-11-14', ['июльского 2024-07']],
    ['en: a capitalised modal "May" is no month', 'May the talks go well, the envoy said in jest.', '2024-11-14', []],
    ['en: "agreed to draft … by February" in a November article is the coming February', 'The ministers agreed to draft a customs protocol by February.', '2024-11-14', ['by February 2025-02']],
    ['ru: «договорились разработать … к февралю» too', 'Министры договорились разработать таможенный протокол к февралю.', '2024-11-14', ['к февралю 2025-02']],
    ['en: "finished the draft by February" with no infinitive stays past', 'The ministers finished the customs protocol by February.', '2024-11-14', ['by February 2024-02']],
    ['en: "agreed in February to draft …": the month before the infinitive is the agreement\'s', 'The ministers agreed in February to draft a customs protocol.', '2024-11-14', ['in February 2024-02']],
    // A step agreed to be taken («договорились провести … в декабре», "agreed to hold … in December"): the month is to come.
    ['«договорились … провести первое заседание в декабре» in October is this December', 'Стороны договорились создать рабочую группу и провести ее первое заседание в декабре.', '2024-10-14', ['в декабре 2024-12']],
    ['en: "agreed to set up a group and to hold its first meeting in December" in October is this December', 'The sides agreed to set up a working group and to hold its first meeting in Moscow in December.', '2024-10-14', ['in December 2024-12']],
    ['en: "decided to hold the session in March" in November is next March', 'The commission decided to hold its next session in March.', '2024-11-14', ['in March 2025-03']],
    ['en: "agreed to set up a group, which met in December": the month of a past verb after it', 'The sides agreed to set up a working group, which met in December.', '2024-10-14', ['in December 2023-12']],
    // A step proposed («с предложением провести … в ноябре», "proposed to hold … in November") is to come, as an agreed one is.
    ['«отправил записку с предложением провести аудит … в ноябре» in October is this November', 'Министр отправил в Бишкек записку с предложением провести аудит складов в ноябре.', '2024-10-14', ['в ноябре 2024-11']],
    ['«предложил провести в марте …» in November is next March', 'Губернатор предложил провести в марте ярмарку в Оше.', '2024-11-14', ['в марте 2025-03']],
    ['en: "proposed to hold the fair in November" in October is this November', 'The governor proposed to hold a joint fair in Osh in November.', '2024-10-14', ['in November 2024-11']],
    ['«предложил …» with no infinitive before the month leaves it to the tense', 'Губернатор, который предложил ярмарку, приезжал в Ош в декабре.', '2024-10-14', ['в декабре 2023-12']],
    // The object agreed on ("had agreed on a joint check of depots in August"): a later month than the article's stays in its year.
    ['en: "had agreed on an audit of warehouses in August" in July is this August', 'The minister said both governments had agreed on an audit of warehouses in August.', '2024-07-14', ['in August 2024-08']],
    ['en: "agreed on a protocol in March" in July stays this March', 'The two sides agreed on a customs protocol in March.', '2024-07-14', ['in March 2024-03']],
    ['en: "agreed on Monday …, which met in August": a past verb after it still dates the month', 'The sides agreed on Monday to set up a working group, which met in August.', '2024-07-14', ['on Monday 2024-07-08', 'in August 2023-08']],
    // «Ранее, в январе, …», "Earlier, in May, …": a month told as past, as «ранее в январе» is, whatever the verbs after it.
    ['«Ранее, в январе, … обсудила подготовку к …» in March is this January', 'Ранее, в январе, министр в телефонном разговоре обсудила подготовку к юбилею.', '2024-03-14', ['в январе 2024-01']],
    ['en: "Earlier, in May, … will" in March is last May', 'Earlier, in May, the ministers said they will open a consulate.', '2024-03-14', ['in May 2023-05']],
    ['«Позднее, в январе, пройдёт …» is no «ранее»', 'Позднее, в январе, пройдёт заседание комиссии.', '2024-03-14', ['в январе 2025-01']],
    ['«заявил, что переговоры продолжатся в феврале» in November is next February', 'Министр на прошлой неделе заявил, что переговоры о поставках продолжатся в феврале.', '2024-11-14', ['на прошлой неделе 2024-11', 'в феврале 2025-02']],
    // A past verb of a measure ("introduced", "imposed") dates the month it ends before.
    ['en: "the levies Moscow introduced in December" in April are last December\'s', 'Bishkek pays none of the grain levies that Moscow introduced in December.', '2024-04-12', ['in December 2023-12']],
    ['en: "levies to be introduced in December" are to come', 'Bishkek will pay none of the grain levies to be introduced in December.', '2024-04-12', ['in December 2024-12']],
    // A month in a "since" phrase is a starting point: the last such month before the article.
    ['en: "since his inauguration in December" in a March article is the December before', 'The mayor is in Kazan on his first trip since his inauguration in December.', '2024-03-14', ['in December 2023-12']],
    ['en: a month after "since" with a comma between is not in the phrase', 'Since then, the mayor will travel to Kazan in December.', '2024-03-14', ['in December 2024-12']],
    // An earlier month of the article's year in a "since" or «первый … после» phrase stays in that year, whatever the tense of the event to come.
    ['en: "will be his first trip since his inauguration in May" in September is this May', 'It will be the mayor\'s first trip to Kazan since his inauguration in May.', '2024-09-14', ['in May 2024-05']],
    ['«Это будет первый визит … после его избрания в мае» in September is this May', 'Это будет первый визит мэра в Казань после его избрания в мае.', '2024-09-14', ['в мае 2024-05']],
    ['«Мэр посетит Казань в мае» in September, no «первый … после», is next May', 'Мэр посетит Казань в мае.', '2024-09-14', ['в мае 2025-05']],
    // A quarter or half of the year named by its ordinal without a year: of the year ahead when it is over and the sentence speaks of a plan.
    ['«запланировано на первый квартал» in November is next year', 'Заседание комиссии запланировано на первый квартал.', '2024-11-14', ['на первый квартал 2025']],
    ['en: "will meet in the first quarter" in November is next year', 'The commission will meet in the first quarter in Osh.', '2024-11-14', ['in the first quarter 2025']],
    ['en: "scheduled for the second quarter" in February is this year', 'The forum is scheduled for the second quarter.', '2024-02-14', ['for the second quarter 2024']],
    ['en: "trade grew in the first quarter" in November stays this year', 'Trade grew by 10% in the first quarter.', '2024-11-14', ['in the first quarter 2024']],
    // A plan named only in a comparison («вдвое дольше запланированного», "longer than planned") tells no plan: the weekday is past.
    ['«Переговоры в среду … продолжались вдвое дольше запланированного» on a Friday are this Wednesday', 'Переговоры мэров в среду вечером продолжались вдвое дольше запланированного.', '2024-11-15', ['в среду 2024-11-13']],
    ['en: "talks on Wednesday ran longer than planned" on a Friday are this Wednesday', 'The mayors\' talks on Wednesday ran longer than planned.', '2024-11-15', ['on Wednesday 2024-11-13']],
    ['«Переговоры запланированы на среду» on a Friday stay the coming Wednesday', 'Переговоры мэров запланированы на среду.', '2024-11-15', ['на среду 2024-11-20']],
  ])('%s', (_name, text, article, expected) => {
    expect(run(text, article)).toEqual(expected);
  });
});

describe('a week ahead is the month of its middle, a week back of the same weekday, on both sides of the year\'s turn', () => {
  // 2022-11-25 and 2025-12-26 are Fridays; 2026-01-05 and 2026-01-12 are Mondays, 2026-01-09 a Friday; 2020-12-31 a Thursday, 2024-01-02 and 2025-10-07 Tuesdays, 2024-07-03 a Wednesday, 2020-08-29 a Saturday.
  it.each([
    ['«на следующей неделе» from a late-November Friday: its Wednesday is in November, the Friday a week on in December', 'Министр посетит Ош на следующей неделе.', '2022-11-25', ['на следующей неделе 2022-11']],
    ['en: "next week" from a late-November Friday too', 'The minister will visit Osh next week.', '2022-11-25', ['next week 2022-11']],
    ['«на следующей неделе» from the last Friday of December: its Wednesday is the 31st, not in the next year', 'Министр посетит Ош на следующей неделе.', '2025-12-26', ['на следующей неделе 2025-12']],
    ['«в конце следующей недели» from that Friday: its Friday is in January of the next year', 'Министр посетит Ош в конце следующей недели.', '2025-12-26', ['в конце следующей недели 2026-01']],
    ['en: "next week" from the last Thursday of December is January of the next year', 'The minister will visit Osh next week.', '2020-12-31', ['next week 2021-01']],
    ['«на прошлой неделе» from a January Friday: the Friday before is in January, though the week began in December', 'На прошлой неделе министр побывал в Оше.', '2026-01-09', ['На прошлой неделе 2026-01']],
    ['en: "last week" from a January Monday: the Monday before is in December of the year before', 'The minister toured Osh last week.', '2026-01-05', ['last week 2025-12']],
    ['en: "last week" from a mid-January Monday is all January', 'The minister toured Osh last week.', '2026-01-12', ['last week 2026-01']],
    ['«на прошлой неделе» from a January Tuesday whose week before ended in December is the year before', 'На прошлой неделе министр побывал в Оше.', '2024-01-02', ['На прошлой неделе 2023-12']],
    ['«на прошлой неделе» from an October Tuesday whose week before ran from 29 September to 3 October: either month, only the year', 'На прошлой неделе министр побывал в Оше.', '2025-10-07', ['На прошлой неделе 2025']],
    ['en: "last week" from that Tuesday: the year alone too', 'The minister toured Osh last week.', '2025-10-07', ['last week 2025']],
    ['en: "early last week" from that Tuesday is its Monday, in September', 'The minister toured Osh early last week.', '2025-10-07', ['early last week 2025-09']],
    ['«на прошлой неделе» from a July Wednesday whose week before was all June', 'На прошлой неделе министр побывал в Оше.', '2024-07-03', ['На прошлой неделе 2024-06']],
    ['en: "early last week" from a January Friday is its Monday, of the year before', 'The minister toured Osh early last week.', '2026-01-09', ['early last week 2025-12']],
    ['en: "next week" from a late-August Saturday: its Wednesday is in September', 'The envoy is expected in Osh next week.', '2020-08-29', ['next week 2020-09']],
    ['«на следующей неделе» mid-month stays in the month', 'Министр посетит Ош на следующей неделе.', '2024-11-14', ['на следующей неделе 2024-11']],
  ])('%s', (_name, text, article, expected) => {
    expect(run(text, article)).toEqual(expected);
  });
});

describe('a month in a quote still to come keeps the article\'s year, on both sides of the year\'s turn', () => {
  it.each([
    ['«ждём вас в июне» in a March article is this June, not the June gone by', '"Ждём вас в июне на ярмарке", — сказал губернатор.', '2024-03-14', ['в июне 2024-06']],
    ['en: "see you in September" in a March article is this September', '"We look forward to seeing you in September," the mayor said.', '2024-03-14', ['in September 2024-09']],
    ['a month told past inside the quote is the one gone by', '"Мы встречались в июне на ярмарке", — сказал губернатор.', '2024-03-14', ['в июне 2023-06']],
    ['en: "met in September" inside the quote is the one gone by', '"We met in Osh in September," the mayor said.', '2024-03-14', ['in September 2023-09']],
    ['a coming month of the next year told in the quote\'s own future', '«Комиссия соберётся в феврале», — сказал министр.', '2024-11-14', ['в феврале 2025-02']],
    // "dispatched" (an envoy sent) is a verb of the past like "sent".
    ['en: "dispatched … in October" in a February article is the October before', 'In October, the ministry dispatched an envoy to Osh.', '2022-02-14', ['In October 2021-10']],
    ['en: "will be dispatched … in October" is still to come', 'In October, an envoy will be dispatched to Osh.', '2022-02-14', ['In October 2022-10']],
    ['a month already past told in the quote\'s own past in January', '«Мы подписали протокол в декабре», — сказал министр.', '2025-01-14', ['в декабре 2024-12']],
  ])('%s', (_name, text, article, expected) => {
    expect(run(text, article)).toEqual(expected);
  });
});

describe('FAMILY_CUES: a sentence a family of phrases matches holds its cue', () => {
  it.each([
    ['seasonEnds', 'ru', 'К концу этого лета мост откроют.'],
    ['seasonEnds', 'ru', 'На излёте осени пройдут выборы.'],
    ['seasonEnds', 'en', 'The plant will open by the end of the summer.'],
    ['seasonEnds', 'en', 'Talks resume in late fall.'],
    ['countIn', 'ru', 'Через две недели делегация вернётся.'],
    ['countIn', 'en', 'The team arrives in two weeks.'],
    ['countIn', 'en', 'The vote is three days from now.'],
    ['countLater', 'ru', 'Спустя неделю в Оше должна собраться комиссия.'],
    ['countLater', 'en', 'The experts will meet in Osh two weeks later.'],
    ['countAgo', 'ru', 'Два года тому назад открыли базу.'],
    ['countAgo', 'en', 'The base opened a decade ago.'],
    ['yearParts', 'ru', 'Во второй половине текущего года откроют завод.'],
    ['yearParts', 'ru', 'В ближайшие несколько недель подпишут договор.'],
    ['yearParts', 'ru', 'Поездка министра намечена на вторую половину года.'],
    ['yearParts', 'en', 'The deal is due before year-end.'],
    ['yearParts', 'en', 'Talks continue in the months ahead.'],
    ['weekday', 'ru', 'В минувшую пятницу министры встретились.'],
    ['weekday', 'en', 'The ministers met on Friday.'],
  ] as const)('%s (%s): %s', (family, lang, text) => {
    const cue = FAMILY_CUES[family];
    const found = relativeMentions(text, lang, '2018-06-15');
    expect(found.length).toBeGreaterThan(0);
    expect('test' in cue ? cue.test(text) : cue[lang].test(text)).toBe(true);
  });
  // Negative: a sentence without the cue words.
  it.each([
    ['seasonEnds', 'en', 'The minister met his counterpart.'],
    ['countAgo', 'ru', 'Министр встретился с коллегой.'],
    ['yearParts', 'en', 'The minister met his counterpart.'],
    ['weekday', 'ru', 'Министр встретился с коллегой.'],
  ] as const)('%s (%s) fails: %s', (family, lang, text) => {
    const cue = FAMILY_CUES[family];
    expect('test' in cue ? cue.test(text) : cue[lang].test(text)).toBe(false);
  });
});

describe('a span counted on with «спустя» / "later", told of a plan', () => {
  // 2024-11-14 is a Thursday.
  it.each([
    ['ru: «Спустя неделю … должна прибыть» is the month a week on', 'Спустя неделю в Бишкек должна прибыть рабочая группа.', '2024-11-28', ['Спустя неделю 2024-12']],
    ['ru: «месяц спустя … соберется»', 'Месяц спустя в Оше соберется комиссия.', '2024-11-14', ['Месяц спустя 2024-12']],
    ['en: "will meet … a week later"', 'The experts will meet in Osh a week later.', '2024-11-14', ['a week later 2024-11']],
    // Told of the past, the words count from the event told before: not from the article's day.
    ['ru: «спустя неделю» in the past is not counted on from the article', 'Спустя неделю делегация прибыла в Бишкек.', '2024-11-14', []],
  ])('%s', (_name, text, date, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('a restated event dated a day after or before another: the other lies on the far side', () => {
  it.each([
    ['ru: «Переговоры прошли на следующий день после форума» puts the forum the day before', 'Переговоры прошли на следующий день после форума министров.', 'ru', -1],
    ['en: "The talks were held the day before the summit" puts the summit the day after', 'The talks were held the day before the summit.', 'en', 1],
    ['en: "The meeting took place the following day after the forum"', 'The meeting took place the following day after the regional forum.', 'en', -1],
    // A possessive subject and the present of the day's report restate the event too.
    ['en: "The governor\'s trip comes a day before a forum" puts the forum the day after', 'The governor\'s trip comes a day before a forum in Kazan of regional leaders.', 'en', 1],
    ['en: "The minister’s visit came a day before the vote"', 'The minister’s visit came a day before the vote in parliament.', 'en', 1],
    // Negative: an act of its own after the day word dates the act, a day on from the event told before.
    ['ru: «На следующий день после форума министр позвонил» counts on', 'На следующий день после форума министр позвонил коллеге.', 'ru', 1],
    ['en: "Putin called the next day" counts on', 'Putin called his counterpart the next day.', 'en', 1],
  ] as const)('%s', (_name, text, lang, want) => {
    const hits = relativeMentions(text, lang, '2024-11-14');
    expect(hits.map((h) => h.anaphoric)).toEqual([want]);
  });
});

describe('a weekend told without its days is its Saturday, back or on by the tense', () => {
  // 2031-11-06 is a Thursday: the weekend before began on 2031-11-01, the next one begins on 2031-11-08.
  it.each([
    ['en: "were detained … over the weekend"', 'More than 500 people were detained over the weekend.', 'en', ['2031-11-01']],
    ['en: "last weekend"', 'The ministers met last weekend.', 'en', ['2031-11-01']],
    ['en: "next weekend"', 'The ministers will meet next weekend.', 'en', ['2031-11-08']],
    ['ru: «в минувшие выходные»', 'В минувшие выходные полиция провела рейды.', 'ru', ['2031-11-01']],
    ['ru: «в эти выходные» told of a plan', 'В эти выходные министры встретятся в Оше.', 'ru', ['2031-11-08']],
    // Negative: a weekend named as a thing, with no frame, dates nothing.
    ['en: "weekend flights"', 'The airline added weekend flights.', 'en', []],
    ['ru: «выходные дни» without «в»', 'Выходные дни перенесли.', 'ru', []],
  ] as const)('%s', (_name, text, lang, want) => {
    expect(relativeMentions(text, lang, '2031-11-06').map((h) => h.date)).toEqual(want);
  });
});
