# -*- coding: utf-8 -*-
from articles_a import P, F, E
B = []

# ---------------------------------------------------------------- 08
B.append(dict(
file="08_interfax_ru_2021_informal_cis_spb.txt",
source="https://www.interfax.ru/world/813456",
header="2021-12-28",
lang="ru",
header_date="28 декабря 2021 13:47",
date="2021-12-28", date_partial=None, date_source="header",
date_note="Interfax time line; dateline 'Санкт-Петербург. 28 декабря.' has no year.",
text="""Путин и Жапаров перед началом неформального саммита СНГ обсудили поставки топлива

28 декабря 2021 13:47

Санкт-Петербург. 28 декабря. ИНТЕРФАКС - Президент РФ Владимир Путин и президент Киргизии Садыр Жапаров провели короткую беседу перед началом неформального саммита глав государств СНГ в Санкт-Петербурге, сообщил пресс-секретарь президента РФ Дмитрий Песков.

"Да, был короткий разговор перед пленарной частью. Президенты обсудили вопросы поставок нефтепродуктов и подготовку к председательству Киргизии в ЕАЭС в будущем году", - сказал Песков журналистам.

Председатель кабинета министров Киргизии Акылбек Жапаров ранее заявлял, что Бишкек рассчитывает сохранить беспошлинные поставки горюче-смазочных материалов из России в 2022 году. Отметим, что Садыр Жапаров и Акылбек Жапаров родственниками не являются.

По данным киргизской стороны, товарооборот двух стран за январь-октябрь 2021 года вырос на 35% и составил 1,98 млрд долларов.

Садыр Жапаров совершил свой первый зарубежный визит в качестве президента именно в Москву - в феврале этого года.

В неформальной встрече в Санкт-Петербурге участвуют лидеры всех стран Содружества. В кулуарах президент Казахстана Касым-Жомарт Токаев и президент Белоруссии Александр Лукашенко обсудили подготовку к юбилейному саммиту ОДКБ, сообщили в пресс-службе Акорды.

Следующий официальный саммит СНГ запланирован на октябрь 2022 года в Астане.
""",
people=[
 P("Владимир Путин","Владимир Путин","Президент РФ",["Владимир Путин","Путин"]),
 P("Садыр Жапаров","Садыр Жапаров","президент Киргизии",["Садыр Жапаров","Жапаров"],note="Surname-only form 'Жапаров' (headline) refers to the president, not to Akylbek Japarov."),
 P("Дмитрий Песков","Дмитрий Песков","пресс-секретарь президента РФ",["Дмитрий Песков","Песков"]),
 P("Акылбек Жапаров","Акылбек Жапаров","Председатель кабинета министров Киргизии",["Акылбек Жапаров"],note="Not a relative of the president (the text says so)."),
 P("Касым-Жомарт Токаев","Касым-Жомарт Токаев","президент Казахстана",["Касым-Жомарт Токаев"]),
 P("Александр Лукашенко","Александр Лукашенко","президент Белоруссии",["Александр Лукашенко"]),
],
other_names=[],
figures=[
 F("trade_turnover_growth_pct",35,"2021-10M","actual","вырос на 35%",period_text="за январь-октябрь 2021 года"),
 F("trade_turnover",1980000000,"2021-10M","actual","составил 1,98 млрд долларов",period_text="за январь-октябрь 2021 года"),
],
events=[
 E("2021-12-28","Informal summit of CIS heads of state in St Petersburg","неформального саммита глав государств СНГ в Санкт-Петербурге","meeting","ongoing",False),
 E("2021-12-28","Putin–Japarov short talk before the plenary session","провели короткую беседу перед началом неформального саммита","meeting","past",True),
 E("2022","Kyrgyzstan's chairmanship of the EAEU","подготовку к председательству Киргизии в ЕАЭС в будущем году","other","planned",False),
 E("2021-02","Sadyr Japarov's first foreign visit as president, to Moscow","совершил свой первый зарубежный визит в качестве президента именно в Москву - в феврале этого года","visit","past",True),
 E("2021-12-28","Tokayev–Lukashenko talk on the sidelines (not Kyrgyz–Russian)","В кулуарах президент Казахстана Касым-Жомарт Токаев и президент Белоруссии Александр Лукашенко обсудили","meeting","past",False,date_note="Kazakhstan–Belarus contact, not KG–RU bilateral."),
 E(None,"Jubilee CSTO summit being prepared","подготовку к юбилейному саммиту ОДКБ","meeting","planned",False,date_note="No date given (real: Moscow, 16 May 2022)."),
 E("2022-10","Next official CIS summit in Astana","Следующий официальный саммит СНГ запланирован на октябрь 2022 года в Астане","meeting","planned",False),
],
))

