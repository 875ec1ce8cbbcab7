import json,os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(n,i,r,f,note=None):
    d={"name_ru_nominative":n,"name_in_text":i,"role":r,"forms_in_text":f}
    if note:d["note"]=note
    return d
def F(m,v,per,k,q,qual=None,note=None):
    d={"metric":m,"value":v,"period":per,"kind":k,"quote":q}
    if qual:d["qualifier"]=qual
    if note:d["note"]=note
    return d
def E(dt,what,q,ty,st,bil=True,note=None):
    d={"date":dt,"what":what,"quote":q,"type":ty,"status":st,"bilateral":bil}
    if note:d["date_note"]=note
    return d
A=[]
def add(file,src,lang,hd,date,dp,ds,dn,text,people,other,figs,evs,hdr_date=None):
    h=f"source: {src}\n"+(f"date: {hdr_date}\n" if hdr_date else "")
    open(f"{D}/articles/{file}","w").write(h+"\n"+text.strip()+"\n")
    A.append(dict(file=file,source=src,lang=lang,header_date=hd,date=date,date_partial=dp,date_source=ds,date_note=dn,people=people,other_names=other,figures=figs,events=evs))

add("01_vb_ru_2009_moscow_buses.txt","http://www.vb.kg/2009/06/19/gorod/1.html","ru","2009-06-19","2009-06-19",None,"header","Header date; body says 'вчера' = 18 June.","""
Город | Вечерний Бишкек | 19.06.2009

Московские автобусы вышли на маршруты

Вчера на площади перед мэрией столицы состоялась торжественная передача автобусов, подаренных Бишкеку правительством Москвы. Ключи от машин мэру Бишкека Нариману Тюлееву вручил руководитель делегации столичного правительства.

Всего в Бишкек поступило 40 автобусов марки ЛиАЗ, их общая стоимость, по данным мэрии, составляет около 150 миллионов рублей. Машины будут работать на маршрутах № 7, 33 и 48.

«Это не первый подарок Москвы нашему городу. Юрий Михайлович Лужков всегда с пониманием относится к нуждам Бишкека», — сказал Нариман Тюлеев. Он напомнил, что соглашение о сотрудничестве между двумя столицами было подписано в 1998 году, а в сентябре этого года мэр Бишкека планирует посетить Москву для обсуждения новой программы сотрудничества на 2010–2012 годы.

Глава московской делегации передал горожанам приветствие от мэра Москвы Юрия Лужкова и отметил, что Москва готова и дальше помогать в обновлении общественного транспорта кыргызской столицы.

Напомним, что бюджет Бишкека на 2009 год утвержден в размере 4,2 миллиарда сомов, из которых на транспорт приходится менее 5 процентов.

Между тем в республике продолжается подготовка к президентским выборам, которые пройдут 23 июля.

Эльвира АЛЫМКУЛОВА
Фото Владимира ВОРОНИНА
""",[P("Нариман Тюлеев","Нариману Тюлееву","мэр Бишкека",["Нариману Тюлееву","Нариман Тюлеев"]),
 P("Юрий Лужков","Юрий Михайлович Лужков","мэр Москвы",["Юрий Михайлович Лужков","Юрия Лужкова"])],
["Эльвира АЛЫМКУЛОВА","Владимира ВОРОНИНА"],
[F("buses_gifted_count",40,None,"actual","Всего в Бишкек поступило 40 автобусов"),
 F("gift_cost_rub",150000000,None,"actual","общая стоимость, по данным мэрии, составляет около 150 миллионов рублей","about"),
 F("bishkek_city_budget_som",4200000000,"2009","target","бюджет Бишкека на 2009 год утвержден в размере 4,2 миллиарда сомов")],
[E("2009-06-18","Moscow government hands over buses to Bishkek","Вчера на площади перед мэрией столицы состоялась торжественная передача автобусов","other","past"),
 E("1998","Moscow–Bishkek cooperation agreement signed","соглашение о сотрудничестве между двумя столицами было подписано в 1998 году","agreement","past"),
 E("2009-09","Bishkek mayor's planned visit to Moscow","в сентябре этого года мэр Бишкека планирует посетить Москву","visit","planned"),
 E("2009-07-23","Presidential election (domestic distractor)","подготовка к президентским выборам, которые пройдут 23 июля","other","planned",False)],hdr_date="2009-06-19")

