"""Articles 01-05 (1996-2012)."""
from helpers import P, F, E, G

ARTICLES = []

# ---------------------------------------------------------------- 01 TASS 1996 main events
ARTICLES.append(dict(
file="01_tass_ru_1996_main_events.txt", lang="ru",
source="https://tass.ru/arhiv/1996/03/29/glavnye-sobytiya-dnya",
header="1996-03-29",
body="""
ИТАР-ТАСС. ГЛАВНЫЕ СОБЫТИЯ ДНЯ
29 марта 1996 г., пятница

МОСКВА, 29 марта /ИТАР-ТАСС/. Предлагаем вниманию подписчиков перечень основных событий дня по состоянию на 19:00 мск.

10:40 — В Георгиевском зале Кремля президенты России, Белоруссии, Казахстана и Киргизии Борис Ельцин, Александр Лукашенко, Нурсултан Назарбаев и Аскар Акаев подписали Договор об углублении интеграции в экономической и гуманитарной областях. Документ предусматривает создание Межгосударственного совета и Интеграционного комитета. «Это не возрождение Союза, а нормальное сотрудничество суверенных государств», — сказал журналистам Ельцин.

12:30 — Состоялась двусторонняя встреча Бориса Ельцина с Аскаром Акаевым. Как сообщил пресс-секретарь президента России Сергей Медведев, стороны обсудили ход выполнения Договора о дружбе, сотрудничестве и взаимной помощи от 10 июня 1992 года, положение русскоязычного населения и вопросы урегулирования задолженности Киргизии. Задолженность Бишкека по государственным кредитам России оценивается примерно в 130 млн долларов.

14:15 — Председатель правительства РФ Виктор Черномырдин принял премьер-министра Киргизии Апаса Джумагулова. Обсуждались поставки нефтепродуктов и кооперация предприятий оборонного комплекса. По данным Госкомстата России, товарооборот между двумя странами в 1995 году составил около 250 млн долларов, снизившись на 12 процентов по сравнению с предыдущим годом. Стороны договорились подготовить к лету соглашение о взаимной защите инвестиций.

15:50 — Председатель Государственной думы Геннадий Селезнев заявил, что нижняя палата рассмотрит ратификацию четырехстороннего договора «в приоритетном порядке».

17:20 — В пресс-службе Кремля подтвердили, что 2 апреля в Москве Борис Ельцин и Александр Лукашенко подпишут Договор об образовании Сообщества России и Белоруссии.

18:05 — Аскар Акаев завершит пребывание в Москве завтра. В субботу запланирована его встреча с мэром Москвы Юрием Лужковым, на которой будет обсуждаться открытие в столице торгового дома Киргизии.

Выпускающий редактор: Ольга Сементовская
""",
gold=G("29 марта 1996 г.", "1996-03-29", None, "body",
  "Header line '29 марта 1996 г., пятница' and dateline 'МОСКВА, 29 марта /ИТАР-ТАСС/'; 1996-03-29 was a Friday.",
  [P("Борис Ельцин", "Борис Ельцин", "президент России", ["Борис Ельцин", "Бориса Ельцина", "Ельцин"]),
   P("Александр Лукашенко", "Александр Лукашенко", "президент Белоруссии", ["Александр Лукашенко"], "third-country leader"),
   P("Нурсултан Назарбаев", "Нурсултан Назарбаев", "президент Казахстана", ["Нурсултан Назарбаев"], "third-country leader"),
   P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Аскаром Акаевым"]),
   P("Сергей Медведев", "Сергей Медведев", "пресс-секретарь президента России", ["Сергей Медведев"],
     "Yeltsin's press secretary (1996), not Dmitry Medvedev"),
   P("Виктор Черномырдин", "Виктор Черномырдин", "председатель правительства РФ", ["Виктор Черномырдин"]),
   P("Апас Джумагулов", "Апаса Джумагулова", "премьер-министр Киргизии", ["Апаса Джумагулова"]),
   P("Геннадий Селезнев", "Геннадий Селезнев", "председатель Государственной думы РФ", ["Геннадий Селезнев"]),
   P("Юрий Лужков", "Юрием Лужковым", "мэр Москвы", ["Юрием Лужковым"])],
  ["Ольга Сементовская"],
  [F("kg_debt_to_russia_usd", 130000000, None, "actual",
     "Задолженность Бишкека по государственным кредитам России оценивается примерно в 130 млн долларов",
     "about", note="Distractor: debt, not turnover."),
   F("trade_turnover", 250000000, "1995", "actual",
     "товарооборот между двумя странами в 1995 году составил около 250 млн долларов", "about"),
   F("trade_turnover_growth_pct", -12, "1995", "actual",
     "снизившись на 12 процентов по сравнению с предыдущим годом", note="A decline: negative growth.")],
  [E("1996-03-29", "Quadripartite Treaty on deepening integration in the economic and humanitarian fields signed in the Kremlin (Russia, Belarus, Kazakhstan, Kyrgyzstan)",
     "подписали Договор об углублении интеграции в экономической и гуманитарной областях", "agreement", "past", False),
   E("1996-03-29", "Yeltsin–Akayev bilateral meeting in Moscow",
     "Состоялась двусторонняя встреча Бориса Ельцина с Аскаром Акаевым", "meeting", "past"),
   E("1992-06-10", "Treaty of friendship, cooperation and mutual assistance (referred to)",
     "Договора о дружбе, сотрудничестве и взаимной помощи от 10 июня 1992 года", "agreement", "past"),
   E("1996-03-29", "Chernomyrdin received Kyrgyz Prime Minister Jumagulov",
     "Председатель правительства РФ Виктор Черномырдин принял премьер-министра Киргизии Апаса Джумагулова", "meeting", "past"),
   E(None, "Agreement on mutual protection of investments to be prepared by summer",
     "Стороны договорились подготовить к лету соглашение о взаимной защите инвестиций", "agreement", "planned",
     date_note="'к лету' (1996); no exact date"),
   E("1996-04-02", "Treaty on the formation of the Community of Russia and Belarus to be signed in Moscow",
     "2 апреля в Москве Борис Ельцин и Александр Лукашенко подпишут Договор об образовании Сообщества России и Белоруссии",
     "agreement", "planned", False),
   E("1996-03-30", "Akayev to meet Moscow mayor Luzhkov (Saturday)",
     "В субботу запланирована его встреча с мэром Москвы Юрием Лужковым", "meeting", "planned",
     date_note="'завтра'/'в субботу' from Friday 29 March 1996"),
  ])))