# ---------------------------------------------------------------- 09
B.append(dict(
file="09_tass_ru_2022_empc_cholpon_ata.txt",
source="https://tass.ru/ekonomika/15567891",
header=None,
lang="ru",
header_date="26 августа 2022, 12:30",
date="2022-08-26", date_partial=None, date_source="byline",
date_note="TASS time line above the text; dateline '26 августа' without year.",
text="""Мишустин и Акылбек Жапаров на полях ЕМПС обсудили рост торговли

26 августа 2022, 12:30

ЧОЛПОН-АТА /Киргизия/, 26 августа. /ТАСС/. Председатель правительства РФ Михаил Мишустин провел в Чолпон-Ате встречу с председателем кабинета министров Киргизии Акылбеком Жапаровым на полях заседания Евразийского межправительственного совета (ЕМПС).

"Россия остается главным торговым партнером Киргизии. В прошлом году товарооборот вырос на 37%, до 2,5 млрд долларов, и в первом полугодии эта динамика сохранилась", - сказал Мишустин в начале встречи.

Акылбек Жапаров поблагодарил российскую сторону за поддержку председательства Киргизии в ЕАЭС и предложил провести заседание межправительственной комиссии до конца года в Москве. Он также попросил ускорить согласование проектов, финансируемых Российско-Киргизским фондом развития.

Заседание ЕМПС проходит под председательством Киргизии. В нем участвуют премьер-министр Казахстана Алихан Смаилов, премьер-министр Белоруссии Роман Головченко и председатель коллегии Евразийской экономической комиссии Михаил Мясникович, Армению представляет вице-премьер Мгер Григорян. В повестке - около 20 вопросов, в том числе формирование общего рынка газа.

Накануне в Чолпон-Ате Смаилов и Головченко обсудили двустороннюю торговлю: по их данным, товарооборот Казахстана и Белоруссии в 2021 году превысил 1 млрд долларов.

Декабрьское заседание Высшего Евразийского экономического совета пройдет в Бишкеке.
""",
people=[
 P("Михаил Мишустин","Михаил Мишустин","Председатель правительства РФ",["Михаил Мишустин","Мишустин"]),
 P("Акылбек Жапаров","Акылбеком Жапаровым","председатель кабинета министров Киргизии",["Акылбек Жапаров","Акылбеком Жапаровым"]),
 P("Алихан Смаилов","Алихан Смаилов","премьер-министр Казахстана",["Алихан Смаилов","Смаилов"]),
 P("Роман Головченко","Роман Головченко","премьер-министр Белоруссии",["Роман Головченко","Головченко"]),
 P("Михаил Мясникович","Михаил Мясникович","председатель коллегии Евразийской экономической комиссии",["Михаил Мясникович"]),
 P("Мгер Григорян","Мгер Григорян","вице-премьер Армении",["Мгер Григорян"]),
],
other_names=[],
figures=[
 F("trade_turnover_growth_pct",37,"2021","actual","товарооборот вырос на 37%",period_text="В прошлом году"),
 F("trade_turnover",2500000000,"2021","actual","до 2,5 млрд долларов",period_text="В прошлом году"),
 F("kz_by_trade_usd",1000000000,"2021","actual","товарооборот Казахстана и Белоруссии в 2021 году превысил 1 млрд долларов",qualifier="more than",note="Distractor: Kazakhstan–Belarus trade."),
],
events=[
 E("2022-08-26","Eurasian Intergovernmental Council meeting in Cholpon-Ata under Kyrgyz chairmanship","Заседание ЕМПС проходит под председательством Киргизии","meeting","ongoing",False),
 E("2022-08-26","Mishustin–Akylbek Japarov meeting on the sidelines","провел в Чолпон-Ате встречу с председателем кабинета министров Киргизии Акылбеком Жапаровым","meeting","past",True),
 E("2022","Proposed intergovernmental commission session in Moscow before year end","предложил провести заседание межправительственной комиссии до конца года в Москве","igc_session","planned",True,date_note="'до конца года' (2022)."),
 E("2022-08-25","Smailov–Golovchenko talks (Kazakhstan–Belarus)","Накануне в Чолпон-Ате Смаилов и Головченко обсудили двустороннюю торговлю","meeting","past",False,date_note="'Накануне'; not KG–RU."),
 E("2022-12","Supreme Eurasian Economic Council meeting in Bishkek","Декабрьское заседание Высшего Евразийского экономического совета пройдет в Бишкеке","meeting","planned",False),
],
))