add("02_24kg_en_2016_spb_ibraimov.txt","https://24.kg/english/31245_Bishkek_Mayor_meets_St_Petersburg_Governor/","en","Posted 14:20, 27 May 2016","2016-05-27",None,"byline","'Posted' line.","""
Bishkek Mayor meets St Petersburg Governor

Posted 14:20, 27 May 2016. Updated 16:05, 27 May 2016

Bishkek Mayor Albek Ibraimov, who is on a working visit to St Petersburg, met with the city's Governor Georgy Poltavchenko on Thursday. The sides discussed cooperation in urban transport, housing and utilities and culture.

Albek Ibraimov invited Mr. Poltavchenko to the celebrations of the Day of Bishkek this autumn. The parties agreed to sign a cooperation programme between the two cities for 2016–2018 during the next meeting.

The delegation also attended the St Petersburg City Day celebrations and laid flowers at the Piskaryovskoye Memorial Cemetery.

According to the St Petersburg administration, about 40,000 citizens of Kyrgyzstan work in the city. The mayor asked the Governor to pay attention to the adaptation of migrants and to help open a Kyrgyz language class at one of the schools.

Recall, an agreement on trade, economic, scientific, technical and cultural cooperation between Bishkek and St Petersburg was signed in 2001.

Meanwhile, the Eurasian Intergovernmental Council met in Minsk earlier this week without discussing municipal issues.

Photo: press service of the Bishkek City Hall. Author: Anna Kapushenko
""",[P("Албек Ибраимов","Albek Ibraimov","мэр Бишкека",["Albek Ibraimov"]),
 P("Георгий Полтавченко","Georgy Poltavchenko","губернатор Санкт-Петербурга",["Georgy Poltavchenko","Mr. Poltavchenko"])],
["Anna Kapushenko"],
[F("kyrgyz_migrants_in_city",40000,None,"actual","about 40,000 citizens of Kyrgyzstan work in the city","about")],
[E("2016-05-26","Ibraimov meets Poltavchenko in St Petersburg","met with the city's Governor Georgy Poltavchenko on Thursday","meeting","past",note="Thursday before Fri 27 May 2016"),
 E("2016","Invitation to Day of Bishkek in autumn","invited Mr. Poltavchenko to the celebrations of the Day of Bishkek this autumn","visit","planned"),
 E(None,"Planned signing of 2016–2018 cooperation programme","agreed to sign a cooperation programme between the two cities for 2016–2018 during the next meeting","agreement","planned"),
 E("2016-05-27","Delegation attends St Petersburg City Day","attended the St Petersburg City Day celebrations","other","past",note="City Day is 27 May"),
 E("2001","Bishkek–St Petersburg cooperation agreement","was signed in 2001","agreement","past"),
 E("2016-05","Eurasian Intergovernmental Council in Minsk (multilateral)","the Eurasian Intergovernmental Council met in Minsk earlier this week","other","past",False)])

add("03_mosru_ru_2019_sobyanin_surakmatov.txt","https://www.mos.ru/mayor/themes/12299/5873050/","ru","unknown","2019-03-28",None,"body","Date in body ('28 марта'); year from 2019 anniversary context and body.","""
Сергей Собянин встретился с мэром Бишкека

Мэр Москвы Сергей Собянин 28 марта 2019 года провел встречу с мэром Бишкека Азизом Суракматовым. Стороны обсудили ход выполнения программы сотрудничества на 2018–2020 годы.

«Москва и Бишкек связаны многолетней дружбой. В прошлом году мы подписали новую программу, и сегодня видно, что она работает», — отметил Сергей Собянин.

Азиз Суракматов поблагодарил московское правительство за поддержку и передал Собянину приглашение посетить Бишкек. По его словам, в столице Кыргызстана растет интерес к московскому опыту в области цифровых услуг и благоустройства.

Мэр Бишкека сообщил, что товарооборот между Кыргызстаном и Россией по итогам 2018 года превысил 1,8 млрд долларов, при этом значительная его часть приходится на Москву.

Напомним, по программе сотрудничества в Бишкеке в 2018 году были отремонтированы три школы, а Москва передала 20 машин скорой помощи.

В тот же день мэр Москвы провел заседание Президиума правительства Москвы, на котором был рассмотрен вопрос о ремонте дорог в Новой Москве.

Фото: Денис Гришкин, пресс-служба Мэра и Правительства Москвы
""",[P("Сергей Собянин","Сергей Собянин","мэр Москвы",["Сергей Собянин","Собянину"]),
 P("Азиз Суракматов","Азизом Суракматовым","мэр Бишкека",["Азизом Суракматовым","Азиз Суракматов"])],
["Денис Гришкин"],
[F("trade_turnover",1800000000,"2018","actual","товарооборот между Кыргызстаном и Россией по итогам 2018 года превысил 1,8 млрд долларов","more than"),
 F("ambulances_gifted_count",20,"2018","actual","Москва передала 20 машин скорой помощи"),
 F("schools_renovated_count",3,"2018","actual","были отремонтированы три школы")],
[E("2019-03-28","Sobyanin meets Surakmatov","28 марта 2019 года провел встречу с мэром Бишкека","meeting","past"),
 E("2018","Moscow–Bishkek programme 2018–2020 signed","В прошлом году мы подписали новую программу","agreement","past"),
 E(None,"Invitation to Sobyanin to visit Bishkek","передал Собянину приглашение посетить Бишкек","visit","planned"),
 E("2018","Moscow hands 20 ambulances, 3 schools repaired","Москва передала 20 машин скорой помощи","other","past"),
 E("2019-03-28","Moscow government presidium (domestic)","провел заседание Президиума правительства Москвы","other","past",False)])