# ---------------------------------------------------------------- 02 Kommersant 2000 chronicle
ARTICLES.append(dict(
file="02_kommersant_ru_2000_khronika.txt", lang="ru",
source="https://www.kommersant.ru/doc/153417",
header="2000-07-28",
body="""
Газета "Коммерсантъ" №136 от 28.07.2000, стр. 2
Рубрика: Хроника

Россия и Киргизия поклялись в вечной дружбе

Вчера в Кремле Владимир Путин и Аскар Акаев подписали Декларацию о вечной дружбе, союзничестве и партнерстве между Российской Федерацией и Киргизской Республикой. Переговоры продолжались почти три часа вместо запланированных полутора. Кроме того, подписан договор об экономическом сотрудничестве на 2000–2010 годы.

Господин Акаев не скрывал, что рассчитывает на помощь Москвы: по его словам, в прошлом году товарооборот двух стран упал до $190 млн — почти вдвое меньше, чем в 1997-м. Господин Путин в ответ напомнил, что долг Бишкека перед Москвой составляет $133 млн, и предложил обсудить его реструктуризацию «в рабочем порядке».

Параллельно премьер Киргизии Амангельды Муралиев провел переговоры с Михаилом Касьяновым. Как сообщили в аппарате правительства, премьеры договорились, что межправительственная комиссия соберется до конца года в Бишкеке.

Президенты также обсудили ситуацию на киргизско-таджикской границе, где в августе прошлого года боевики захватили заложников. Господин Акаев поблагодарил российского коллегу за поставки вооружений, о которых стороны договорились в начале июля в Душанбе на саммите «шанхайской пятерки».

Киргизский президент пригласил господина Путина посетить Бишкек. Сроки визита, как сказал «Ъ» источник в МИДе, «будут согласованы по дипломатическим каналам».

ОЛЕГ ЗАВЬЯЛОВ

Игорь Иванов улетел в Бангкок

Министр иностранных дел России Игорь Иванов вчера вылетел в Бангкок, где примет участие в заседании Регионального форума АСЕАН. Как ожидается, министр проведет там встречу с госсекретарем США Мадлен Олбрайт.

МАРИНА ГРИШИНА
""",
gold=G("28.07.2000", "2000-07-28", None, "body",
  "Issue line 'Коммерсантъ №136 от 28.07.2000'. The signing happened 'вчера' = 2000-07-27.",
  [P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Господин Путин", "господина Путина"]),
   P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Господин Акаев"]),
   P("Амангельды Муралиев", "Амангельды Муралиев", "премьер-министр Киргизии", ["Амангельды Муралиев"]),
   P("Михаил Касьянов", "Михаилом Касьяновым", "председатель правительства РФ", ["Михаилом Касьяновым"]),
   P("Игорь Иванов", "Игорь Иванов", "министр иностранных дел России", ["Игорь Иванов"]),
   P("Мадлен Олбрайт", "Мадлен Олбрайт", "государственный секретарь США", ["Мадлен Олбрайт"], "third-country official")],
  ["ОЛЕГ ЗАВЬЯЛОВ", "МАРИНА ГРИШИНА"],
  [F("trade_turnover", 190000000, "1999", "actual",
     "в прошлом году товарооборот двух стран упал до $190 млн", period_text="в прошлом году",
     note="'в прошлом году' in a 2000 article = 1999"),
   F("kg_debt_to_russia_usd", 133000000, None, "actual",
     "долг Бишкека перед Москвой составляет $133 млн", note="Distractor: debt."),
  ],
  [E("2000-07-27", "Putin and Akayev signed the Declaration of eternal friendship, alliance and partnership in the Kremlin",
     "Вчера в Кремле Владимир Путин и Аскар Акаев подписали Декларацию о вечной дружбе, союзничестве и партнерстве", "agreement", "past"),
   E("2000-07-27", "Putin–Akayev talks in the Kremlin",
     "Переговоры продолжались почти три часа вместо запланированных полутора", "meeting", "past"),
   E("2000-07-27", "Treaty on economic cooperation for 2000–2010 signed",
     "подписан договор об экономическом сотрудничестве на 2000–2010 годы", "agreement", "past"),
   E("2000-07-27", "Prime ministers Muraliev and Kasyanov held talks",
     "премьер Киргизии Амангельды Муралиев провел переговоры с Михаилом Касьяновым", "meeting", "past",
     date_note="'Параллельно' with the presidents' talks"),
   E("2000", "Intergovernmental commission to meet in Bishkek before the end of the year",
     "межправительственная комиссия соберется до конца года в Бишкеке", "igc_session", "planned"),
   E("2000-07", "Shanghai Five summit in Dushanbe (arms supplies agreed)",
     "в начале июля в Душанбе на саммите «шанхайской пятерки»", "other", "past", False),
   E(None, "Akayev invited Putin to visit Bishkek; dates to be agreed",
     "Киргизский президент пригласил господина Путина посетить Бишкек", "visit", "planned"),
   E("2000-07-27", "Igor Ivanov left for the ASEAN Regional Forum in Bangkok",
     "вылетел в Бангкок, где примет участие в заседании Регионального форума АСЕАН", "conference", "ongoing", False),
  ])))