# ---------------------------------------------------------------- 10
B.append(dict(
file="10_presidentkg_ru_2022_seec_bishkek.txt",
source="https://www.president.kg/ru/sobytiya/23871_sadyir_gaparov_provel_vstrechu_s_vladimirom_putinyim",
header=None,
lang="ru",
header_date="unknown",
date="2022-12-09", date_partial=None, date_source="body",
date_note="Only in the body: 'Сегодня, 9 декабря 2022 года'.",
text="""Садыр Жапаров провел встречу с Президентом России Владимиром Путиным

Сегодня, 9 декабря 2022 года, на полях заседания Высшего Евразийского экономического совета в Бишкеке Президент Кыргызской Республики Садыр Жапаров встретился с Президентом Российской Федерации Владимиром Путиным.

Глава государства поблагодарил российского коллегу за участие в заседании, которое проходит в рамках председательства Кыргызстана в Евразийском экономическом союзе, и за поддержку инициатив кыргызской стороны в течение года.

Садыр Жапаров отметил, что Российская Федерация является стратегическим партнером и союзником Кыргызстана. По итогам 10 месяцев 2022 года товарооборот между странами вырос на 41,6 процента и составил 2,7 млрд долларов США.

Стороны обсудили вопросы энергетики, поставок горюче-смазочных материалов, трудовой миграции, а также реализацию совместных проектов в сфере образования.

Президенты договорились провести очередное заседание Межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству в первом квартале 2023 года.

Владимир Путин, в свою очередь, высоко оценил работу кыргызской стороны на посту председателя ЕАЭС и отметил, что Россия, принимающая председательство в союзе в 2023 году, продолжит курс на углубление интеграции.

Главы государств в последний раз встречались 14 октября в Астане в ходе саммита Содружества Независимых Государств.

В заседании Высшего Евразийского экономического совета приняли участие также Президент Республики Казахстан Касым-Жомарт Токаев, Президент Республики Беларусь Александр Лукашенко и Премьер-министр Республики Армения Никол Пашинян.

Пресс-служба Президента Кыргызской Республики
""",
people=[
 P("Садыр Жапаров","Садыр Жапаров","Президент Кыргызской Республики",["Садыр Жапаров"]),
 P("Владимир Путин","Владимиром Путиным","Президент Российской Федерации",["Владимиром Путиным","Владимир Путин"]),
 P("Касым-Жомарт Токаев","Касым-Жомарт Токаев","Президент Республики Казахстан",["Касым-Жомарт Токаев"]),
 P("Александр Лукашенко","Александр Лукашенко","Президент Республики Беларусь",["Александр Лукашенко"]),
 P("Никол Пашинян","Никол Пашинян","Премьер-министр Республики Армения",["Никол Пашинян"]),
],
other_names=[],
figures=[
 F("trade_turnover_growth_pct",41.6,"2022-10M","actual","товарооборот между странами вырос на 41,6 процента",period_text="По итогам 10 месяцев 2022 года"),
 F("trade_turnover",2700000000,"2022-10M","actual","составил 2,7 млрд долларов США",period_text="По итогам 10 месяцев 2022 года"),
],
events=[
 E("2022-12-09","Supreme Eurasian Economic Council meeting in Bishkek under Kyrgyz EAEU chairmanship","на полях заседания Высшего Евразийского экономического совета в Бишкеке","meeting","ongoing",False),
 E("2022-12-09","Japarov–Putin meeting on the sidelines","Садыр Жапаров встретился с Президентом Российской Федерации Владимиром Путиным","meeting","past",True),
 E("2023","Next session of the Kyrgyz–Russian intergovernmental commission","провести очередное заседание Межправительственной кыргызско-российской комиссии","igc_session","planned",True,date_note="'в первом квартале 2023 года'."),
 E("2023","Russia's chairmanship of the EAEU","Россия, принимающая председательство в союзе в 2023 году","other","planned",False),
 E("2022-10-14","CIS summit in Astana where the presidents last met","в последний раз встречались 14 октября в Астане в ходе саммита Содружества Независимых Государств","meeting","past",False,date_note="Year inferred from the article date (2022)."),
],
))

