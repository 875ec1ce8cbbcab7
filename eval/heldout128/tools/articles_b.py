# Article texts, part B (08-14).
B = {}

B["08_tazabek_ru_2017_jeenbekov_medvedev.txt"] = ("source: http://www.tazabek.kg/news:1391205\ndate: 2017-04-14", """Тазабек — Премьер-министр С.Жээнбеков и Председатель Правительства РФ Д.Медведев обсудили товарооборот и поставки ГСМ

14/04/17 10:12, Бишкек – Тазабек

Премьер-министр Сооронбай Жээнбеков вчера, 13 апреля, в ходе рабочего визита в Москву провел переговоры с Председателем Правительства Российской Федерации Дмитрием Медведевым, сообщили Тазабеку в пресс-службе правительства КР.

По словам С.Жээнбекова, в 2016 году товарооборот Кыргызстана с Россией составил 1 млрд 497 млн долларов, снизившись на 5,3% по сравнению с 2015 годом. При этом экспорт кыргызских товаров в Россию вырос на 14,6% и достиг 161,1 млн долларов.

«Первые месяцы этого года показывают восстановление: за январь–февраль товарооборот увеличился на 19 процентов», — отметил премьер-министр.

Д.Медведев, в свою очередь, заявил, что доля России во внешнеторговом обороте Кыргызстана составляет около 26%, а Кыргызстан после вступления в ЕАЭС получил доступ к рынку с населением более 180 млн человек.

Стороны обсудили исполнение Соглашения о сотрудничестве в сфере поставок нефтепродуктов, индикативный баланс на 2017 год, а также работу Российско-Кыргызского фонда развития.

Премьер-министр предложил поручить сопредседателям межправительственной комиссии подготовить «дорожную карту» по развитию промышленной кооперации и рассмотреть ее на очередном заседании МПК, которое планируется провести во втором полугодии в Бишкеке.

Справочно: по данным Нацстаткома, общий внешнеторговый оборот Кыргызстана в 2016 году составил 5,6 млрд долларов, в том числе с Китаем — 1,5 млрд долларов, с Казахстаном — 0,8 млрд долларов.

""")

B["09_govru_ru_2019_chuichenko_igc.txt"] = ("source: http://government.ru/news/35914/\ndate: 2019-02-26", """Константин Чуйченко провёл 21-е заседание Межправительственной Российско-Киргизской комиссии

26 февраля 2019

Заседание Межправительственной Российско-Киргизской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству состоялось в Бишкеке.

Также состоялись встречи Заместителя Председателя Правительства России – Руководителя Аппарата Правительства Константина Чуйченко с Президентом Киргизии Сооронбаем Жээнбековым и Премьер-министром Мухаммедкалыем Абылгазиевым.

Из стенограммы выступления Константина Чуйченко:

К.Чуйченко: Уважаемые коллеги! Рассматриваю наше сегодняшнее заседание как важный этап подготовки к государственному визиту Президента России Владимира Владимировича Путина в Киргизскую Республику, который состоится 28 марта.

В 2018 году объём взаимной торговли вырос на 6% и составил 1,9 млрд долларов. Это хороший результат, но мы способны на большее. Предлагаю поставить задачу выйти на 2,5 млрд долларов уже в ближайшие годы.

Продолжает работу Российско-Киргизский фонд развития: с момента его создания одобрено более 1600 проектов на сумму свыше 400 млн долларов. Реализуется программа содействия развитию ирригации, на которую Россия выделила 30 млн долларов в виде гранта.

Предлагаю, чтобы наши подкомиссии и рабочие группы – по энергетике, транспорту, промышленности, сельскому хозяйству, миграции и образованию – к следующему заседанию доложили о конкретных результатах.

По итогам заседания сопредседатели подписали Протокол 21-го заседания комиссии. Следующее заседание решено провести в 2020 году.

Для справки: общий объём торговли России со странами ЕАЭС в 2018 году составил около 60 млрд долларов.
""")

