# Articles 01-05 of heldout120: text and hand annotation.
A = []

# ---------------------------------------------------------------- 01 BelTA 2005
A.append(dict(
file="01_belta_ru_2005_cis_kazan.txt",
source="http://www.belta.by/ru/news/president?id=96214",
header={"date": "2005-08-26"},
lang="ru",
text="""Лукашенко: СНГ нуждается в реформировании, а не в роспуске

КАЗАНЬ, 26 августа (БЕЛТА) – Президент Беларуси Александр Лукашенко принял участие в заседании Совета глав государств СНГ, которое прошло сегодня в Казани. Саммит приурочен к празднованию 1000-летия города.

Выступая в узком составе, белорусский лидер заявил, что Содружество нуждается не в роспуске, а в серьезном реформировании. «Мы должны сделать СНГ удобным для людей, а не для чиновников», – подчеркнул Александр Лукашенко. Он также предложил сосредоточиться на вопросах транспорта, миграции и гуманитарного сотрудничества.

В рамках саммита Президент Беларуси провел двустороннюю встречу с Президентом России Владимиром Путиным. Стороны обсудили ход реализации программ Союзного государства и условия поставок российского газа на 2006 год. Товарооборот Беларуси и России в первом полугодии 2005 года составил $7,6 млрд.

На полях саммита состоялась также встреча Владимира Путина с новым Президентом Кыргызстана Курманбеком Бакиевым, вступившим в должность 14 августа. Как сообщила пресс-служба Кремля, российский лидер поздравил коллегу с избранием и пригласил его посетить Москву с официальным визитом до конца года. Курманбек Бакиев, в свою очередь, назвал Россию «стратегическим партнером» Кыргызстана и выразил заинтересованность в развитии российской авиабазы в Канте. По данным Межгосударственного статистического комитета СНГ, товарооборот России и Кыргызстана в 2004 году составил около $540 млн.

По итогам заседания главы государств приняли заявление в связи с 60-летием Победы в Великой Отечественной войне и ряд документов по сотрудничеству в борьбе с терроризмом. Туркменистан уведомил партнеров о переходе к статусу ассоциированного члена Содружества.

В состав белорусской делегации вошли министр иностранных дел Сергей Мартынов и Глава Администрации Президента Виктор Шейман.

Следующее заседание Совета глав государств СНГ пройдет в 2006 году в Минске.

Фото Сергея Холодилина
""",
gold=dict(
header_date="2005-08-26", date="2005-08-26", date_partial=None, date_source="header",
date_note="header line; dateline '26 августа' and 'сегодня' agree",
people=[
 dict(name_ru_nominative="Александр Лукашенко", name_in_text="Лукашенко", role="President of Belarus",
      forms_in_text=["Лукашенко", "Александр Лукашенко"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="President of Russia",
      forms_in_text=["Владимиром Путиным", "Владимира Путина"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбеком Бакиевым", role="President of Kyrgyzstan",
      forms_in_text=["Курманбеком Бакиевым", "Курманбек Бакиев"]),
 dict(name_ru_nominative="Сергей Мартынов", name_in_text="Сергей Мартынов", role="Minister of Foreign Affairs of Belarus",
      forms_in_text=["Сергей Мартынов"]),
 dict(name_ru_nominative="Виктор Шейман", name_in_text="Виктор Шейман", role="Head of the Presidential Administration of Belarus",
      forms_in_text=["Виктор Шейман"]),
],
other_names=["Сергея Холодилина"],
figures=[
 dict(metric="by_ru_trade_turnover_usd", value=7.6e9, period="2005-H1", kind="actual",
      quote="Товарооборот Беларуси и России в первом полугодии 2005 года составил $7,6 млрд",
      period_text="в первом полугодии 2005 года", note="distractor: Belarus–Russia"),
 dict(metric="trade_turnover", value=540e6, period="2004", kind="actual", qualifier="about",
      quote="товарооборот России и Кыргызстана в 2004 году составил около $540 млн", period_text="в 2004 году"),
],
events=[
 dict(date="2005-08-26", what="CIS Council of Heads of State summit in Kazan", type="meeting", status="past", bilateral=False,
      quote="принял участие в заседании Совета глав государств СНГ, которое прошло сегодня в Казани"),
 dict(date="2005-08", what="Kazan millennium celebrations", type="anniversary", status="ongoing", bilateral=False,
      quote="Саммит приурочен к празднованию 1000-летия города", date_note="month of the summit; exact days not stated"),
 dict(date="2005-08-26", what="Lukashenko–Putin bilateral meeting (Belarus–Russia)", type="meeting", status="past", bilateral=False,
      quote="В рамках саммита Президент Беларуси провел двустороннюю встречу с Президентом России Владимиром Путиным"),
 dict(date="2005-08-26", what="Putin–Bakiyev meeting on the sidelines of the CIS summit (first since Bakiyev took office)", type="meeting", status="past", bilateral=True,
      quote="На полях саммита состоялась также встреча Владимира Путина с новым Президентом Кыргызстана Курманбеком Бакиевым"),
 dict(date="2005-08-14", what="Bakiyev takes office as President of Kyrgyzstan", type="other", status="past", bilateral=False,
      quote="вступившим в должность 14 августа", date_note="year from the article date"),
 dict(date="2005", what="Putin invites Bakiyev to an official visit to Moscow before the end of the year", type="visit", status="planned", bilateral=True,
      quote="пригласил его посетить Москву с официальным визитом до конца года", date_note="'до конца года': by end of 2005"),
 dict(date="2005-08-26", what="CIS statement on the 60th anniversary of Victory and counter-terrorism documents", type="agreement", status="past", bilateral=False,
      quote="главы государств приняли заявление в связи с 60-летием Победы в Великой Отечественной войне"),
 dict(date="2005-08-26", what="Turkmenistan moves to associate membership of the CIS", type="other", status="past", bilateral=False,
      quote="Туркменистан уведомил партнеров о переходе к статусу ассоциированного члена Содружества"),
 dict(date="2006", what="Next CIS heads of state summit in Minsk", type="meeting", status="planned", bilateral=False,
      quote="Следующее заседание Совета глав государств СНГ пройдет в 2006 году в Минске"),
],
)))

# ---------------------------------------------------------------- 02 Xinhua 2009
A.append(dict(
file="02_xinhua_ru_2009_bakiyev_moscow_loan.txt",
source="http://news.xinhuanet.com/russian/2009-02/03/content_1302477.htm",
header={},
lang="ru",
text="""Россия предоставит Киргизии кредит в размере 2 млрд долларов

Москва, 3 февраля /Синьхуа/ -- Россия предоставит Киргизии льготный кредит в размере 2 млрд долларов США и безвозмездную финансовую помощь в размере 150 млн долларов. Об этом во вторник сообщил президент Киргизии Курманбек Бакиев по итогам переговоров с президентом РФ Дмитрием Медведевым в Кремле.

Кроме того, российская сторона согласилась списать часть государственного долга Киргизии на сумму около 180 млн долларов. Соответствующие документы подписали министр финансов РФ Алексей Кудрин и премьер-министр Киргизии Игорь Чудинов.

"Россия является нашим стратегическим партнером и союзником, и мы высоко ценим ее поддержку в условиях мирового финансового кризиса", -- сказал К.Бакиев на совместной пресс-конференции.

На той же пресс-конференции киргизский президент заявил, что правительство республики приняло решение о закрытии американской авиабазы "Манас" под Бишкеком. Д.Медведев, отвечая на вопрос журналистов, отметил, что это "суверенное решение" Киргизии.

Как ожидается, часть кредита будет направлена на строительство Камбаратинской ГЭС-1. По оценкам экспертов, товарооборот между Россией и Киргизией в 2008 году составил около 1,6 млрд долларов.

В среду в Москве пройдет внеочередная сессия Совета коллективной безопасности Организации Договора о коллективной безопасности /ОДКБ/, на которой лидеры стран-участниц намерены принять решение о создании Коллективных сил оперативного реагирования.

Киргизия является одним из важных торгово-экономических партнеров Китая в Центральной Азии. По данным Главного таможенного управления КНР, в 2008 году товарооборот между Китаем и Киргизией составил 9,3 млрд долларов, увеличившись на 148 проц. в годовом исчислении. -0-
""",
gold=dict(
header_date="unknown", date="2009-02-03", date_partial=None, date_source="dateline",
date_note="dateline 'Москва, 3 февраля' gives day and month; year from the URL (2009-02/03); 'во вторник' = 3 Feb 2009",
people=[
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбек Бакиев", role="President of Kyrgyzstan",
      forms_in_text=["Курманбек Бакиев", "К.Бакиев"]),
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрием Медведевым", role="President of Russia",
      forms_in_text=["Дмитрием Медведевым", "Д.Медведев"]),
 dict(name_ru_nominative="Алексей Кудрин", name_in_text="Алексей Кудрин", role="Minister of Finance of Russia",
      forms_in_text=["Алексей Кудрин"]),
 dict(name_ru_nominative="Игорь Чудинов", name_in_text="Игорь Чудинов", role="Prime Minister of Kyrgyzstan",
      forms_in_text=["Игорь Чудинов"]),
],
other_names=[],
figures=[
 dict(metric="ru_loan_to_kg_usd", value=2e9, period=None, kind="target",
      quote="Россия предоставит Киргизии льготный кредит в размере 2 млрд долларов США", note="distractor: loan, not turnover"),
 dict(metric="ru_grant_to_kg_usd", value=150e6, period=None, kind="target",
      quote="безвозмездную финансовую помощь в размере 150 млн долларов", note="distractor: grant"),
 dict(metric="debt_writeoff_usd", value=180e6, period=None, kind="target", qualifier="about",
      quote="списать часть государственного долга Киргизии на сумму около 180 млн долларов", note="distractor: debt write-off"),
 dict(metric="trade_turnover", value=1.6e9, period="2008", kind="actual", qualifier="about",
      quote="товарооборот между Россией и Киргизией в 2008 году составил около 1,6 млрд долларов", period_text="в 2008 году",
      note="attributed to experts' estimates"),
 dict(metric="cn_kg_trade_turnover_usd", value=9.3e9, period="2008", kind="actual",
      quote="в 2008 году товарооборот между Китаем и Киргизией составил 9,3 млрд долларов", note="distractor: China–Kyrgyzstan"),
 dict(metric="cn_kg_trade_turnover_growth_pct", value=148, period="2008", kind="actual",
      quote="увеличившись на 148 проц. в годовом исчислении", note="distractor: China–Kyrgyzstan growth"),
],
events=[
 dict(date="2009-02-03", what="Bakiyev–Medvedev talks in the Kremlin", type="meeting", status="past", bilateral=True,
      quote="по итогам переговоров с президентом РФ Дмитрием Медведевым в Кремле"),
 dict(date="2009-02-03", what="Documents on the loan, grant and debt write-off signed by Kudrin and Chudinov", type="agreement", status="past", bilateral=True,
      quote="Соответствующие документы подписали министр финансов РФ Алексей Кудрин и премьер-министр Киргизии Игорь Чудинов"),
 dict(date="2009-02-03", what="Bakiyev announces the decision to close the US Manas air base (at the joint press conference in Moscow)", type="other", status="past", bilateral=False,
      quote="правительство республики приняло решение о закрытии американской авиабазы \"Манас\" под Бишкеком",
      date_note="Kyrgyz–US matter announced in Moscow; not a Kyrgyz–Russian milestone as such"),
 dict(date="2009-02-04", what="Extraordinary CSTO Collective Security Council session in Moscow", type="meeting", status="planned", bilateral=False,
      quote="В среду в Москве пройдет внеочередная сессия Совета коллективной безопасности", date_note="'в среду' after Tuesday 3 Feb"),
],
)))