# ---------------------------------------------------------------- 11
B.append(dict(
file="11_tass_ru_noyear_victory_parade.txt",
source="https://tass.ru/politika/17703215",
header=None,
lang="ru",
header_date="unknown",
date=None, date_partial="????-05-09", date_source="dateline",
date_note="Dateline 'МОСКВА, 9 мая.' only; no year anywhere on the page (real context 2023, but not stated — do not invent).",
text="""Жапаров после парада Победы коротко переговорил с Путиным

МОСКВА, 9 мая. /ТАСС/. Президент Киргизии Садыр Жапаров, прибывший в Москву на парад Победы на Красной площади, после его завершения провел короткую беседу с президентом России Владимиром Путиным. Об этом журналистам сообщил пресс-секретарь российского лидера Дмитрий Песков.

"Путин и Жапаров поговорили буквально несколько минут, это был разговор в неформальной обстановке во время возложения цветов к Могиле Неизвестного Солдата", - сказал Песков. По его словам, отдельных переговоров в программе визита не предусмотрено.

В параде в качестве гостей также приняли участие президент Казахстана Касым-Жомарт Токаев, президент Белоруссии Александр Лукашенко и премьер-министр Армении Никол Пашинян. После парада лидеры присоединились к неформальному завтраку в Кремле.

Киргизия в этом году председательствует в Содружестве Независимых Государств, саммит СНГ пройдет в Бишкеке в октябре. Жапаров также планирует принять участие в заседании Высшего Евразийского экономического совета в Москве в конце мая, сообщила пресс-служба киргизского лидера.

По данным Нацстаткома Киргизии, товарооборот двух стран по итогам прошлого года вырос на 37% и достиг 3,1 млрд долларов. Россия остается для республики крупнейшим торговым партнером и основным рынком труда для мигрантов.
""",
people=[
 P("Садыр Жапаров","Садыр Жапаров","Президент Киргизии",["Садыр Жапаров","Жапаров"]),
 P("Владимир Путин","Владимиром Путиным","президент России",["Владимиром Путиным","Путиным","Путин"]),
 P("Дмитрий Песков","Дмитрий Песков","пресс-секретарь президента России",["Дмитрий Песков","Песков"]),
 P("Касым-Жомарт Токаев","Касым-Жомарт Токаев","президент Казахстана",["Касым-Жомарт Токаев"]),
 P("Александр Лукашенко","Александр Лукашенко","президент Белоруссии",["Александр Лукашенко"]),
 P("Никол Пашинян","Никол Пашинян","премьер-министр Армении",["Никол Пашинян"]),
],
other_names=[],
figures=[
 F("trade_turnover_growth_pct",37,None,"actual","вырос на 37%",period_text="по итогам прошлого года",note="Previous calendar year, but the article gives no year."),
 F("trade_turnover",3100000000,None,"actual","достиг 3,1 млрд долларов",period_text="по итогам прошлого года",note="Previous calendar year, year not stated."),
],
events=[
 E(None,"Victory Day parade on Red Square",  "прибывший в Москву на парад Победы на Красной площади","other","past",False,date_partial="????-05-09",date_note="No year."),
 E(None,"Japarov–Putin short conversation after the parade","после его завершения провел короткую беседу с президентом России Владимиром Путиным","meeting","past",True,date_partial="????-05-09",date_note="No year."),
 E(None,"Informal breakfast of leaders in the Kremlin after the parade","лидеры присоединились к неформальному завтраку в Кремле","meeting","past",False,date_partial="????-05-09",date_note="No year."),
 E(None,"CIS summit in Bishkek under Kyrgyz chairmanship","саммит СНГ пройдет в Бишкеке в октябре","meeting","planned",False,date_partial="????-10",date_note="October of the current (unstated) year."),
 E(None,"Supreme Eurasian Economic Council meeting in Moscow","заседании Высшего Евразийского экономического совета в Москве в конце мая","meeting","planned",False,date_partial="????-05",date_note="End of May, year not stated."),
],
))

