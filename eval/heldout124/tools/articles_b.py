B = {}

B["08_24kg_ru_2019_osh_consulate_russia_day.txt"] = ("source: https://24.kg/obschestvo/120815_voshe_genkonsulstvo_rossii_otmetilo_den_rossii/", """11:40, 11 июня 2019, Бишкек – 24.kg, Улан ОМУРОВ

В Оше генконсульство России отметило День России

Генеральное консульство России в Оше вчера провело прием по случаю Дня России. Об этом сообщили в диппредставительстве.

На прием приехал посол Российской Федерации в Кыргызстане Николай Удовиченко. Среди более чем 300 гостей были представители местных органов власти, полномочного представительства правительства в Ошской области, мэрии Оша, силовых структур, вузов, ветераны и представители русскоязычной общины юга республики.

Николай Удовиченко напомнил, что 28 марта состоялся первый государственный визит Владимира Путина в Кыргызстан, по итогам которого подписаны более десятка межгосударственных и межправительственных документов. «Наша задача — чтобы договоренности президентов дошли до каждого региона, в том числе до юга Кыргызстана», — подчеркнул он.

Генеральный консул России в Оше сообщил, что с начала года консульство оформило более 1 700 документов, в том числе около 400 заграничных паспортов для российских граждан, проживающих на юге республики. Выездные приемы граждан прошли в Джалал-Абаде и Баткене.

Накануне приема посол встретился с ректором Ошского государственного университета. Стороны обсудили открытие в вузе центра русского языка и увеличение квоты на бесплатное обучение в российских вузах для выпускников южных областей.

Президент Сооронбай Жээнбеков направил поздравление Владимиру Путину по случаю Дня России.

Напомним, 13–14 июня в Бишкеке пройдет саммит Шанхайской организации сотрудничества, в котором примут участие главы государств — членов ШОС, в том числе президент России.

Фото генконсульства РФ в Оше
""")

B["09_24kg_en_2020_udovichenko_aidarbekov.txt"] = ("source: https://24.kg/english/154918_Chingiz_Aidarbekov_Ambassador_of_Russia_discuss_return_of_Kyrgyzstanis/", """Chingiz Aidarbekov, Ambassador of Russia discuss return of Kyrgyzstanis

BISHKEK -24.kg news agency , Darya PODOLSKAYA

Posted: 05/06/2020 10:52

Foreign Minister of Kyrgyzstan Chingiz Aidarbekov met yesterday with the Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kyrgyzstan Nikolai Udovichenko. Press service of the Foreign Ministry reported.

The parties discussed the return home of Kyrgyzstanis who were stuck in Russia after the borders were closed due to the coronavirus pandemic. According to the ministry, since April, 26 special flights have brought more than 5,300 citizens home from Moscow, St. Petersburg, Yekaterinburg, Novosibirsk and Kazan. About 3,000 more citizens have applied to the embassy in Moscow for help.

Chingiz Aidarbekov thanked the Russian side for the humanitarian assistance provided to Kyrgyzstan, including test systems, personal protective equipment and the work of Russian epidemiologists in the republic.

Nikolai Udovichenko noted that, according to Russian data, about 640,000 citizens of Kyrgyzstan are currently in Russia, and assured that Moscow would extend the validity of migrants' documents until the epidemiological situation stabilizes.

The parties also exchanged views on the schedule of bilateral events postponed because of the pandemic, including a meeting of the intergovernmental commission, and on the participation of Kyrgyz servicemen in the Victory Parade in Moscow on June 24.

Earlier, the International Monetary Fund approved $242 million in emergency assistance to Kyrgyzstan to mitigate the economic consequences of the pandemic.

Related: Kyrgyzstanis stranded in Russia to be flown home by special flights
""")

