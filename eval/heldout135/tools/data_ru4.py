# Russian articles of heldout135 (continued): text + gold annotation.
A = []

A.append(dict(
file="12_narynmedia_ru_2023_japarov_rkfr.txt",
source="https://naryn-media.kg/2023/04/18/rkfr-naryn-fermery/",
header="2023-04-18",
body="""Нарын Медиа
Главная » Экономика
18.04.2023 | Автор: Жылдыз Асанова

Российские кредиты дошли до нарынских ферм

На прошлой неделе председатель кабинета министров Акылбек Жапаров в ходе рабочей поездки в Нарынскую область посетил молочно-товарную ферму в Ат-Башинском районе и мясоперерабатывающий цех в Кочкоре, построенные на кредиты Российско-Кыргызского фонда развития (РКФР).

По данным фонда, с начала работы в Нарынской области профинансировано 214 проектов на общую сумму более 2,3 млрд сомов. Большая часть средств пошла на животноводство, переработку шерсти и туризм.

Глава кабмина отметил, что Россия остается главным экономическим партнером Кыргызстана. «По итогам прошлого года товарооборот между нашими странами вырос на 37 процентов и превысил 3 млрд долларов. Наша задача - чтобы в этой цифре было больше кыргызского экспорта, в том числе нарынского мяса», - сказал Акылбек Жапаров.

Министр экономики и коммерции Данияр Амангельдиев, сопровождавший главу кабмина, сообщил, что уже в мае в Москве состоится очередное заседание межправительственной комиссии, на котором будет рассмотрен вопрос о поставках кыргызского мяса в российские регионы. По словам министра, ветеринарные службы двух стран в марте согласовали список предприятий, получивших право экспорта.

Кроме того, Амангельдиев напомнил, что в этом году РКФР планирует выдать по республике льготных кредитов на 100 млн долларов.

Жители Ат-Баши попросили Жапарова ускорить ремонт дороги до таможенного поста Торугарт и газификацию района. Глава кабмина поручил полпредству подготовить предложения до конца месяца.

Подписывайтесь на наш канал в Телеграм!
Фото: пресс-служба кабмина КР
""",
gold=dict(lang="ru", date="2023-04-18", date_partial=None, date_source="byline",
 date_note="Byline '18.04.2023'. 'На прошлой неделе' = week of 2023-04-10; 'прошлого года' = 2022.",
 header_date="18.04.2023",
 people=[
  dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель кабинета министров КР",
       forms_in_text=["Акылбек Жапаров", "Жапарова"]),
  dict(name_ru_nominative="Данияр Амангельдиев", name_in_text="Данияр Амангельдиев", role="министр экономики и коммерции КР",
       forms_in_text=["Данияр Амангельдиев", "Амангельдиев"]),
 ],
 other_names=["Жылдыз Асанова"],
 figures=[
  dict(metric="rkfr_financing_som", value=2300000000, period=None, kind="actual", qualifier="more than",
       quote="профинансировано 214 проектов на общую сумму более 2,3 млрд сомов", note="investment fund loans in som, Naryn region"),
  dict(metric="trade_turnover_growth_pct", value=37, period="2022", kind="actual", period_text="По итогам прошлого года",
       quote="товарооборот между нашими странами вырос на 37 процентов"),
  dict(metric="trade_turnover", value=3000000000, period="2022", kind="actual", qualifier="more than",
       quote="вырос на 37 процентов и превысил 3 млрд долларов"),
  dict(metric="rkfr_lending_plan", value=100000000, period="2023", kind="target",
       quote="в этом году РКФР планирует выдать по республике льготных кредитов на 100 млн долларов"),
 ],
 events=[
  dict(date="2023-04", what="Akylbek Japarov visits RKFR-financed farm and meat plant in Naryn region",
       quote="председатель кабинета министров Акылбек Жапаров в ходе рабочей поездки в Нарынскую область посетил молочно-товарную ферму",
       type="other", status="past", bilateral=True),
  dict(date="2023-05", what="Next session of the Kyrgyz-Russian intergovernmental commission in Moscow in May",
       quote="уже в мае в Москве состоится очередное заседание межправительственной комиссии",
       type="igc_session", status="planned", bilateral=True),
  dict(date="2023-03", what="Veterinary services of the two countries agreed the list of meat exporters",
       quote="ветеринарные службы двух стран в марте согласовали список предприятий, получивших право экспорта",
       type="agreement", status="past", bilateral=True),
 ])))