B["10_kabar_en_2020_igc_22_ala_archa.txt"] = ("source: http://en.kabar.kg/news/kyrgyz-russian-intergovernmental-commission-meets-in-ala-archa/\ndate: 2020-09-22", """Kyrgyz-Russian intergovernmental commission meets in Ala-Archa

22 September 2020, 17:05

Bishkek, Sept. 22 /Kabar/. The 22nd meeting of the Kyrgyz-Russian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Humanitarian Cooperation was held at the Ala-Archa state residence on Tuesday.

The meeting was co-chaired by Vice Prime Minister of Kyrgyzstan Erkin Asrandiev and Deputy Prime Minister of Russia Alexey Overchuk.

Prior to the meeting, Alexey Overchuk was received by President Sooronbai Jeenbekov and Prime Minister Kubatbek Boronov. Jeenbekov thanked Russia for humanitarian aid and for the $100 million concessional loan from the Eurasian Fund for Stabilization and Development to support small and medium-sized businesses.

Asrandiev said that the coronavirus pandemic had affected trade. According to him, Kyrgyz-Russian trade turnover in January-July 2020 amounted to $867 million, down 21% from the same period of last year. In 2019, the turnover exceeded $1.8 billion.

"Our task is not only to return to the pre-crisis level, but to exceed it," Overchuk said. He noted that Russia would consider supplies of the Russian coronavirus vaccine to Kyrgyzstan as a priority.

The parties discussed cooperation in energy, railway transport, agriculture, migration and education, as well as the work of the Russian-Kyrgyz Development Fund.

Following the meeting, the co-chairs signed the protocol of the 22nd session.

The meeting took place less than two weeks before the parliamentary elections in Kyrgyzstan scheduled for October 4.

Photo: Kabar / Nurlan Aliev
""")

B["11_tass_ru_2023_sochi_mishustin_japarov.txt"] = ("source: https://tass.ru/ekonomika/17957231", """8 ИЮН, 16:40

Мишустин и Жапаров обсудили в Сочи промышленную кооперацию

Главы правительств России и Киргизии встретились на полях Евразийского межправительственного совета

СОЧИ, 8 июня. /ТАСС/. Председатель правительства РФ Михаил Мишустин провел в Сочи встречу с председателем кабинета министров Киргизии Акылбеком Жапаровым. Встреча прошла на полях заседания Евразийского межправительственного совета.

"Торговля между нашими странами растет хорошими темпами: за январь - апрель взаимный товарооборот увеличился почти на 30%", - сказал Мишустин, открывая встречу.

Он отметил, что правительства двух стран работают над выполнением договоренностей, достигнутых в ходе официального визита президента Киргизии Садыра Жапарова в Россию в мае.

Жапаров, в свою очередь, поблагодарил российскую сторону за поддержку в реализации проектов в области промышленной кооперации и предложил провести в Кыргызстане мероприятия межрегионального сотрудничества.

"Россия является нашим стратегическим партнером, на нее приходится больше четверти внешней торговли Кыргызстана", - сказал глава киргизского кабмина.

По данным Нацстаткома Киргизии, внешнеторговый оборот республики с Китаем за четыре месяца составил более 1,9 млрд долларов, превысив оборот с Россией.

На заседании Евразийского межправительственного совета главы правительств стран ЕАЭС обсудили вопросы формирования общего рынка газа и развития цифровой повестки.
""")

B["12_24kg_en_2024_japarov_visit_preview.txt"] = ("source: https://24.kg/english/309876_Akylbek_Japarov_to_pay_official_visit_to_Russia/", """Akylbek Japarov to pay official visit to Russia

BISHKEK. October 17 (24.kg) - Chairman of the Cabinet of Ministers, Head of the Presidential Administration of Kyrgyzstan Akylbek Japarov will pay an official visit to the Russian Federation on October 19-21, 2024. The press service of the Cabinet reported.

During the visit, Akylbek Japarov and the Chairman of the Government of the Russian Federation Mikhail Mishustin will hold the first-ever joint meeting of the Cabinet of Ministers of the Kyrgyz Republic and the Government of the Russian Federation.

The head of the Cabinet will also take part in the events dedicated to the 100th anniversary of the formation of the Kara-Kyrgyz Autonomous Region and in the Days of Culture of Kyrgyzstan in Russia.

Bilateral meetings and a business forum are also planned.

Akylbek Japarov and Mikhail Mishustin last met on October 1 in Yerevan on the sidelines of the meeting of the Eurasian Intergovernmental Council.

According to the National Statistical Committee, trade between Kyrgyzstan and Russia in January-August 2024 amounted to $2.46 billion, up 6.1 percent year-on-year. Russia accounts for about 23 percent of Kyrgyzstan's foreign trade.

Earlier, the Russian side expressed hope that bilateral trade would reach $5 billion in the coming years.

For comparison, Kyrgyzstan's trade with the EAEU countries as a whole amounted to $3.4 billion over the same period.

Author: Elena Vorobyova
""")