# ---------------------------------------------------------------- 03 Kazinform 2010
A.append(dict(
file="03_kazinform_ru_2010_putin_otunbayeva_call.txt",
source="http://www.inform.kz/rus/article/2254871",
header={"date": "2010-04-09"},
lang="ru",
text="""Казахстан как председатель ОБСЕ внимательно следит за ситуацией в Кыргызстане - К.Саудабаев

АСТАНА. 9 апреля. КАЗИНФОРМ /Айгуль Темирбекова/ - Казахстан, председательствующий в ОБСЕ, призывает все стороны в Кыргызстане к сдержанности и восстановлению правопорядка. Об этом сегодня на брифинге в Астане заявил Государственный секретарь - министр иностранных дел РК, Действующий председатель ОБСЕ Канат Саудабаев.

«Мы глубоко обеспокоены событиями 7 апреля, повлекшими многочисленные жертвы. Главная задача сейчас - не допустить дальнейшей эскалации», - сказал К.Саудабаев.

По его словам, в Бишкек направлен специальный посланник Действующего председателя ОБСЕ Жанибек Карибжанов, который проведет встречи с представителями временного правительства.

Министр сообщил, что Президент Казахстана Нурсултан Назарбаев 8 апреля провел телефонные переговоры с Президентом России Дмитрием Медведевым, в ходе которых стороны обсудили ситуацию в соседней республике. Кроме того, с 8 апреля Казахстан в целях безопасности временно ограничил пропуск через казахстанско-кыргызский участок границы.

Как сообщалось, вчера Председатель Правительства России Владимир Путин провел телефонный разговор с главой временного правительства Кыргызстана Розой Отунбаевой. По информации пресс-службы российского правительства, В.Путин выразил готовность рассмотреть вопрос об оказании Кыргызстану гуманитарной помощи, в том числе поставок горюче-смазочных материалов для весенне-полевых работ. Р.Отунбаева, в свою очередь, поблагодарила российскую сторону за поддержку.

По данным источников в Бишкеке, в ближайшие дни в Москву для переговоров о финансовой помощи может вылететь первый заместитель руководителя временного правительства Алмазбек Атамбаев. Местонахождение Курманбека Бакиева, покинувшего столицу, по-прежнему уточняется.

Справочно: по данным Национального статистического комитета Кыргызстана, товарооборот республики с Россией по итогам 2009 года сократился на 25% и составил 1,1 млрд долларов. Товарооборот между Казахстаном и Кыргызстаном в 2009 году составил около 670 млн долларов.
""",
gold=dict(
header_date="2010-04-09", date="2010-04-09", date_partial=None, date_source="header",
date_note="header line and dateline '9 апреля' agree; 'вчера' = 8 April 2010",
people=[
 dict(name_ru_nominative="Канат Саудабаев", name_in_text="К.Саудабаев", role="State Secretary – Minister of Foreign Affairs of Kazakhstan, OSCE Chairperson-in-Office",
      forms_in_text=["К.Саудабаев", "Канат Саудабаев"]),
 dict(name_ru_nominative="Жанибек Карибжанов", name_in_text="Жанибек Карибжанов", role="Special Envoy of the OSCE Chairperson-in-Office",
      forms_in_text=["Жанибек Карибжанов"]),
 dict(name_ru_nominative="Нурсултан Назарбаев", name_in_text="Нурсултан Назарбаев", role="President of Kazakhstan",
      forms_in_text=["Нурсултан Назарбаев"]),
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрием Медведевым", role="President of Russia",
      forms_in_text=["Дмитрием Медведевым"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="Prime Minister (Chairman of the Government) of Russia",
      forms_in_text=["Владимир Путин", "В.Путин"]),
 dict(name_ru_nominative="Роза Отунбаева", name_in_text="Розой Отунбаевой", role="Head of the interim government of Kyrgyzstan",
      forms_in_text=["Розой Отунбаевой", "Р.Отунбаева"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="First deputy head of the interim government of Kyrgyzstan",
      forms_in_text=["Алмазбек Атамбаев"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбека Бакиева", role="President of Kyrgyzstan (ousted on 7 April 2010)",
      forms_in_text=["Курманбека Бакиева"]),
],
other_names=["Айгуль Темирбекова"],
figures=[
 dict(metric="trade_turnover", value=1.1e9, period="2009", kind="actual",
      quote="товарооборот республики с Россией по итогам 2009 года сократился на 25% и составил 1,1 млрд долларов", period_text="по итогам 2009 года"),
 dict(metric="trade_turnover_growth_pct", value=-25, period="2009", kind="actual",
      quote="сократился на 25%", note="decline stated as 'сократился на 25%'"),
 dict(metric="kz_kg_trade_turnover_usd", value=670e6, period="2009", kind="actual", qualifier="about",
      quote="Товарооборот между Казахстаном и Кыргызстаном в 2009 году составил около 670 млн долларов", note="distractor: Kazakhstan–Kyrgyzstan"),
],
events=[
 dict(date="2010-04-09", what="Saudabayev's briefing as OSCE Chairperson-in-Office", type="other", status="past", bilateral=False,
      quote="Об этом сегодня на брифинге в Астане заявил Государственный секретарь - министр иностранных дел РК"),
 dict(date="2010-04-07", what="Events of 7 April in Kyrgyzstan (overthrow, casualties)", type="other", status="past", bilateral=False,
      quote="Мы глубоко обеспокоены событиями 7 апреля, повлекшими многочисленные жертвы"),
 dict(date=None, what="OSCE special envoy Karibzhanov sent to Bishkek", type="visit", status="ongoing", bilateral=False,
      quote="в Бишкек направлен специальный посланник Действующего председателя ОБСЕ Жанибек Карибжанов", date_note="date of dispatch not stated"),
 dict(date="2010-04-08", what="Nazarbayev–Medvedev phone call on Kyrgyzstan", type="other", status="past", bilateral=False,
      quote="Нурсултан Назарбаев 8 апреля провел телефонные переговоры с Президентом России Дмитрием Медведевым"),
 dict(date="2010-04-08", what="Kazakhstan restricts crossings on the Kazakh–Kyrgyz border", type="other", status="ongoing", bilateral=False,
      quote="с 8 апреля Казахстан в целях безопасности временно ограничил пропуск через казахстанско-кыргызский участок границы"),
 dict(date="2010-04-08", what="Putin–Otunbayeva phone call; Russia ready to consider humanitarian aid", type="other", status="past", bilateral=True,
      quote="вчера Председатель Правительства России Владимир Путин провел телефонный разговор с главой временного правительства Кыргызстана Розой Отунбаевой",
      date_note="'вчера' relative to 9 April 2010"),
 dict(date=None, what="Possible trip of Atambayev to Moscow for talks on financial aid", type="visit", status="planned", bilateral=True,
      quote="в ближайшие дни в Москву для переговоров о финансовой помощи может вылететь первый заместитель руководителя временного правительства Алмазбек Атамбаев",
      date_note="'в ближайшие дни' after 9 April 2010; no date"),
],
)))

# ---------------------------------------------------------------- 04 Asia-Plus 2012
A.append(dict(
file="04_asiaplus_ru_2012_putin_bishkek_base.txt",
source="http://news.tj/ru/news/putin-v-bishkeke-baza-v-kante-prodlena-dushanbe-zhdet-svoei-ocheredi",
header={},
lang="ru",
text="""Путин в Бишкеке: база в Канте продлена, Душанбе ждет своей очереди

21/09/2012 10:47

Азамат Рахимов

Вчера в Бишкеке президент России Владимир Путин и президент Кыргызстана Алмазбек Атамбаев по итогам переговоров подписали соглашение о статусе и условиях пребывания объединенной российской военной базы на территории республики. Документ вступит в силу в 2017 году и будет действовать 15 лет с возможностью продления еще на пять лет.

Помимо этого, в присутствии двух президентов было подписано межправительственное соглашение об урегулировании задолженности Кыргызстана перед Россией: Москва списывает Бишкеку долг в размере $489 млн. Еще $300 млн, по словам кыргызской стороны, будут погашены в течение десяти лет.

Стороны также подписали соглашения о строительстве и эксплуатации Камбаратинской ГЭС-1 и Верхне-Нарынского каскада ГЭС. Премьер-министр Кыргызстана Жанторо Сатыбалдиев назвал их «крупнейшими инвестиционными проектами в истории страны».

«Россия и Кыргызстан - стратегические партнеры, и сегодняшние документы это подтверждают», - сказал А.Атамбаев на совместной пресс-конференции. По данным кыргызской стороны, товарооборот двух стран за первое полугодие 2012 года составил $922 млн.

В Душанбе за визитом Путина в Бишкек следили внимательно. Переговоры о продлении пребывания 201-й российской военной базы в Таджикистане идут уже не первый год. Как сообщил «АП» источник в таджикском МИД, визит Путина в Душанбе ожидается 5 октября – в день рождения президента Таджикистана Эмомали Рахмона, и к этому времени документ по базе может быть согласован.

Министр иностранных дел Таджикистана Хамрохон Зарифи, отвечая на вопрос журналистов на прошлой неделе, отметил, что Душанбе «рассчитывает на справедливые условия», в том числе в вопросах трудовой миграции и поставок горюче-смазочных материалов.

По данным Агентства по статистике при президенте РТ, товарооборот Таджикистана с Россией в первом полугодии текущего года составил около $470 млн.

Фото: пресс-служба президента Кыргызстана

Читайте также: Рахмон и Путин обсудят вопросы трудовых мигрантов
""",
gold=dict(
header_date="21/09/2012 10:47", date="2012-09-21", date_partial=None, date_source="byline",
date_note="timestamp under the title; 'Вчера' = 20 September 2012",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="President of Russia",
      forms_in_text=["Путин", "Владимир Путин", "Путина"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="President of Kyrgyzstan",
      forms_in_text=["Алмазбек Атамбаев", "А.Атамбаев"]),
 dict(name_ru_nominative="Жанторо Сатыбалдиев", name_in_text="Жанторо Сатыбалдиев", role="Prime Minister of Kyrgyzstan",
      forms_in_text=["Жанторо Сатыбалдиев"]),
 dict(name_ru_nominative="Эмомали Рахмон", name_in_text="Эмомали Рахмона", role="President of Tajikistan",
      forms_in_text=["Эмомали Рахмона", "Рахмон"]),
 dict(name_ru_nominative="Хамрохон Зарифи", name_in_text="Хамрохон Зарифи", role="Minister of Foreign Affairs of Tajikistan",
      forms_in_text=["Хамрохон Зарифи"]),
],
other_names=["Азамат Рахимов"],
figures=[
 dict(metric="debt_writeoff_usd", value=489e6, period=None, kind="actual",
      quote="Москва списывает Бишкеку долг в размере $489 млн", note="distractor: debt write-off"),
 dict(metric="kg_debt_to_ru_repayment_usd", value=300e6, period=None, kind="target",
      quote="Еще $300 млн, по словам кыргызской стороны, будут погашены в течение десяти лет", note="distractor: remaining debt to be repaid over ten years"),
 dict(metric="trade_turnover", value=922e6, period="2012-H1", kind="actual",
      quote="товарооборот двух стран за первое полугодие 2012 года составил $922 млн", period_text="за первое полугодие 2012 года"),
 dict(metric="tj_ru_trade_turnover_usd", value=470e6, period="2012-H1", kind="actual", qualifier="about",
      quote="товарооборот Таджикистана с Россией в первом полугодии текущего года составил около $470 млн",
      period_text="в первом полугодии текущего года", note="distractor: Tajikistan–Russia; year from the article date"),
],
events=[
 dict(date="2012-09-20", what="Putin's visit to Bishkek and talks with Atambayev", type="visit", status="past", bilateral=True,
      quote="Вчера в Бишкеке президент России Владимир Путин и президент Кыргызстана Алмазбек Атамбаев по итогам переговоров"),
 dict(date="2012-09-20", what="Agreement on the united Russian military base in Kyrgyzstan (in force from 2017 for 15 years)", type="agreement", status="past", bilateral=True,
      quote="подписали соглашение о статусе и условиях пребывания объединенной российской военной базы на территории республики"),
 dict(date="2012-09-20", what="Intergovernmental agreement on settlement of Kyrgyzstan's debt ($489m written off)", type="agreement", status="past", bilateral=True,
      quote="было подписано межправительственное соглашение об урегулировании задолженности Кыргызстана перед Россией"),
 dict(date="2012-09-20", what="Agreements on Kambarata HPP-1 and the Upper Naryn cascade", type="agreement", status="past", bilateral=True,
      quote="Стороны также подписали соглашения о строительстве и эксплуатации Камбаратинской ГЭС-1 и Верхне-Нарынского каскада ГЭС"),
 dict(date="2017", what="Base agreement enters into force", type="other", status="planned", bilateral=True,
      quote="Документ вступит в силу в 2017 году и будет действовать 15 лет"),
 dict(date="2012-10-05", what="Expected Putin visit to Dushanbe (Russia–Tajikistan, 201st base)", type="visit", status="planned", bilateral=False,
      quote="визит Путина в Душанбе ожидается 5 октября", date_note="year from the article date"),
 dict(date=None, what="Zarifi's remarks to journalists on the base talks", type="other", status="past", bilateral=False,
      quote="отвечая на вопрос журналистов на прошлой неделе", date_note="'на прошлой неделе': week of 10–16 Sept 2012, no day"),
],
)))

# ---------------------------------------------------------------- 05 Tengrinews EN 2013
A.append(dict(
file="05_tengrinews_en_2013_minsk_eurasian_council.txt",
source="http://en.tengrinews.kz/politics_sub/Nazarbayev-proposes-Turkey-join-Customs-Union-23411/",
header={},
lang="en",
text="""Nazarbayev proposes Turkey join Customs Union

24 October 2013 | 18:27

By Aliya Baimukhanova

Kazakhstan President Nursultan Nazarbayev has suggested that Turkey could join the Customs Union of Russia, Belarus and Kazakhstan, Tengrinews.kz reports citing Akorda press service.

Nazarbayev made the proposal today at a meeting of the Supreme Eurasian Economic Council in Minsk, which was also attended by Russia's President Vladimir Putin and Belarus' President Alexander Lukashenko. "Turkish President Abdullah Gul once asked me to take Turkey into the Customs Union. I think we could consider it," Nazarbayev said.

The leaders of the three countries also discussed the roadmap for Kyrgyzstan's accession to the Customs Union. Kyrgyzstan's President Almazbek Atambayev and Armenia's President Serzh Sargsyan took part in the meeting in the expanded format. Atambayev told the meeting that Bishkek expected "financial and technical assistance" to adapt its economy, and that the roadmap should be finalized "in the coming months".

On the sidelines of the council, Vladimir Putin held a separate meeting with Almazbek Atambayev. According to the Kremlin, the two presidents discussed the establishment of a Russian-Kyrgyz development fund and the work on the Kambarata-1 hydropower project. Kyrgyzstan's Vice Prime Minister Joomart Otorbaev said earlier this month that the fund could have an authorized capital of $1 billion.

Russia is Kyrgyzstan's main trading partner. Trade between the two countries reached about $2 billion in 2012, according to Kyrgyz statistics.

Kazakhstan's trade with Russia amounted to $16.2 billion in January-August 2013, up 5.3 percent from the same period last year, according to the Customs Control Committee. Mutual trade within the Customs Union reached $68.6 billion in 2012.

The CIS heads of state will meet in Minsk tomorrow.

Photo courtesy of akorda.kz

Related: Kyrgyzstan's Customs Union roadmap to be approved by year end
""",
gold=dict(
header_date="24 October 2013 | 18:27", date="2013-10-24", date_partial=None, date_source="byline",
date_note="date line under the title; 'today' = 24 Oct, 'tomorrow' = 25 Oct 2013",
people=[
 dict(name_ru_nominative="Нурсултан Назарбаев", name_in_text="Nazarbayev", role="President of Kazakhstan",
      forms_in_text=["Nazarbayev", "Nursultan Nazarbayev"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="President of Russia",
      forms_in_text=["Vladimir Putin"]),
 dict(name_ru_nominative="Александр Лукашенко", name_in_text="Alexander Lukashenko", role="President of Belarus",
      forms_in_text=["Alexander Lukashenko"]),
 dict(name_ru_nominative="Абдулла Гюль", name_in_text="Abdullah Gul", role="President of Turkey",
      forms_in_text=["Abdullah Gul"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="President of Kyrgyzstan",
      forms_in_text=["Almazbek Atambayev", "Atambayev"]),
 dict(name_ru_nominative="Серж Саргсян", name_in_text="Serzh Sargsyan", role="President of Armenia",
      forms_in_text=["Serzh Sargsyan"]),
 dict(name_ru_nominative="Джоомарт Оторбаев", name_in_text="Joomart Otorbaev", role="Vice Prime Minister of Kyrgyzstan",
      forms_in_text=["Joomart Otorbaev"]),
],
other_names=["Aliya Baimukhanova"],
figures=[
 dict(metric="kg_ru_development_fund_capital_usd", value=1e9, period=None, kind="target",
      quote="the fund could have an authorized capital of $1 billion", note="distractor: fund capital, not turnover"),
 dict(metric="trade_turnover", value=2e9, period="2012", kind="actual", qualifier="about",
      quote="Trade between the two countries reached about $2 billion in 2012", period_text="in 2012"),
 dict(metric="kz_ru_trade_turnover_usd", value=16.2e9, period="2013-8M", kind="actual",
      quote="Kazakhstan's trade with Russia amounted to $16.2 billion in January-August 2013", period_text="in January-August 2013",
      note="distractor: Kazakhstan–Russia"),
 dict(metric="kz_ru_trade_turnover_growth_pct", value=5.3, period="2013-8M", kind="actual",
      quote="up 5.3 percent from the same period last year", note="distractor"),
 dict(metric="cu_mutual_trade_usd", value=68.6e9, period="2012", kind="actual",
      quote="Mutual trade within the Customs Union reached $68.6 billion in 2012", note="distractor: Customs Union total"),
],
events=[
 dict(date="2013-10-24", what="Supreme Eurasian Economic Council meeting in Minsk", type="meeting", status="past", bilateral=False,
      quote="at a meeting of the Supreme Eurasian Economic Council in Minsk"),
 dict(date="2013-10-24", what="Discussion of the roadmap for Kyrgyzstan's accession to the Customs Union (multilateral)", type="other", status="past", bilateral=False,
      quote="The leaders of the three countries also discussed the roadmap for Kyrgyzstan's accession to the Customs Union"),
 dict(date="2013-10-24", what="Putin–Atambayev meeting on the sidelines (development fund, Kambarata-1)", type="meeting", status="past", bilateral=True,
      quote="On the sidelines of the council, Vladimir Putin held a separate meeting with Almazbek Atambayev"),
 dict(date="2013-10", what="Otorbaev's statement on the development fund's capital", type="other", status="past", bilateral=True,
      quote="Joomart Otorbaev said earlier this month that the fund could have an authorized capital of $1 billion",
      date_note="'earlier this month': October 2013, day not stated"),
 dict(date="2013-10-25", what="CIS heads of state meeting in Minsk", type="meeting", status="planned", bilateral=False,
      quote="The CIS heads of state will meet in Minsk tomorrow"),
],
)))
