# Articles 01-07 of heldout130 with their gold records (written by hand).

def P(nom, in_text, role, forms, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note:
        d["note"] = note
    return d


def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier:
        d["qualifier"] = qualifier
    d["quote"] = quote
    if period_text:
        d["period_text"] = period_text
    if note:
        d["note"] = note
    return d


def E(date, what, quote, type_, status, bilateral, date_note=None, date_partial=None):
    d = {"date": date}
    if date_partial:
        d["date_partial"] = date_partial
    if date_note:
        d["date_note"] = date_note
    d.update({"what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral})
    return d


ARTICLES = []

# ---------------------------------------------------------------- 01
ARTICLES.append(dict(
    file="01_interfax_ru_undated_osh_routes.txt",
    source="https://www.interfax.ru/business/680512",
    header_date=None,
    body="""Россия и Киргизия договорились увеличить число рейсов, в том числе из Оша

Бишкек. 14 октября. ИНТЕРФАКС - Авиационные власти России и Киргизии договорились увеличить число регулярных рейсов между двумя странами, в том числе из Оша в региональные города РФ, сообщил "Интерфаксу" источник в Агентстве гражданской авиации Киргизии.

Консультации делегаций прошли в Бишкеке в пятницу и субботу. Российскую делегацию возглавлял руководитель Росавиации Александр Нерадько.

"Стороны согласовали увеличение частот по маршрутам Ош - Москва и Бишкек - Москва, а также открытие новых направлений из Оша в Казань, Самару и Сургут", - сказал собеседник агентства.

По его словам, теперь российские и киргизские перевозчики смогут выполнять в совокупности до 120 рейсов в неделю между Бишкеком и российскими городами и до 70 рейсов в неделю из Оша. Сейчас в расписании около 95 частот в неделю по всем направлениям.

Как сообщалось, в прошлом году авиакомпании двух стран перевезли на российско-киргизских линиях более 1,9 млн пассажиров, что на 12% больше, чем годом ранее. Основную часть потока составляют трудовые мигранты и их семьи, причем пик приходится на весну и конец года.

Посол РФ в Киргизии Андрей Крутько, комментируя итоги консультаций, отметил, что спрос на перелеты из южных областей республики особенно велик. "Спрос растет, и авиасообщение должно за ним успевать. Людям из Оша не нужно ехать за билетом в Бишкек или лететь через Алма-Ату", - сказал Крутько журналистам.

Кроме того, стороны обсудили ход подготовки нового межправительственного соглашения о воздушном сообщении, подписание которого ожидается в следующем году.

Ранее Агентство гражданской авиации Киргизии сообщало о переговорах с казахстанской стороной о возобновлении рейсов Ош - Алма-Ата, прерванных после закрытия местного перевозчика.

Сейчас между Россией и Киргизией летают "Аэрофлот", S7, "Уральские авиалинии", "Победа", а также киргизские Avia Traffic Company и Air Manas.
""",
    gold=dict(
        lang="ru", header_date="unknown", date=None, date_partial="????-10-14", date_source="dateline",
        date_note="Interfax dateline gives day and month only; no year anywhere on the page or in the URL. Do not infer a year from the officials' terms (the real-world setting is 2019, but the page does not say so).",
        people=[
            P("Александр Нерадько", "Александр Нерадько", "руководитель Росавиации", ["Александр Нерадько"]),
            P("Андрей Крутько", "Андрей Крутько", "посол России в Киргизии", ["Андрей Крутько", "Крутько"]),
        ],
        other_names=[],
        figures=[
            F("flights_per_week_bishkek_russia_cap", 120, None, "target", "до 120 рейсов в неделю между Бишкеком и российскими городами", qualifier="up to", note="agreed ceiling on frequencies, not a count of flights flown"),
            F("flights_per_week_osh_russia_cap", 70, None, "target", "до 70 рейсов в неделю из Оша", qualifier="up to"),
            F("flights_per_week_scheduled", 95, None, "actual", "около 95 частот в неделю", qualifier="about", period_text="Сейчас"),
            F("air_passengers_ru_kg", 1900000, None, "actual", "более 1,9 млн пассажиров", qualifier="more than", period_text="в прошлом году", note="'last year' cannot be resolved: the article has no year"),
            F("air_passengers_ru_kg_growth_pct", 12, None, "actual", "на 12% больше, чем годом ранее", period_text="в прошлом году"),
        ],
        events=[
            E(None, "Russian-Kyrgyz aviation authorities' consultations in Bishkek (Rosaviatsia delegation led by Neradko)", "Консультации делегаций прошли в Бишкеке в пятницу и субботу", "meeting", "past", True, date_note="'Friday and Saturday' before an undated 14 October: no year, so no weekday arithmetic is possible", date_partial=None),
            E(None, "Signing of a new intergovernmental air services agreement expected next year", "подписание которого ожидается в следующем году", "agreement", "planned", True, date_note="'next year' relative to an article without a year"),
            E(None, "Kyrgyz aviation agency's talks with Kazakhstan on resuming Osh - Almaty flights", "переговорах с казахстанской стороной о возобновлении рейсов Ош - Алма-Ата", "meeting", "past", False, date_note="Kyrgyzstan-Kazakhstan, not Kyrgyzstan-Russia"),
        ],
    ),
))

# ---------------------------------------------------------------- 02
ARTICLES.append(dict(
    file="02_akipress_en_2006_registration_rules.txt",
    source="http://www.akipress.com/_en_news.php?id=20561",
    header_date=None,
    body="""Kyrgyz migrants in Russia to register by notification from January 15

28/11/2006 14:32

BISHKEK (AKIpress) - Citizens of Kyrgyzstan staying in Russia will no longer need a police stamp to be registered: from January 15, 2007 a landlord or employer will be able to register them by sending a notification form by post, the head of Russia's Federal Migration Service Konstantin Romodanovsky told Kyrgyz Foreign Minister Alikbek Jekshenkulov at talks in Moscow on Monday, the Kyrgyz Foreign Ministry's press service reports.

Jekshenkulov is on a working visit to Moscow on November 27-29. According to the ministry, Romodanovsky said the new migration registration law would "take the queues out of the police stations" and reduce the number of migrants who are fined for overstaying because their paperwork is late.

The migration card, which every citizen of Kyrgyzstan fills in when crossing the Russian border, remains in force. A citizen of Kyrgyzstan can still enter Russia with a valid passport and without a visa, the Kyrgyz side was told.

The two sides agreed to speed up work on an intergovernmental agreement on the labour activity and protection of the rights of migrant workers, which Bishkek hopes to sign next year.

According to the Kyrgyz Embassy in Moscow, about 500,000 Kyrgyz citizens are working in Russia, most of them in Moscow, the Moscow region, Yekaterinburg and Novosibirsk. Remittances from Russia reached $320 million in January-September 2006, the National Bank reported earlier.

Jekshenkulov also discussed transport with the Russian side. About 40 flights a week now link Bishkek and Osh with Russian cities, and in summer railway tickets on the Bishkek - Moscow train are sold out weeks in advance, the minister said.

From Moscow the minister is expected to join President Kurmanbek Bakiyev in Minsk, where the leaders of the CIS countries are meeting today.

Earlier this month Kyrgyzstan's parliament adopted a new version of the Constitution after a week of opposition rallies in Bishkek.
""",
    gold=dict(
        lang="en", header_date="28/11/2006 14:32", date="2006-11-28", date_source="byline",
        date_note="Date/time line under the headline. 'on Monday' = 2006-11-27; 'today' = 2006-11-28.",
        people=[
            P("Константин Ромодановский", "Konstantin Romodanovsky", "head of the Federal Migration Service of Russia", ["Konstantin Romodanovsky", "Romodanovsky"]),
            P("Аликбек Джекшенкулов", "Alikbek Jekshenkulov", "Foreign Minister of Kyrgyzstan", ["Alikbek Jekshenkulov", "Jekshenkulov"]),
            P("Курманбек Бакиев", "Kurmanbek Bakiyev", "President of Kyrgyzstan", ["Kurmanbek Bakiyev"]),
        ],
        other_names=[],
        figures=[
            F("kg_migrant_workers_in_russia", 500000, None, "actual", "about 500,000 Kyrgyz citizens are working in Russia", qualifier="about", note="people, not money"),
            F("remittances_from_russia_usd", 320000000, "2006-9M", "actual", "Remittances from Russia reached $320 million in January-September 2006", period_text="January-September 2006", note="remittances, NOT trade turnover"),
            F("flights_per_week_kg_russia", 40, None, "actual", "About 40 flights a week now link Bishkek and Osh with Russian cities", qualifier="about"),
        ],
        events=[
            E("2006-11-27", "Talks of FMS head Romodanovsky and Kyrgyz FM Jekshenkulov in Moscow", "told Kyrgyz Foreign Minister Alikbek Jekshenkulov at talks in Moscow on Monday", "meeting", "past", True, date_note="'on Monday' before Tuesday 2006-11-28"),
            E("2006-11-27", "Jekshenkulov's working visit to Moscow, November 27-29", "Jekshenkulov is on a working visit to Moscow on November 27-29", "visit", "ongoing", True, date_note="visit runs 27-29 November 2006"),
            E("2007-01-15", "New Russian notification-based migration registration rules take effect", "from January 15, 2007 a landlord or employer will be able to register them", "other", "planned", False, date_note="Russian domestic law affecting Kyrgyz migrants; not a bilateral act"),
            E("2007", "Planned intergovernmental agreement on labour activity and rights of migrant workers", "intergovernmental agreement on the labour activity and protection of the rights of migrant workers, which Bishkek hopes to sign next year", "agreement", "planned", True, date_note="'next year' from 2006"),
            E("2006-11-28", "CIS summit in Minsk", "in Minsk, where the leaders of the CIS countries are meeting today", "other", "ongoing", False, date_note="multilateral summit"),
            E("2006-11", "Kyrgyz parliament adopts new Constitution after opposition rallies", "Earlier this month Kyrgyzstan's parliament adopted a new version of the Constitution", "other", "past", False, date_note="domestic; 'earlier this month' = November 2006"),
        ],
    ),
))

# ---------------------------------------------------------------- 03
ARTICLES.append(dict(
    file="03_ria_ru_2008_levitin_manas.txt",
    source="https://ria.ru/20080603/109178315.html",
    header_date=None,
    body="""Россия может вложиться в модернизацию аэропорта "Манас" - Левитин

БИШКЕК, 3 июн - РИА Новости, Ильяс Бекбоев.

Российские компании готовы рассмотреть участие в реконструкции международного аэропорта "Манас" и региональных аэропортов Киргизии, заявил во вторник министр транспорта РФ Игорь Левитин по итогам встречи с премьер-министром республики Игорем Чудиновым.

"Мы видим интерес наших инвесторов к "Манасу" как к узловому аэропорту для Центральной Азии. Речь идет и о терминале, и о топливозаправочном комплексе", - сказал Левитин журналистам.

По его словам, стороны также обсудили увеличение числа рейсов между городами двух стран. Сейчас между Россией и Киргизией выполняется около 60 рейсов в неделю, а за прошлый год на этих линиях было перевезено свыше 800 тысяч пассажиров.

Чудинов, в свою очередь, напомнил, что Россия остается главным торговым партнером республики. По его данным, товарооборот двух стран в 2007 году вырос почти на 50% и превысил 1,3 миллиарда долларов. Премьер предложил российской стороне рассмотреть открытие прямых рейсов из Оша в Екатеринбург и Новосибирск, где работает много выходцев с юга Киргизии.

В среду Левитина примет президент Киргизии Курманбек Бакиев. Министр также проведет переговоры с руководством Министерства транспорта и коммуникаций республики, по итогам которых планируется подписать протокол о сотрудничестве в области гражданской авиации.

Очередное заседание межправительственной российско-киргизской комиссии по торгово-экономическому сотрудничеству, по словам Левитина, может пройти осенью в Москве.

В аэропорту "Манас" с декабря 2001 года размещается авиабаза ВВС США, которая обеспечивает операцию в Афганистане. Американская сторона платит за аренду 17,4 миллиона долларов в год, помимо этого Вашингтон выделяет Бишкеку помощь по различным программам.

Фото: РИА Новости
""",
    gold=dict(
        lang="ru", header_date="unknown", date="2008-06-03", date_source="url+dateline",
        date_note="Dateline '3 июн' has no year; the year comes from the URL (ria.ru/20080603/...). 'во вторник' = 2008-06-03; 'в среду' = 2008-06-04.",
        people=[
            P("Игорь Левитин", "Игорь Левитин", "министр транспорта России", ["Игорь Левитин", "Левитин", "Левитина"]),
            P("Игорь Чудинов", "Игорем Чудиновым", "премьер-министр Киргизии", ["Игорем Чудиновым", "Чудинов"]),
            P("Курманбек Бакиев", "Курманбек Бакиев", "президент Киргизии", ["Курманбек Бакиев"]),
        ],
        other_names=["Ильяс Бекбоев"],
        figures=[
            F("flights_per_week_ru_kg", 60, None, "actual", "около 60 рейсов в неделю", qualifier="about", period_text="Сейчас"),
            F("air_passengers_ru_kg", 800000, "2007", "actual", "свыше 800 тысяч пассажиров", qualifier="more than", period_text="за прошлый год"),
            F("trade_turnover", 1300000000, "2007", "actual", "превысил 1,3 миллиарда долларов", qualifier="more than", note="cited by PM Chudinov"),
            F("trade_turnover_growth_pct", 50, "2007", "actual", "вырос почти на 50%", qualifier="almost"),
            F("us_airbase_rent_usd", 17400000, "annual", "actual", "платит за аренду 17,4 миллиона долларов в год", note="US payment for the Manas base; distractor, not trade"),
        ],
        events=[
            E("2008-06-03", "Meeting of Russian transport minister Levitin and Kyrgyz PM Chudinov in Bishkek", "заявил во вторник министр транспорта РФ Игорь Левитин по итогам встречи с премьер-министром республики Игорем Чудиновым", "meeting", "past", True),
            E("2008-06-04", "President Bakiyev to receive Levitin", "В среду Левитина примет президент Киргизии Курманбек Бакиев", "meeting", "planned", True),
            E("2008-06", "Planned signing of a protocol on civil aviation cooperation with the Kyrgyz transport ministry", "планируется подписать протокол о сотрудничестве в области гражданской авиации", "agreement", "planned", True, date_note="during Levitin's visit; exact day not given"),
            E("2008", "Next session of the Russian-Kyrgyz intergovernmental commission, possibly in autumn in Moscow", "Очередное заседание межправительственной российско-киргизской комиссии по торгово-экономическому сотрудничеству, по словам Левитина, может пройти осенью в Москве", "igc_session", "planned", True, date_note="'осенью' 2008"),
            E("2001-12", "US Air Force base deployed at Manas airport", "с декабря 2001 года размещается авиабаза ВВС США", "other", "past", False, date_note="background, Kyrgyzstan-US"),
        ],
    ),
))

# ---------------------------------------------------------------- 04
ARTICLES.append(dict(
    file="04_vb_ru_2011_issykkul_tourists.txt",
    source="http://www.vb.kg/doc/158734_rossiyskie_tyristy_vozvrashautsia_na_issyk_kyl.html",
    header_date=None,
    body="""Российские туристы возвращаются на Иссык-Куль

14 июля 2011, 12:40
Елена Смирнова

После провального прошлого сезона иссык-кульские пансионаты вновь ждут гостей из России. По прогнозу Государственного агентства по туризму, в этом году на побережье отдохнут около 1 млн человек, из них не менее 150 тысяч - граждане России.

В прошлом году из-за апрельских событий в Бишкеке и июньской трагедии на юге страны поток россиян сократился почти вдвое. Тогда многие туроператоры Новосибирска и Екатеринбурга просто сняли Иссык-Куль с продажи.

В понедельник премьер-министр Алмазбек Атамбаев на заседании правительства поручил пограничникам и ГАИ "не создавать очередей и не кошмарить туристов" на казахско-кыргызской границе и на трассе вдоль озера. "Каждый турист, который уехал недовольным, - это минус десять туристов в следующем году", - сказал глава правительства.

Сезон в Чолпон-Ате в минувшую субботу открыла президент Роза Отунбаева. Она напомнила, что граждане России могут въезжать в Кыргызстан по внутреннему паспорту, без загранпаспорта и визы.

Как рассказали "Вечерке" в агентстве по туризму, из Новосибирска, Барнаула и Екатеринбурга в аэропорт "Тамчы" этим летом выполняются чартерные рейсы - до 6 рейсов в неделю в пик сезона. Большинство россиян, впрочем, по-прежнему едут на машинах через Казахстан.

Крупнейшей группой иностранных гостей остаются казахстанцы - около 60% от всех иностранных туристов, отдыхающих на Иссык-Куле.

В августе в Чолпон-Ате планируется провести кыргызско-российский туристический форум, на который ожидаются представители туроператоров из 12 российских регионов.

Средняя стоимость суток в пансионате на северном берегу в этом году, по данным отраслевой ассоциации, выросла на 15-20% и составляет 1500-2500 сомов с питанием.

Фото из архива "ВБ"
""",
    gold=dict(
        lang="ru", header_date="14 июля 2011, 12:40", date="2011-07-14", date_source="byline",
        date_note="Date line under the headline. 'В понедельник' = 2011-07-11; 'в минувшую субботу' = 2011-07-09.",
        people=[
            P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "премьер-министр Кыргызстана", ["Алмазбек Атамбаев"]),
            P("Роза Отунбаева", "Роза Отунбаева", "президент Кыргызстана", ["Роза Отунбаева"]),
        ],
        other_names=["Елена Смирнова"],
        figures=[
            F("issykkul_visitors_total", 1000000, "2011", "forecast", "около 1 млн человек", qualifier="about", period_text="в этом году"),
            F("russian_tourists_issykkul", 150000, "2011", "forecast", "не менее 150 тысяч - граждане России", qualifier="at least"),
            F("russian_tourists_issykkul_change_pct", -50, "2010", "actual", "поток россиян сократился почти вдвое", qualifier="almost", note="'almost halved' rendered as -50%"),
            F("charter_flights_per_week_tamchy", 6, None, "actual", "до 6 рейсов в неделю в пик сезона", qualifier="up to"),
            F("kz_share_of_foreign_tourists_pct", 60, "2011", "actual", "около 60% от всех иностранных туристов", qualifier="about", note="Kazakhstan, distractor"),
            F("issykkul_price_growth_pct", 15, "2011", "actual", "выросла на 15-20%", note="range 15-20; price, distractor"),
        ],
        events=[
            E("2010-04", "April 2010 events in Bishkek", "из-за апрельских событий в Бишкеке", "other", "past", False, date_note="'в прошлом году' = 2010; domestic"),
            E("2010-06", "June 2010 tragedy in the south", "июньской трагедии на юге страны", "other", "past", False, date_note="domestic"),
            E("2011-07-11", "Government meeting: PM Atambayev orders border guards and traffic police not to hold up tourists", "В понедельник премьер-министр Алмазбек Атамбаев на заседании правительства поручил", "meeting", "past", False, date_note="domestic"),
            E("2011-07-09", "President Otunbayeva opens the tourist season in Cholpon-Ata", "Сезон в Чолпон-Ате в минувшую субботу открыла президент Роза Отунбаева", "other", "past", False, date_note="domestic"),
            E("2011-08", "Kyrgyz-Russian tourism forum in Cholpon-Ata", "В августе в Чолпон-Ате планируется провести кыргызско-российский туристический форум", "forum", "planned", True),
        ],
    ),
))

# ---------------------------------------------------------------- 05
ARTICLES.append(dict(
    file="05_kabar_ru_2013_aviation_protocol.txt",
    source="http://kabar.kg/rus/economics/full/61234",
    header_date=None,
    body="""Кыргызстан и Россия подписали протокол об изменениях в соглашение о воздушном сообщении

Бишкек, 17 октября /Кабар/. Министр транспорта и коммуникаций Кыргызской Республики и министр транспорта Российской Федерации Максим Соколов сегодня в Бишкеке подписали протокол о внесении изменений в межправительственное соглашение о воздушном сообщении.

Как сообщили в пресс-службе Минтранскома, документ снимает ограничения на число назначаемых перевозчиков и позволит авиакомпаниям обеих стран открывать рейсы из региональных аэропортов без отдельного согласования каждой частоты.

По данным министерства, по итогам девяти месяцев 2013 года между Кыргызстаном и Россией перевезено 1,1 млн пассажиров, что на 18% больше, чем за аналогичный период прошлого года. Еженедельно выполняется около 110 рейсов в 17 городов России.

Накануне Максима Соколова принял премьер-министр Жанторо Сатыбалдиев. Глава правительства отметил, что Россия остается ведущим торговым партнером Кыргызстана: товарооборот за восемь месяцев текущего года составил 1,4 млрд долларов. Жанторо Сатыбалдиев также попросил российскую сторону содействовать модернизации аэропортов Оша и Иссык-Куля.

Максим Соколов сообщил, что следующее заседание межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству планируется провести в ноябре в Москве.

Стороны также затронули вопросы присоединения Кыргызстана к Таможенному союзу. Дорожная карта по вступлению республики будет рассмотрена на заседании Высшего Евразийского экономического совета 24 октября в Минске.

Напомним, в сентябре правительство Кыргызстана одобрило программу развития гражданской авиации до 2020 года, предусматривающую обновление парка национальных перевозчиков.
""",
    gold=dict(
        lang="ru", header_date="unknown", date="2013-10-17", date_source="dateline+inferred_year",
        date_note="Kabar dateline gives '17 октября' without a year; the year 2013 is taken from the body ('по итогам девяти месяцев 2013 года', 'текущего года'), and the URL has no date. 'Накануне' = 2013-10-16.",
        people=[
            P("Максим Соколов", "Максим Соколов", "министр транспорта России", ["Максим Соколов", "Максима Соколова"]),
            P("Жанторо Сатыбалдиев", "Жанторо Сатыбалдиев", "премьер-министр Кыргызстана", ["Жанторо Сатыбалдиев"]),
        ],
        other_names=[],
        figures=[
            F("air_passengers_ru_kg", 1100000, "2013-9M", "actual", "перевезено 1,1 млн пассажиров", period_text="по итогам девяти месяцев 2013 года"),
            F("air_passengers_ru_kg_growth_pct", 18, "2013-9M", "actual", "на 18% больше, чем за аналогичный период прошлого года"),
            F("flights_per_week_ru_kg", 110, None, "actual", "Еженедельно выполняется около 110 рейсов", qualifier="about"),
            F("trade_turnover", 1400000000, "2013-8M", "actual", "товарооборот за восемь месяцев текущего года составил 1,4 млрд долларов", period_text="за восемь месяцев текущего года", note="cited by PM Satybaldiyev"),
        ],
        events=[
            E("2013-10-17", "Signing in Bishkek of a protocol amending the intergovernmental air services agreement", "сегодня в Бишкеке подписали протокол о внесении изменений в межправительственное соглашение о воздушном сообщении", "agreement", "past", True),
            E("2013-10-16", "PM Satybaldiyev receives Russian transport minister Sokolov", "Накануне Максима Соколова принял премьер-министр Жанторо Сатыбалдиев", "meeting", "past", True),
            E("2013-11", "Next session of the Kyrgyz-Russian intergovernmental commission in Moscow", "следующее заседание межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству планируется провести в ноябре в Москве", "igc_session", "planned", True),
            E("2013-10-24", "Supreme Eurasian Economic Council meeting in Minsk to consider Kyrgyzstan's Customs Union road map", "на заседании Высшего Евразийского экономического совета 24 октября в Минске", "other", "planned", False, date_note="multilateral"),
            E("2013-09", "Kyrgyz government approves civil aviation development programme to 2020", "в сентябре правительство Кыргызстана одобрило программу развития гражданской авиации до 2020 года", "other", "past", False, date_note="domestic"),
        ],
    ),
))

# ---------------------------------------------------------------- 06
ARTICLES.append(dict(
    file="06_tass_ru_2015_eaeu_migrants.txt",
    source="https://tass.ru/ekonomika/2182456",
    header_date=None,
    body="""Граждане Киргизии с сегодняшнего дня могут работать в России без патента

12 августа 2015, 11:20

БИШКЕК, 12 августа. /Корр. ТАСС Андрей Лебедев/. Граждане Киргизии с сегодняшнего дня могут работать в России без патентов и разрешений на работу. В среду вступил в силу договор о присоединении республики к Договору о Евразийском экономическом союзе, подписанный 23 декабря 2014 года в Москве.

Как пояснил ТАСС руководитель Федеральной миграционной службы России Константин Ромодановский, трудящиеся из Киргизии теперь находятся в одинаковом положении с гражданами Белоруссии, Казахстана и Армении. "Им не нужно сдавать экзамен по русскому языку и оформлять патент. Срок временного пребывания определяется сроком трудового договора", - сказал глава ФМС.

При этом граждане Киргизии, как и прежде, заполняют миграционную карту при въезде и должны встать на миграционный учет. Члены ЕАЭС могут находиться в России без регистрации до 30 суток.

По данным ФМС, сейчас в России находятся около 550 тыс. граждан Киргизии. Денежные переводы из России в республику в 2014 году, по данным Центробанка РФ, составили около 2,1 млрд долларов.

Премьер-министр Киргизии Темир Сариев назвал вступление в ЕАЭС "историческим шагом". Выступая сегодня на торжественной церемонии в Бишкеке, он напомнил, что товарооборот с Россией в прошлом году составил около 1,9 млрд долларов, а в рамках союза Бишкек рассчитывает увеличить экспорт сельхозпродукции.

Российско-Киргизский фонд развития, созданный для поддержки республики в период адаптации к правилам ЕАЭС, с уставным капиталом 1 млрд долларов, уже одобрил первые проекты.

Очередное заседание межправительственной российско-киргизской комиссии, по информации правительства Киргизии, состоится в сентябре в Бишкеке.

Президент Киргизии Алмазбек Атамбаев ранее заявил, что ожидает увеличения числа рейсов из региональных городов России в Ош и Бишкек после снятия барьеров для трудовых мигрантов.
""",
    gold=dict(
        lang="ru", header_date="12 августа 2015, 11:20", date="2015-08-12", date_source="byline",
        date_note="Date/time line above the dateline; dateline has no year. 'В среду' = 2015-08-12 itself.",
        people=[
            P("Константин Ромодановский", "Константин Ромодановский", "руководитель ФМС России", ["Константин Ромодановский"]),
            P("Темир Сариев", "Темир Сариев", "премьер-министр Киргизии", ["Темир Сариев"]),
            P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Киргизии", ["Алмазбек Атамбаев"]),
        ],
        other_names=["Андрей Лебедев"],
        figures=[
            F("kg_citizens_in_russia", 550000, None, "actual", "около 550 тыс. граждан Киргизии", qualifier="about", period_text="сейчас"),
            F("remittances_from_russia_usd", 2100000000, "2014", "actual", "Денежные переводы из России в республику в 2014 году, по данным Центробанка РФ, составили около 2,1 млрд долларов", qualifier="about", note="remittances, not turnover"),
            F("trade_turnover", 1900000000, "2014", "actual", "товарооборот с Россией в прошлом году составил около 1,9 млрд долларов", qualifier="about", period_text="в прошлом году", note="cited by PM Sariev"),
            F("dev_fund_capital_usd", 1000000000, None, "actual", "с уставным капиталом 1 млрд долларов", note="Russian-Kyrgyz Development Fund capital; distractor"),
            F("stay_without_registration_days", 30, None, "actual", "без регистрации до 30 суток", qualifier="up to", note="rule, not a statistic"),
        ],
        events=[
            E("2015-08-12", "Treaty on Kyrgyzstan's accession to the EAEU enters into force", "В среду вступил в силу договор о присоединении республики к Договору о Евразийском экономическом союзе", "agreement", "past", False, date_note="multilateral (EAEU)"),
            E("2014-12-23", "Signing of the treaty on Kyrgyzstan's accession to the EAEU in Moscow", "подписанный 23 декабря 2014 года в Москве", "agreement", "past", False, date_note="multilateral"),
            E("2015-08-12", "Ceremony in Bishkek marking EAEU accession, speech by PM Sariev", "Выступая сегодня на торжественной церемонии в Бишкеке", "other", "past", False, date_note="domestic ceremony"),
            E("2015-09", "Next Russian-Kyrgyz intergovernmental commission session in Bishkek", "Очередное заседание межправительственной российско-киргизской комиссии, по информации правительства Киргизии, состоится в сентябре в Бишкеке", "igc_session", "planned", True),
        ],
    ),
))

# ---------------------------------------------------------------- 07
ARTICLES.append(dict(
    file="07_sputnik_ru_2017_s7_osh.txt",
    source="https://ru.sputnik.kg/society/20171005/1035612345/s7-novosibirsk-osh-rejs.html",
    header_date=None,
    body="""S7 откроет прямые рейсы из Новосибирска в Ош

БИШКЕК, 5 окт — Sputnik. Российская авиакомпания S7 Airlines с 29 октября начнет выполнять прямые рейсы по маршруту Новосибирск — Ош, сообщили в авиакомпании.

Полеты будут выполняться два раза в неделю — по средам и воскресеньям — на самолетах Airbus A320. Время в пути составит около 3 часов 40 минут.

Презентация нового направления прошла вчера в Оше. В ней принял участие посол России в Кыргызстане Андрей Крутько.

"Ош — второй по величине город республики, и здесь живут тысячи людей, которые работают или учатся в Сибири. Прямой рейс сэкономит им и время, и деньги", — сказал Андрей Крутько.

По словам дипломата, в этом году число рейсов между двумя странами достигло 150 в неделю, а россияне все чаще выбирают Кыргызстан для отдыха — в первую очередь Иссык-Куль.

По данным аэропорта "Ош", за девять месяцев 2017 года он обслужил около 600 тысяч пассажиров, из них две трети — на международных рейсах. Сейчас из Оша летают в Москву, Санкт-Петербург, Екатеринбург, Красноярск и Стамбул.

Ранее S7 Airlines открыла рейсы из Новосибирска в Бишкек. Перевозчик также рассматривает запуск полетов из Иркутска.

Напомним, граждане Кыргызстана могут въезжать в Россию по ID-карте, а граждане России в Кыргызстан — по внутреннему паспорту.

Выборы президента Кыргызстана пройдут 15 октября. На время выборов аэропорты страны будут работать в штатном режиме, сообщили в ОАО "Международный аэропорт "Манас".

© Sputnik / Бекмамат Асанов
Аэропорт Оша. Архивное фото
""",
    gold=dict(
        lang="ru", header_date="unknown", date="2017-10-05", date_source="url+dateline",
        date_note="Dateline '5 окт' without a year; year from the URL (.../20171005/...) and '2017' in the body. 'вчера' = 2017-10-04.",
        people=[
            P("Андрей Крутько", "Андрей Крутько", "посол России в Кыргызстане", ["Андрей Крутько"]),
        ],
        other_names=["Бекмамат Асанов"],
        figures=[
            F("flights_per_week_novosibirsk_osh", 2, None, "target", "два раза в неделю", note="schedule of the new route"),
            F("flights_per_week_ru_kg", 150, "2017", "actual", "число рейсов между двумя странами достигло 150 в неделю", note="cited by Ambassador Krutko"),
            F("osh_airport_passengers", 600000, "2017-9M", "actual", "около 600 тысяч пассажиров", qualifier="about", period_text="за девять месяцев 2017 года"),
        ],
        events=[
            E("2017-10-29", "S7 launches Novosibirsk - Osh flights", "с 29 октября начнет выполнять прямые рейсы по маршруту Новосибирск — Ош", "other", "planned", True, date_note="airline route launch"),
            E("2017-10-04", "Presentation of the new route in Osh with Ambassador Krutko", "Презентация нового направления прошла вчера в Оше", "other", "past", True),
            E("2017-10-15", "Kyrgyz presidential election", "Выборы президента Кыргызстана пройдут 15 октября", "other", "planned", False, date_note="domestic"),
        ],
    ),
))