add("04_tatarinform_ru_2017_kazan_bishkek.txt","https://www.tatar-inform.ru/news/2017/09/12/565432/","ru","12 сентября 2017, 15:40","2017-09-12",None,"header","Header timestamp; URL agrees.","""
Ильсур Метшин и Албек Ибраимов подписали соглашение о побратимстве Казани и Бишкека

12 сентября 2017, 15:40

(Казань, 12 сентября, «Татар-информ», Лилия Гарипова). Мэр Казани Ильсур Метшин и мэр Бишкека Албек Ибраимов сегодня подписали соглашение об установлении побратимских связей между двумя городами.

Церемония прошла в ратуше Казани. Перед подписанием Бишкекскую делегацию принял Президент Татарстана Рустам Минниханов.

«У наших городов общие исторические корни, и соглашение откроет новые возможности в образовании, спорте и туризме», — сказал Ильсур Метшин. Албек Ибраимов пригласил казанскую делегацию на празднование Дня города Бишкека в октябре.

По словам мэра Казани, товарооборот Татарстана с Кыргызстаном в прошлом году составил около 60 млн долларов.

Стороны также договорились провести в 2018 году в Бишкеке Дни Казани. В составе делегации Бишкека — вице-мэры и руководители муниципальных предприятий. Гости осмотрели Казанский Кремль, побывали в Центре семьи «Казан» и ознакомились с работой единой диспетчерской службы города.

Накануне Метшин принял участие в заседании Совета муниципальных образований Татарстана.

Фото: пресс-служба мэрии Казани
""",[P("Ильсур Метшин","Ильсур Метшин","мэр Казани",["Ильсур Метшин","Метшин"]),
 P("Албек Ибраимов","Албек Ибраимов","мэр Бишкека",["Албек Ибраимов"]),
 P("Рустам Минниханов","Рустам Минниханов","Президент Татарстана",["Рустам Минниханов"])],
["Лилия Гарипова"],
[F("tatarstan_kg_trade_usd",60000000,"2016","actual","товарооборот Татарстана с Кыргызстаном в прошлом году составил около 60 млн долларов","about","Regional (Tatarstan) turnover, not the national figure")],
[E("2017-09-12","Kazan–Bishkek sister-city agreement signed","сегодня подписали соглашение об установлении побратимских связей","agreement","past"),
 E("2017-09-12","Minnikhanov receives Bishkek delegation","Бишкекскую делегацию принял Президент Татарстана Рустам Минниханов","meeting","past"),
 E("2017-10","Invitation to Bishkek City Day","пригласил казанскую делегацию на празднование Дня города Бишкека в октябре","visit","planned"),
 E("2018","Days of Kazan in Bishkek","провести в 2018 году в Бишкеке Дни Казани","other","planned"),
 E("2017-09-11","Council of Tatarstan municipalities (domestic)","Накануне Метшин принял участие в заседании Совета муниципальных образований Татарстана","other","past",False)])

add("05_akipress_en_2012_osh_kazan.txt","https://akipress.com/news:512390/","en","unknown","2012-10-06",None,"dateline","Dateline 'Oct 6' plus 'AKIpress' copyright 2012 at bottom.","""
Osh marks City Day with delegations from Kazan and Novosibirsk

OSH, Oct 6 (AKIpress) - Osh Mayor Melis Myrzakmatov hosted delegations from Kazan and Novosibirsk on the occasion of the City Day today.

The Kazan delegation led by Deputy Mayor handed over sports equipment worth 3 million rubles to Osh schools. The mayor of Osh and the guests agreed to prepare a memorandum on cooperation to be signed next year.

Mr. Myrzakmatov said that about 2,500 residents of Osh had undergone short-term training in Russian language and labor law before leaving for work in Russia under the city's program launched in 2011.

The Novosibirsk delegation attended a concert on the central square and visited the Sulaiman-Too mountain.

Prime Minister Zhantoro Satybaldiyev, who arrived in Osh on Friday, congratulated residents on the holiday.

Meanwhile, Osh city budget for 2013 is expected to reach 1.9 billion soms, the City Hall said.

© AKIpress 2012
""",[P("Мелис Мырзакматов","Melis Myrzakmatov","мэр Оша",["Melis Myrzakmatov","Mr. Myrzakmatov"]),
 P("Жантөрө Сатыбалдиев","Zhantoro Satybaldiyev","премьер-министр Кыргызстана",["Zhantoro Satybaldiyev"],"Russian spelling also Жанторо Сатыбалдиев; PM from Sept 2012")],
[],
[F("gift_value_rub",3000000,None,"actual","sports equipment worth 3 million rubles"),
 F("migrants_trained_count",2500,None,"actual","about 2,500 residents of Osh had undergone short-term training","about"),
 F("osh_city_budget_som",1900000000,"2013","forecast","Osh city budget for 2013 is expected to reach 1.9 billion soms")],
[E("2012-10-06","Osh City Day with Kazan and Novosibirsk delegations","hosted delegations from Kazan and Novosibirsk on the occasion of the City Day today","other","past"),
 E("2013","Memorandum Osh–Kazan to be signed","agreed to prepare a memorandum on cooperation to be signed next year","agreement","planned"),
 E("2011","Osh migrant training programme launched","under the city's program launched in 2011","other","past",False),
 E("2012-10-05","PM Satybaldiyev arrives in Osh (domestic)","who arrived in Osh on Friday","other","past",False,"Friday 5 Oct 2012")])