B["13_kabar_ru_2025_mishustin_cholponata.txt"] = ("source: https://kabar.kg/news/adylbek-kasymaliev-i-mikhail-mishustin-proveli-peregovory-v-cholpon-ate/\ndate: 2025-08-14", """Адылбек Касымалиев и Михаил Мишустин провели переговоры в Чолпон-Ате

14.08.2025 13:05

Чолпон-Ата, 14 авг. /Кабар/. Председатель кабинета министров — руководитель администрации президента Адылбек Касымалиев провел переговоры с председателем правительства Российской Федерации Михаилом Мишустиным, прибывшим на Иссык-Куль. Переговорам предшествовала церемония официальной встречи российской делегации.

Глава кабмина напомнил, что в Кыргызстане ждут приезда президента России Владимира Путина в ноябре, когда Бишкек примет саммит ОДКБ.

По словам Касымалиева, по итогам 2024 года товарооборот между странами составил 3,6 млрд долларов, а за первое полугодие 2025 года вырос на 12 процентов.

«Мы поставили перед собой задачу в ближайшие годы выйти на товарооборот в 5 млрд долларов. Для этого нужно наращивать промышленную кооперацию и экспорт кыргызской сельхозпродукции», — сказал глава кабмина.

Михаил Мишустин подчеркнул, что Россия остается основным торговым партнером и инвестором Кыргызстана, а объем накопленных российских инвестиций превышает 1,5 млрд долларов.

По итогам переговоров в присутствии глав правительств подписан пакет документов, в том числе план мероприятий по развитию промышленной кооперации и меморандум о сотрудничестве в сфере цифровой трансформации.

Председатель правительства РФ также примет участие в заседании Евразийского межправительственного совета, который проходит в Чолпон-Ате.

Фото: Кабар / Азамат Иманалиев
""")

B["14_akipress_en_2025_igc_26.txt"] = ("source: https://akipress.com/news:812447:Kyrgyz-Russian_intergovernmental_commission_holds_26th_meeting/\ndate: 2025-11-11", """AKIpress news agency

Kyrgyz-Russian intergovernmental commission holds 26th meeting

Posted : 11 Nov 2025, 16:20

BISHKEK (AKIpress) - The 26th meeting of the Kyrgyz-Russian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Humanitarian Cooperation was held in a restricted format at the Ala-Archa state residence on Tuesday.

Before the session, Chairman of the Cabinet of Ministers Adylbek Kasymaliev met the Russian delegation led by Deputy Prime Minister Alexei Overchuk. He recalled that this year the two countries mark the 25th anniversary of the Declaration of Eternal Friendship, Alliance and Partnership, signed in 2000.

"Our relations are growing stronger step by step, and the commission's decisions must be implemented on time," Kasymaliev said.

According to Overchuk, bilateral trade in January-September 2025 grew by 9% to $2.9 billion. The share of national currencies in mutual settlements exceeded 90%, he said.

The parties reviewed the implementation of the decisions of the 25th meeting and the roadmap for industrial cooperation, and discussed projects in energy, transport, agriculture and education.

The same day, President Sadyr Japarov received Alexei Overchuk and congratulated him on the successful meeting of the commission.

The protocol of the 26th meeting was signed following the talks. The next meeting is planned to be held in Russia in 2026.

Separately, Kyrgyzstan's total foreign trade in January-September reached $11.8 billion, with China remaining the largest trading partner.
""")
