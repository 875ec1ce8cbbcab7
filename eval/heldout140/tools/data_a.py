"""Articles 01-05 with their gold annotation."""
from helpers import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 01
ARTICLES.append({
    "file": "01_itartass_ru_1992_friendship_treaty.txt",
    "source": "http://www.itar-tass.com/archive/1992/06/10/rus-kyrg-dogovor.html",
    "date_header": "1992-06-10",
    "body": """ИТАР-ТАСС
10.06.1992 18:42

РОССИЯ И КИРГИЗИЯ ПОДПИСАЛИ ДОГОВОР О ДРУЖБЕ, СОТРУДНИЧЕСТВЕ И ВЗАИМНОЙ ПОМОЩИ

МОСКВА, 10 июня. /Корр. ИТАР-ТАСС Валерий Сомов/. Президент Российской Федерации Борис Ельцин и президент Республики Кыргызстан Аскар Акаев подписали сегодня в Кремле Договор о дружбе, сотрудничестве и взаимной помощи между двумя государствами.

Документ, рассчитанный на десять лет с автоматическим продлением, закрепляет равноправное партнерство, взаимное уважение суверенитета и территориальной целостности, обязательство не участвовать в союзах, направленных против другой стороны. Отдельные статьи посвящены правам русскоязычного населения Киргизии и киргизской диаспоры в России, сотрудничеству в области обороны и охраны внешних границ Содружества.

Выступая на церемонии, Борис Ельцин назвал договор "первым большим документом новой эпохи в отношениях двух народов, которые прожили вместе не одно столетие". Аскар Акаев, находящийся в Москве с официальным визитом, подчеркнул, что Бишкек видит в России "главного стратегического партнера и гаранта стабильности в регионе".

Переговоры Бориса Ельцина с Аскаром Акаевым в узком составе продолжались почти два часа. Затем к ним присоединились члены делегаций, в том числе министр иностранных дел России Андрей Козырев и председатель правительства Киргизии Турсунбек Чынгышев.

Как сообщили корреспонденту ИТАР-ТАСС в российском МИД, помимо договора подписаны соглашение о торгово-экономическом сотрудничестве на 1992 год и протокол об условиях взаимных расчетов. По соглашению, Россия предоставит Киргизии технический кредит в размере 5 млрд рублей для оплаты поставок нефтепродуктов и зерна.

Дипломатические отношения между Российской Федерацией и Киргизией были установлены 20 марта нынешнего года. В мае в Ташкенте обе страны подписали Договор о коллективной безопасности вместе с Арменией, Казахстаном, Таджикистаном и Узбекистаном.

Стороны обсудили также подготовку встречи глав государств Содружества, которая, по предварительной договоренности, осенью пройдет в Бишкеке. Аскар Акаев пригласил Бориса Ельцина посетить Киргизию с государственным визитом, приглашение было принято с благодарностью. Сроки визита будут согласованы по дипломатическим каналам.

Завтра президент Киргизии встретится с руководителями Верховного Совета России и посетит ряд предприятий Москвы.

/ИТАР-ТАСС/ ВС ЛК
""",
    "gold": {
        "lang": "ru",
        "header_date": "1992-06-10",
        "date": "1992-06-10",
        "date_partial": None,
        "date_source": "header+body",
        "date_note": "Header date and time stamp '10.06.1992 18:42'; dateline 'МОСКВА, 10 июня.' has no year. 'сегодня' = 1992-06-10.",
        "people": [
            P("Борис Ельцин", "Борис Ельцин", "президент Российской Федерации", ["Борис Ельцин", "Бориса Ельцина"]),
            P("Аскар Акаев", "Аскар Акаев", "президент Республики Кыргызстан", ["Аскар Акаев", "Аскаром Акаевым"]),
            P("Андрей Козырев", "Андрей Козырев", "министр иностранных дел России", ["Андрей Козырев"]),
            P("Турсунбек Чынгышев", "Турсунбек Чынгышев", "председатель правительства Киргизии", ["Турсунбек Чынгышев"]),
        ],
        "other_names": ["Валерий Сомов"],
        "figures": [
            F("technical_credit_rub", 5000000000, None, "actual",
              "Россия предоставит Киргизии технический кредит в размере 5 млрд рублей",
              note="Rouble technical credit agreed under the 1992 trade agreement; not trade turnover, not USD."),
        ],
        "events": [
            E("1992-06-10", "Yeltsin and Akayev sign the Treaty of Friendship, Cooperation and Mutual Assistance in the Kremlin",
              "подписали сегодня в Кремле Договор о дружбе, сотрудничестве и взаимной помощи между двумя государствами",
              "agreement", "past"),
            E("1992-06-10", "Official visit of Akayev to Moscow (in progress)",
              "Аскар Акаев, находящийся в Москве с официальным визитом", "visit", "ongoing"),
            E("1992-06-10", "Yeltsin–Akayev talks in restricted format (almost two hours)",
              "Переговоры Бориса Ельцина с Аскаром Акаевым в узком составе продолжались почти два часа", "meeting", "past"),
            E("1992-06-10", "Agreement on trade and economic cooperation for 1992 signed",
              "подписаны соглашение о торгово-экономическом сотрудничестве на 1992 год", "agreement", "past"),
            E("1992-06-10", "Protocol on the terms of mutual settlements signed",
              "протокол об условиях взаимных расчетов", "agreement", "past"),
            E("1992-03-20", "Establishment of diplomatic relations between Russia and Kyrgyzstan",
              "Дипломатические отношения между Российской Федерацией и Киргизией были установлены 20 марта нынешнего года",
              "other", "past"),
            E("1992-05", "Collective Security Treaty signed in Tashkent by six states incl. Russia and Kyrgyzstan",
              "В мае в Ташкенте обе страны подписали Договор о коллективной безопасности", "agreement", "past", bilateral=False),
            E("1992", "CIS heads-of-state meeting due in Bishkek in the autumn",
              "встречи глав государств Содружества, которая, по предварительной договоренности, осенью пройдет в Бишкеке",
              "conference", "planned", bilateral=False, date_note="'осенью' of the article's year."),
            E(None, "Yeltsin invited to a state visit to Kyrgyzstan; invitation accepted, dates to be agreed",
              "Аскар Акаев пригласил Бориса Ельцина посетить Киргизию с государственным визитом", "visit", "planned"),
            E("1992-06-11", "Akayev to meet the leadership of the Supreme Soviet of Russia (tomorrow)",
              "Завтра президент Киргизии встретится с руководителями Верховного Совета России", "meeting", "planned"),
        ],
    },
})