add("06_kabar_ru_2021_migrants_moscow.txt","http://kabar.kg/news/moskva-i-bishkek-obsudili-programmu-adaptatcii-migrantov/","ru","15.07.2021","2021-07-15",None,"header","Header date; URL has no date.","""
Москва и Бишкек обсудили программу адаптации мигрантов

15.07.2021 11:12

Бишкек, 15 июля. /Кабар/. Делегация правительства Москвы во главе с руководителем Департамента национальной политики и межрегиональных связей Виталием Сучковым провела переговоры в мэрии Бишкека.

Как сообщили в пресс-службе мэрии, стороны обсудили совместную муниципальную программу адаптации трудовых мигрантов. В Москве сейчас, по оценке департамента, работают около 400 тысяч граждан Кыргызстана. В рамках программы в Бишкеке планируется открыть два центра предварительной подготовки, где будущие мигранты смогут пройти курсы русского языка. Кроме того, московская сторона готова направить в Бишкек преподавателей и методические материалы, а также помочь в организации консультаций по вопросам патентов и медицинского страхования.

Накануне делегацию принял Председатель Кабинета министров Улукбек Марипов. Он отметил, что, несмотря на пандемию, товарооборот между Кыргызстаном и Россией в 2020 году составил 1,6 млрд долларов.

Стороны договорились подписать соответствующее соглашение в сентябре, в рамках визита мэра Бишкека в Москву.

Напомним, 24 июня Кабинет министров утвердил план по борьбе с COVID-19 на третий квартал. Внешний долг Кыргызстана на 1 июня составил 4,2 млрд долларов.
""",[P("Виталий Сучков","Виталием Сучковым","руководитель Департамента национальной политики и межрегиональных связей Москвы",["Виталием Сучковым"]),
 P("Улукбек Марипов","Улукбек Марипов","Председатель Кабинета министров КР",["Улукбек Марипов"])],
[],
[F("kyrgyz_migrants_in_moscow",400000,None,"actual","работают около 400 тысяч граждан Кыргызстана","about"),
 F("trade_turnover",1600000000,"2020","actual","товарооборот между Кыргызстаном и Россией в 2020 году составил 1,6 млрд долларов"),
 F("kg_external_debt_usd",4200000000,"2021-06-01","actual","Внешний долг Кыргызстана на 1 июня составил 4,2 млрд долларов",note="distractor")],
[E("2021-07-15","Moscow government delegation talks at Bishkek mayor's office","провела переговоры в мэрии Бишкека","meeting","past"),
 E("2021-07-14","Maripov receives Moscow delegation","Накануне делегацию принял Председатель Кабинета министров Улукбек Марипов","meeting","past"),
 E("2021-09","Agreement to be signed during Bishkek mayor's visit to Moscow","подписать соответствующее соглашение в сентябре, в рамках визита мэра Бишкека в Москву","agreement","planned"),
 E("2021-06-24","Cabinet approves COVID plan (domestic)","24 июня Кабинет министров утвердил план по борьбе с COVID-19","other","past",False)])

add("07_oblgazeta_ru_2015_yekaterinburg_bishkek.txt","https://www.oblgazeta.ru/society/24817/","ru","unknown","2015-10-02",None,"body","Body: 'в пятницу, 2 октября'; year from 2015 in text.","""
Екатеринбург и Бишкек договорились о сотрудничестве

В пятницу, 2 октября, глава Екатеринбурга Евгений Ройзман принял делегацию Бишкека во главе с мэром кыргызской столицы Албеком Ибраимовым. Стороны подписали протокол о намерениях в сфере образования и здравоохранения на 2015–2017 годы.

Как рассказал «Областной газете» Евгений Ройзман, в Екатеринбурге живут и работают около 25 тысяч выходцев из Кыргызстана. «Для нас важно, чтобы люди чувствовали себя здесь как дома», — подчеркнул он.

Глава администрации Екатеринбурга Александр Якоб рассказал гостям о работе городского транспорта. Делегация также побывала на заводе «Уралмаш». Гости интересовались опытом Екатеринбурга в организации работы управляющих компаний, системой сбора мусора и строительством новых школ в спальных районах. Особое внимание было уделено обмену студентами между вузами двух городов.

Бишкекские гости пригласили уральцев на День города Бишкека, который пройдет в конце октября.

Отметим, что на прошлой неделе губернатор Свердловской области Евгений Куйвашев провел переговоры с делегацией Казахстана; товарооборот региона с этой страной превысил 1 млрд долларов.

Ольга КОШКИНА
""",[P("Евгений Ройзман","Евгений Ройзман","глава Екатеринбурга",["Евгений Ройзман"]),
 P("Албек Ибраимов","Албеком Ибраимовым","мэр Бишкека",["Албеком Ибраимовым"]),
 P("Александр Якоб","Александр Якоб","глава администрации Екатеринбурга",["Александр Якоб"]),
 P("Евгений Куйвашев","Евгений Куйвашев","губернатор Свердловской области",["Евгений Куйвашев"])],
["Ольга КОШКИНА"],
[F("kyrgyz_natives_in_city",25000,None,"actual","около 25 тысяч выходцев из Кыргызстана","about"),
 F("sverdlovsk_kazakhstan_trade_usd",1000000000,None,"actual","товарооборот региона с этой страной превысил 1 млрд долларов","more than","Distractor: Sverdlovsk region with Kazakhstan")],
[E("2015-10-02","Roizman receives Bishkek delegation led by Ibraimov","принял делегацию Бишкека во главе с мэром кыргызской столицы","meeting","past"),
 E("2015-10-02","Protocol of intent signed","Стороны подписали протокол о намерениях","agreement","past"),
 E("2015-10","Invitation to Bishkek City Day","пригласили уральцев на День города Бишкека, который пройдет в конце октября","visit","planned"),
 E("2015-09","Kuyvashev talks with Kazakhstan delegation (not KG–RU)","провел переговоры с делегацией Казахстана","meeting","past",False)])

