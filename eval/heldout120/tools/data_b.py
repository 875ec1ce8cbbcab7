# Articles 06-10 of heldout120: text and hand annotation.
A = []

# ---------------------------------------------------------------- 06 BelTA 2014
A.append(dict(
file="06_belta_ru_2014_eaeu_accession.txt",
source="http://www.belta.by/ru/all_news/president/Lukashenko-prinjal-uchastie-v-zasedanii-VEES-v-Moskve_i_689340.html",
header={},
lang="ru",
text="""Лукашенко принял участие в заседании Высшего Евразийского экономического совета в Москве

23 декабря 2014, 17:12

МОСКВА, 23 декабря (БЕЛТА) – Президент Беларуси Александр Лукашенко принял участие в заседании Высшего Евразийского экономического совета, которое состоялось сегодня в Москве.

Главным итогом встречи стало подписание договора о присоединении Кыргызстана к Договору о Евразийском экономическом союзе. Документ подписали президенты Беларуси, Казахстана, России, Армении и Кыргызстана. Ранее, 10 октября в Минске, был подписан аналогичный договор о присоединении Армении, который вступит в силу 2 января 2015 года, одновременно с запуском ЕАЭС.

«Мы не должны начинать работу союза с изъятий и ограничений», – заявил белорусский лидер, напомнив о ситуации с поставками белорусской продукции на российский рынок. По данным Белстата, товарооборот Беларуси и России за январь-октябрь 2014 года составил $31,4 млрд, что на 6,8% меньше, чем годом ранее.

Президент России Владимир Путин, председательствовавший на заседании, приветствовал решение Бишкека. Накануне, 22 декабря, он провел в Кремле встречу с Президентом Кыргызстана Алмазбеком Атамбаевым. Как сообщила пресс-служба Кремля, стороны обсудили выполнение «дорожной карты» по вступлению республики в Таможенный союз и работу Российско-Кыргызского фонда развития. Россия выделит Кыргызстану безвозмездную помощь в размере $200 млн на адаптацию экономики к условиям ЕАЭС.

По словам Алмазбека Атамбаева, за девять месяцев 2014 года товарооборот Кыргызстана и России составил около $1,6 млрд. «Мы рассчитываем, что после вступления в союз эта цифра заметно вырастет», – отметил он.

Президент Казахстана Нурсултан Назарбаев сообщил, что в 2015 году председательство в органах ЕАЭС перейдет к Казахстану. В работе совета также принял участие Президент Армении Серж Саргсян. В составе делегации Кыргызстана в Москву прибыл премьер-министр Джоомарт Оторбаев.

Вступление Кыргызстана в ЕАЭС должно быть ратифицировано парламентами всех государств – членов союза.

Фото пресс-службы Президента Республики Беларусь
""",
gold=dict(
header_date="23 декабря 2014, 17:12", date="2014-12-23", date_partial=None, date_source="byline",
date_note="timestamp under the title; dateline '23 декабря' and 'сегодня' agree",
people=[
 dict(name_ru_nominative="Александр Лукашенко", name_in_text="Лукашенко", role="President of Belarus",
      forms_in_text=["Лукашенко", "Александр Лукашенко"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="President of Russia",
      forms_in_text=["Владимир Путин"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбеком Атамбаевым", role="President of Kyrgyzstan",
      forms_in_text=["Алмазбеком Атамбаевым", "Алмазбека Атамбаева"]),
 dict(name_ru_nominative="Нурсултан Назарбаев", name_in_text="Нурсултан Назарбаев", role="President of Kazakhstan",
      forms_in_text=["Нурсултан Назарбаев"]),
 dict(name_ru_nominative="Серж Саргсян", name_in_text="Серж Саргсян", role="President of Armenia",
      forms_in_text=["Серж Саргсян"]),
 dict(name_ru_nominative="Джоомарт Оторбаев", name_in_text="Джоомарт Оторбаев", role="Prime Minister of Kyrgyzstan",
      forms_in_text=["Джоомарт Оторбаев"]),
],
other_names=[],
figures=[
 dict(metric="by_ru_trade_turnover_usd", value=31.4e9, period="2014-10M", kind="actual",
      quote="товарооборот Беларуси и России за январь-октябрь 2014 года составил $31,4 млрд", period_text="за январь-октябрь 2014 года",
      note="distractor: Belarus–Russia"),
 dict(metric="by_ru_trade_turnover_growth_pct", value=-6.8, period="2014-10M", kind="actual",
      quote="что на 6,8% меньше, чем годом ранее", note="distractor"),
 dict(metric="ru_grant_to_kg_eaeu_adaptation_usd", value=200e6, period=None, kind="target",
      quote="Россия выделит Кыргызстану безвозмездную помощь в размере $200 млн на адаптацию экономики к условиям ЕАЭС",
      note="distractor: grant"),
 dict(metric="trade_turnover", value=1.6e9, period="2014-9M", kind="actual", qualifier="about",
      quote="за девять месяцев 2014 года товарооборот Кыргызстана и России составил около $1,6 млрд", period_text="за девять месяцев 2014 года"),
],
events=[
 dict(date="2014-12-23", what="Supreme Eurasian Economic Council meeting in Moscow", type="meeting", status="past", bilateral=False,
      quote="принял участие в заседании Высшего Евразийского экономического совета, которое состоялось сегодня в Москве"),
 dict(date="2014-12-23", what="Treaty on Kyrgyzstan's accession to the EAEU Treaty signed (multilateral)", type="agreement", status="past", bilateral=False,
      quote="подписание договора о присоединении Кыргызстана к Договору о Евразийском экономическом союзе"),
 dict(date="2014-10-10", what="Treaty on Armenia's accession signed in Minsk", type="agreement", status="past", bilateral=False,
      quote="10 октября в Минске, был подписан аналогичный договор о присоединении Армении"),
 dict(date="2015-01-02", what="Armenia's accession treaty in force; launch of the EAEU", type="other", status="planned", bilateral=False,
      quote="который вступит в силу 2 января 2015 года, одновременно с запуском ЕАЭС"),
 dict(date="2014-12-22", what="Putin–Atambayev meeting in the Kremlin (roadmap, Russian-Kyrgyz Development Fund)", type="meeting", status="past", bilateral=True,
      quote="Накануне, 22 декабря, он провел в Кремле встречу с Президентом Кыргызстана Алмазбеком Атамбаевым"),
 dict(date="2015", what="Kazakhstan takes over chairmanship of EAEU bodies", type="other", status="planned", bilateral=False,
      quote="в 2015 году председательство в органах ЕАЭС перейдет к Казахстану"),
 dict(date=None, what="Ratification of Kyrgyzstan's accession by member states' parliaments", type="other", status="planned", bilateral=False,
      quote="Вступление Кыргызстана в ЕАЭС должно быть ратифицировано парламентами всех государств – членов союза"),
],
)))

# ---------------------------------------------------------------- 07 Armenpress 2018
A.append(dict(
file="07_armenpress_ru_2018_sochi_eaeu.txt",
source="https://armenpress.am/rus/news/933412.html",
header={},
lang="ru",
text="""Никол Пашинян и Владимир Путин провели встречу в Сочи

17:40, 14 мая, 2018

ЕРЕВАН, 14 МАЯ, АРМЕНПРЕСС. Премьер-министр Армении Никол Пашинян, находящийся с рабочим визитом в Сочи, провел встречу с президентом России Владимиром Путиным. Как сообщили «Арменпресс» в пресс-службе правительства, это первая встреча Пашиняна с Путиным после избрания премьер-министром 8 мая.

«Армения и Россия - стратегические союзники, и никаких изменений в наших отношениях не будет», - заявил Никол Пашинян. Владимир Путин, в свою очередь, поздравил армянского премьер-министра с избранием и отметил, что товарооборот между двумя странами в прошлом году вырос почти на 30%.

Перед встречей Пашинян принял участие в заседании Высшего Евразийского экономического совета, в котором участвовали также президенты Беларуси, Казахстана и Кыргызстана Александр Лукашенко, Нурсултан Назарбаев и Сооронбай Жээнбеков. Главы государств рассмотрели вопросы формирования общих рынков энергоресурсов и цифровой повестки союза.

На полях заседания состоялась и встреча президента России с президентом Кыргызстана. Как сообщила пресс-служба Кремля, Путин и Жээнбеков обсудили подготовку к предстоящему визиту российского лидера в Кыргызстан и ход реализации совместных проектов. Сооронбай Жээнбеков отметил, что товарооборот между Кыргызстаном и Россией в 2017 году вырос на 21% и достиг $1,75 млрд.

По данным Национальной статистической службы Армении, товарооборот Армении и России в 2017 году составил более $1,7 млрд.

Следующее заседание Высшего Евразийского экономического совета пройдет в декабре в Санкт-Петербурге. Армения будет председательствовать в органах ЕАЭС в 2019 году.

Фото: пресс-служба правительства РА
""",
gold=dict(
header_date="17:40, 14 мая, 2018", date="2018-05-14", date_partial=None, date_source="byline",
date_note="timestamp under the title; dateline 'ЕРЕВАН, 14 МАЯ' agrees",
people=[
 dict(name_ru_nominative="Никол Пашинян", name_in_text="Никол Пашинян", role="Prime Minister of Armenia",
      forms_in_text=["Никол Пашинян", "Пашиняна", "Пашинян"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="President of Russia",
      forms_in_text=["Владимир Путин", "Владимиром Путиным", "Путиным", "Путин"]),
 dict(name_ru_nominative="Александр Лукашенко", name_in_text="Александр Лукашенко", role="President of Belarus",
      forms_in_text=["Александр Лукашенко"]),
 dict(name_ru_nominative="Нурсултан Назарбаев", name_in_text="Нурсултан Назарбаев", role="President of Kazakhstan",
      forms_in_text=["Нурсултан Назарбаев"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбай Жээнбеков", role="President of Kyrgyzstan",
      forms_in_text=["Сооронбай Жээнбеков", "Жээнбеков"]),
],
other_names=[],
figures=[
 dict(metric="am_ru_trade_turnover_growth_pct", value=30, period="2017", kind="actual", qualifier="almost",
      quote="товарооборот между двумя странами в прошлом году вырос почти на 30%", period_text="в прошлом году",
      note="distractor: Armenia–Russia; 'в прошлом году' = 2017"),
 dict(metric="trade_turnover_growth_pct", value=21, period="2017", kind="actual",
      quote="товарооборот между Кыргызстаном и Россией в 2017 году вырос на 21%", period_text="в 2017 году"),
 dict(metric="trade_turnover", value=1.75e9, period="2017", kind="actual",
      quote="достиг $1,75 млрд", period_text="в 2017 году"),
 dict(metric="am_ru_trade_turnover_usd", value=1.7e9, period="2017", kind="actual", qualifier="more than",
      quote="товарооборот Армении и России в 2017 году составил более $1,7 млрд", note="distractor: Armenia–Russia"),
],
events=[
 dict(date="2018-05-14", what="Pashinyan–Putin meeting in Sochi (Armenia–Russia)", type="meeting", status="past", bilateral=False,
      quote="находящийся с рабочим визитом в Сочи, провел встречу с президентом России Владимиром Путиным"),
 dict(date="2018-05-08", what="Pashinyan elected Prime Minister of Armenia", type="other", status="past", bilateral=False,
      quote="после избрания премьер-министром 8 мая", date_note="year from the article date"),
 dict(date="2018-05-14", what="Supreme Eurasian Economic Council meeting in Sochi", type="meeting", status="past", bilateral=False,
      quote="Перед встречей Пашинян принял участие в заседании Высшего Евразийского экономического совета"),
 dict(date="2018-05-14", what="Putin–Jeenbekov meeting on the sidelines", type="meeting", status="past", bilateral=True,
      quote="На полях заседания состоялась и встреча президента России с президентом Кыргызстана"),
 dict(date=None, what="Putin's forthcoming visit to Kyrgyzstan", type="visit", status="planned", bilateral=True,
      quote="подготовку к предстоящему визиту российского лидера в Кыргызстан", date_note="no date given"),
 dict(date="2018-12", what="Next Supreme Eurasian Economic Council meeting in St Petersburg", type="meeting", status="planned", bilateral=False,
      quote="Следующее заседание Высшего Евразийского экономического совета пройдет в декабре в Санкт-Петербурге",
      date_note="'в декабре': December 2018"),
 dict(date="2019", what="Armenia's chairmanship of EAEU bodies", type="other", status="planned", bilateral=False,
      quote="Армения будет председательствовать в органах ЕАЭС в 2019 году"),
],
)))

# ---------------------------------------------------------------- 08 UzDaily EN 2017
A.append(dict(
file="08_uzdaily_en_2017_russia_trade_comparison.txt",
source="https://www.uzdaily.com/en/post/38912",
header={"date": "2017-04-03"},
lang="en",
text="""Uzbekistan looks to expand trade with Russia ahead of President's state visit

Tashkent, Uzbekistan (UzDaily.com) -- President of Uzbekistan Shavkat Mirziyoyev will pay a state visit to the Russian Federation on 4-5 April at the invitation of President Vladimir Putin, the press service of the head of state said.

During the talks in the Kremlin, the sides are expected to discuss trade, investment, energy and labour migration. A package of intergovernmental and commercial agreements worth over US$12 billion is expected to be signed.

According to the State Committee of the Republic of Uzbekistan on Statistics, trade turnover between Uzbekistan and Russia in 2016 amounted to US$4.1 billion. Russia thus remained Uzbekistan's second largest trading partner after China.

Among the Central Asian countries, Kazakhstan remains Russia's largest trading partner with US$16.6 billion in 2016. Kyrgyzstan, a member of the Eurasian Economic Union since August 2015, posted trade with Russia of US$1.38 billion last year, down 9% on 2015, according to the National Statistics Committee of the Kyrgyz Republic. Tajikistan's trade with Russia stood at around US$880 million.

Russian President Vladimir Putin visited Kyrgyzstan on 28 February, where he held talks with President Almazbek Atambayev. The two leaders discussed the activities of the Russian-Kyrgyz Development Fund and cooperation within the EAEU, and signed a joint statement. The day before, Putin visited Kazakhstan and Tajikistan.

Uzbekistan's Foreign Minister Abdulaziz Kamilov said last week that Tashkent was interested in "practical and mutually beneficial" cooperation with all neighbours and Russia.

In March, an Uzbek government delegation led by First Deputy Prime Minister Rustam Azimov held talks in Moscow with Russia's Minister of Economic Development Maxim Oreshkin.
""",
gold=dict(
header_date="2017-04-03", date="2017-04-03", date_partial=None, date_source="header",
date_note="header line only; body has no year for the visit dates",
people=[
 dict(name_ru_nominative="Шавкат Мирзиёев", name_in_text="Shavkat Mirziyoyev", role="President of Uzbekistan",
      forms_in_text=["Shavkat Mirziyoyev"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="President of Russia",
      forms_in_text=["Vladimir Putin", "Putin"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="President of Kyrgyzstan",
      forms_in_text=["Almazbek Atambayev"]),
 dict(name_ru_nominative="Абдулазиз Камилов", name_in_text="Abdulaziz Kamilov", role="Minister of Foreign Affairs of Uzbekistan",
      forms_in_text=["Abdulaziz Kamilov"]),
 dict(name_ru_nominative="Рустам Азимов", name_in_text="Rustam Azimov", role="First Deputy Prime Minister of Uzbekistan",
      forms_in_text=["Rustam Azimov"]),
 dict(name_ru_nominative="Максим Орешкин", name_in_text="Maxim Oreshkin", role="Minister of Economic Development of Russia",
      forms_in_text=["Maxim Oreshkin"]),
],
other_names=[],
figures=[
 dict(metric="uz_ru_agreements_value_usd", value=12e9, period=None, kind="target", qualifier="more than",
      quote="A package of intergovernmental and commercial agreements worth over US$12 billion is expected to be signed",
      note="distractor: Uzbekistan–Russia deals"),
 dict(metric="uz_ru_trade_turnover_usd", value=4.1e9, period="2016", kind="actual",
      quote="trade turnover between Uzbekistan and Russia in 2016 amounted to US$4.1 billion", note="distractor: Uzbekistan–Russia"),
 dict(metric="kz_ru_trade_turnover_usd", value=16.6e9, period="2016", kind="actual",
      quote="Kazakhstan remains Russia's largest trading partner with US$16.6 billion in 2016", note="distractor: Kazakhstan–Russia"),
 dict(metric="trade_turnover", value=1.38e9, period="2016", kind="actual",
      quote="posted trade with Russia of US$1.38 billion last year", period_text="last year", note="'last year' = 2016"),
 dict(metric="trade_turnover_growth_pct", value=-9, period="2016", kind="actual",
      quote="down 9% on 2015"),
 dict(metric="tj_ru_trade_turnover_usd", value=880e6, period="2016", kind="actual", qualifier="about",
      quote="Tajikistan's trade with Russia stood at around US$880 million", note="distractor: Tajikistan–Russia; year implied (2016)"),
],
events=[
 dict(date="2017-04-04", what="Mirziyoyev's state visit to Russia (4-5 April)", type="visit", status="planned", bilateral=False,
      quote="will pay a state visit to the Russian Federation on 4-5 April", date_note="4-5 April 2017; Uzbekistan–Russia"),
 dict(date="2015-08", what="Kyrgyzstan becomes an EAEU member (August 2015)", type="other", status="past", bilateral=False,
      quote="a member of the Eurasian Economic Union since August 2015"),
 dict(date="2017-02-28", what="Putin's visit to Kyrgyzstan and talks with Atambayev", type="visit", status="past", bilateral=True,
      quote="Russian President Vladimir Putin visited Kyrgyzstan on 28 February, where he held talks with President Almazbek Atambayev",
      date_note="no year in the sentence; 2017 from the article date"),
 dict(date="2017-02-28", what="Putin and Atambayev sign a joint statement", type="agreement", status="past", bilateral=True,
      quote="and signed a joint statement"),
 dict(date="2017-02-27", what="Putin's visits to Kazakhstan and Tajikistan", type="visit", status="past", bilateral=False,
      quote="The day before, Putin visited Kazakhstan and Tajikistan"),
 dict(date="2017-03", what="Azimov–Oreshkin talks in Moscow (Uzbekistan–Russia)", type="meeting", status="past", bilateral=False,
      quote="an Uzbek government delegation led by First Deputy Prime Minister Rustam Azimov held talks in Moscow"),
 dict(date=None, what="Kamilov's statement on cooperation with neighbours and Russia", type="other", status="past", bilateral=False,
      quote="Abdulaziz Kamilov said last week", date_note="'last week' relative to 3 April 2017; no day"),
],
)))

# ---------------------------------------------------------------- 09 Anadolu EN 2019
A.append(dict(
file="09_anadolu_en_2019_putin_state_visit.txt",
source="https://www.aa.com.tr/en/asia-pacific/russia-kyrgyzstan-sign-deals-during-putin-s-visit/1431187",
header={},
lang="en",
text="""Russia, Kyrgyzstan sign deals during Putin's visit

Russian president says Moscow ready to expand military presence at Kant air base

Alma Tokhtarova   |28.03.2019 - Update : 28.03.2019

BISHKEK

Russian President Vladimir Putin on Thursday arrived in Kyrgyzstan's capital Bishkek on a two-day state visit, the first since Sooronbay Jeenbekov became the country's president in 2017.

Putin and Jeenbekov held talks in the Ala-Archa state residence and signed a joint statement on further strengthening the strategic partnership. According to the Kyrgyz presidency, the sides signed more than 20 intergovernmental agreements and commercial contracts worth a total of $6 billion.

"Russia is Kyrgyzstan's strategic partner and ally. Our trade turnover last year was almost $2 billion," Jeenbekov told a joint press conference.

Putin said Russia was ready to expand its military presence at the Kant air base near Bishkek, which has hosted Russian aircraft since 2003.

Kyrgyz Prime Minister Mukhammedkaly Abylgaziev said on Wednesday that Russia would also allocate an additional $30 million grant to support the Kyrgyz budget.

Putin is expected to return to Bishkek in June for the summit of the Shanghai Cooperation Organization (SCO).

Turkey and Kyrgyzstan have also been developing their ties. In September 2018, President Recep Tayyip Erdogan paid a state visit to Kyrgyzstan and attended the summit of the Cooperation Council of Turkic Speaking States in Cholpon-Ata. Erdogan and Jeenbekov then set a target of raising bilateral trade to $1 billion.

The trade volume between Turkey and Kyrgyzstan stood at $652 million in 2018, according to Turkish Statistical Institute data.

Turkish Foreign Minister Mevlut Cavusoglu is expected to visit Bishkek in April to prepare the meeting of the Turkey-Kyrgyzstan High-Level Strategic Cooperation Council.
""",
gold=dict(
header_date="28.03.2019 - Update : 28.03.2019", date="2019-03-28", date_partial=None, date_source="byline",
date_note="byline 'Alma Tokhtarova |28.03.2019'; 'on Thursday' = 28 March 2019",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Putin", role="President of Russia",
      forms_in_text=["Putin", "Vladimir Putin"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Sooronbay Jeenbekov", role="President of Kyrgyzstan",
      forms_in_text=["Sooronbay Jeenbekov", "Jeenbekov"]),
 dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Mukhammedkaly Abylgaziev", role="Prime Minister of Kyrgyzstan",
      forms_in_text=["Mukhammedkaly Abylgaziev"]),
 dict(name_ru_nominative="Реджеп Тайип Эрдоган", name_in_text="Recep Tayyip Erdogan", role="President of Turkey",
      forms_in_text=["Recep Tayyip Erdogan", "Erdogan"]),
 dict(name_ru_nominative="Мевлют Чавушоглу", name_in_text="Mevlut Cavusoglu", role="Minister of Foreign Affairs of Turkey",
      forms_in_text=["Mevlut Cavusoglu"]),
],
other_names=["Alma Tokhtarova"],
figures=[
 dict(metric="kg_ru_deals_value_usd", value=6e9, period=None, kind="actual",
      quote="intergovernmental agreements and commercial contracts worth a total of $6 billion", note="distractor: value of deals, not turnover"),
 dict(metric="trade_turnover", value=2e9, period="2018", kind="actual", qualifier="almost",
      quote="Our trade turnover last year was almost $2 billion", period_text="last year", note="'last year' = 2018"),
 dict(metric="ru_grant_to_kg_budget_usd", value=30e6, period=None, kind="target",
      quote="Russia would also allocate an additional $30 million grant to support the Kyrgyz budget", note="distractor: grant"),
 dict(metric="tr_kg_trade_target_usd", value=1e9, period=None, kind="target",
      quote="set a target of raising bilateral trade to $1 billion", note="distractor: Turkey–Kyrgyzstan"),
 dict(metric="tr_kg_trade_turnover_usd", value=652e6, period="2018", kind="actual",
      quote="The trade volume between Turkey and Kyrgyzstan stood at $652 million in 2018", note="distractor: Turkey–Kyrgyzstan"),
],
events=[
 dict(date="2019-03-28", what="Putin's two-day state visit to Kyrgyzstan begins", type="visit", status="ongoing", bilateral=True,
      quote="Russian President Vladimir Putin on Thursday arrived in Kyrgyzstan's capital Bishkek on a two-day state visit"),
 dict(date="2017", what="Jeenbekov becomes president", type="other", status="past", bilateral=False,
      quote="the first since Sooronbay Jeenbekov became the country's president in 2017"),
 dict(date="2019-03-28", what="Putin–Jeenbekov talks at Ala-Archa; joint statement signed", type="meeting", status="past", bilateral=True,
      quote="Putin and Jeenbekov held talks in the Ala-Archa state residence and signed a joint statement on further strengthening the strategic partnership"),
 dict(date="2019-03-28", what="More than 20 agreements and contracts signed", type="agreement", status="past", bilateral=True,
      quote="the sides signed more than 20 intergovernmental agreements and commercial contracts"),
 dict(date="2003", what="Kant air base opened to Russian aircraft (2003)", type="other", status="past", bilateral=True,
      quote="which has hosted Russian aircraft since 2003", date_note="background: Kant base in use since 2003"),
 dict(date="2019-03-27", what="Abylgaziev's statement on the $30m grant", type="other", status="past", bilateral=True,
      quote="Kyrgyz Prime Minister Mukhammedkaly Abylgaziev said on Wednesday"),
 dict(date="2019-06", what="SCO summit in Bishkek", type="meeting", status="planned", bilateral=False,
      quote="Putin is expected to return to Bishkek in June for the summit of the Shanghai Cooperation Organization (SCO)"),
 dict(date="2018-09", what="Erdogan's state visit to Kyrgyzstan and Turkic Council summit in Cholpon-Ata", type="visit", status="past", bilateral=False,
      quote="In September 2018, President Recep Tayyip Erdogan paid a state visit to Kyrgyzstan"),
 dict(date="2019-04", what="Cavusoglu's expected visit to Bishkek", type="visit", status="planned", bilateral=False,
      quote="Turkish Foreign Minister Mevlut Cavusoglu is expected to visit Bishkek in April"),
],
)))

# ---------------------------------------------------------------- 10 CGTN RU 2021 (no year)
A.append(dict(
file="10_cgtn_ru_2021_japarov_moscow.txt",
source="https://russian.cgtn.com/n/BfJAA-CAA-HAA/FcEbIA/index.html",
header={},
lang="ru",
text="""Садыр Жапаров совершил первый зарубежный визит – в Москву

CGTN на русском

В среду, 24 февраля, президент Кыргызстана Садыр Жапаров провел в Кремле переговоры с президентом России Владимиром Путиным. Москва стала первой зарубежной столицей, которую посетил киргизский лидер после вступления в должность 28 января.

Как сообщает пресс-служба Кремля, стороны обсудили торгово-экономическое сотрудничество, положение трудовых мигрантов из Кыргызстана в России, поставки российской вакцины от COVID-19 и взаимодействие в рамках Евразийского экономического союза. По итогам переговоров президенты подписали совместное заявление о дальнейшем углублении союзнического взаимодействия.

Владимир Путин отметил, что из-за пандемии товарооборот двух стран по итогам прошлого года сократился на 18% и составил около 1,7 млрд долларов. «Уверен, что мы сможем быстро восстановить прежние объемы», – сказал российский президент. Садыр Жапаров пригласил Путина посетить Кыргызстан с визитом, приглашение было принято.

Кыргызстан также активно развивает сотрудничество с Китаем. Официальный представитель МИД КНР Ван Вэньбинь ранее заявил, что Китай готов передать Кыргызстану партию вакцины против коронавируса в качестве безвозмездной помощи. Задолженность Кыргызстана перед Экспортно-импортным банком Китая составляет около 1,8 млрд долларов.

По данным Главного таможенного управления КНР, в январе товарооборот между Китаем и Кыргызстаном сократился на 30%.

Фото: VCG
""",
gold=dict(
header_date="unknown", date=None, date_partial="????-02-24", date_source="body",
date_note="'В среду, 24 февраля' with no year anywhere in the page or the URL; 24 Feb fell on a Wednesday in 2021 (Japarov's first foreign visit), but the year must not be invented from the text",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="President of Kyrgyzstan",
      forms_in_text=["Садыр Жапаров"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="President of Russia",
      forms_in_text=["Владимиром Путиным", "Владимир Путин", "Путина"]),
 dict(name_ru_nominative="Ван Вэньбинь", name_in_text="Ван Вэньбинь", role="Spokesperson of the Ministry of Foreign Affairs of China",
      forms_in_text=["Ван Вэньбинь"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=1.7e9, period=None, kind="actual", qualifier="about",
      quote="товарооборот двух стран по итогам прошлого года сократился на 18% и составил около 1,7 млрд долларов",
      period_text="по итогам прошлого года", note="'прошлого года' cannot be resolved: the article has no year (2020 if dated 2021)"),
 dict(metric="trade_turnover_growth_pct", value=-18, period=None, kind="actual",
      quote="сократился на 18%", period_text="по итогам прошлого года"),
 dict(metric="kg_debt_to_china_exim_usd", value=1.8e9, period=None, kind="actual", qualifier="about",
      quote="Задолженность Кыргызстана перед Экспортно-импортным банком Китая составляет около 1,8 млрд долларов", note="distractor: debt to China"),
 dict(metric="cn_kg_trade_turnover_growth_pct", value=-30, period=None, kind="actual",
      quote="в январе товарооборот между Китаем и Кыргызстаном сократился на 30%", period_text="в январе",
      note="distractor: China–Kyrgyzstan; January of an unstated year"),
],
events=[
 dict(date=None, date_partial="????-02-24", what="Japarov–Putin talks in the Kremlin (Japarov's first foreign visit)", type="visit", status="past", bilateral=True,
      quote="В среду, 24 февраля, президент Кыргызстана Садыр Жапаров провел в Кремле переговоры с президентом России Владимиром Путиным",
      date_note="no year in the article"),
 dict(date=None, date_partial="????-01-28", what="Japarov takes office", type="other", status="past", bilateral=False,
      quote="после вступления в должность 28 января", date_note="no year in the article"),
 dict(date=None, date_partial="????-02-24", what="Joint statement on deepening allied cooperation signed", type="agreement", status="past", bilateral=True,
      quote="президенты подписали совместное заявление о дальнейшем углублении союзнического взаимодействия"),
 dict(date=None, what="Japarov invites Putin to visit Kyrgyzstan; invitation accepted", type="visit", status="planned", bilateral=True,
      quote="Садыр Жапаров пригласил Путина посетить Кыргызстан с визитом", date_note="no date"),
],
)))