A.append(dict(
file="13_realnoevremya_ru_2025_minnikhanov_kasymaliev.txt",
source="https://realnoevremya.ru/news/351207-minnihanov-i-kasymaliev-obsudili-kooperaciyu",
header="2025-05-15",
body="""Реальное время
15.05.2025 19:40
Политика

Минниханов и Касымалиев обсудили сборку техники и торговый дом в Бишкеке

Раис Татарстана Рустам Минниханов в четверг встретился в Казани с председателем кабинета министров Киргизии Адылбеком Касымалиевым, который прибыл на XVI Международный экономический форум «Россия - Исламский мир: KazanForum». Форум проходит в столице республики с 13 по 18 мая.

Как сообщает пресс-служба Раиса РТ, стороны обсудили открытие торгового дома Татарстана в Бишкеке, сборку сельхозтехники и поставки нефтехимической продукции. «Кыргызстан - наш давний и надежный партнер. У нас общие корни, общая история, и мы видим, как растет интерес татарстанского бизнеса к республике», - сказал Минниханов.

По его данным, товарооборот Татарстана и Киргизии в 2024 году вырос на 22% и достиг 184 млн долларов.

Адылбек Касымалиев поблагодарил за прием и отметил, что после государственного визита Владимира Путина в Бишкек в ноябре прошлого года отношения двух стран вышли на новый уровень. Глава киргизского кабмина напомнил, что президенты поставили задачу довести товарооборот до 5 млрд долларов в год. Сейчас, по разным оценкам, он составляет от 3,3 млрд долларов (данные российской таможни за 2024 год) до 3,8 млрд (данные Нацстаткома Киргизии).

По итогам встречи подписана дорожная карта сотрудничества между правительством Республики Татарстан и кабинетом министров Киргизии на 2025-2027 годы. Следующее заседание рабочей группы намечено на осень в Бишкеке.

Напомним, Касымалиев возглавляет кабинет министров Киргизии с декабря 2024 года.

Фото: rais.tatarstan.ru
""",
gold=dict(lang="ru", date="2025-05-15", date_partial=None, date_source="byline",
 date_note="Stamp '15.05.2025 19:40' (Thursday); 'в четверг' = 2025-05-15.",
 header_date="15.05.2025",
 people=[
  dict(name_ru_nominative="Рустам Минниханов", name_in_text="Рустам Минниханов", role="Раис Республики Татарстан",
       forms_in_text=["Рустам Минниханов", "Минниханов"]),
  dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбеком Касымалиевым", role="председатель кабинета министров Киргизии",
       forms_in_text=["Касымалиев", "Адылбеком Касымалиевым", "Адылбек Касымалиев"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент России",
       forms_in_text=["Владимира Путина"]),
 ],
 other_names=[],
 figures=[
  dict(metric="regional_trade_turnover_growth_pct", value=22, period="2024", kind="actual",
       quote="товарооборот Татарстана и Киргизии в 2024 году вырос на 22%", note="Tatarstan with Kyrgyzstan"),
  dict(metric="regional_trade_turnover", value=184000000, period="2024", kind="actual",
       quote="вырос на 22% и достиг 184 млн долларов", note="Tatarstan with Kyrgyzstan"),
  dict(metric="trade_turnover", value=5000000000, period="annual", kind="target",
       quote="довести товарооборот до 5 млрд долларов в год"),
  dict(metric="trade_turnover", value=3300000000, period="2024", kind="actual",
       quote="от 3,3 млрд долларов (данные российской таможни за 2024 год)", note="Russian customs figure; sources disagree"),
  dict(metric="trade_turnover", value=3800000000, period="2024", kind="actual",
       quote="до 3,8 млрд (данные Нацстаткома Киргизии)", note="Kyrgyz statistics figure for the same year"),
 ],
 events=[
  dict(date="2025-05-15", what="Minnikhanov meets Kyrgyz cabinet chairman Kasymaliev in Kazan",
       quote="Раис Татарстана Рустам Минниханов в четверг встретился в Казани с председателем кабинета министров Киргизии Адылбеком Касымалиевым",
       type="meeting", status="past", bilateral=True),
  dict(date="2025-05-13", what="XVI International Economic Forum 'Russia - Islamic World: KazanForum', Kazan, 13-18 May",
       quote="Форум проходит в столице республики с 13 по 18 мая",
       type="forum", status="ongoing", bilateral=False),
  dict(date="2024-11", what="Putin's state visit to Bishkek in November last year",
       quote="после государственного визита Владимира Путина в Бишкек в ноябре прошлого года",
       type="visit", status="past", bilateral=True),
  dict(date="2025-05-15", what="Roadmap of cooperation between the Tatarstan government and the Kyrgyz cabinet for 2025-2027 signed",
       quote="подписана дорожная карта сотрудничества между правительством Республики Татарстан и кабинетом министров Киргизии на 2025-2027 годы",
       type="agreement", status="past", bilateral=True),
  dict(date="2025", what="Next working group meeting planned for autumn in Bishkek",
       quote="Следующее заседание рабочей группы намечено на осень в Бишкеке",
       type="meeting", status="planned", bilateral=True),
 ])))