add("08_sputnik_ru_2018_novosibirsk_anniversary.txt","https://ru.sputnik.kg/20181120/bishkek-novosibirsk-pobratimy-1041876543.html","ru","unknown","2018-11-20",None,"url","No date on the page body; date only in the URL (20181120).","""
Бишкек и Новосибирск отметили юбилей побратимства

БИШКЕК, 20 ноя — Sputnik. Делегация Новосибирска во главе с мэром Анатолием Локтем прибыла в кыргызскую столицу на празднование 10-летия побратимских отношений двух городов.

Мэр Бишкека Азиз Суракматов встретился с гостями в мэрии. Стороны обсудили сотрудничество в сфере городского хозяйства и культуры, а также подписали план мероприятий на ближайшие два года.

«За десять лет мы провели более 30 совместных мероприятий — дни культуры, спортивные турниры, обмен специалистами», — сказал Анатолий Локоть.

Соглашение о побратимстве между Бишкеком и Новосибирском было подписано в ноябре 2008 года.

Новосибирская сторона передала в дар городу оборудование для детской поликлиники стоимостью 5 миллионов рублей. В программе визита также концерт новосибирских артистов в Кыргызской национальной филармонии и выставка фотографий, посвященная истории двух городов. Кроме того, гости осмотрят новые скверы и реконструированную площадь Ала-Тоо.

Завтра делегация посетит Иссык-Кульскую область.

Ранее сообщалось, что бюджет Бишкека на следующий год планируется в объеме 13,5 миллиарда сомов.
""",[P("Анатолий Локоть","Анатолием Локтем","мэр Новосибирска",["Анатолием Локтем","Анатолий Локоть"]),
 P("Азиз Суракматов","Азиз Суракматов","мэр Бишкека",["Азиз Суракматов"])],
[],
[F("gift_cost_rub",5000000,None,"actual","стоимостью 5 миллионов рублей"),
 F("bishkek_city_budget_som",13500000000,"2019","forecast","бюджет Бишкека на следующий год планируется в объеме 13,5 миллиарда сомов"),
 F("joint_events_count",30,None,"actual","более 30 совместных мероприятий","more than")],
[E("2018-11-20","Novosibirsk delegation in Bishkek for 10th anniversary of twinning","прибыла в кыргызскую столицу на празднование 10-летия побратимских отношений","anniversary","ongoing"),
 E("2018-11-20","Surakmatov meets Lokot; plan signed","Мэр Бишкека Азиз Суракматов встретился с гостями в мэрии","meeting","past"),
 E("2008-11","Bishkek–Novosibirsk twinning agreement","было подписано в ноябре 2008 года","agreement","past"),
 E("2018-11-21","Delegation visits Issyk-Kul","Завтра делегация посетит Иссык-Кульскую область","visit","planned")])