# ---------------------------------------------------------------- 02
ARTICLES.append({
    "file": "02_ng_ru_1995_chernomyrdin_bishkek.txt",
    "source": "http://www.ng.ru/cis/1995-03-14/3_kirgizia.html",
    "date_header": "1995-03-14",
    "body": """Независимая газета
14.03.1995

Черномырдин привез в Бишкек не только обещания

Россия готова реструктурировать долги Киргизии, но ждет гарантий для своих предприятий

Игорь Шестаков
БИШКЕК

Двухдневный официальный визит в Киргизию председателя правительства России Виктора Черномырдина, завершившийся в пятницу, в Бишкеке уже называют самым результативным за последние годы. Премьер-министр Апас Джумагулов, провожавший российского гостя в аэропорту "Манас", не скрывал удовлетворения: подписано девять межправительственных документов.

Главный из них – соглашение о реструктуризации государственного долга Киргизии перед Россией, накопившегося по техническим кредитам 1992–1993 годов. Речь идет о сумме около 130 млн долларов; погашение растягивается на десять лет с трехлетней отсрочкой. Кроме того, стороны договорились о создании совместной финансово-промышленной группы с участием предприятий оборонного комплекса и о статусе Киргизско-Российского славянского университета, открывшегося в Бишкеке в сентябре 1993 года.

Президент Аскар Акаев принял Виктора Черномырдина в своей резиденции и проговорил с ним более трех часов. По словам киргизского президента, "экономики двух стран прошли точку самого глубокого спада, и теперь задача – остановить сжатие взаимной торговли". Оснований для тревоги хватает: товарооборот между Россией и Киргизией в прошлом году, по данным киргизского Госкомстата, сократился на 27% и составил лишь около 270 млн долларов. Для сравнения: торговля Киргизии с Казахстаном за тот же период, по тем же данным, превысила 200 млн долларов, хотя Казахстан по экономическому потенциалу России, разумеется, не соперник.

Виктор Степанович, судя по всему, эти цифры знал. На пресс-конференции он заявил, что правительства поставили задачу "в течение двух-трех лет как минимум удвоить" товарооборот. "Нам не декларации нужны, нам контракты нужны", – добавил Черномырдин в свойственной ему манере.

Примечательно, что и российский премьер, и его киргизский коллега дипломатично обошли вопрос о русскоязычном населении, отток которого из республики продолжается. Министр иностранных дел Роза Отунбаева на встрече с журналистами ограничилась тем, что напомнила о готовящемся соглашении о правовом статусе граждан России, постоянно проживающих в Киргизии. По ее словам, документ может быть подписан во время визита Аскара Акаева в Москву, намеченного на весну.

Визит Черномырдина стал первым визитом главы российского правительства в Киргизию после подписания Договора о дружбе, сотрудничестве и взаимной помощи в июне 1992 года. Следующее заседание Совета глав правительств СНГ, по словам сопровождающих премьера лиц, пройдет в Москве в апреле.

© "Независимая газета", 1995
""",
    "gold": {
        "lang": "ru",
        "header_date": "1995-03-14",
        "date": "1995-03-14",
        "date_partial": None,
        "date_source": "header+body",
        "date_note": "Masthead line '14.03.1995' (also in the URL). The visit ended 'в пятницу' = 1995-03-10 (two-day visit, 9–10 March).",
        "people": [
            P("Виктор Черномырдин", "Виктора Черномырдина", "председатель правительства России",
              ["Виктора Черномырдина", "Виктор Степанович", "Черномырдин", "Черномырдина"],
              note="'Виктор Степанович' is name+patronymic without surname; 'Черномырдина' in 'Визит Черномырдина'."),
            P("Апас Джумагулов", "Апас Джумагулов", "премьер-министр Киргизии", ["Апас Джумагулов"]),
            P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Аскара Акаева"]),
            P("Роза Отунбаева", "Роза Отунбаева", "министр иностранных дел Киргизии", ["Роза Отунбаева"]),
        ],
        "other_names": ["Игорь Шестаков"],
        "figures": [
            F("debt_restructured_usd", 130000000, None, "actual", "Речь идет о сумме около 130 млн долларов", qualifier="about",
              note="Kyrgyz state debt to Russia being restructured; not turnover."),
            F("trade_turnover", 270000000, "1994", "actual",
              "товарооборот между Россией и Киргизией в прошлом году, по данным киргизского Госкомстата, сократился на 27% и составил лишь около 270 млн долларов",
              qualifier="about", period_text="в прошлом году"),
            F("trade_turnover_growth_pct", -27, "1994", "actual",
              "товарооборот между Россией и Киргизией в прошлом году, по данным киргизского Госкомстата, сократился на 27%",
              period_text="в прошлом году"),
            F("third_country_trade_turnover", 200000000, "1994", "actual",
              "торговля Киргизии с Казахстаном за тот же период, по тем же данным, превысила 200 млн долларов",
              qualifier="more than", note="Kyrgyzstan–Kazakhstan trade; distractor."),
            F("trade_turnover_growth_multiple", 2, None, "target", "в течение двух-трех лет как минимум удвоить",
              qualifier="at least", note="Target to at least double turnover within two to three years."),
        ],
        "events": [
            E("1995-03-10", "Two-day official visit of Russian PM Chernomyrdin to Kyrgyzstan, ended on Friday",
              "Двухдневный официальный визит в Киргизию председателя правительства России Виктора Черномырдина, завершившийся в пятницу",
              "visit", "past", date_note="Ended Friday 1995-03-10; began 1995-03-09."),
            E("1995-03", "Nine intergovernmental documents signed during the visit",
              "подписано девять межправительственных документов", "agreement", "past"),
            E("1995-03", "Agreement on restructuring Kyrgyzstan's state debt to Russia",
              "соглашение о реструктуризации государственного долга Киргизии перед Россией", "agreement", "past"),
            E("1995-03", "Agreement to set up a joint financial-industrial group with defence enterprises",
              "договорились о создании совместной финансово-промышленной группы", "agreement", "past"),
            E("1993-09", "Kyrgyz-Russian Slavic University opened in Bishkek",
              "Киргизско-Российского славянского университета, открывшегося в Бишкеке в сентябре 1993 года", "other", "past"),
            E("1995-03", "Akayev received Chernomyrdin at his residence (more than three hours)",
              "Президент Аскар Акаев принял Виктора Черномырдина в своей резиденции", "meeting", "past"),
            E(None, "Agreement on the legal status of Russian citizens permanently residing in Kyrgyzstan in preparation",
              "готовящемся соглашении о правовом статусе граждан России, постоянно проживающих в Киргизии", "agreement", "planned"),
            E("1995", "Akayev's visit to Moscow planned for the spring",
              "визита Аскара Акаева в Москву, намеченного на весну", "visit", "planned"),
            E("1992-06", "Treaty of Friendship, Cooperation and Mutual Assistance signed (June 1992)",
              "подписания Договора о дружбе, сотрудничестве и взаимной помощи в июне 1992 года", "agreement", "past"),
            E("1995-04", "Next CIS Council of Heads of Government in Moscow in April",
              "Следующее заседание Совета глав правительств СНГ, по словам сопровождающих премьера лиц, пройдет в Москве в апреле",
              "conference", "planned", bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 03
ARTICLES.append({
    "file": "03_interfax_ru_1996_akayev_yeltsin_phone.txt",
    "source": "http://www.interfax.ru/archive/1996/07/04/bishkek-0412.html",
    "date_header": "1996-07-04",
    "body": """ИНТЕРФАКС | Новости СНГ

АКАЕВ ПОЗДРАВИЛ ЕЛЬЦИНА С ПОБЕДОЙ НА ВЫБОРАХ

БИШКЕК. 4 июля. ИНТЕРФАКС - Президент Киргизии Аскар Акаев в четверг утром провел телефонный разговор с Борисом Ельциным и поздравил его с победой во втором туре президентских выборов в России, сообщила пресс-служба киргизского лидера.

"Ваша победа - это выбор в пользу демократии и реформ, которые близки и понятны народу Кыргызстана", - говорится в распространенном пресс-службой изложении беседы. По ее данным, А.Акаев выразил уверенность, что "в ближайшие четыре года отношения наших стран поднимутся на качественно новый уровень".

Б.Ельцин поблагодарил киргизского коллегу за поздравление и поддержку, отметив, что Киргизия "одной из первых" поддержала договор об углублении интеграции в экономической и гуманитарной областях. Этот договор президенты России, Белоруссии, Казахстана и Киргизии подписали в Москве 29 марта. По словам источника в администрации киргизского президента, собеседники условились встретиться "в самое ближайшее время", возможно, в ходе очередного саммита СНГ.

Как сообщили агентству в МИД Киргизии, А.Акаев вновь пригласил Б.Ельцина посетить республику с официальным визитом; приглашение принято, сроки будут согласованы дополнительно. Министр иностранных дел Роза Отунбаева, комментируя итоги голосования, заявила "Интерфаксу", что "Бишкек с облегчением воспринял результаты выборов": по ее словам, иной исход "создал бы серьезные риски для договоренностей, достигнутых за последние четыре года".

Ранее в четверг с Б.Ельциным по телефону говорил и президент Казахстана Нурсултан Назарбаев.

По данным Государственного таможенного комитета Киргизии, в январе-мае товарооборот республики с Россией составил 121,4 млн долларов, что на 14% больше, чем за тот же период прошлого года. Россия остается вторым после Казахстана торговым партнером Киргизии: на Казахстан пришлось 128,6 млн долларов.

ЗД ЕК

Подробнее о ходе выборов читайте в ленте "Интерфакс-Россия".
""",
    "gold": {
        "lang": "ru",
        "header_date": "1996-07-04",
        "date": "1996-07-04",
        "date_partial": None,
        "date_source": "header",
        "date_note": "Header date 1996-07-04; dateline 'БИШКЕК. 4 июля.' has no year; 'в четверг' agrees (1996-07-04 was a Thursday).",
        "people": [
            P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "А.Акаев", "АКАЕВ"],
              note="Headline is upper-case 'АКАЕВ'."),
            P("Борис Ельцин", "Борисом Ельциным", "президент России",
              ["Борисом Ельциным", "Б.Ельцин", "Б.Ельцина", "Б.Ельциным", "ЕЛЬЦИНА"]),
            P("Роза Отунбаева", "Роза Отунбаева", "министр иностранных дел Киргизии", ["Роза Отунбаева"]),
            P("Нурсултан Назарбаев", "Нурсултан Назарбаев", "президент Казахстана", ["Нурсултан Назарбаев"]),
        ],
        "other_names": [],
        "figures": [
            F("trade_turnover", 121400000, "1996-5M", "actual",
              "в январе-мае товарооборот республики с Россией составил 121,4 млн долларов", period_text="в январе-мае"),
            F("trade_turnover_growth_pct", 14, "1996-5M", "actual",
              "что на 14% больше, чем за тот же период прошлого года"),
            F("third_country_trade_turnover", 128600000, "1996-5M", "actual",
              "на Казахстан пришлось 128,6 млн долларов", note="Kyrgyzstan–Kazakhstan trade, same period; distractor."),
        ],
        "events": [
            E("1996-07-04", "Akayev–Yeltsin telephone call: congratulations on re-election",
              "в четверг утром провел телефонный разговор с Борисом Ельциным", "other", "past"),
            E("1996-03-29", "Treaty on deepening integration signed in Moscow by Russia, Belarus, Kazakhstan and Kyrgyzstan",
              "Этот договор президенты России, Белоруссии, Казахстана и Киргизии подписали в Москве 29 марта",
              "agreement", "past", bilateral=False),
            E(None, "Akayev and Yeltsin agreed to meet soon, possibly at the next CIS summit",
              "собеседники условились встретиться \"в самое ближайшее время\", возможно, в ходе очередного саммита СНГ",
              "meeting", "planned"),
            E(None, "Yeltsin invited again to an official visit to Kyrgyzstan; dates to be agreed",
              "А.Акаев вновь пригласил Б.Ельцина посетить республику с официальным визитом", "visit", "planned"),
            E("1996-07-04", "Nazarbayev–Yeltsin telephone call",
              "Ранее в четверг с Б.Ельциным по телефону говорил и президент Казахстана Нурсултан Назарбаев",
              "other", "past", bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 04
ARTICLES.append({
    "file": "04_rferl_en_nd_akaev_chernomyrdin.txt",
    "source": "https://www.rferl.org/a/1142583.html",
    "date_header": None,
    "body": """RFE/RL NEWSLINE, Part I

16 January

AKAEV, CHERNOMYRDIN DISCUSS DEBT, FUEL AND BORDERS

Kyrgyz President Askar Akaev met with Russian Prime Minister Viktor Chernomyrdin in Moscow on 15 January, ITAR-TASS and Interfax reported. The two men discussed Kyrgyzstan's debt to Russia, which Kyrgyz officials put at some $140 million, deliveries of Russian oil products, and the situation on the Tajik-Afghan border, where Russian border guards serve alongside Kyrgyz units. Chernomyrdin told journalists after the meeting that bilateral trade "is finally growing again," and Akaev's press service said turnover rose by 18 percent last year to some $330 million. Akaev is to meet with President Boris Yeltsin on 16 January before returning to Bishkek. KP

KYRGYZ FOREIGN MINISTER TO VISIT CHINA

Muratbek Imanaliev will travel to Beijing next week for talks with his Chinese counterpart on the demarcation of the Kyrgyz-Chinese border, RFE/RL's Kyrgyz Service reported on 15 January. Kyrgyzstan's trade with China reached $105 million last year, according to the Kyrgyz State Customs Committee. NB

RUSSIAN DUMA SPEAKER TO VISIT BISHKEK

Gennadii Seleznev, speaker of the Russian State Duma, will visit Kyrgyzstan in February at the invitation of the Kyrgyz parliament, Interfax reported on 15 January, citing the Duma press service. Seleznev is expected to address both chambers of the Jogorku Kenesh and to discuss the ratification of agreements on the status of Russian citizens in Kyrgyzstan. KP

[Compiled by the RFE/RL Newsline staff. Archive copy; the original page header was not preserved.]
""",
    "gold": {
        "lang": "en",
        "header_date": "unknown",
        "date": None,
        "date_partial": "????-01-16",
        "date_source": "body_day_month_only",
        "date_note": "Only '16 January' is printed; no year on the page or in the URL. Officials' tenures (Chernomyrdin PM until March 1998, Imanaliev FM from 1997, Newsline started 1997) suggest January 1998, but the page states no year, so none is given.",
        "people": [
            P("Аскар Акаев", "Askar Akaev", "president of Kyrgyzstan", ["Askar Akaev", "Akaev", "AKAEV"]),
            P("Виктор Черномырдин", "Viktor Chernomyrdin", "prime minister of Russia",
              ["Viktor Chernomyrdin", "Chernomyrdin", "CHERNOMYRDIN"]),
            P("Борис Ельцин", "Boris Yeltsin", "president of Russia", ["Boris Yeltsin"]),
            P("Муратбек Иманалиев", "Muratbek Imanaliev", "foreign minister of Kyrgyzstan", ["Muratbek Imanaliev"]),
            P("Геннадий Селезнев", "Gennadii Seleznev", "speaker of the Russian State Duma", ["Gennadii Seleznev", "Seleznev"]),
        ],
        "other_names": [],
        "figures": [
            F("kyrgyz_debt_to_russia_usd", 140000000, None, "actual", "which Kyrgyz officials put at some $140 million",
              qualifier="about"),
            F("trade_turnover_growth_pct", 18, None, "actual", "turnover rose by 18 percent last year",
              note="'last year' on an undated page: period unknown.", period_text="last year"),
            F("trade_turnover", 330000000, None, "actual", "turnover rose by 18 percent last year to some $330 million",
              qualifier="about", note="'last year' on an undated page: period unknown.", period_text="last year"),
            F("third_country_trade_turnover", 105000000, None, "actual", "Kyrgyzstan's trade with China reached $105 million last year",
              note="Kyrgyzstan–China trade; distractor."),
        ],
        "events": [
            E(None, "Akaev–Chernomyrdin meeting in Moscow on 15 January",
              "Kyrgyz President Askar Akaev met with Russian Prime Minister Viktor Chernomyrdin in Moscow on 15 January",
              "meeting", "past", date_partial="????-01-15"),
            E(None, "Akaev to meet President Yeltsin on 16 January",
              "Akaev is to meet with President Boris Yeltsin on 16 January", "meeting", "planned", date_partial="????-01-16"),
            E(None, "Kyrgyz FM Imanaliev to travel to Beijing next week (border demarcation talks)",
              "Muratbek Imanaliev will travel to Beijing next week", "visit", "planned", bilateral=False),
            E(None, "Duma speaker Seleznev to visit Kyrgyzstan in February",
              "will visit Kyrgyzstan in February at the invitation of the Kyrgyz parliament", "visit", "planned",
              date_partial="????-02"),
        ],
    },
})

# ---------------------------------------------------------------- 05
ARTICLES.append({
    "file": "05_slovo_ru_2000_eternal_friendship.txt",
    "source": "http://www.slovo.kg/archive/2000-07-28/n1.htm",
    "date_header": "2000-07-28",
    "body": """СЛОВО КЫРГЫЗСТАНА
№ 82, пятница, 28 июля 2000 г.

ВО ИМЯ ВЕЧНОЙ ДРУЖБЫ

Официальный визит Президента Кыргызской Республики Аскара Акаева в Российскую Федерацию

Вчера в Кремле Президент Кыргызской Республики Аскар Акаев и Президент Российской Федерации Владимир Путин подписали Декларацию о вечной дружбе, союзничестве и партнерстве между Кыргызской Республикой и Российской Федерацией. Документ, по словам главы нашего государства, «подводит черту под десятилетием поисков и открывает перспективу на весь XXI век».

Переговоры в узком составе, начавшиеся около полудня, продлились вместо запланированного часа более двух часов. Владимир Путин, обращаясь к гостю, отметил, что Кыргызстан «был и остается одним из самых надежных союзников России в Центральной Азии». Стороны обсудили вопросы противодействия международному терроризму, а также взаимодействие в рамках Договора о коллективной безопасности и «шанхайской пятерки», саммит которой состоялся 5 июля в Душанбе.

В расширенном составе к переговорам присоединились Председатель Правительства России Михаил Касьянов, министры иностранных дел двух стран Игорь Иванов и Муратбек Иманалиев. Всего в ходе визита подписано семь документов, в том числе межправительственное соглашение о сотрудничестве в военно-технической области и соглашение о взаимном признании документов об образовании.

Отдельно обсуждалась экономика. По данным Национального статистического комитета, товарооборот Кыргызстана с Россией в 1999 году составил 178,3 млн долларов США, сократившись по сравнению с 1998 годом на 22 процента. В первом полугодии нынешнего года наметился рост: за январь–июнь взаимная торговля достигла 96,7 млн долларов, что на 11,5 процента больше, чем годом ранее.

Важным итогом визита стала договоренность о реструктуризации долга нашей республики перед Россией, который на сегодня оценивается в 133 млн долларов. Премьер-министр Амангельды Муралиев, сопровождающий главу государства, сообщил, что детали будут согласованы на заседании межправительственной комиссии осенью в Бишкеке.

Владимир Путин принял приглашение посетить Кыргызстан с официальным визитом, сроки будут определены по дипломатическим каналам.

Сегодня Аскар Акаев выступит с лекцией в Московском государственном университете имени М.В. Ломоносова и встретится с Председателем Государственной Думы Геннадием Селезневым.

Кабар – «Слово Кыргызстана»
Фото Асылбека Жумабаева
""",
    "gold": {
        "lang": "ru",
        "header_date": "2000-07-28",
        "date": "2000-07-28",
        "date_partial": None,
        "date_source": "header+body",
        "date_note": "Masthead 'пятница, 28 июля 2000 г.'; 'Вчера' = 2000-07-27 (signing), 'Сегодня' = 2000-07-28.",
        "people": [
            P("Аскар Акаев", "Аскар Акаев", "Президент Кыргызской Республики", ["Аскар Акаев", "Аскара Акаева"]),
            P("Владимир Путин", "Владимир Путин", "Президент Российской Федерации", ["Владимир Путин"]),
            P("Михаил Касьянов", "Михаил Касьянов", "Председатель Правительства России", ["Михаил Касьянов"]),
            P("Игорь Иванов", "Игорь Иванов", "министр иностранных дел России", ["Игорь Иванов"]),
            P("Муратбек Иманалиев", "Муратбек Иманалиев", "министр иностранных дел Кыргызстана", ["Муратбек Иманалиев"]),
            P("Амангельды Муралиев", "Амангельды Муралиев", "премьер-министр Кыргызстана", ["Амангельды Муралиев"]),
            P("Геннадий Селезнев", "Геннадием Селезневым", "Председатель Государственной Думы", ["Геннадием Селезневым"]),
        ],
        "other_names": ["Асылбека Жумабаева"],
        "figures": [
            F("trade_turnover", 178300000, "1999", "actual",
              "товарооборот Кыргызстана с Россией в 1999 году составил 178,3 млн долларов США"),
            F("trade_turnover_growth_pct", -22, "1999", "actual", "сократившись по сравнению с 1998 годом на 22 процента"),
            F("trade_turnover", 96700000, "2000-H1", "actual", "за январь–июнь взаимная торговля достигла 96,7 млн долларов",
              period_text="за январь–июнь"),
            F("trade_turnover_growth_pct", 11.5, "2000-H1", "actual", "что на 11,5 процента больше, чем годом ранее"),
            F("kyrgyz_debt_to_russia_usd", 133000000, None, "actual", "который на сегодня оценивается в 133 млн долларов"),
        ],
        "events": [
            E("2000-07-27", "Akayev and Putin sign the Declaration of Eternal Friendship, Alliance and Partnership in the Kremlin",
              "Вчера в Кремле Президент Кыргызской Республики Аскар Акаев и Президент Российской Федерации Владимир Путин подписали Декларацию о вечной дружбе, союзничестве и партнерстве",
              "agreement", "past"),
            E("2000-07-27", "Official visit of Akayev to Russia (in progress)",
              "Официальный визит Президента Кыргызской Республики Аскара Акаева в Российскую Федерацию", "visit", "ongoing"),
            E("2000-07-27", "Restricted-format talks, more than two hours",
              "Переговоры в узком составе, начавшиеся около полудня, продлились вместо запланированного часа более двух часов",
              "meeting", "past"),
            E("2000-07-05", "'Shanghai Five' summit in Dushanbe",
              "«шанхайской пятерки», саммит которой состоялся 5 июля в Душанбе", "conference", "past", bilateral=False),
            E("2000-07-27", "Seven documents signed during the visit",
              "Всего в ходе визита подписано семь документов", "agreement", "past"),
            E("2000-07-27", "Intergovernmental agreement on military-technical cooperation signed",
              "межправительственное соглашение о сотрудничестве в военно-технической области", "agreement", "past"),
            E("2000-07-27", "Agreement on mutual recognition of education documents signed",
              "соглашение о взаимном признании документов об образовании", "agreement", "past"),
            E("2000-07-27", "Agreement in principle on restructuring Kyrgyzstan's debt to Russia",
              "договоренность о реструктуризации долга нашей республики перед Россией", "agreement", "past"),
            E("2000", "Intergovernmental commission session in Bishkek in the autumn",
              "на заседании межправительственной комиссии осенью в Бишкеке", "igc_session", "planned"),
            E(None, "Putin accepted an invitation to an official visit to Kyrgyzstan; dates to be set",
              "Владимир Путин принял приглашение посетить Кыргызстан с официальным визитом", "visit", "planned"),
            E("2000-07-28", "Akayev to lecture at Moscow State University (today)",
              "Сегодня Аскар Акаев выступит с лекцией в Московском государственном университете", "other", "planned"),
            E("2000-07-28", "Akayev to meet State Duma chairman Seleznev (today)",
              "встретится с Председателем Государственной Думы Геннадием Селезневым", "meeting", "planned"),
        ],
    },
})