# ---------------------------------------------------------------- 12
B.append(dict(
file="12_kabar_ru_2023_cis_summit_bishkek.txt",
source="https://kabar.kg/news/v-bishkeke-proshlo-zasedanie-soveta-glav-gosudarstv-sng/",
header="2023-10-13",
lang="ru",
header_date="13 октября 2023, 15:40",
date="2023-10-13", date_partial=None, date_source="header",
date_note="Kabar date line; dateline 'Бишкек, 13 октября' without year.",
text="""В Бишкеке прошло заседание Совета глав государств СНГ

13 октября 2023, 15:40

Бишкек, 13 октября. /Кабар/. В Бишкеке под председательством Президента Кыргызской Республики Садыра Жапарова состоялось заседание Совета глав государств Содружества Независимых Государств.

В заседании в узком и расширенном составах приняли участие Президент России Владимир Путин, Президент Азербайджана Ильхам Алиев, лидеры других стран Содружества, а также Председатель Исполнительного комитета – Исполнительный секретарь СНГ Сергей Лебедев.

По итогам заседания председательство в СНГ в 2024 году перешло к Российской Федерации. Следующее заседание Совета глав государств решено провести в октябре 2024 года в Москве.

Накануне, 12 октября, Садыр Жапаров и Владимир Путин провели переговоры в узком и расширенном форматах. Российский лидер прибыл в Кыргызстан с официальным визитом, в ходе которого главы государств также приняли участие в мероприятиях, посвященных 20-летию российской авиабазы «Кант», открытой в октябре 2003 года.

Садыр Жапаров отметил, что по итогам 2022 года товарооборот между Кыргызстаном и Россией составил 3,3 млрд долларов, а за восемь месяцев текущего года увеличился еще на 14 процентов.

Также 12 октября министр иностранных дел Кыргызстана Жээнбек Кулубаев провел встречу с Сергеем Лавровым на полях заседания Совета министров иностранных дел СНГ. Стороны обсудили подготовку к саммиту и график контактов на 2024 год.

В кулуарах саммита Владимир Путин провел отдельную встречу с Ильхамом Алиевым.

Фото Кабар/Нурбек Абдыкалыков
""",
people=[
 P("Садыр Жапаров","Садыра Жапарова","Президент Кыргызской Республики",["Садыра Жапарова","Садыр Жапаров"]),
 P("Владимир Путин","Владимир Путин","Президент России",["Владимир Путин"]),
 P("Ильхам Алиев","Ильхам Алиев","Президент Азербайджана",["Ильхам Алиев","Ильхамом Алиевым"]),
 P("Сергей Лебедев","Сергей Лебедев","Председатель Исполнительного комитета – Исполнительный секретарь СНГ",["Сергей Лебедев"]),
 P("Жээнбек Кулубаев","Жээнбек Кулубаев","министр иностранных дел Кыргызстана",["Жээнбек Кулубаев"]),
 P("Сергей Лавров","Сергеем Лавровым","министр иностранных дел России",["Сергеем Лавровым"],note="Role not stated in the text."),
],
other_names=["Нурбек Абдыкалыков"],
figures=[
 F("trade_turnover",3300000000,"2022","actual","по итогам 2022 года товарооборот между Кыргызстаном и Россией составил 3,3 млрд долларов",note="Differs from the 3.1 bn given elsewhere (article 11) — sources disagree."),
 F("trade_turnover_growth_pct",14,"2023-8M","actual","за восемь месяцев текущего года увеличился еще на 14 процентов",period_text="за восемь месяцев текущего года"),
],
events=[
 E("2023-10-13","CIS Council of Heads of State in Bishkek under Kyrgyz chairmanship","состоялось заседание Совета глав государств Содружества Независимых Государств","meeting","past",False),
 E("2024","Russia's CIS chairmanship","председательство в СНГ в 2024 году перешло к Российской Федерации","other","planned",False),
 E("2024-10","Next CIS summit in Moscow","Следующее заседание Совета глав государств решено провести в октябре 2024 года в Москве","meeting","planned",False),
 E("2023-10-12","Japarov–Putin talks in restricted and expanded formats","Накануне, 12 октября, Садыр Жапаров и Владимир Путин провели переговоры","meeting","past",True),
 E("2023-10-12","Putin's official visit to Kyrgyzstan","Российский лидер прибыл в Кыргызстан с официальным визитом","visit","past",True,date_note="Visit began on or before 12 Oct."),
 E("2023-10-12","Events marking the 20th anniversary of the Kant air base","мероприятиях, посвященных 20-летию российской авиабазы «Кант»","anniversary","past",True),
 E("2003-10","Kant air base opened","открытой в октябре 2003 года","other","past",True),
 E("2023-10-12","Kulubaev–Lavrov meeting on the sidelines of the CIS Council of Foreign Ministers","министр иностранных дел Кыргызстана Жээнбек Кулубаев провел встречу с Сергеем Лавровым","meeting","past",True),
 E("2023-10-12","CIS Council of Foreign Ministers meeting","заседания Совета министров иностранных дел СНГ","meeting","past",False),
 E("2023-10-13","Putin–Aliyev meeting on the sidelines (not Kyrgyz–Russian)","Владимир Путин провел отдельную встречу с Ильхамом Алиевым","meeting","past",False,date_note="Russia–Azerbaijan."),
],
))