add("09_tass_ru_2023_spb_cis_cities_forum.txt","https://tass.ru/obschestvo/18345671","ru","unknown","2023-07-20",None,"dateline","Dateline '20 июля' + year in body.","""
Форум городов-побратимов СНГ открылся в Петербурге

САНКТ-ПЕТЕРБУРГ, 20 июля. /ТАСС/. Международный форум городов-побратимов государств - участников СНГ и ЕАЭС открылся в четверг в Санкт-Петербурге. В нем принимают участие делегации более 40 городов, сообщил губернатор города Александр Беглов.

"Побратимские связи - это основа народной дипломатии. Сегодня мы подписываем несколько новых соглашений", - сказал Беглов на пленарном заседании.

На полях форума губернатор провел отдельную встречу с делегацией Бишкека, в ходе которой стороны договорились о проведении Дней Санкт-Петербурга в кыргызской столице в 2024 году. Также был подписан меморандум о сотрудничестве между Ошем и Петербургом в сфере образования.

Посол Кыргызстана в России, выступая на форуме, напомнил, что товарооборот двух стран в 2022 году вырос на 37% и достиг 3,2 млрд долларов.

Форум проходит в 2023 году во второй раз. Следующий планируется провести в Казани. Программа форума включает круглые столы по вопросам городского транспорта, молодежной политики и сохранения культурного наследия.

Тем временем в Минске завершилось заседание Евразийского межправительственного совета.
""",[P("Александр Беглов","Александр Беглов","губернатор Санкт-Петербурга",["Александр Беглов","Беглов"])],
[],
[F("trade_turnover_growth_pct",37,"2022","actual","вырос на 37%"),
 F("trade_turnover",3200000000,"2022","actual","достиг 3,2 млрд долларов"),
 F("forum_participating_cities",40,None,"actual","делегации более 40 городов","more than")],
[E("2023-07-20","CIS/EAEU twin-cities forum opens in St Petersburg (multilateral)","открылся в четверг в Санкт-Петербурге","forum","ongoing",False),
 E("2023-07-20","Beglov meets Bishkek delegation","провел отдельную встречу с делегацией Бишкека","meeting","past"),
 E("2024","Days of St Petersburg in Bishkek","проведении Дней Санкт-Петербурга в кыргызской столице в 2024 году","other","planned"),
 E("2023-07-20","Osh–St Petersburg education memorandum","был подписан меморандум о сотрудничестве между Ошем и Петербургом","agreement","past"),
 E(None,"Next forum in Kazan (multilateral)","Следующий планируется провести в Казани","forum","planned",False),
 E("2023-07","Eurasian Intergovernmental Council in Minsk (multilateral)","в Минске завершилось заседание Евразийского межправительственного совета","other","past",False)])

add("10_oshcity_ru_2019_omsk.txt","http://oshcity.kg/ru/news/1187","ru","unknown","2019-06-12",None,"body","Body gives 'в среду, 12 июня' and year 2019.","""
Делегация Оша находится с визитом в Омске

Пресс-служба мэрии города Ош

В среду, 12 июня 2019 года, делегация мэрии города Ош во главе с вице-мэром прибыла в Омск по приглашению мэра города Оксаны Фадиной.

В ходе встречи в администрации Омска стороны обсудили возможность подписания соглашения о побратимстве. Оксана Николаевна Фадина отметила, что в Омске проживают около 8 тысяч выходцев из Кыргызстана, многие из них — из Ошской области.

Омская сторона предложила организовать на базе одного из колледжей обучение ошских студентов по строительным специальностям. Первая группа из 50 человек может начать обучение уже в сентябре.

Соглашение о побратимстве планируется подписать в ходе празднования Дня города Ош осенью этого года. Напомним, что в 2015 году Ош уже подписал побратимские соглашения с рядом городов России.

Визит продлится до 14 июня. Делегация также встретится с руководством Омской области.

Тем временем в Оше продолжается ремонт улицы Ленина, на который из городского бюджета выделено 120 млн сомов.
""",[P("Оксана Фадина","Оксаны Фадиной","мэр Омска",["Оксаны Фадиной","Оксана Николаевна Фадина"])],
[],
[F("kyrgyz_natives_in_city",8000,None,"actual","около 8 тысяч выходцев из Кыргызстана","about"),
 F("students_group_count",50,None,"target","Первая группа из 50 человек"),
 F("road_repair_budget_som",120000000,"2019","actual","выделено 120 млн сомов",note="domestic distractor")],
[E("2019-06-12","Osh delegation visits Omsk","делегация мэрии города Ош во главе с вице-мэром прибыла в Омск","visit","ongoing"),
 E("2019-06-12","Meeting in Omsk administration with Fadina","В ходе встречи в администрации Омска","meeting","past"),
 E("2019","Osh–Omsk twinning agreement at Osh City Day","Соглашение о побратимстве планируется подписать в ходе празднования Дня города Ош осенью этого года","agreement","planned"),
 E("2015","Osh twinning agreements with Russian cities","в 2015 году Ош уже подписал побратимские соглашения с рядом городов России","agreement","past"),
 E("2019-09","Omsk college training for Osh students","начать обучение уже в сентябре","other","planned"),
 E(None,"Meeting with Omsk region leadership","Делегация также встретится с руководством Омской области","meeting","planned")])