# ---------------------------------------------------------------- 03 Kyrgyz embassy chronology (c) 2005
ARTICLES.append(dict(
file="03_kgembassy_ru_2005_chronology.txt", lang="ru",
source="http://www.kyrgyzembassy.ru/relations/chronology.html",
header=None,
body="""
Посольство Кыргызской Республики в Российской Федерации
Главная > Двусторонние отношения > Хронология

ХРОНОЛОГИЯ КЫРГЫЗСКО-РОССИЙСКИХ ОТНОШЕНИЙ

20 марта 1992 г. — установлены дипломатические отношения между Кыргызской Республикой и Российской Федерацией.

10 июня 1992 г. — в Москве Президент КР А.А.Акаев и Президент РФ Б.Н.Ельцин подписали Договор о дружбе, сотрудничестве и взаимной помощи.

29 марта 1996 г. — подписан Договор между Республикой Беларусь, Республикой Казахстан, Кыргызской Республикой и Российской Федерацией об углублении интеграции в экономической и гуманитарной областях.

27 июля 2000 г. — в ходе официального визита Президента КР А.Акаева в Москву подписана Декларация о вечной дружбе, союзничестве и партнерстве между Кыргызской Республикой и Российской Федерацией.

14 мая 2002 г. — на сессии Совета коллективной безопасности в Москве принято решение о преобразовании Договора о коллективной безопасности в международную региональную организацию.

Сентябрь 2003 г. — подписано Соглашение между Кыргызской Республикой и Российской Федерацией о статусе и условиях пребывания российской авиационной базы на территории Кыргызской Республики.

23 октября 2003 г. — церемония открытия авиабазы «Кант» с участием Президента Кыргызской Республики А.Акаева и Президента Российской Федерации В.В.Путина.

Июнь 2004 г. — рабочий визит Премьер-министра КР Н.Т.Танаева в Москву, переговоры с Председателем Правительства РФ М.Е.Фрадковым.

ТОРГОВО-ЭКОНОМИЧЕСКОЕ СОТРУДНИЧЕСТВО

По итогам 2004 года товарооборот между Кыргызской Республикой и Российской Федерацией составил 543,7 млн долларов США, увеличившись на 31,2% по сравнению с 2003 годом. Доля России во внешнеторговом обороте Кыргызстана составляет 23,7%. Россия является крупнейшим поставщиком нефтепродуктов в республику.

В текущем году планируется проведение очередного заседания Межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству.

Версия для печати | Карта сайта
© Посольство Кыргызской Республики в Российской Федерации, 2005
Адрес: 119017, г. Москва, ул. Б. Ордынка, д. 64
""",
gold=G("unknown", None, "2005", "footer_copyright",
  "No publication date; only the copyright line '© ..., 2005'. Latest dated entry is June 2004 and 2004 trade figures are given. 'В текущем году' therefore presumably 2005, but not certain.",
  [P("Аскар Акаев", "А.А.Акаев", "президент Кыргызской Республики", ["А.А.Акаев", "А.Акаева", "А.Акаев"]),
   P("Борис Ельцин", "Б.Н.Ельцин", "президент Российской Федерации", ["Б.Н.Ельцин"]),
   P("Владимир Путин", "В.В.Путина", "президент Российской Федерации", ["В.В.Путина"]),
   P("Николай Танаев", "Н.Т.Танаева", "премьер-министр Кыргызской Республики", ["Н.Т.Танаева"]),
   P("Михаил Фрадков", "М.Е.Фрадковым", "председатель правительства РФ", ["М.Е.Фрадковым"])],
  [],
  [F("trade_turnover", 543700000, "2004", "actual",
     "По итогам 2004 года товарооборот между Кыргызской Республикой и Российской Федерацией составил 543,7 млн долларов США"),
   F("trade_turnover_growth_pct", 31.2, "2004", "actual", "увеличившись на 31,2% по сравнению с 2003 годом"),
   F("russia_share_in_kg_trade_pct", 23.7, None, "actual",
     "Доля России во внешнеторговом обороте Кыргызстана составляет 23,7%", note="Share, not turnover.")],
  [E("1992-03-20", "Diplomatic relations established", "20 марта 1992 г. — установлены дипломатические отношения", "other", "past"),
   E("1992-06-10", "Treaty of friendship, cooperation and mutual assistance signed in Moscow (Akayev, Yeltsin)",
     "подписали Договор о дружбе, сотрудничестве и взаимной помощи", "agreement", "past"),
   E("1996-03-29", "Quadripartite treaty on deepening integration signed",
     "об углублении интеграции в экономической и гуманитарной областях", "agreement", "past", False),
   E("2000-07-27", "Declaration of eternal friendship, alliance and partnership signed during Akayev's official visit to Moscow",
     "подписана Декларация о вечной дружбе, союзничестве и партнерстве", "agreement", "past"),
   E("2000-07-27", "Official visit of Akayev to Moscow",
     "в ходе официального визита Президента КР А.Акаева в Москву", "visit", "past"),
   E("2002-05-14", "CST session in Moscow decides to transform the Collective Security Treaty into a regional organisation",
     "на сессии Совета коллективной безопасности в Москве принято решение о преобразовании Договора о коллективной безопасности",
     "other", "past", False),
   E("2003-09", "Agreement on the status and conditions of the Russian air base in Kyrgyzstan signed",
     "подписано Соглашение между Кыргызской Республикой и Российской Федерацией о статусе и условиях пребывания российской авиационной базы",
     "agreement", "past"),
   E("2003-10-23", "Opening ceremony of the Kant air base with Akayev and Putin",
     "церемония открытия авиабазы «Кант»", "other", "past"),
   E("2004-06", "Working visit of Prime Minister Tanayev to Moscow; talks with Fradkov",
     "рабочий визит Премьер-министра КР Н.Т.Танаева в Москву", "visit", "past"),
   E(None, "Next session of the intergovernmental commission planned 'this year'",
     "планируется проведение очередного заседания Межправительственной кыргызско-российской комиссии", "igc_session", "planned",
     date_partial="2005", date_note="'В текущем году' of an undated page (copyright 2005)"),
  ])))

