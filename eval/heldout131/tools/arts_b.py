# Articles 06-10
B = []

B.append(dict(
file="06_reuters_en_2013_manas_closure_debt.txt",
source="https://www.reuters.com/article/us-kyrgyzstan-usa-base-idUSBRE95J0H620130620",
lang="en", header=None,
body="""Kyrgyz parliament votes to close U.S. base, pivoting toward Moscow

By Aibek Sadyrov

BISHKEK | Thu Jun 20, 2013 11:07am EDT

(Reuters) - Kyrgyzstan's parliament voted on Thursday to shut the U.S. military transit center at Manas airport when its lease expires next year, deepening the Central Asian state's military and economic reliance on Russia.

Ninety-one deputies voted in favor of the bill, and five voted against. It must now be signed by President Almazbek Atambayev, who has said repeatedly that the center, a hub for troops and cargo moving in and out of Afghanistan, should become a civilian airport.

"The decision has been taken. The lease will end in July 2014," Speaker Asylbek Jeenbekov told reporters after the vote.

Washington pays $60 million a year in rent for Manas. Atambayev has moved closer to Moscow since his election in 2011. Last September Russian President Vladimir Putin and Atambayev signed deals extending Russia's military presence at the Kant air base and other facilities for 15 years from 2017 and writing off $489 million of Kyrgyz debt.

Kyrgyz lawmakers ratified the debt deal in November, and Moscow wrote off the first $189 million in May. The rest is to be forgiven over ten years.

Prime Minister Zhantoro Satybaldiyev has said he hopes Russian state companies will also invest in hydropower projects on the Naryn river agreed during Putin's visit.

Trade between Russia and Kyrgyzstan totaled about $2 billion in 2012, according to Russian figures. Remittances from hundreds of thousands of Kyrgyz migrants working in Russia were worth roughly the same amount last year, around a third of the country's economic output.

A U.S. embassy spokesman in Bishkek said Washington respected Kyrgyzstan's sovereign decision.

(Editing by Alissa Wenger)
"""))

B.append(dict(
file="07_ria_ru_2015_eaeu_ratification_kenesh.txt",
source="https://ria.ru/20150520/1065631829.html",
lang="ru", header=None,
body="""Парламент Киргизии ратифицировал договор о вступлении в ЕАЭС

БИШКЕК, 20 мая – РИА Новости, Айгуль Маматова. Жогорку Кенеш (парламент) Киргизии в среду ратифицировал договор о присоединении республики к Евразийскому экономическому союзу (ЕАЭС), передает корреспондент агентства.

Документ был принят сразу в трех чтениях. За ратификацию проголосовали 100 депутатов, против – трое.

Договор о присоединении Киргизии к договору о ЕАЭС был подписан 23 декабря 2014 года в Москве на заседании Высшего евразийского экономического совета. Закон о ратификации направлен на подпись президенту Алмазбеку Атамбаеву.

"Мы сделали исторический выбор. Теперь слово за нашими партнерами", – заявил торага (спикер) Жогорку Кенеша Асылбек Жээнбеков после голосования.

Чтобы договор вступил в силу, его должны ратифицировать все государства – члены союза. В России законопроект о ратификации уже внесен в Госдуму, депутаты, как ожидается, рассмотрят его в июне, после чего документ поступит в Совет Федерации.

Премьер-министр Киргизии Темир Сариев заявил в кулуарах парламента, что Российско-Киргизский фонд развития с уставным капиталом 500 миллионов долларов уже начал выдавать первые кредиты предпринимателям. Кроме того, Россия выделила 200 миллионов долларов безвозмездной помощи на модернизацию таможенной инфраструктуры на границе с Казахстаном.

По данным Нацстаткома республики, товарооборот Киргизии и России в 2014 году составил 2,1 миллиарда долларов, а в первом квартале 2015 года снизился на 25,6%. В правительстве объясняют падение девальвацией рубля и сокращением реэкспорта.

Вступление в ЕАЭС, по оценкам министерства экономики, позволит республике снизить стоимость перевозок и упростит положение трудовых мигрантов в России, которых насчитывается более 500 тысяч.

Армения стала полноправным членом союза 2 января этого года.

Ключевые слова: Киргизия, ЕАЭС, Жогорку Кенеш
"""))