add("11_24kg_ru_2016_moscow_school.txt","https://24.kg/obschestvo/38902_v_bishkeke_otkryilas_shkola_postroennaya_na_sredstva_moskvyi/","ru","01 сентября 2016, 12:45","2016-09-01",None,"byline","Byline timestamp.","""
В Бишкеке открылась школа, построенная на средства Москвы

01 сентября 2016, 12:45

Мэр Бишкека Албек Ибраимов и заместитель мэра Москвы Леонид Печатников сегодня открыли новую школу в жилмассиве Ак-Орго, построенную за счет правительства Москвы.

Школа рассчитана на 1 200 учащихся. Стоимость строительства составила около 300 млн рублей. В учебном заведении углубленно изучается русский язык. В школе оборудованы спортивный зал, бассейн, компьютерные классы и столовая. Мебель и учебники также предоставлены московской стороной, а учителя прошли стажировку в столичных школах.

«Это подарок Москвы детям Бишкека. Мы благодарны Сергею Собянину за поддержку», — заявил Албек Ибраимов.

Вчера Леонида Печатникова принял Президент Алмазбек Атамбаев. Глава государства поблагодарил Москву за помощь и отметил, что, по данным за первое полугодие 2016 года, товарооборот между Кыргызстаном и Россией составил 680 млн долларов.

В октябре в Бишкеке пройдут Дни Москвы, в программу которых войдут концерты и выставки.

Отметим, что дефицит республиканского бюджета на 2016 год заложен в размере 15 млрд сомов.

Автор: Тэмир Тынымсеитов
""",[P("Албек Ибраимов","Албек Ибраимов","мэр Бишкека",["Албек Ибраимов"]),
 P("Леонид Печатников","Леонид Печатников","заместитель мэра Москвы",["Леонид Печатников","Леонида Печатникова"]),
 P("Сергей Собянин","Сергею Собянину","мэр Москвы",["Сергею Собянину"]),
 P("Алмазбек Атамбаев","Алмазбек Атамбаев","Президент Кыргызстана",["Алмазбек Атамбаев"])],
["Тэмир Тынымсеитов"],
[F("school_capacity",1200,None,"actual","рассчитана на 1 200 учащихся"),
 F("gift_cost_rub",300000000,None,"actual","Стоимость строительства составила около 300 млн рублей","about"),
 F("trade_turnover",680000000,"2016-H1","actual","по данным за первое полугодие 2016 года, товарооборот между Кыргызстаном и Россией составил 680 млн долларов"),
 F("kg_budget_deficit_som",15000000000,"2016","target","дефицит республиканского бюджета на 2016 год заложен в размере 15 млрд сомов")],
[E("2016-09-01","Moscow-funded school opens in Bishkek","сегодня открыли новую школу в жилмассиве Ак-Орго","other","past"),
 E("2016-08-31","Atambayev receives Pechatnikov","Вчера Леонида Печатникова принял Президент Алмазбек Атамбаев","meeting","past"),
 E("2016-10","Days of Moscow in Bishkek","В октябре в Бишкеке пройдут Дни Москвы","other","planned")])

add("12_spbgov_ru_nd_bishkek_mayor.txt","https://www.gov.spb.ru/press/governor/8812/","ru","unknown",None,"????-10-11","body","Body gives only '11 октября' and weekday; no year anywhere on page.","""
Губернатор Петербурга встретилась с мэром Бишкека

Губернатор Санкт-Петербурга Валентина Матвиенко в среду, 11 октября, провела в Смольном встречу с мэром Бишкека, который находится в Петербурге с рабочим визитом.

Стороны обсудили ход реализации соглашения о сотрудничестве, в том числе строительство в Бишкеке жилого квартала с участием петербургских компаний и поставки в кыргызскую столицу троллейбусов производства Петербурга. По словам губернатора, первые 10 троллейбусов могут быть поставлены до конца года.

Валентина Матвиенко отметила, что в Петербурге успешно работает программа «Толерантность», в рамках которой организованы курсы для трудовых мигрантов из Центральной Азии. Губернатор предложила использовать этот опыт и в Бишкеке, где готовят будущих мигрантов к работе в России, а также расширить обмен студентами между вузами двух городов.

Мэр Бишкека пригласил губернатора посетить кыргызскую столицу и принять участие в Днях Санкт-Петербурга в Бишкеке, которые планируется провести весной следующего года.

В тот же день губернатор провела заседание правительства Санкт-Петербурга, на котором был рассмотрен проект городского бюджета.

Пресс-служба Администрации Санкт-Петербурга
""",[P("Валентина Матвиенко","Валентина Матвиенко","губернатор Санкт-Петербурга",["Валентина Матвиенко"],"Governor 2003–2011; Bishkek mayor unnamed in text")],
[],
[F("trolleybuses_count",10,None,"forecast","первые 10 троллейбусов могут быть поставлены до конца года")],
[E(None,"Matviyenko meets Bishkek mayor in Smolny","в среду, 11 октября, провела в Смольном встречу с мэром Бишкека","meeting","past","????-10-11; Wednesday 11 Oct fits 2006 but year not stated"),
 E(None,"Trolleybus deliveries by year-end","первые 10 троллейбусов могут быть поставлены до конца года","other","planned"),
 E(None,"Days of St Petersburg in Bishkek next spring","Днях Санкт-Петербурга в Бишкеке, которые планируется провести весной следующего года","other","planned"),
 E(None,"St Petersburg government session (domestic)","провела заседание правительства Санкт-Петербурга","other","past",False)])