# ---------------------------------------------------------------- 04 24.kg 2009 week digest
ARTICLES.append(dict(
file="04_24kg_ru_2009_week_digest.txt", lang="ru",
source="https://24.kg/archive/ru/politic/45872-kyrgyzstan-rossiya-hronika-nedeli.html",
header="2009-02-09",
body="""
Кыргызстан – Россия: хроника недели (2–8 февраля)
09/02/09 10:15, Бишкек – 24.kg news agency, Нурайым Алыбаева

Информационное агентство «24.kg» предлагает вниманию читателей обзор главных событий минувшей недели в кыргызско-российских отношениях.

2 февраля — Президент Курманбек Бакиев вылетел в Москву. Перед отъездом премьер-министр Игорь Чудинов заявил журналистам, что «визит станет переломным для экономики страны».

3 февраля — В Кремле состоялись переговоры Курманбека Бакиева с Дмитрием Медведевым. Россия предоставит Кыргызстану льготный кредит в размере 2 млрд долларов, безвозмездную финансовую помощь в размере 150 млн долларов и спишет 180 млн долларов долга в обмен на пакет акций завода «Дастан». По итогам переговоров глава государства объявил о решении вывести американскую авиабазу из аэропорта «Манас».

4 февраля — Курманбек Бакиев принял участие во внеочередной сессии Совета коллективной безопасности ОДКБ в Москве, где подписано соглашение о создании Коллективных сил оперативного реагирования. В тот же день министр финансов РФ Алексей Кудрин сообщил, что первый транш кредита поступит в бюджет Кыргызстана «в течение нескольких месяцев».

5 февраля — Министр иностранных дел Кадырбек Сарбаев подтвердил, что правительство одобрило законопроект о денонсации соглашения с США по авиабазе «Манас». Документ направлен в Жогорку Кенеш и будет рассмотрен в ближайшее время.

6 февраля — Нацстатком опубликовал данные о внешней торговле. Товарооборот Кыргызстана с Россией за январь–ноябрь 2008 года составил 1,61 млрд долларов, увеличившись на 36,4% по сравнению с аналогичным периодом 2007 года. Объем денежных переводов трудовых мигрантов из России за весь прошлый год эксперты оценивают в 1,2 млрд долларов.

7 февраля — В Бишкеке прошел круглый стол «Кыргызстан и Россия: новые горизонты партнерства». Участники отметили, что договоренности, достигнутые в Москве в прошлый вторник, «выводят отношения на качественно новый уровень».

Подписывайтесь на наш канал новостей
Читайте также: Бакиев: «Манас» будет закрыт; Медведев и Бакиев обсудили строительство Камбаратинской ГЭС-1
""",
gold=G("09/02/09", "2009-02-09", None, "byline",
  "Byline '09/02/09 10:15' (DD/MM/YY). Digest covers 2–8 February 2009; 'в прошлый вторник' on 7 Feb = 3 Feb 2009 (a Tuesday).",
  [P("Курманбек Бакиев", "Курманбек Бакиев", "президент Кыргызстана", ["Курманбек Бакиев", "Курманбека Бакиева", "Бакиев"]),
   P("Игорь Чудинов", "Игорь Чудинов", "премьер-министр Кыргызстана", ["Игорь Чудинов"]),
   P("Дмитрий Медведев", "Дмитрием Медведевым", "президент России", ["Дмитрием Медведевым", "Медведев"]),
   P("Алексей Кудрин", "Алексей Кудрин", "министр финансов РФ", ["Алексей Кудрин"]),
   P("Кадырбек Сарбаев", "Кадырбек Сарбаев", "министр иностранных дел Кыргызстана", ["Кадырбек Сарбаев"])],
  ["Нурайым Алыбаева"],
  [F("russian_loan_usd", 2000000000, None, "actual",
     "льготный кредит в размере 2 млрд долларов", note="Distractor: loan pledge."),
   F("russian_grant_usd", 150000000, None, "actual",
     "безвозмездную финансовую помощь в размере 150 млн долларов", note="Distractor: aid."),
   F("debt_writeoff_usd", 180000000, None, "actual",
     "спишет 180 млн долларов долга", note="Distractor: debt write-off (planned, as part of the deal)."),
   F("trade_turnover", 1610000000, "2008-11M", "actual",
     "Товарооборот Кыргызстана с Россией за январь–ноябрь 2008 года составил 1,61 млрд долларов"),
   F("trade_turnover_growth_pct", 36.4, "2008-11M", "actual",
     "увеличившись на 36,4% по сравнению с аналогичным периодом 2007 года"),
   F("remittances_from_russia_usd", 1200000000, "2008", "actual",
     "Объем денежных переводов трудовых мигрантов из России за весь прошлый год эксперты оценивают в 1,2 млрд долларов",
     note="Distractor: remittances (an estimate).")],
  [E("2009-02-02", "Bakiyev flew to Moscow", "Президент Курманбек Бакиев вылетел в Москву", "visit", "past"),
   E("2009-02-03", "Bakiyev–Medvedev talks in the Kremlin", "В Кремле состоялись переговоры Курманбека Бакиева с Дмитрием Медведевым", "meeting", "past"),
   E("2009-02-03", "Russia to grant a $2 bn loan, $150 m aid and write off $180 m of debt (agreements reached)",
     "Россия предоставит Кыргызстану льготный кредит в размере 2 млрд долларов", "agreement", "past"),
   E("2009-02-03", "Bakiyev announced the decision to close the US air base at Manas",
     "объявил о решении вывести американскую авиабазу из аэропорта «Манас»", "other", "past", False),
   E("2009-02-04", "Extraordinary CSTO Collective Security Council session in Moscow; agreement on the Collective Rapid Reaction Force",
     "принял участие во внеочередной сессии Совета коллективной безопасности ОДКБ в Москве", "other", "past", False),
   E(None, "Parliament to consider denouncing the US agreement on Manas",
     "Документ направлен в Жогорку Кенеш и будет рассмотрен в ближайшее время", "other", "planned", False),
   E("2009-02-07", "Round table 'Kyrgyzstan and Russia: new horizons of partnership' in Bishkek",
     "В Бишкеке прошел круглый стол «Кыргызстан и Россия: новые горизонты партнерства»", "conference", "past"),
  ])))