# ---------------------------------------------------------------- 13
B.append(dict(
file="13_24kg_en_2024_informal_cis_yesterday.txt",
source="https://24.kg/english/315880_Sadyr_Japarov_and_Vladimir_Putin_talk_before_informal_CIS_summit/",
header=None,
lang="en",
header_date="Posted: 27/12/24 10:14",
date="2024-12-27", date_partial=None, date_source="byline",
date_note="'Posted: 27/12/24'; the summit was 'yesterday' = 26 Dec 2024 (Thursday).",
text="""Sadyr Japarov and Vladimir Putin talk before informal CIS summit

Posted: 27/12/24 10:14 Updated: 27/12/24 11:02

By Nurzhan Omurova

24.kg news agency, Bishkek. President of Kyrgyzstan Sadyr Japarov and President of Russia Vladimir Putin held a short conversation yesterday before the start of the informal summit of the CIS heads of state in St. Petersburg, the presidential press service reported.

The two leaders discussed preparations for Kyrgyzstan's chairmanship of the Collective Security Treaty Organization (CSTO) in 2025, energy supplies for the winter and the situation of Kyrgyz citizens working in Russia.

Sadyr Japarov and Vladimir Putin last met in October at the CIS summit in Moscow.

According to the National Statistical Committee, trade between Kyrgyzstan and Russia in January–October 2024 amounted to $3.1 billion, down 4.8 percent year-on-year. Kyrgyzstan's total foreign trade over the period reached $14.3 billion.

The informal meeting was attended by the leaders of Armenia, Belarus, Kazakhstan, Tajikistan, Turkmenistan and Uzbekistan. President of Azerbaijan Ilham Aliyev did not arrive after an Azerbaijan Airlines plane crashed near Aktau on December 25.

Putin presented the leaders with New Year's gifts, according to the Kremlin. Japarov returned to Bishkek late in the evening.
""",
people=[
 P("Садыр Жапаров","Sadyr Japarov","President of Kyrgyzstan",["Sadyr Japarov","Japarov"]),
 P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin","Putin"]),
 P("Ильхам Алиев","Ilham Aliyev","President of Azerbaijan",["Ilham Aliyev"]),
],
other_names=["Nurzhan Omurova"],
figures=[
 F("trade_turnover",3100000000,"2024-10M","actual","trade between Kyrgyzstan and Russia in January–October 2024 amounted to $3.1 billion",period_text="January–October 2024"),
 F("trade_turnover_growth_pct",-4.8,"2024-10M","actual","down 4.8 percent year-on-year",period_text="January–October 2024"),
 F("kg_total_foreign_trade_usd",14300000000,"2024-10M","actual","total foreign trade over the period reached $14.3 billion",note="Distractor."),
],
events=[
 E("2024-12-26","Informal summit of CIS heads of state in St Petersburg","the informal summit of the CIS heads of state in St. Petersburg","meeting","past",False,date_note="'yesterday' relative to the posting date 27/12/24."),
 E("2024-12-26","Japarov–Putin short conversation before the summit","held a short conversation yesterday before the start of the informal summit","meeting","past",True,date_note="'yesterday'."),
 E("2025","Kyrgyzstan's CSTO chairmanship","Kyrgyzstan's chairmanship of the Collective Security Treaty Organization (CSTO) in 2025","other","planned",False),
 E("2024-10","CIS summit in Moscow where the presidents last met","last met in October at the CIS summit in Moscow","meeting","past",False),
 E("2024-12-25","Azerbaijan Airlines plane crash near Aktau","an Azerbaijan Airlines plane crashed near Aktau on December 25","other","past",False),
],
))