add("13_akipress_en_2001_kazan_iskhakov.txt","https://akipress.com/news:8821/","en","unknown","2001-06-05",None,"dateline","Dateline 'June 5' plus year in body ('2001').","""
Kazan Mayor Kamil Iskhakov visits Bishkek

BISHKEK, June 5 (AKIpress) - A delegation of Kazan led by Mayor Kamil Iskhakov arrived in Bishkek on a three-day visit today.

Kamil Iskhakov held talks with the head of the Bishkek city administration. The parties discussed cooperation in construction, trade and culture and signed an agreement on friendship and cooperation between the two cities.

President Askar Akayev is expected to receive the Kazan mayor tomorrow.

Iskhakov said Kazan enterprises were ready to supply 30 KAMAZ trucks for the Bishkek municipal services on favorable terms. He also invited the Bishkek delegation to the Kazan millennium celebrations planned for 2005.

The trade turnover between Kyrgyzstan and Russia totaled $240 million in 2000, according to the Kyrgyz Ministry of External Trade and Industry.

Separately, Kyrgyzstan's debt to Russia is estimated at $150 million, the ministry said.

The Shanghai Five summit to be held in Shanghai later this month will turn the group into a new organization, officials say.
""",[P("Камиль Исхаков","Kamil Iskhakov","мэр Казани",["Kamil Iskhakov","Iskhakov"]),
 P("Аскар Акаев","Askar Akayev","Президент Кыргызстана",["Askar Akayev"])],
[],
[F("trucks_supply_count",30,None,"forecast","30 KAMAZ trucks"),
 F("trade_turnover",240000000,"2000","actual","The trade turnover between Kyrgyzstan and Russia totaled $240 million in 2000"),
 F("kg_debt_to_russia_usd",150000000,None,"actual","Kyrgyzstan's debt to Russia is estimated at $150 million","about")],
[E("2001-06-05","Iskhakov's visit to Bishkek","arrived in Bishkek on a three-day visit today","visit","ongoing"),
 E("2001-06-05","Kazan–Bishkek friendship agreement","signed an agreement on friendship and cooperation between the two cities","agreement","past"),
 E("2001-06-06","Akayev to receive Kazan mayor","President Askar Akayev is expected to receive the Kazan mayor tomorrow","meeting","planned"),
 E("2005","Kazan millennium celebrations","Kazan millennium celebrations planned for 2005","anniversary","planned"),
 E("2001-06","Shanghai Five summit (multilateral)","The Shanghai Five summit to be held in Shanghai later this month","other","planned",False)])

add("14_24kg_en_2025_moscow_park.txt","https://24.kg/english/335210_Moscow_Park_opens_in_Bishkek/","en","Posted 18:05, 29 August 2025","2025-08-29",None,"byline","'Posted' line; body 'today'.","""
Moscow Park opens in Bishkek

Posted 18:05, 29 August 2025. Updated 19:30

A park built with funds from the Moscow government opened in Bishkek today. Chairman of the Cabinet of Ministers Adylbek Kasymaliev and the Moscow delegation took part in the ceremony.

The park covers 6 hectares in the south of the capital. According to the City Hall, Moscow allocated about 500 million rubles for its construction. The park has playgrounds, a fountain and a monument to friendship between the two cities.

Moscow Mayor Sergei Sobyanin addressed the residents of Bishkek via video link. "This park is a symbol of our friendship, which has lasted for decades," he said.

Adylbek Kasymaliev said that the trade turnover between Kyrgyzstan and Russia exceeded $3.8 billion last year. "Russia remains our key partner," he stressed.

The opening was timed to the Independence Day of Kyrgyzstan, celebrated on August 31. The delegation of Moscow will also take part in the Bishkek City Day events in October.

Earlier, the President's Administration reported that the volume of remittances from Russia in the first half of 2025 amounted to $1.1 billion.

Author: Darya Podolskaya
""",[P("Адылбек Касымалиев","Adylbek Kasymaliev","Председатель Кабинета министров КР",["Adylbek Kasymaliev"]),
 P("Сергей Собянин","Sergei Sobyanin","мэр Москвы",["Sergei Sobyanin"])],
["Darya Podolskaya"],
[F("park_area_ha",6,None,"actual","The park covers 6 hectares"),
 F("gift_cost_rub",500000000,None,"actual","Moscow allocated about 500 million rubles","about"),
 F("trade_turnover",3800000000,"2024","actual","the trade turnover between Kyrgyzstan and Russia exceeded $3.8 billion last year","more than"),
 F("remittances_from_russia_usd",1100000000,"2025-H1","actual","remittances from Russia in the first half of 2025 amounted to $1.1 billion")],
[E("2025-08-29","Moscow Park opens in Bishkek","A park built with funds from the Moscow government opened in Bishkek today","other","past"),
 E("2025-08-29","Sobyanin video address","addressed the residents of Bishkek via video link","other","past"),
 E("2025-08-31","Independence Day of Kyrgyzstan (domestic)","Independence Day of Kyrgyzstan, celebrated on August 31","other","planned",False),
 E("2025-10","Moscow delegation at Bishkek City Day","will also take part in the Bishkek City Day events in October","visit","planned")])

json.dump(A,open(f"{D}/gold.json","w"),ensure_ascii=False,indent=1)