B.append(dict(
file="08_vestikg_ru_2017_mpk_yaroslavl.txt",
source="http://vesti.kg/politika/item/47312-parlamentarii-kyrgyzstana-i-rossii-vstretyatsya-v-yaroslavle.html",
lang="ru", header=None,
body="""Политика | 22.06.2017 10:14

Парламентарии Кыргызстана и России встретятся в Ярославле

Пятое заседание Межпарламентской комиссии по сотрудничеству между Федеральным Собранием Российской Федерации и Жогорку Кенешем Кыргызской Республики пройдет в Ярославле. Делегация кыргызских депутатов прибывает в Москву сегодня, сообщили в посольстве КР в РФ.

Само заседание МПК запланировано на завтра, 23 июня. В повестке - законодательное обеспечение совместных проектов в энергетике и военно-техническом сотрудничестве, а также участие Кыргызстана в евразийской интеграции. Делегации возглавляют председатель комитета Жогорку Кенеша по международным делам Каныбек Иманалиев и первый заместитель председателя Комитета Государственной Думы по обороне Виктор Заварзин.

Запланированы встречи с губернатором Ярославской области Дмитрием Мироновым и руководством Переславля-Залесского. Предыдущее, четвертое заседание комиссии прошло в прошлом году в Чолпон-Ате.

Визит депутатов проходит вслед за государственным визитом президента Алмазбека Атамбаева в Москву. Во вторник он провел переговоры с Владимиром Путиным, по итогам которых министры финансов обменялись протоколом о списании оставшихся 240 млн долларов долга Кыргызстана перед Россией. Протокол еще предстоит ратифицировать парламентам обеих стран.

«Наша задача - как можно быстрее провести через Жогорку Кенеш все документы, подписанные президентами», - сказал Каныбек Иманалиев.

По данным Национального статистического комитета, товарооборот между Кыргызстаном и Россией в 2016 году составил около 1,3 млрд долларов, а за январь-апрель 2017 года вырос на 26,4 процента. Денежные переводы из России за пять месяцев текущего года достигли 850 млн долларов.

Фото: пресс-служба Жогорку Кенеша

Читайте также:
Атамбаев и Путин подписали совместное заявление
Депутаты одобрили законопроект о трудовой миграции
"""))

B.append(dict(
file="09_tass_ru_2018_debt_protocol_law_signed.txt",
source="https://tass.ru/ekonomika/4931115",
lang="ru", header=None,
body="""Путин подписал закон о списании долга Киргизии на $240 млн

МОСКВА, 5 февраля. /ТАСС/. Президент России Владимир Путин подписал закон о ратификации протокола к соглашению между правительствами РФ и Киргизии об урегулировании задолженности республики по ранее предоставленным кредитам. Документ опубликован в понедельник на официальном интернет-портале правовой информации.

Госдума ратифицировала протокол 19 января, Совет Федерации одобрил закон в прошлую среду на заседании под председательством Валентины Матвиенко.

Представляя документ в Госдуме, заместитель министра финансов Сергей Сторчак отмечал, что ратификация завершает процесс облегчения долгового бремени Киргизии. Член комитета Госдумы по делам СНГ, евразийской интеграции и связям с соотечественниками Иван Белеков напомнил, что с февраля прошлого года Бишкек добивался единовременного списания остатка долга.

В 2012 году Россия и Киргизия заключили соглашение о поэтапном списании задолженности, которая на тот момент составляла $488,9 млн. В мае 2013 года российская сторона списала $188,9 млн, в 2016-2017 годах - еще $60 млн. Протокол о списании оставшихся $240 млн был подписан в Москве 20 июня 2017 года в ходе государственного визита тогдашнего президента Киргизии Алмазбека Атамбаева.

Киргизская сторона завершила внутренние процедуры раньше: парламент республики ратифицировал протокол в начале ноября, а 9 декабря закон подписал президент Сооронбай Жээнбеков.

Как отмечается в пояснительной записке, в результате списания государственный внешний долг Киргизии сократится на 6,5%, а отношение долга правительства к ВВП снизится с 65,2% до 60,6%.

Россия остается одним из основных торговых партнеров Киргизии. По данным ФТС, товарооборот двух стран в январе - ноябре 2017 года увеличился на 21,7% и составил $1,5 млрд.

Закон вступает в силу со дня его официального опубликования.
"""))

B.append(dict(
file="10_akipress_en_2019_jumabekov_matviyenko_ipa.txt",
source="https://akipress.com/news:618240:Jumabekov_meets_Matviyenko_in_St_Petersburg/",
lang="en", header=None,
body="""AKIpress News Agency - Posted: 18 April 2019 17:34

Jumabekov meets Matviyenko in St. Petersburg

Speaker of Kyrgyzstan's Jogorku Kenesh (parliament) Dastan Jumabekov met with Chair of the Russian Federation Council Valentina Matviyenko on the sidelines of the plenary session of the CIS Interparliamentary Assembly in St. Petersburg on April 18, the parliament's press service reported.

Matviyenko praised the outcomes of President Vladimir Putin's state visit to Bishkek last month, when he and President Sooronbay Jeenbekov signed a package of intergovernmental agreements and memorandums.

Jumabekov said the Jogorku Kenesh would give priority to ratifying the agreements signed during the visit. "Parliament must not slow down what the two presidents have agreed," he said.

The sides discussed cooperation between the parliaments, including the work of the interparliamentary commission, and the situation of Kyrgyz labor migrants in Russia.

According to the Kyrgyz side, trade between Kyrgyzstan and Russia exceeded $1.7 billion in 2018. In January-February 2019 it grew by 10.3%. Remittances from Russia reached $2.3 billion last year.

Jumabekov invited Matviyenko to visit Kyrgyzstan, and she accepted the invitation.

Later in the day Jumabekov is expected to meet State Duma Speaker Vyacheslav Volodin, who chairs the CSTO Parliamentary Assembly. On Wednesday the Kyrgyz speaker attended a meeting of the CSTO PA Council held at the Tauride Palace.

Photo: Jogorku Kenesh press service

Related: Putin, Jeenbekov sign joint statement in Bishkek
"""))