B["10_kyrgyzstanmidru_ru_undated_june22_wreaths.txt"] = ("source: https://kyrgyzstan.mid.ru/ru/press-centre/news/vozlozhenie_venkov_v_den_pamyati_i_skorbi/", """Посольство России в Киргизской Республике

Новости

Возложение венков в День памяти и скорби

22 июня, в День памяти и скорби, Посол России в Киргизии Н.Н.Удовиченко, сотрудники Посольства, Торгового представительства, Представительства Россотрудничества и других российских загранучреждений, ветераны, соотечественники и представители общественности возложили венки и цветы к Вечному огню на площади Победы в Бишкеке.

Участники церемонии почтили минутой молчания память погибших. В этот день в 1941 году гитлеровская Германия напала на Советский Союз, началась Великая Отечественная война.

В своем выступлении Н.Н.Удовиченко подчеркнул, что народ Киргизии внес огромный вклад в общую Победу: на фронт из республики ушли более 360 тысяч человек, многие из них не вернулись домой. «Память о подвиге наших отцов и дедов — то, что навсегда объединяет народы России и Киргизии», — сказал Посол.

В мероприятии приняли участие около 200 человек, в том числе представители мэрии Бишкека, Министерства обороны Киргизской Республики, военнослужащие Объединенной российской военной базы, учащиеся школ и студенты Кыргызско-Российского Славянского университета.

Аналогичная церемония прошла в тот же день в Оше, где венки к мемориалу возложили сотрудники Генерального консульства России.

Фото Посольства
""")

B["11_tass_en_2022_30_years_diplomatic_relations.txt"] = ("source: https://tass.com/politics/1424517", """Lavrov, Kyrgyz top diplomat exchange messages on 30 years of diplomatic ties

The two ministers reaffirmed their commitment to alliance and strategic partnership, the Russian Foreign Ministry said

MOSCOW, March 20. /TASS/. Russian Foreign Minister Sergey Lavrov and his Kyrgyz counterpart Ruslan Kazakbayev exchanged congratulatory messages on Sunday on the 30th anniversary of the establishment of diplomatic relations between the two countries, the Russian Foreign Ministry said.

Russia and Kyrgyzstan established diplomatic relations on March 20, 1992. Bilateral relations are based on the Treaty on Friendship, Cooperation and Mutual Assistance signed in June 1992 and the Declaration on Eternal Friendship, Alliance and Partnership of July 2000.

"Over these three decades, our countries have built relations of genuine alliance and strategic partnership. I am convinced that together we will continue to strengthen our cooperation both bilaterally and within the CSTO, the EAEU and the CIS," Lavrov said in his message.

Kazakbayev, for his part, thanked the Russian side for its support and noted the importance of Russia as Kyrgyzstan's main trade partner and the country where hundreds of thousands of Kyrgyz citizens work.

Russian Ambassador to Kyrgyzstan Nikolai Udovichenko will host a reception at the embassy in Bishkek on March 22 to mark the anniversary, the embassy said.

This year Kyrgyzstan chairs the bodies of the Eurasian Economic Union.
""")

B["12_mfakg_ru_2023_mobile_consular_samara.txt"] = ("source: https://mfa.gov.kg/ru/dm/pkr-v-rf/news/8154", """Посольство Кыргызской Республики в Российской Федерации

16.10.2023

О работе выездной консульской группы Посольства в г. Самара

С 9 по 14 октября 2023 года выездная консульская группа Посольства Кыргызской Республики в Российской Федерации осуществляла прием граждан в г. Самара.

Работа группы организована во исполнение поручения Министра иностранных дел Кыргызской Республики Ж.Кулубаева о приближении консульских услуг к местам проживания соотечественников.

За время работы группы на прием обратились 2 140 граждан Кыргызской Республики. Приняты документы на оформление 1 320 паспортов (ID-карт и общегражданских заграничных паспортов), выдано 185 свидетельств на возвращение в Кыргызскую Республику, оформлено 96 справок и 240 нотариальных документов.

В рамках визита руководитель консульской группы провел встречу с руководством министерства внутренней политики Самарской области и ГУ МВД России по Самарской области, в ходе которой были обсуждены вопросы пребывания и трудовой деятельности граждан Кыргызстана в регионе. Российская сторона сообщила, что за девять месяцев 2023 года на миграционный учет в Самарской области поставлено более 27 тыс. граждан Кыргызской Республики.

Также состоялась встреча с представителями кыргызской диаспоры, на которой были разъяснены порядок получения ID-карт и новые правила въезда в Российскую Федерацию.

Всего с начала года выездные консульские группы Посольства посетили 19 регионов России. В ноябре 2023 года планируется работа групп в городах Ульяновск и Пенза.

Напомним, по данным Национального банка Кыргызской Республики, объем денежных переводов физических лиц из России за январь-август 2023 года составил 1,6 млрд долларов США.
""")

