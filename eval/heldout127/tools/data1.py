# Articles 01-07 of heldout127 (written blind, 2026-12-07). Used by build.py.

A = []

# ---------------------------------------------------------------- 01
A.append(dict(
file="01_kremlin_ru_2003_birthday_call.txt",
source="http://kremlin.ru/events/president/news/29512",
header_date_line="2003-10-07",
body="""Телефонный разговор с Президентом Киргизии Аскаром Акаевым

7 октября 2003 года, 16:40

Президент Киргизии Аскар Акаев поздравил Владимира Путина с днём рождения.

В ходе телефонного разговора, состоявшегося по инициативе киргизской стороны, собеседники также обсудили ход подготовки к предстоящему визиту Президента России в Киргизию. 23 октября Владимир Путин и Аскар Акаев примут участие в церемонии открытия авиабазы Коллективных сил быстрого развёртывания Организации Договора о коллективной безопасности в Канте.

Главы государств отметили, что размещение авиационной группы в Канте станет важным вкладом в обеспечение безопасности в Центральноазиатском регионе и в противодействие международному терроризму и наркотрафику.

Были затронуты и вопросы двустороннего торгово-экономического сотрудничества, в том числе в энергетике, горнодобывающей промышленности и в сфере переработки сельхозпродукции. Аскар Акаев сообщил, что за восемь месяцев текущего года товарооборот между двумя странами вырос почти на 30 процентов, и высказался за то, чтобы закрепить эту динамику в ходе предстоящих переговоров в Бишкеке.

Президент Киргизии высоко оценил итоги саммита Содружества Независимых Государств, прошедшего в сентябре в Ялте, где было подписано соглашение о формировании Единого экономического пространства. По словам Аскара Акаева, Киргизия внимательно следит за этим процессом и заинтересована в тесном взаимодействии с его участниками.

Владимир Путин поблагодарил Аскара Акаева за поздравления и пожелал киргизскому народу мира и благополучия.

Президенты договорились продолжить обсуждение всего комплекса двусторонних вопросов в ходе встречи в Бишкеке.
""",
gold=dict(
 lang="ru", header_date="7 октября 2003 года, 16:40", date="2003-10-07", date_partial=None,
 date_source="header", date_note="Kremlin page header gives full date and time.",
 people=[
  dict(name_ru_nominative="Аскар Акаев", name_in_text="Аскаром Акаевым", role="Президент Киргизии",
       forms_in_text=["Аскаром Акаевым", "Аскар Акаев", "Аскара Акаева"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="Президент России",
       forms_in_text=["Владимира Путина", "Владимир Путин"]),
 ],
 other_names=[],
 figures=[
  dict(metric="trade_turnover_growth_pct", value=30, period="2003-8M", kind="actual", qualifier="almost",
       quote="за восемь месяцев текущего года товарооборот между двумя странами вырос почти на 30 процентов",
       period_text="за восемь месяцев текущего года", note="Year from the page header (2003)."),
 ],
 events=[
  dict(date="2003-10-07", what="Telephone conversation Putin–Akayev (initiated by Kyrgyz side; birthday congratulations)",
       quote="В ходе телефонного разговора, состоявшегося по инициативе киргизской стороны", type="other",
       status="past", bilateral=True),
  dict(date="2003-10-23", what="Putin's visit to Kyrgyzstan (talks in Bishkek)", date_note="Visit date taken from the Kant ceremony date in the same sentence group.",
       quote="предстоящему визиту Президента России в Киргизию", type="visit", status="planned", bilateral=True),
  dict(date="2003-10-23", what="Opening ceremony of the CSTO Collective Rapid Deployment Forces air base in Kant, attended by Putin and Akayev",
       quote="23 октября Владимир Путин и Аскар Акаев примут участие в церемонии открытия авиабазы", type="other",
       status="planned", bilateral=True, date_note="Russian air group under the CSTO umbrella; annotated as bilateral since both presidents open it on Kyrgyz soil."),
  dict(date="2003-09", what="CIS summit in Yalta", quote="саммита Содружества Независимых Государств, прошедшего в сентябре в Ялте",
       type="meeting", status="past", bilateral=False),
  dict(date="2003-09", what="Agreement on forming the Single Economic Space signed at Yalta (Russia, Ukraine, Belarus, Kazakhstan)",
       quote="было подписано соглашение о формировании Единого экономического пространства", type="agreement",
       status="past", bilateral=False),
 ]),
))

# ---------------------------------------------------------------- 02
A.append(dict(
file="02_kabar_ru_2008_election_telegram.txt",
source="http://www.kabar.kg/rus/politics/full/8123",
header_date_line=None,
body="""Курманбек Бакиев поздравил Дмитрия Медведева с избранием на пост Президента России

Бишкек, 3 марта /Кабар/. Президент Кыргызской Республики Курманбек Бакиев направил поздравительную телеграмму Дмитрию Медведеву в связи с его избранием Президентом Российской Федерации.

«Убедительная победа на выборах свидетельствует о широкой поддержке россиянами курса, проводимого Президентом Владимиром Путиным, последовательным продолжателем которого Вы являетесь», – говорится в послании.

Глава государства выразил уверенность, что отношения стратегического партнерства и союзничества между Кыргызстаном и Россией будут и впредь динамично развиваться на благо братских народов двух стран.

Курманбек Бакиев напомнил о встрече с Д.Медведевым в Москве в ходе неформального саммита СНГ 22 февраля, «где мы договорились о продолжении совместной работы по ключевым проектам в энергетике и горнорудной отрасли».

Президент Кыргызстана пригласил Дмитрия Медведева посетить Кыргызстан с официальным визитом в удобное для него время.

Премьер-министр Кыргызской Республики Игорь Чудинов также направил поздравление Д.Медведеву, занимающему пост первого заместителя председателя Правительства РФ. В своем послании глава правительства отметил вклад Дмитрия Медведева в реализацию приоритетных национальных проектов и выразил надежду на скорое проведение очередного заседания межправительственной комиссии.

Как сообщалось, по данным ЦИК России, Дмитрий Медведев набрал более 70 процентов голосов избирателей. Вступление в должность избранного президента намечено на 7 мая.

Справка Кабар: по данным Нацстаткома, товарооборот между Кыргызстаном и Россией в прошлом году составил 1 млрд 150 млн долларов США, увеличившись на 41 процент. Россия остается одним из крупнейших торговых партнеров республики наряду с Китаем и Казахстаном.
""",
gold=dict(
 lang="ru", header_date="unknown", date=None, date_partial="????-03-03",
 date_source="dateline", date_note="Dateline gives 3 March with no year; no year anywhere on the page (the election context implies 2008, but the page does not state it), so no year is assigned.",
 people=[
  dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбек Бакиев", role="Президент Кыргызской Республики",
       forms_in_text=["Курманбек Бакиев"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрия Медведева", role="избранный Президент РФ; первый заместитель председателя Правительства РФ",
       forms_in_text=["Дмитрия Медведева", "Дмитрию Медведеву", "Д.Медведевым", "Д.Медведеву", "Дмитрий Медведев"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="Президент РФ",
       forms_in_text=["Владимиром Путиным"]),
  dict(name_ru_nominative="Игорь Чудинов", name_in_text="Игорь Чудинов", role="Премьер-министр Кыргызской Республики",
       forms_in_text=["Игорь Чудинов"]),
 ],
 other_names=[],
 figures=[
  dict(metric="election_vote_share_pct", value=70, period=None, kind="actual", qualifier="more than",
       quote="Дмитрий Медведев набрал более 70 процентов голосов избирателей", note="Distractor: Russian election result, not trade."),
  dict(metric="trade_turnover", value=1150000000, period=None, kind="actual",
       quote="товарооборот между Кыргызстаном и Россией в прошлом году составил 1 млрд 150 млн долларов США",
       period_text="в прошлом году", note="'Last year' relative to an article with no year: the period cannot be resolved from the page (would be 2007 if the year were known)."),
  dict(metric="trade_turnover_growth_pct", value=41, period=None, kind="actual",
       quote="увеличившись на 41 процент", period_text="в прошлом году", note="Same unresolved 'last year'."),
 ],
 events=[
  dict(date=None, date_partial="????-03-03", what="Bakiyev's congratulatory telegram to Medvedev on election win",
       quote="направил поздравительную телеграмму Дмитрию Медведеву", type="other", status="past", bilateral=True),
  dict(date=None, what="Russian presidential election won by Medvedev", quote="в связи с его избранием Президентом Российской Федерации",
       type="other", status="past", bilateral=False, date_note="Domestic Russian event; no date in text."),
  dict(date=None, date_partial="????-02-22", what="Bakiyev–Medvedev meeting in Moscow on the sidelines of the informal CIS summit",
       quote="напомнил о встрече с Д.Медведевым в Москве", type="meeting", status="past", bilateral=True),
  dict(date=None, date_partial="????-02-22", what="Informal CIS summit in Moscow",
       quote="неформального саммита СНГ 22 февраля", type="meeting", status="past", bilateral=False),
  dict(date=None, what="Invitation to Medvedev to pay an official visit to Kyrgyzstan",
       quote="пригласил Дмитрия Медведева посетить Кыргызстан с официальным визитом", type="visit", status="planned", bilateral=True),
  dict(date=None, what="Next session of the intergovernmental commission (hoped for soon)",
       quote="скорое проведение очередного заседания межправительственной комиссии", type="igc_session", status="planned", bilateral=True),
  dict(date=None, date_partial="????-05-07", what="Inauguration of the president-elect of Russia",
       quote="Вступление в должность избранного президента намечено на 7 мая", type="other", status="planned", bilateral=False),
 ]),
))

# ---------------------------------------------------------------- 03
A.append(dict(
file="03_reuters_en_2010_osh_call.txt",
source="https://www.reuters.com/article/us-kyrgyzstan-russia-idUSTRE65C0RL20100613",
header_date_line="2010-06-13",
body="""Russia sends aid, not troops, as Kyrgyz leader pleads for help

Sun Jun 13, 2010 11:47am EDT

By Olga Tishenko

BISHKEK (Reuters) - Russia flew tonnes of humanitarian aid into southern Kyrgyzstan on Sunday but stopped short of sending peacekeepers, after the Central Asian state's interim leader appealed to Moscow to help quell ethnic violence in the city of Osh.

Roza Otunbayeva, who heads the interim government that took power after President Kurmanbek Bakiyev was toppled in a revolt in April, said she had asked President Dmitry Medvedev for help in a telephone call on Saturday.

"The situation has got out of control. We need outside forces," Otunbayeva told reporters in Bishkek.

The Kremlin said Medvedev had expressed his condolences over the loss of life and promised humanitarian assistance, but Kremlin spokeswoman Natalya Timakova said the violence was "an internal conflict" and that Russia saw no grounds for now to take part in settling it.

Two Il-76 planes of Russia's Emergencies Ministry carrying about 60 tonnes of tents, medicines and food landed in Osh on Sunday, and more flights would follow, Emergencies Minister Sergei Shoigu was quoted as saying by Russian news agencies.

Kyrgyz health officials said at least 97 people had been killed and more than 1,000 wounded since the violence erupted in Osh late on Thursday.

Security council chiefs of the Moscow-led Collective Security Treaty Organisation (CSTO), which groups Russia, Kyrgyzstan and five other former Soviet republics, will meet in Moscow on Monday to discuss the crisis, the Kremlin said.

Russia, which keeps an air base at Kant near Bishkek, has sought to strengthen its influence in Kyrgyzstan, where the United States also runs an air base supplying its forces in Afghanistan. In February 2009, Moscow pledged more than $2 billion in loans and aid to Kyrgyzstan, though only part of the money was ever disbursed.

(Additional reporting by Dmitri Alexandrov in Moscow; Editing by Peter Lorimer)
""",
gold=dict(
 lang="en", header_date="Sun Jun 13, 2010 11:47am EDT", date="2010-06-13", date_partial=None,
 date_source="header", date_note="Reuters timestamp; 'Sunday' in body agrees (13 June 2010 was a Sunday).",
 people=[
  dict(name_ru_nominative="Роза Отунбаева", name_in_text="Roza Otunbayeva", role="head of the interim government of Kyrgyzstan",
       forms_in_text=["Roza Otunbayeva", "Otunbayeva"]),
  dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Kurmanbek Bakiyev", role="former President of Kyrgyzstan (toppled April 2010)",
       forms_in_text=["Kurmanbek Bakiyev"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Dmitry Medvedev", role="President of Russia",
       forms_in_text=["Dmitry Medvedev", "Medvedev"]),
  dict(name_ru_nominative="Наталья Тимакова", name_in_text="Natalya Timakova", role="Kremlin spokeswoman (press secretary of the President of Russia)",
       forms_in_text=["Natalya Timakova"]),
  dict(name_ru_nominative="Сергей Шойгу", name_in_text="Sergei Shoigu", role="Russian Emergencies Minister",
       forms_in_text=["Sergei Shoigu"]),
 ],
 other_names=["Olga Tishenko", "Dmitri Alexandrov", "Peter Lorimer"],
 figures=[
  dict(metric="humanitarian_aid_tonnes", value=60, period=None, kind="actual", qualifier="about",
       quote="carrying about 60 tonnes of tents, medicines and food", note="Aid in tonnes, not money."),
  dict(metric="death_toll", value=97, period=None, kind="actual", qualifier="at least",
       quote="at least 97 people had been killed", note="Distractor (domestic casualties)."),
  dict(metric="wounded", value=1000, period=None, kind="actual", qualifier="more than",
       quote="more than 1,000 wounded", note="Distractor."),
  dict(metric="aid_and_loans_pledge_usd", value=2000000000, period=None, kind="target", qualifier="more than",
       quote="In February 2009, Moscow pledged more than $2 billion in loans and aid to Kyrgyzstan",
       note="Pledge of loans and aid, NOT trade turnover."),
 ],
 events=[
  dict(date="2010-06-12", what="Otunbayeva–Medvedev telephone call; request for help",
       quote="she had asked President Dmitry Medvedev for help in a telephone call on Saturday", type="other",
       status="past", bilateral=True, date_note="Saturday before the Sunday 13 June article."),
  dict(date="2010-06-13", what="Russian Emergencies Ministry aid flights land in Osh",
       quote="Russia flew tonnes of humanitarian aid into southern Kyrgyzstan on Sunday", type="other", status="past", bilateral=True),
  dict(date="2010-04", what="Bakiyev toppled in a revolt", quote="was toppled in a revolt in April", type="other",
       status="past", bilateral=False),
  dict(date="2010-06-10", what="Outbreak of ethnic violence in Osh", quote="since the violence erupted in Osh late on Thursday",
       type="other", status="past", bilateral=False),
  dict(date="2010-06-14", what="Meeting of CSTO security council chiefs in Moscow on the crisis",
       quote="will meet in Moscow on Monday to discuss the crisis", type="meeting", status="planned", bilateral=False),
  dict(date="2009-02", what="Russian pledge of more than $2 billion in loans and aid", quote="In February 2009, Moscow pledged more than $2 billion in loans and aid to Kyrgyzstan",
       type="agreement", status="past", bilateral=True),
 ]),
))

# ---------------------------------------------------------------- 04
A.append(dict(
file="04_akipress_ru_2012_putin60_call.txt",
source="http://kg.akipress.org/news:573812",
header_date_line="2012-10-07",
body="""Атамбаев по телефону поздравил Путина с 60-летием

07/10/2012 14:18

Бишкек. 7 октября. АКИpress - Президент Кыргызстана Алмазбек Атамбаев сегодня по телефону поздравил президента России Владимира Путина с 60-летием, сообщает пресс-служба главы государства.

А.Атамбаев пожелал В.Путину крепкого здоровья и успехов в работе на благо народа России, отметив его личный вклад в развитие кыргызско-российских отношений.

В ходе разговора стороны обменялись мнениями о ходе выполнения договоренностей, достигнутых в ходе официального визита В.Путина в Бишкек 20 сентября. Тогда были подписаны соглашения о статусе и условиях пребывания объединенной российской военной базы на территории Кыргызстана, о строительстве и эксплуатации Камбаратинской ГЭС-1 и Верхне-Нарынского каскада ГЭС, а также протокол об урегулировании задолженности Кыргызстана перед Россией, предусматривающий списание $489 млн.

Президенты договорились поручить правительствам ускорить подготовку к ратификации подписанных документов и продолжить общение на полях саммита ОДКБ, который пройдет в декабре в Москве.

По данным Нацстаткома, товарооборот между Кыргызстаном и Россией в январе-августе 2012 года составил $1,3 млрд, что на 18% больше, чем за аналогичный период прошлого года. Для сравнения, товарооборот с Китаем за тот же период составил $680 млн.

Напомним, 5 октября А.Атамбаев также поздравил с днем рождения президента Таджикистана Эмомали Рахмона.

Ранее сообщалось, что в Бишкеке в ноябре планируется провести очередное заседание межправкомиссии под председательством первого вице-премьера Джоомарта Оторбаева и вице-премьера правительства РФ Дмитрия Рогозина.
""",
gold=dict(
 lang="ru", header_date="07/10/2012 14:18", date="2012-10-07", date_partial=None,
 date_source="header", date_note="Header timestamp and dateline '7 октября' agree.",
 people=[
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="Президент Кыргызстана",
       forms_in_text=["Алмазбек Атамбаев", "А.Атамбаев", "Атамбаев"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="Президент России",
       forms_in_text=["Владимира Путина", "В.Путину", "В.Путина", "Путина"]),
  dict(name_ru_nominative="Эмомали Рахмон", name_in_text="Эмомали Рахмона", role="Президент Таджикистана",
       forms_in_text=["Эмомали Рахмона"]),
  dict(name_ru_nominative="Джоомарт Оторбаев", name_in_text="Джоомарта Оторбаева", role="первый вице-премьер-министр Кыргызстана",
       forms_in_text=["Джоомарта Оторбаева"]),
  dict(name_ru_nominative="Дмитрий Рогозин", name_in_text="Дмитрия Рогозина", role="заместитель председателя правительства РФ",
       forms_in_text=["Дмитрия Рогозина"], note="Co-chairmanship of the IGC as stated is approximate/invented."),
 ],
 other_names=[],
 figures=[
  dict(metric="debt_writeoff_usd", value=489000000, period=None, kind="actual",
       quote="предусматривающий списание $489 млн", note="Debt write-off, NOT turnover."),
  dict(metric="trade_turnover", value=1300000000, period="2012-8M", kind="actual",
       quote="товарооборот между Кыргызстаном и Россией в январе-августе 2012 года составил $1,3 млрд", period_text="в январе-августе 2012 года"),
  dict(metric="trade_turnover_growth_pct", value=18, period="2012-8M", kind="actual",
       quote="что на 18% больше, чем за аналогичный период прошлого года"),
  dict(metric="kg_cn_trade_turnover_usd", value=680000000, period="2012-8M", kind="actual",
       quote="товарооборот с Китаем за тот же период составил $680 млн", note="Distractor: trade with China."),
 ],
 events=[
  dict(date="2012-10-07", what="Atambayev–Putin telephone call, congratulations on 60th birthday",
       quote="сегодня по телефону поздравил президента России Владимира Путина с 60-летием", type="other", status="past", bilateral=True),
  dict(date="2012-09-20", what="Putin's official visit to Bishkek", quote="официального визита В.Путина в Бишкек 20 сентября",
       type="visit", status="past", bilateral=True),
  dict(date="2012-09-20", what="Agreements signed: united Russian military base; Kambarata HPP-1 and Upper Naryn cascade; debt settlement protocol",
       quote="Тогда были подписаны соглашения о статусе и условиях пребывания объединенной российской военной базы",
       type="agreement", status="past", bilateral=True),
  dict(date="2012-12", what="Planned Atambayev–Putin contact on the sidelines of the CSTO summit in Moscow",
       quote="продолжить общение на полях саммита ОДКБ", type="meeting", status="planned", bilateral=True),
  dict(date="2012-12", what="CSTO summit in Moscow", quote="саммита ОДКБ, который пройдет в декабре в Москве",
       type="meeting", status="planned", bilateral=False),
  dict(date="2012-11", what="Next session of the Kyrgyz-Russian intergovernmental commission in Bishkek",
       quote="в Бишкеке в ноябре планируется провести очередное заседание межправкомиссии", type="igc_session", status="planned", bilateral=True),
  dict(date="2012-10-05", what="Atambayev congratulated Tajik President Rahmon on his birthday (not Kyrgyz–Russian)",
       quote="5 октября А.Атамбаев также поздравил с днем рождения президента Таджикистана", type="other", status="past", bilateral=False,
       date_note="Kyrgyz–Tajik contact; bilateral=false with respect to Kyrgyzstan–Russia."),
 ]),
))

# ---------------------------------------------------------------- 05
A.append(dict(
file="05_24kg_ru_2013_volgograd_condolences.txt",
source="http://www.24.kg/politic/166482-almazbek-atambaev-vyrazil-soboleznovaniya.html",
header_date_line="2013-12-30",
body="""Алмазбек Атамбаев выразил соболезнования Владимиру Путину в связи с терактом в Волгограде

30/12/13 10:42

Бишкек - ИА «24.kg», Асель Мамбетова. Президент Кыргызстана Алмазбек Атамбаев вчера направил телеграмму соболезнования Президенту России Владимиру Путину в связи с терактом на железнодорожном вокзале Волгограда. Об этом сообщает отдел информационной политики аппарата президента.

«С глубокой скорбью воспринял известие о трагедии в Волгограде, унесшей жизни ни в чем не повинных людей. Кыргызстан решительно осуждает этот бесчеловечный акт и солидарен с Россией в борьбе с терроризмом», - говорится в телеграмме.

Глава государства от имени народа Кыргызстана передал слова сочувствия родным и близким погибших и пожелал скорейшего выздоровления пострадавшим.

Соболезнования также выразил премьер-министр Жанторо Сатыбалдиев, направивший телеграмму председателю Правительства России Дмитрию Медведеву.

Как сообщалось, взрыв прогремел в здании вокзала в воскресенье. По данным российских СМИ, жертвами стали 17 человек. Сегодня утром в Волгограде произошел еще один взрыв - в троллейбусе, информация о погибших уточняется.

Напомним, 24 декабря Алмазбек Атамбаев и Владимир Путин провели встречу в Москве на полях заседания Высшего Евразийского экономического совета. Тогда, в частности, обсуждался проект «дорожной карты» присоединения Кыргызстана к Таможенному союзу. По словам кыргызского лидера, документ может быть утвержден уже в первой половине 2014 года.

Ранее МИД Кыргызстана рекомендовал гражданам республики, находящимся в Волгограде, соблюдать меры предосторожности и при необходимости обращаться в Генеральное консульство КР в Екатеринбурге и посольство в Москве.
""",
gold=dict(
 lang="ru", header_date="30/12/13 10:42", date="2013-12-30", date_partial=None,
 date_source="header", date_note="Two-digit year in 24.kg header; 'вчера' resolves to 29 December 2013 (a Sunday, matching 'в воскресенье').",
 people=[
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="Президент Кыргызстана",
       forms_in_text=["Алмазбек Атамбаев"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиру Путину", role="Президент России",
       forms_in_text=["Владимиру Путину", "Владимир Путин"]),
  dict(name_ru_nominative="Жанторо Сатыбалдиев", name_in_text="Жанторо Сатыбалдиев", role="Премьер-министр Кыргызстана",
       forms_in_text=["Жанторо Сатыбалдиев"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрию Медведеву", role="Председатель Правительства России",
       forms_in_text=["Дмитрию Медведеву"]),
 ],
 other_names=["Асель Мамбетова"],
 figures=[
  dict(metric="death_toll", value=17, period=None, kind="actual", quote="жертвами стали 17 человек", note="Distractor (casualties)."),
 ],
 events=[
  dict(date="2013-12-29", what="Atambayev's condolence telegram to Putin", quote="вчера направил телеграмму соболезнования Президенту России Владимиру Путину",
       type="other", status="past", bilateral=True, date_note="'вчера' relative to 30 Dec 2013."),
  dict(date="2013-12-29", what="PM Satybaldiev's condolence telegram to PM Medvedev", quote="Соболезнования также выразил премьер-министр Жанторо Сатыбалдиев",
       type="other", status="past", bilateral=True, date_note="Date inferred from context ('also', same day); not stated explicitly."),
  dict(date="2013-12-29", what="Terrorist attack at Volgograd railway station", quote="взрыв прогремел в здании вокзала в воскресенье",
       type="other", status="past", bilateral=False),
  dict(date="2013-12-30", what="Second explosion in Volgograd (trolleybus)", quote="Сегодня утром в Волгограде произошел еще один взрыв",
       type="other", status="past", bilateral=False),
  dict(date="2013-12-24", what="Atambayev–Putin meeting in Moscow on the sidelines of the Supreme Eurasian Economic Council",
       quote="24 декабря Алмазбек Атамбаев и Владимир Путин провели встречу в Москве", type="meeting", status="past", bilateral=True),
  dict(date="2013-12-24", what="Session of the Supreme Eurasian Economic Council in Moscow", quote="на полях заседания Высшего Евразийского экономического совета",
       type="meeting", status="past", bilateral=False),
  dict(date="2014", what="Possible approval of the roadmap for Kyrgyzstan's accession to the Customs Union",
       quote="документ может быть утвержден уже в первой половине 2014 года", type="agreement", status="planned", bilateral=False,
       date_note="'first half of 2014'; Customs Union accession is a multilateral track."),
 ]),
))

# ---------------------------------------------------------------- 06
A.append(dict(
file="06_kremlin_en_2015_eaeu_accession_call.txt",
source="http://en.kremlin.ru/events/president/news/50150",
header_date_line="2015-08-12",
body="""Telephone conversation with President of Kyrgyzstan Almazbek Atambayev

August 12, 2015, 18:20

Vladimir Putin had a telephone conversation with President of Kyrgyzstan Almazbek Atambayev.

Vladimir Putin congratulated Almazbek Atambayev on the entry into force of the Treaty on the Kyrgyz Republic's Accession to the Treaty on the Eurasian Economic Union, which Kyrgyzstan signed in Moscow on December 23, 2014. As of today, the Kyrgyz Republic is a full member of the EAEU.

The President of Kyrgyzstan thanked the Russian side for its support during the accession process, including the $200 million in grant assistance provided to bring Kyrgyzstan's customs and veterinary infrastructure into line with the Union's standards.

The two leaders discussed current matters on the bilateral agenda, including the work of the Russian-Kyrgyz Development Fund, whose capital is to reach $1 billion, and the implementation of joint projects in the energy sector.

They also exchanged views on preparations for the session of the CSTO Collective Security Council in Dushanbe on September 15 and for the meeting of the Supreme Eurasian Economic Council scheduled for October.

Vladimir Putin wished Almazbek Atambayev success in preparing for the parliamentary elections in Kyrgyzstan this autumn.

The presidents agreed to continue contacts, including a bilateral meeting on the sidelines of the Dushanbe summit.
""",
gold=dict(
 lang="en", header_date="August 12, 2015, 18:20", date="2015-08-12", date_partial=None,
 date_source="header", date_note="Kremlin header; 'As of today' = accession entry into force on the same day.",
 people=[
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="President of Kyrgyzstan",
       forms_in_text=["Almazbek Atambayev"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="President of Russia",
       forms_in_text=["Vladimir Putin"]),
 ],
 other_names=[],
 figures=[
  dict(metric="grant_aid_usd", value=200000000, period=None, kind="actual",
       quote="the $200 million in grant assistance", note="Grant for EAEU adaptation; not turnover."),
  dict(metric="development_fund_capital_usd", value=1000000000, period=None, kind="target",
       quote="whose capital is to reach $1 billion", note="Capital of the Russian-Kyrgyz Development Fund; not turnover."),
 ],
 events=[
  dict(date="2015-08-12", what="Putin–Atambayev telephone conversation", quote="Vladimir Putin had a telephone conversation with President of Kyrgyzstan Almazbek Atambayev",
       type="other", status="past", bilateral=True),
  dict(date="2015-08-12", what="Entry into force of Kyrgyzstan's EAEU accession treaty; full membership",
       quote="As of today, the Kyrgyz Republic is a full member of the EAEU", type="agreement", status="past", bilateral=False),
  dict(date="2014-12-23", what="Signing of Kyrgyzstan's EAEU accession treaty in Moscow", quote="which Kyrgyzstan signed in Moscow on December 23, 2014",
       type="agreement", status="past", bilateral=False),
  dict(date="2015-09-15", what="Session of the CSTO Collective Security Council in Dushanbe", quote="the session of the CSTO Collective Security Council in Dushanbe on September 15",
       type="meeting", status="planned", bilateral=False),
  dict(date="2015-10", what="Meeting of the Supreme Eurasian Economic Council", quote="the meeting of the Supreme Eurasian Economic Council scheduled for October",
       type="meeting", status="planned", bilateral=False),
  dict(date="2015", what="Parliamentary elections in Kyrgyzstan in autumn", quote="the parliamentary elections in Kyrgyzstan this autumn",
       type="other", status="planned", bilateral=False, date_note="'this autumn' = autumn 2015."),
  dict(date="2015-09-15", what="Planned Putin–Atambayev bilateral meeting on the sidelines of the Dushanbe summit",
       quote="a bilateral meeting on the sidelines of the Dushanbe summit", type="meeting", status="planned", bilateral=True),
 ]),
))

# ---------------------------------------------------------------- 07
A.append(dict(
file="07_tass_ru_2017_manas_crash_condolences.txt",
source="https://tass.ru/politika/3944120",
header_date_line="2017-01-16",
body="""Путин выразил соболезнования Атамбаеву в связи с крушением самолета под Бишкеком

16 января 2017, 14:20

МОСКВА, 16 января. /ТАСС/. Президент РФ Владимир Путин направил телеграмму соболезнования президенту Киргизии Алмазбеку Атамбаеву в связи с многочисленными жертвами в результате крушения грузового самолета в районе аэропорта Манас. Об этом сообщила пресс-служба Кремля.

"Примите глубокие соболезнования в связи с трагическими последствиями авиакатастрофы. Разделяем горе всех, кто потерял родных и близких", - говорится в телеграмме. Путин попросил передать слова сочувствия и поддержки семьям погибших и пожелал скорейшего выздоровления пострадавшим.

Как уточнили в Кремле, по поручению президента глава МЧС России Владимир Пучков связался с киргизскими коллегами и предложил необходимую помощь.

Председатель правительства РФ Дмитрий Медведев также направил соболезнования премьер-министру Киргизии Сооронбаю Жээнбекову, который возглавил правительственную комиссию по ликвидации последствий катастрофы.

Грузовой Boeing 747 турецкой авиакомпании ACT Airlines, следовавший из Гонконга в Стамбул с промежуточной посадкой в Бишкеке, утром в понедельник при заходе на посадку рухнул на дачный поселок Дача-Суу. По последним данным, погибли 37 человек, в том числе шестеро детей. Атамбаев объявил 17 января днем национального траура.

Соболезнования Киргизии также выразил президент Турции Реджеп Тайип Эрдоган.

Пресс-секретарь российского лидера Дмитрий Песков ответил журналистам, что трагедия не повлияет на график подготовки визита Путина в Киргизию, который запланирован на конец февраля. "Подготовка идет в штатном режиме", - сказал он.
""",
gold=dict(
 lang="ru", header_date="16 января 2017, 14:20", date="2017-01-16", date_partial=None,
 date_source="header", date_note="Header and dateline agree; 'в понедельник' = 16 Jan 2017 (Monday).",
 people=[
  dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="Президент РФ",
       forms_in_text=["Путин", "Владимир Путин", "Путина"]),
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Атамбаеву", role="Президент Киргизии",
       forms_in_text=["Атамбаеву", "Алмазбеку Атамбаеву", "Атамбаев"]),
  dict(name_ru_nominative="Владимир Пучков", name_in_text="Владимир Пучков", role="глава МЧС России",
       forms_in_text=["Владимир Пучков"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрий Медведев", role="Председатель правительства РФ",
       forms_in_text=["Дмитрий Медведев"]),
  dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбаю Жээнбекову", role="Премьер-министр Киргизии",
       forms_in_text=["Сооронбаю Жээнбекову"]),
  dict(name_ru_nominative="Реджеп Тайип Эрдоган", name_in_text="Реджеп Тайип Эрдоган", role="Президент Турции",
       forms_in_text=["Реджеп Тайип Эрдоган"]),
  dict(name_ru_nominative="Дмитрий Песков", name_in_text="Дмитрий Песков", role="пресс-секретарь Президента РФ",
       forms_in_text=["Дмитрий Песков"]),
 ],
 other_names=[],
 figures=[
  dict(metric="death_toll", value=37, period=None, kind="actual", quote="погибли 37 человек", note="Distractor (casualties)."),
 ],
 events=[
  dict(date="2017-01-16", what="Putin's condolence telegram to Atambayev", quote="направил телеграмму соболезнования президенту Киргизии Алмазбеку Атамбаеву",
       type="other", status="past", bilateral=True),
  dict(date="2017-01-16", what="Medvedev's condolences to PM Jeenbekov", quote="Дмитрий Медведев также направил соболезнования премьер-министру Киргизии",
       type="other", status="past", bilateral=True),
  dict(date="2017-01-16", what="Crash of a Turkish cargo Boeing 747 at Dacha-Suu near Manas airport", quote="утром в понедельник при заходе на посадку рухнул на дачный поселок Дача-Суу",
       type="other", status="past", bilateral=False),
  dict(date="2017-01-17", what="National day of mourning in Kyrgyzstan", quote="Атамбаев объявил 17 января днем национального траура",
       type="other", status="planned", bilateral=False),
  dict(date="2017-02", what="Putin's visit to Kyrgyzstan planned for late February", quote="визита Путина в Киргизию, который запланирован на конец февраля",
       type="visit", status="planned", bilateral=True),
 ]),
))