# ---------------------------------------------------------------- 05 Reuters 2012 factbox
ARTICLES.append(dict(
file="05_reuters_en_2012_factbox.txt", lang="en",
source="https://www.reuters.com/article/us-kyrgyzstan-russia-factbox-idUSBRE88I0OX20120919",
header="2012-09-19",
body="""
FACTBOX-Russia's ties with Kyrgyzstan

Wed Sep 19, 2012 11:42am EDT

Sept 19 (Reuters) - Russian President Vladimir Putin will visit Kyrgyzstan on Thursday for talks with President Almazbek Atambayev expected to seal a long-term lease on a Russian air base and a deal to write off most of Bishkek's debt.

Here are some facts about relations between the two countries:

* MILITARY BASE: Russia has operated the Kant air base near Bishkek since October 2003. Under a deal due to be signed on Thursday, Moscow's military presence, including the Kant base, would be extended for 15 years after the current agreement expires in 2017.

* DEBT: Kyrgyzstan owes Russia about $500 million. Moscow has agreed to write off $489 million of that debt, Kyrgyz officials say.

* MANAS: The United States runs a transit centre for troops in Afghanistan at Manas airport. Atambayev has said the lease, which expires in July 2014, will not be renewed. In 2009 his predecessor Kurmanbek Bakiyev announced the base's closure in Moscow after securing a $2 billion loan pledge, then struck a new deal with Washington months later.

* ENERGY: Russian state-controlled companies are to build the Kambarata-1 hydropower plant and a cascade of plants on the upper Naryn river. Kambarata-1 alone is estimated to cost about $2 billion.

* TRADE: Trade between the two countries rose 27 percent last year to $1.9 billion, according to Russian customs data. Russia supplies nearly all of Kyrgyzstan's fuel.

* MIGRANTS: Around 500,000 Kyrgyz citizens work in Russia. Remittances, most of them from Russia, reached $1.7 billion in 2011, close to a third of GDP.

* POLITICS: Putin and Atambayev, who was elected in October 2011, last met in Moscow in May, when Prime Minister Dmitry Medvedev also held talks with his Kyrgyz counterpart Omurbek Babanov.

(Reporting by Olga Demina in Bishkek; Editing by Tom Hargreaves)
""",
gold=G("Wed Sep 19, 2012", "2012-09-19", None, "byline",
  "Timestamp 'Wed Sep 19, 2012 11:42am EDT'; 'on Thursday' = 2012-09-20.",
  [P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
   P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
   P("Курманбек Бакиев", "Kurmanbek Bakiyev", "бывший президент Киргизии (в 2009 г. — президент)", ["Kurmanbek Bakiyev"]),
   P("Дмитрий Медведев", "Dmitry Medvedev", "председатель правительства РФ", ["Dmitry Medvedev"]),
   P("Омурбек Бабанов", "Omurbek Babanov", "премьер-министр Киргизии", ["Omurbek Babanov"])],
  ["Olga Demina", "Tom Hargreaves"],
  [F("kg_debt_to_russia_usd", 500000000, None, "actual", "Kyrgyzstan owes Russia about $500 million", "about", note="Distractor: debt."),
   F("debt_writeoff_usd", 489000000, None, "actual", "Moscow has agreed to write off $489 million of that debt", note="Distractor: debt write-off."),
   F("russian_loan_usd", 2000000000, "2009", "actual", "after securing a $2 billion loan pledge", note="Distractor: 2009 loan pledge."),
   F("hpp_cost_usd", 2000000000, None, "forecast", "Kambarata-1 alone is estimated to cost about $2 billion", "about", note="Distractor: project cost."),
   F("trade_turnover_growth_pct", 27, "2011", "actual", "Trade between the two countries rose 27 percent last year to $1.9 billion",
     period_text="last year", note="'last year' in a 2012 article = 2011"),
   F("trade_turnover", 1900000000, "2011", "actual", "Trade between the two countries rose 27 percent last year to $1.9 billion",
     period_text="last year", note="Russian customs data"),
   F("remittances_usd", 1700000000, "2011", "actual", "Remittances, most of them from Russia, reached $1.7 billion in 2011",
     note="Distractor: remittances (all sources).")],
  [E("2012-09-20", "Putin's visit to Kyrgyzstan for talks with Atambayev", "Russian President Vladimir Putin will visit Kyrgyzstan on Thursday", "visit", "planned"),
   E("2012-09-20", "Agreement extending the Russian military presence (incl. Kant) for 15 years after 2017 to be signed",
     "Under a deal due to be signed on Thursday, Moscow's military presence, including the Kant base, would be extended for 15 years", "agreement", "planned"),
   E("2003-10", "Russia has operated the Kant air base since October 2003", "Russia has operated the Kant air base near Bishkek since October 2003", "other", "past"),
   E("2017", "Current Kant base agreement expires", "after the current agreement expires in 2017", "other", "planned"),
   E("2014-07", "Lease of the US transit centre at Manas expires (not to be renewed)", "the lease, which expires in July 2014, will not be renewed", "other", "planned", False),
   E("2009", "Bakiyev announced the closure of Manas in Moscow after a $2 bn loan pledge",
     "In 2009 his predecessor Kurmanbek Bakiyev announced the base's closure in Moscow", "other", "past"),
   E("2012-05", "Putin and Atambayev last met in Moscow in May", "last met in Moscow in May", "meeting", "past"),
   E("2012-05", "Medvedev–Babanov talks (prime ministers)", "Prime Minister Dmitry Medvedev also held talks with his Kyrgyz counterpart Omurbek Babanov", "meeting", "past"),
  ])))
