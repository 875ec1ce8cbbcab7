# Articles 08-14 with their gold records.
B = []

# ---------------------------------------------------------------- 08
B.append(dict(
file="08_24kg_en_2019_ras_science_cooperation.txt",
source="https://24.kg/english/131245_Russian_Academy_of_Sciences_to_expand_cooperation_with_Kyrgyzstan/",
header_date="2019-10-10",
lang="en",
body="""Russian Academy of Sciences to expand cooperation with Kyrgyzstan

10:48, 10 October 2019
BISHKEK. 24.kg news agency , Elena Bogdanova

President of the Russian Academy of Sciences Alexander Sergeev, who arrived in Bishkek on Tuesday on a working visit, met with President of Kyrgyzstan Sooronbai Jeenbekov yesterday. The presidential press service reported.

The parties discussed the work of the Research Station of the Russian Academy of Sciences in Bishkek, which monitors seismic activity and geodynamic processes in the Tien Shan, as well as joint research on glaciers and water resources.

"Science has always been one of the strongest threads connecting our countries. We are interested in young Kyrgyz scientists working in Russian laboratories and returning home with new knowledge," Sooronbai Jeenbekov said.

Alexander Sergeev noted that the Russian Academy of Sciences is ready to open a joint center for the study of mountain glaciers in Bishkek. A memorandum of cooperation between the RAS and the National Academy of Sciences of the Kyrgyz Republic is expected to be signed on Friday.

Russian Ambassador Nikolai Udovichenko, who attended the meeting, said that Russia had allocated 720 state-funded places at its universities for citizens of Kyrgyzstan in the 2019/2020 academic year. About 15,000 Kyrgyzstanis are currently studying in Russia.

Humanitarian ties received a new impulse after the state visit of Vladimir Putin to Bishkek on March 28, 2019, when the two countries signed more than a dozen documents, including agreements in the field of education.

According to the National Statistical Committee, trade turnover between Kyrgyzstan and Russia in January-August 2019 amounted to $1.2 billion. Trade with China over the same period reached $1.1 billion.

Related: Kyrgyzstan and Russia to open joint laboratory in Kara-Balta | KRSU celebrates Day of Science
""",
gold=dict(
 date="2019-10-10", date_partial=None, date_source="header",
 date_note="Header and the time line '10:48, 10 October 2019'. 'yesterday' = 2019-10-09; 'on Tuesday' = 2019-10-08; 'on Friday' = 2019-10-11.",
 people=[
  dict(name_ru_nominative="Александр Сергеев", name_in_text="Alexander Sergeev", role="President of the Russian Academy of Sciences", forms_in_text=["Alexander Sergeev"]),
  dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Sooronbai Jeenbekov", role="President of Kyrgyzstan", forms_in_text=["Sooronbai Jeenbekov"]),
  dict(name_ru_nominative="Николай Удовиченко", name_in_text="Nikolai Udovichenko", role="Ambassador of Russia to Kyrgyzstan", forms_in_text=["Nikolai Udovichenko"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="President of Russia", forms_in_text=["Vladimir Putin"]),
 ],
 other_names=["Elena Bogdanova"],
 figures=[
  dict(metric="ru_university_quota_kg_students", value=720, period="2019", kind="actual", quote="720 state-funded places", period_text="in the 2019/2020 academic year"),
  dict(metric="kg_students_in_russia", value=15000, period=None, kind="actual", qualifier="about", quote="About 15,000 Kyrgyzstanis"),
  dict(metric="trade_turnover", value=1200000000, period="2019-8M", kind="actual", quote="trade turnover between Kyrgyzstan and Russia in January-August 2019 amounted to $1.2 billion", period_text="January-August 2019"),
  dict(metric="kg_china_trade_usd", value=1100000000, period="2019-8M", kind="actual", quote="Trade with China over the same period reached $1.1 billion", note="distractor: China, not Russia"),
 ],
 events=[
  dict(date="2019-10-08", what="RAS President Sergeev arrives in Bishkek on a working visit", quote="who arrived in Bishkek on Tuesday on a working visit", type="visit", status="past", bilateral=True),
  dict(date="2019-10-09", what="President Jeenbekov meets RAS President Sergeev", quote="met with President of Kyrgyzstan Sooronbai Jeenbekov yesterday", type="meeting", status="past", bilateral=True),
  dict(date="2019-10-11", what="Memorandum between RAS and the National Academy of Sciences of Kyrgyzstan to be signed", quote="A memorandum of cooperation between the RAS and the National Academy of Sciences of the Kyrgyz Republic is expected to be signed on Friday", type="agreement", status="planned", bilateral=True),
  dict(date="2019-03-28", what="Putin's state visit to Bishkek; more than a dozen documents signed", quote="the state visit of Vladimir Putin to Bishkek on March 28, 2019", type="visit", status="past", bilateral=True),
 ],
)))

# ---------------------------------------------------------------- 09
B.append(dict(
file="09_ria_ru_2021_sputnik_v_vaccine.txt",
source="https://ria.ru/20210603/vaktsina-1735512345.html",
header_date=None,
lang="ru",
body="""Россия передала Киргизии партию вакцины "Спутник V"

БИШКЕК, 3 июн – РИА Новости. Россия безвозмездно передала Киргизии 20 тысяч доз вакцины "Спутник V", церемония передачи прошла в четверг в международном аэропорту "Манас", передает корреспондент агентства.

Груз доставлен бортом МЧС России. В церемонии принял участие председатель кабинета министров Киргизии Улукбек Марипов, который поблагодарил российскую сторону за "реальную помощь в самый трудный период".

Глава Роспотребнадзора Анна Попова в среду заявила, что ведомство продолжит поддерживать Киргизию в борьбе с коронавирусом. По ее словам, с начала пандемии республике переданы мобильные лаборатории, тест-системы и средства защиты, а общий объем помощи превысил 1 миллиард рублей. "Мы работаем с киргизскими коллегами как одна команда", - подчеркнула Попова.

Ранее президент Киргизии Садыр Жапаров в апреле в телефонном разговоре с Владимиром Путиным поблагодарил его за помощь в поставках вакцины и попросил рассмотреть возможность производства препарата в республике.

Кампания по вакцинации в Киргизии стартовала в конце марта. Первой вакциной, поступившей в страну, стала китайская Sinopharm: в марте КНР в качестве гуманитарной помощи передала республике 150 тысяч доз. По данным минздрава, первым компонентом привиты около 60 тысяч человек.

Следующую партию "Спутника V" планируется доставить в Бишкек в июле.
""",
gold=dict(
 date="2021-06-03", date_partial=None, date_source="url",
 date_note="Year only in the URL (ria.ru/20210603/…); dateline '3 июн' without year. 'в четверг' = 2021-06-03, 'в среду' = 2021-06-02.",
 people=[
  dict(name_ru_nominative="Улукбек Марипов", name_in_text="Улукбек Марипов", role="Chairman of the Cabinet of Ministers of Kyrgyzstan", forms_in_text=["Улукбек Марипов"]),
  dict(name_ru_nominative="Анна Попова", name_in_text="Анна Попова", role="Head of Rospotrebnadzor", forms_in_text=["Анна Попова", "Попова"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="President of Kyrgyzstan", forms_in_text=["Садыр Жапаров"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="President of Russia", forms_in_text=["Владимиром Путиным"]),
 ],
 other_names=[],
 figures=[
  dict(metric="aid_vaccine_doses", value=20000, period=None, kind="actual", quote="20 тысяч доз вакцины"),
  dict(metric="aid_rospotrebnadzor_rub", value=1000000000, period=None, kind="actual", qualifier="more than", quote="превысил 1 миллиард рублей", note="cumulative aid since the start of the pandemic; not trade"),
  dict(metric="aid_vaccine_doses_china", value=150000, period="2021", kind="actual", quote="150 тысяч доз", note="distractor: China's aid, March 2021"),
  dict(metric="vaccinated_first_dose", value=60000, period=None, kind="actual", qualifier="about", quote="около 60 тысяч человек", note="domestic"),
 ],
 events=[
  dict(date="2021-06-03", what="Handover of 20,000 Sputnik V doses at Manas airport with Cabinet chairman Maripov", quote="церемония передачи прошла в четверг в международном аэропорту \"Манас\"", type="other", status="past", bilateral=True),
  dict(date="2021-06-02", what="Rospotrebnadzor head Popova's statement on continued support for Kyrgyzstan", quote="Глава Роспотребнадзора Анна Попова в среду заявила", type="other", status="past", bilateral=True),
  dict(date="2021-04", what="Japarov-Putin phone call on vaccine supplies", quote="в апреле в телефонном разговоре с Владимиром Путиным", type="other", status="past", bilateral=True),
  dict(date="2021-03", what="Vaccination campaign starts in Kyrgyzstan (domestic)", quote="Кампания по вакцинации в Киргизии стартовала в конце марта", type="other", status="past", bilateral=False),
  dict(date="2021-03", what="China donates 150,000 Sinopharm doses (distractor)", quote="в марте КНР в качестве гуманитарной помощи передала республике 150 тысяч доз", type="other", status="past", bilateral=False),
  dict(date="2021-07", what="Next Sputnik V shipment to Bishkek", quote="Следующую партию \"Спутника V\" планируется доставить в Бишкек в июле", type="other", status="planned", bilateral=True),
 ],
)))

# ---------------------------------------------------------------- 10
B.append(dict(
file="10_kabar_en_2022_primakov_russian_schools.txt",
source="https://en.kabar.kg/news/yevgeny-primakov-and-almazbek-beishenaliev-discuss-russian-language-schools/",
header_date=None,
lang="en",
body="""Yevgeny Primakov, Almazbek Beishenaliev discuss Russian-language schools

Posted: 15 June 2022 11:24 | Updated: 15 June 2022 12:02

Bishkek, June 15 /Kabar/. Minister of Education and Science of Kyrgyzstan Almazbek Beishenaliev met today with head of Rossotrudnichestvo Yevgeny Primakov, who is in Bishkek on a working visit.

The parties discussed the construction of new schools with Russian as the language of instruction, the supply of Russian textbooks and the work of Russian teachers in Kyrgyz regions. Beishenaliev noted that the shortage of teachers of Russian in rural schools exceeds 1,500 people.

According to Primakov, in September some 220 teachers from Russia will come to work in schools of Kyrgyzstan under the "Russian Teacher Abroad" project. He also said that the quota for Kyrgyz citizens at Russian universities for the 2022/2023 academic year had been increased to 1,000 places.

"The Russian House in Bishkek should become a place where any young person can learn the language, watch a film or find a way to study in Russia," Yevgeny Primakov said.

Russian Ambassador to Kyrgyzstan Alexei Krivtsov took part in the meeting. The sides agreed to hold the Days of Russian culture in Kyrgyzstan in October.

Tomorrow, the head of Rossotrudnichestvo will travel to Osh, where he will meet with compatriots and visit the Osh branch of the Russian House. Primakov arrived in Bishkek from Dushanbe, where he held talks with the Tajik side on the opening of Russian schools.

Russia remains one of Kyrgyzstan's main trading partners. According to the National Statistical Committee, trade turnover between the two countries in January-April 2022 amounted to $735.6 million.

Photo: Kabar
""",
gold=dict(
 date="2022-06-15", date_partial=None, date_source="byline",
 date_note="'Posted: 15 June 2022' line; dateline 'June 15' without year. 'today' = 2022-06-15; 'Tomorrow' = 2022-06-16.",
 people=[
  dict(name_ru_nominative="Алмазбек Бейшеналиев", name_in_text="Almazbek Beishenaliev", role="Minister of Education and Science of Kyrgyzstan", forms_in_text=["Almazbek Beishenaliev", "Beishenaliev"]),
  dict(name_ru_nominative="Евгений Примаков", name_in_text="Yevgeny Primakov", role="Head of Rossotrudnichestvo", forms_in_text=["Yevgeny Primakov", "Primakov"]),
  dict(name_ru_nominative="Алексей Кривцов", name_in_text="Alexei Krivtsov", role="Ambassador of Russia to Kyrgyzstan", forms_in_text=["Alexei Krivtsov"]),
 ],
 other_names=[],
 figures=[
  dict(metric="russian_teacher_shortage", value=1500, period=None, kind="actual", qualifier="more than", quote="exceeds 1,500 people"),
  dict(metric="russian_teachers_sent", value=220, period="2022", kind="target", qualifier="about", quote="some 220 teachers"),
  dict(metric="ru_university_quota_kg_students", value=1000, period="2022", kind="actual", quote="increased to 1,000 places", period_text="for the 2022/2023 academic year"),
  dict(metric="trade_turnover", value=735600000, period="2022-4M", kind="actual", quote="trade turnover between the two countries in January-April 2022 amounted to $735.6 million", period_text="January-April 2022"),
 ],
 events=[
  dict(date="2022-06-15", what="Education minister Beishenaliev meets Rossotrudnichestvo head Primakov (ambassador Krivtsov present)", quote="Almazbek Beishenaliev met today with head of Rossotrudnichestvo Yevgeny Primakov, who is in Bishkek on a working visit", type="meeting", status="past", bilateral=True),
  dict(date="2022-06", what="Primakov's working visit to Kyrgyzstan", quote="who is in Bishkek on a working visit", type="visit", status="ongoing", bilateral=True),
  dict(date="2022-10", what="Days of Russian culture in Kyrgyzstan", quote="The sides agreed to hold the Days of Russian culture in Kyrgyzstan in October", type="other", status="planned", bilateral=True),
  dict(date="2022-09", what="About 220 Russian teachers start work in Kyrgyz schools", quote="in September some 220 teachers from Russia will come to work in schools of Kyrgyzstan", type="other", status="planned", bilateral=True),
  dict(date="2022-06-16", what="Primakov travels to Osh to meet compatriots", quote="Tomorrow, the head of Rossotrudnichestvo will travel to Osh", type="visit", status="planned", bilateral=True),
  dict(date=None, what="Primakov's talks in Dushanbe (Russia-Tajikistan, distractor)", quote="Primakov arrived in Bishkek from Dushanbe, where he held talks with the Tajik side", type="meeting", status="past", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 11
B.append(dict(
file="11_tass_ru_2023_russian_school_capsule.txt",
source="https://tass.ru/obschestvo/18752341",
header_date="2023-09-14",
lang="ru",
body="""Кравцов заложил капсулу в основание первой российской школы в Киргизии

Министр просвещения РФ отметил, что здание будет рассчитано на 1 200 учеников

БИШКЕК, 14 сентября. /ТАСС/. Министр просвещения РФ Сергей Кравцов в четверг принял участие в церемонии закладки капсулы в фундамент первой из девяти школ с обучением на русском языке, которые Россия построит в Киргизии. Церемония прошла в Бишкеке, передает корреспондент ТАСС.

"Это не просто здания, это вклад в будущее наших детей и наших стран. Школы будут оснащены по самым современным стандартам, а преподавать в них будут в том числе учителя из России", - сказал Кравцов.

По его словам, каждая школа будет рассчитана на 1 200 учеников, стоимость строительства одного здания составит около 1,5 млрд рублей, все расходы берет на себя российская сторона. Всего до 2025 года школы появятся в Бишкеке, Оше, Джалал-Абаде, Караколе и других городах.

В церемонии участвовал председатель кабинета министров Киргизии Акылбек Жапаров. "Русский язык остается для нас языком образования и науки, и такие школы очень востребованы", - отметил он.

Накануне Кравцов был принят президентом республики Садыром Жапаровым. Договоренность о строительстве школ была достигнута главами двух государств в прошлом году. В пятницу министр посетит Ош.

В прошлом году Россия открыла пять школ с обучением на русском языке в Таджикистане.

Сейчас в российских вузах по квоте правительства РФ обучаются более 5 тыс. граждан Киргизии. Товарооборот двух стран в 2022 году, по данным российской таможни, вырос почти на 40% и превысил $3,5 млрд.
""",
gold=dict(
 date="2023-09-14", date_partial=None, date_source="header",
 date_note="Header; dateline '14 сентября' without year. 'в четверг' = 2023-09-14; 'накануне' = 2023-09-13; 'в пятницу' = 2023-09-15; 'в прошлом году' = 2022.",
 people=[
  dict(name_ru_nominative="Сергей Кравцов", name_in_text="Сергей Кравцов", role="Minister of Education (Prosveshcheniya) of Russia", forms_in_text=["Сергей Кравцов", "Кравцов"]),
  dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="Chairman of the Cabinet of Ministers of Kyrgyzstan", forms_in_text=["Акылбек Жапаров"], note="not to be confused with President Sadyr Japarov"),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыром Жапаровым", role="President of Kyrgyzstan", forms_in_text=["Садыром Жапаровым"]),
 ],
 other_names=[],
 figures=[
  dict(metric="school_capacity_pupils", value=1200, period=None, kind="target", quote="1 200 учеников", note="appears twice (subtitle and body)"),
  dict(metric="school_construction_cost_rub", value=1500000000, period=None, kind="forecast", qualifier="about", quote="около 1,5 млрд рублей", note="cost of one school; not trade"),
  dict(metric="russian_schools_planned", value=9, period="2025", kind="target", quote="первой из девяти школ", note="number of schools; 'до 2025 года'"),
  dict(metric="kg_students_ru_quota_total", value=5000, period=None, kind="actual", qualifier="more than", quote="более 5 тыс. граждан Киргизии"),
  dict(metric="trade_turnover_growth_pct", value=40, period="2022", kind="actual", qualifier="almost", quote="вырос почти на 40%"),
  dict(metric="trade_turnover", value=3500000000, period="2022", kind="actual", qualifier="more than", quote="превысил $3,5 млрд"),
  dict(metric="russian_schools_tajikistan", value=5, period="2022", kind="actual", quote="пять школ с обучением на русском языке в Таджикистане", note="distractor: Tajikistan"),
 ],
 events=[
  dict(date="2023-09-14", what="Kravtsov and Akylbek Japarov lay a time capsule at the first Russian school in Bishkek", quote="Министр просвещения РФ Сергей Кравцов в четверг принял участие в церемонии закладки капсулы в фундамент первой из девяти школ", type="other", status="past", bilateral=True),
  dict(date="2023-09-13", what="President Sadyr Japarov receives Kravtsov", quote="Накануне Кравцов был принят президентом республики Садыром Жапаровым", type="meeting", status="past", bilateral=True),
  dict(date="2022", what="Heads of state agree on building the schools", quote="Договоренность о строительстве школ была достигнута главами двух государств в прошлом году", type="agreement", status="past", bilateral=True),
  dict(date="2023-09-15", what="Kravtsov visits Osh", quote="В пятницу министр посетит Ош", type="visit", status="planned", bilateral=True),
  dict(date="2025", what="Completion of the nine schools", quote="Всего до 2025 года школы появятся в Бишкеке, Оше, Джалал-Абаде, Караколе и других городах", type="other", status="planned", bilateral=True, date_note="'до 2025 года' - deadline"),
  dict(date="2022", what="Russia opened five Russian-language schools in Tajikistan (distractor)", quote="В прошлом году Россия открыла пять школ с обучением на русском языке в Таджикистане", type="other", status="past", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 12
B.append(dict(
file="12_24kg_en_2024_falkov_kendirbaeva_quota.txt",
source="https://24.kg/english/308412_Russia_increases_quota_for_Kyrgyzstanis_at_its_universities/",
header_date="2024-10-03",
lang="en",
body="""Russia increases quota for Kyrgyzstanis at its universities

11:15, 03 October 2024
BISHKEK. 24.kg news agency , Ainura Sydykova

Russia will increase the quota for citizens of Kyrgyzstan at its universities to 1,200 state-funded places in the 2025/2026 academic year. Minister of Education and Science of Kyrgyzstan Dogdurkul Kendirbaeva announced after a meeting with the Minister of Science and Higher Education of Russia Valery Falkov in Moscow on Wednesday.

According to her, the current quota is 1,100 places, and competition for them reached almost six applicants per place this year. Kendirbaeva and Falkov also signed a roadmap on academic mobility for 2025-2027, which provides for joint master's programs and internships for young lecturers.

"Kyrgyz students are among the most successful foreign students in our universities. We are ready to increase the number of joint programs with the KRSU and regional universities," Valery Falkov said.

The parties agreed that an exhibition of Russian universities will be held in Bishkek and Osh in November.

Last week, Deputy Chairman of the Cabinet of Ministers Edil Baisalov said that the Cabinet would allocate 120 million soms in 2025 for the publication of Russian-language textbooks for secondary schools.

About 20,000 citizens of Kyrgyzstan currently study in Russia, including some 8,000 on a state-funded basis.

Russia remains Kyrgyzstan's second largest trading partner after China. According to the National Statistical Committee, trade turnover between Kyrgyzstan and Russia in January-August 2024 amounted to $2.1 billion, which is 5.8 percent less than in the same period last year.

Related: Construction of Russian schools in Kyrgyzstan: nine buildings 70 percent ready
""",
gold=dict(
 date="2024-10-03", date_partial=None, date_source="header",
 date_note="Header and the time line. 'on Wednesday' = 2024-10-02; 'Last week' = 23-29 September 2024.",
 people=[
  dict(name_ru_nominative="Догдуркул Кендирбаева", name_in_text="Dogdurkul Kendirbaeva", role="Minister of Education and Science of Kyrgyzstan", forms_in_text=["Dogdurkul Kendirbaeva", "Kendirbaeva"]),
  dict(name_ru_nominative="Валерий Фальков", name_in_text="Valery Falkov", role="Minister of Science and Higher Education of Russia", forms_in_text=["Valery Falkov", "Falkov"]),
  dict(name_ru_nominative="Эдиль Байсалов", name_in_text="Edil Baisalov", role="Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan", forms_in_text=["Edil Baisalov"]),
 ],
 other_names=["Ainura Sydykova"],
 figures=[
  dict(metric="ru_university_quota_kg_students", value=1200, period="2025", kind="target", quote="1,200 state-funded places", period_text="in the 2025/2026 academic year"),
  dict(metric="ru_university_quota_kg_students", value=1100, period="2024", kind="actual", quote="the current quota is 1,100 places"),
  dict(metric="applicants_per_place", value=6, period="2024", kind="actual", qualifier="almost", quote="almost six applicants per place"),
  dict(metric="kg_budget_textbooks_kgs", value=120000000, period="2025", kind="target", quote="120 million soms in 2025", note="domestic budget"),
  dict(metric="kg_students_in_russia", value=20000, period=None, kind="actual", qualifier="about", quote="About 20,000 citizens of Kyrgyzstan"),
  dict(metric="kg_students_in_russia_state_funded", value=8000, period=None, kind="actual", qualifier="about", quote="some 8,000 on a state-funded basis"),
  dict(metric="trade_turnover", value=2100000000, period="2024-8M", kind="actual", quote="trade turnover between Kyrgyzstan and Russia in January-August 2024 amounted to $2.1 billion", period_text="January-August 2024"),
  dict(metric="trade_turnover_growth_pct", value=-5.8, period="2024-8M", kind="actual", quote="5.8 percent less than in the same period last year", note="a decline"),
 ],
 events=[
  dict(date="2024-10-02", what="Kendirbaeva meets Falkov in Moscow", quote="after a meeting with the Minister of Science and Higher Education of Russia Valery Falkov in Moscow on Wednesday", type="meeting", status="past", bilateral=True),
  dict(date="2024-10-02", what="Roadmap on academic mobility for 2025-2027 signed", quote="Kendirbaeva and Falkov also signed a roadmap on academic mobility for 2025-2027", type="agreement", status="past", bilateral=True, date_note="same meeting"),
  dict(date="2024-11", what="Exhibition of Russian universities in Bishkek and Osh", quote="an exhibition of Russian universities will be held in Bishkek and Osh in November", type="other", status="planned", bilateral=True),
  dict(date="2024-09", what="Baisalov announces textbook funding (domestic)", quote="Last week, Deputy Chairman of the Cabinet of Ministers Edil Baisalov said", type="other", status="past", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 13
B.append(dict(
file="13_tass_en_2025_degtyarev_youth_sport.txt",
source="https://tass.com/sport/1962417",
header_date="2025-05-21",
lang="en",
body="""Russia, Kyrgyzstan to hold first joint youth forum on Issyk-Kul in July

The forum is expected to bring together about 500 young people from the two countries

BISHKEK, May 21. /TASS/. The first Russian-Kyrgyz youth forum will be held in Cholpon-Ata on the shores of Lake Issyk-Kul on July 10-13, Russian Sports Minister Mikhail Degtyarev told reporters after talks with Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev on Wednesday.

"We have agreed that the forum will become an annual event. About 500 young people, volunteers, athletes and young scientists from our countries will take part in it," Degtyarev said.

According to the minister, Russia will also help Kyrgyzstan build a training center for youth national teams near Bishkek. The cost of the project is estimated at 800 million rubles. In addition, the under-19 football teams of Russia and Kyrgyzstan will play two friendly matches in Bishkek in September.

Kasymaliev thanked the Russian side for supporting Kyrgyz athletes, noting that more than 300 of them train at Russian sports centers every year.

Earlier this month, President of Kyrgyzstan Sadyr Japarov attended the Victory Day parade on Red Square in Moscow marking the 80th anniversary of the Victory in the Great Patriotic War, together with the leaders of more than 20 countries.

Kyrgyzstan will host the World Nomad Games in September 2026.
""",
gold=dict(
 date="2025-05-21", date_partial=None, date_source="header",
 date_note="Header; dateline 'May 21' without year. 'on Wednesday' = 2025-05-21; 'Earlier this month' = May 2025 (parade on 9 May).",
 people=[
  dict(name_ru_nominative="Михаил Дегтярев", name_in_text="Mikhail Degtyarev", role="Minister of Sport of Russia", forms_in_text=["Mikhail Degtyarev", "Degtyarev"]),
  dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Adylbek Kasymaliev", role="Chairman of the Cabinet of Ministers of Kyrgyzstan", forms_in_text=["Adylbek Kasymaliev", "Kasymaliev"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="President of Kyrgyzstan", forms_in_text=["Sadyr Japarov"]),
 ],
 other_names=[],
 figures=[
  dict(metric="forum_participants", value=500, period=None, kind="target", qualifier="about", quote="about 500 young people"),
  dict(metric="training_center_cost_rub", value=800000000, period=None, kind="forecast", quote="estimated at 800 million rubles", note="sports facility cost; not trade"),
  dict(metric="kg_athletes_training_in_russia", value=300, period="annual", kind="actual", qualifier="more than", quote="more than 300 of them train at Russian sports centers every year"),
 ],
 events=[
  dict(date="2025-05-21", what="Talks between Russian Sports Minister Degtyarev and Cabinet chairman Kasymaliev", quote="after talks with Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev on Wednesday", type="meeting", status="past", bilateral=True),
  dict(date="2025-07-10", what="First Russian-Kyrgyz youth forum in Cholpon-Ata, 10-13 July", quote="The first Russian-Kyrgyz youth forum will be held in Cholpon-Ata on the shores of Lake Issyk-Kul on July 10-13", type="forum", status="planned", bilateral=True),
  dict(date="2025-09", what="Two U-19 friendly football matches Russia-Kyrgyzstan in Bishkek", quote="the under-19 football teams of Russia and Kyrgyzstan will play two friendly matches in Bishkek in September", type="other", status="planned", bilateral=True),
  dict(date="2025-05-09", what="Japarov at the Victory Day parade in Moscow, 80th anniversary (multilateral, leaders of 20+ countries)", quote="President of Kyrgyzstan Sadyr Japarov attended the Victory Day parade on Red Square in Moscow marking the 80th anniversary of the Victory", type="anniversary", status="past", bilateral=False, date_note="'Earlier this month' + Victory Day = 9 May 2025"),
  dict(date="2026-09", what="World Nomad Games in Kyrgyzstan (multilateral)", quote="Kyrgyzstan will host the World Nomad Games in September 2026", type="other", status="planned", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 14
B.append(dict(
file="14_krsu_ru_2026_russian_science_day.txt",
source="https://www.krsu.edu.kg/news/2026/02/den-rossiyskoy-nauki-v-krsu",
header_date=None,
lang="ru",
body="""Главная / Новости университета

День российской науки в КРСУ: конференция, гранты и новая лаборатория

13.02.2026 | Пресс-служба КРСУ

Вчера в Кыргызско-Российском Славянском университете завершилась традиционная научно-практическая конференция, приуроченная ко Дню российской науки. В ней приняли участие более 400 ученых, аспирантов и студентов из Кыргызстана и России, в том числе представители Института физики Земли РАН, Томского государственного университета и Научной станции РАН в Бишкеке.

В рамках конференции была открыта совместная лаборатория мониторинга горных ледников, созданная КРСУ и Институтом географии РАН. Оборудование лаборатории стоимостью около 25 млн рублей передано российской стороной.

Заведующий кафедрой физики Айбек Турдубаев рассказал, что в прошлом году ученые университета получили 14 грантов Российского научного фонда на общую сумму 86 млн рублей. «Для молодых исследователей это возможность работать в больших международных коллективах, не уезжая из Бишкека», — отметил он.

Студенты факультета медицины представили результаты совместного с Казанским государственным медицинским университетом исследования распространенности сахарного диабета в Чуйской области. Делегация Казанского университета прибудет в КРСУ на следующей неделе для подписания договора о сетевой магистратуре.

Напомним, в 2023 году университет отметил 30-летие со дня основания.

В апреле КРСУ примет Кыргызско-российский форум молодых ученых «Наука без границ».

Фото: Даниил Смирнов / пресс-служба КРСУ
""",
gold=dict(
 date="2026-02-13", date_partial=None, date_source="byline",
 date_note="Page line '13.02.2026 | Пресс-служба КРСУ'; also 2026/02 in the URL. 'Вчера' = 2026-02-12; 'на следующей неделе' = 16-20 February 2026; 'в прошлом году' = 2025.",
 people=[],
 other_names=["Айбек Турдубаев", "Даниил Смирнов"],
 figures=[
  dict(metric="conference_participants", value=400, period=None, kind="actual", qualifier="more than", quote="более 400 ученых"),
  dict(metric="lab_equipment_value_rub", value=25000000, period=None, kind="actual", qualifier="about", quote="около 25 млн рублей", note="equipment donated by the Russian side; not trade"),
  dict(metric="rsf_grants_count", value=14, period="2025", kind="actual", quote="14 грантов Российского научного фонда"),
  dict(metric="rsf_grants_total_rub", value=86000000, period="2025", kind="actual", quote="на общую сумму 86 млн рублей"),
 ],
 events=[
  dict(date="2026-02-12", what="KRSU conference for Russian Science Day ends (Kyrgyz and Russian participants)", quote="Вчера в Кыргызско-Российском Славянском университете завершилась традиционная научно-практическая конференция", type="conference", status="past", bilateral=True),
  dict(date="2026-02", what="Joint KRSU-RAS glacier monitoring laboratory opened during the conference", quote="В рамках конференции была открыта совместная лаборатория мониторинга горных ледников", type="other", status="past", bilateral=True, date_note="during the conference; exact day not given"),
  dict(date="2026-02", what="Kazan university delegation to visit KRSU and sign a network master's agreement", quote="Делегация Казанского университета прибудет в КРСУ на следующей неделе для подписания договора о сетевой магистратуре", type="visit", status="planned", bilateral=True, date_note="week of 16-20 February 2026"),
  dict(date="2023", what="KRSU's 30th anniversary", quote="в 2023 году университет отметил 30-летие со дня основания", type="anniversary", status="past", bilateral=True),
  dict(date="2026-04", what="Kyrgyz-Russian forum of young scientists 'Наука без границ' at KRSU", quote="В апреле КРСУ примет Кыргызско-российский форум молодых ученых «Наука без границ»", type="forum", status="planned", bilateral=True),
 ],
)))