# ---------------------------------------------------------------- 14
B.append(dict(
file="14_eurasianet_en_2025_victory80_balancing.txt",
source="https://eurasianet.org/kyrgyzstan-japarovs-moscow-trip-underlines-balancing-act",
header=None,
lang="en",
header_date="May 12, 2025",
date="2025-05-12", date_partial=None, date_source="byline",
date_note="Byline date; the parade was 'on Friday' = 9 May 2025.",
text="""Kyrgyzstan: Japarov's Moscow trip underlines balancing act

Bektur Osmonov May 12, 2025

Kyrgyz President Sadyr Japarov was among the more than two dozen foreign leaders who stood alongside Vladimir Putin on Red Square on Friday to watch the parade marking the 80th anniversary of the Soviet victory over Nazi Germany.

Chinese leader Xi Jinping, in Moscow on a state visit, was the guest of honor. Kazakhstan's Kassym-Jomart Tokayev and Uzbekistan's Shavkat Mirziyoyev also attended.

Japarov and Putin spoke briefly on the sidelines of the celebrations, according to the Kyrgyz presidential administration, which did not provide details. Kremlin aide Yury Ushakov told reporters that the leaders of the Central Asian states had joined Putin for an informal lunch after the parade. Foreign Minister Jeenbek Kulubaev accompanied Japarov.

For Bishkek, the trip was a matter of routine as much as loyalty. Japarov's first foreign trip as president, in February 2021, was to Moscow, and Russia remains the destination for hundreds of thousands of Kyrgyz migrant workers. Remittances, most of them from Russia, came to roughly $2.9 billion in 2024.

Trade data tell a more complicated story. According to Kyrgyzstan's National Statistics Committee, trade with Russia totaled $3.5 billion in 2024; Russian officials have cited a figure closer to $4 billion. China, by its own customs count, did more than $22 billion of business with Kyrgyzstan in the same year.

"Bishkek cannot afford to be absent from Moscow on a day like this, but it also cannot afford to look only to Moscow," said Emil Dzhumabaev, a Bishkek-based political analyst.

The calendar offers more occasions for both. Kyrgyzstan holds the rotating chairmanship of the Collective Security Treaty Organization this year, the Supreme Eurasian Economic Council is due to meet in Minsk in late June, and a Kyrgyz delegation is expected at the St. Petersburg International Economic Forum in June.
""",
people=[
 P("Садыр Жапаров","Sadyr Japarov","President of Kyrgyzstan",["Sadyr Japarov","Japarov"]),
 P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin","Putin"]),
 P("Си Цзиньпин","Xi Jinping","Chinese leader",["Xi Jinping"]),
 P("Касым-Жомарт Токаев","Kassym-Jomart Tokayev","President of Kazakhstan",["Kassym-Jomart Tokayev"]),
 P("Шавкат Мирзиёев","Shavkat Mirziyoyev","President of Uzbekistan",["Shavkat Mirziyoyev"]),
 P("Юрий Ушаков","Yury Ushakov","Kremlin aide",["Yury Ushakov"]),
 P("Жээнбек Кулубаев","Jeenbek Kulubaev","Foreign Minister of Kyrgyzstan",["Jeenbek Kulubaev"]),
],
other_names=["Bektur Osmonov","Emil Dzhumabaev"],
figures=[
 F("remittances_usd",2900000000,"2024","actual","came to roughly $2.9 billion in 2024",qualifier="about",note="Distractor: remittances (mostly from Russia)."),
 F("trade_turnover",3500000000,"2024","actual","trade with Russia totaled $3.5 billion in 2024",note="Kyrgyz statistics."),
 F("trade_turnover",4000000000,"2024","actual","closer to $4 billion",qualifier="about",note="Russian officials' figure — disagrees with the Kyrgyz one."),
 F("kg_china_trade_usd",22000000000,"2024","actual","did more than $22 billion of business with Kyrgyzstan",qualifier="more than",note="Distractor: China–Kyrgyzstan trade."),
],
events=[
 E("2025-05-09","Victory Day parade on Red Square (80th anniversary)","to watch the parade marking the 80th anniversary of the Soviet victory over Nazi Germany","other","past",False,date_note="'on Friday' before 12 May 2025."),
 E("2025-05-09","Japarov–Putin brief talk on the sidelines of the celebrations","Japarov and Putin spoke briefly on the sidelines of the celebrations","meeting","past",True),
 E("2025-05-09","Informal lunch of Central Asian leaders with Putin","had joined Putin for an informal lunch after the parade","meeting","past",False),
 E("2025-05","Xi Jinping's state visit to Russia","in Moscow on a state visit","visit","past",False),
 E("2021-02","Japarov's first foreign trip as president, to Moscow","Japarov's first foreign trip as president, in February 2021, was to Moscow","visit","past",True),
 E("2025","Kyrgyzstan's CSTO chairmanship","Kyrgyzstan holds the rotating chairmanship of the Collective Security Treaty Organization this year","other","ongoing",False),
 E("2025-06","Supreme Eurasian Economic Council meeting in Minsk","the Supreme Eurasian Economic Council is due to meet in Minsk in late June","meeting","planned",False),
 E("2025-06","St Petersburg International Economic Forum with a Kyrgyz delegation","a Kyrgyz delegation is expected at the St. Petersburg International Economic Forum in June","forum","planned",False),
],
))