B["13_kabar_ru_2024_vakunov_credentials.txt"] = ("source: https://kabar.kg/news/sadyr-zhaparov-prinial-veritelnye-gramoty-posla-rossii/", """Садыр Жапаров принял верительные грамоты посла России Сергея Вакунова

Бишкек, 10 сен. 2024. / Кабар /. Президент Кыргызской Республики Садыр Жапаров сегодня принял верительные грамоты от Чрезвычайного и Полномочного Посла Российской Федерации в Кыргызстане Сергея Вакунова.

Как сообщает пресс-служба главы государства, Садыр Жапаров поздравил посла с официальным началом дипломатической миссии в Кыргызстане и отметил, что кыргызско-российские отношения стратегического партнерства и союзничества переживают период подъема, а политический диалог на высшем уровне носит интенсивный и доверительный характер.

Глава государства выразил уверенность, что деятельность посла будет способствовать дальнейшему расширению торгово-экономического, инвестиционного и культурно-гуманитарного сотрудничества.

Сергей Вакунов, в свою очередь, поблагодарил президента за теплый прием и заверил, что приложит все усилия для реализации договоренностей, достигнутых между Садыром Жапаровым и Владимиром Путиным.

Ранее посол вручил копии верительных грамот министру иностранных дел Жээнбеку Кулубаеву. В ходе той встречи стороны обсудили график двусторонних контактов до конца года.

Сергей Вакунов сменил на посту посла Николая Удовиченко, возглавлявшего российскую дипмиссию в Бишкеке с 2019 года.

Отметим, в октябре президент Кыргызстана примет участие в саммите СНГ в Москве и саммите БРИКС в Казани.

Фото пресс-службы президента
""")

B["14_kabar_en_2025_russia_day_reception.txt"] = ("source: https://en.kabar.kg/news/russian-embassy-hosts-reception-on-russia-day/", """Russian Embassy hosts reception on Russia Day

Bishkek, June 11, 2025 / Kabar /. The Embassy of the Russian Federation in Kyrgyzstan hosted a reception on Tuesday on the occasion of Russia Day.

The reception was attended by more than 500 guests, including Chairman of the Cabinet of Ministers Adylbek Kasymaliev, Minister of Foreign Affairs Jeenbek Kulubaev, members of the Jogorku Kenesh, heads of diplomatic missions and international organizations, public figures and representatives of the Russian-speaking community.

In his speech, Russian Ambassador Sergei Vakunov said that relations between the two countries are developing dynamically in all areas. "Last year the trade turnover between Russia and Kyrgyzstan approached $3.8 billion. Russia accounts for about a quarter of Kyrgyzstan's foreign trade," the ambassador said.

He also noted that more than 400 Russian companies and joint ventures operate in Kyrgyzstan, and that Russian universities admitted more than 6,000 students from Kyrgyzstan on state-funded places last year.

Adylbek Kasymaliev congratulated the Russian people on the holiday and said that the next meeting of the Kyrgyz-Russian intergovernmental commission would be held in Moscow in the autumn.

According to the National Statistical Committee, Kyrgyzstan's total foreign trade reached $17.4 billion in 2024.

The reception featured performances by Russian and Kyrgyz artists.

Photo: Kabar
""")
