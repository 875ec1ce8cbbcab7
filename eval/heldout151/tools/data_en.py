from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 07
ARTICLES.append(dict(
file="07_akipress_en_2014_otorbaev_medvedev_moscow.txt",
source="https://akipress.com/news:547310/",
lang="en", page_date=True,
header_date="Sep 18 2014", date="2014-09-18", date_partial=None, date_source="byline",
date_note="Dateline 'AKIpress News Agency, Moscow, Sep 18 2014'. 'On Wednesday' = 2014-09-17.",
body="""AKIpress News Agency, Moscow, Sep 18 2014

Otorbaev: Kyrgyzstan to sign EEU accession treaty by year-end

Kyrgyz Prime Minister Joomart Otorbaev held talks with Russian Prime Minister Dmitry Medvedev in Moscow on Wednesday. After the meeting, Otorbaev answered questions from journalists at the Kyrgyz Embassy. AKIpress publishes the main points of the press conference.

Q: Mr. Otorbaev, what did you agree with Dmitry Medvedev?

A: We discussed the road map for Kyrgyzstan's accession to the Customs Union and the Eurasian Economic Union. Most of the road map is already fulfilled. I am confident that we will sign the treaty on accession by the end of the year, and the heads of state have a good chance to do that at the Supreme Eurasian Economic Council in December. Prime Minister Medvedev confirmed that Russia supports this timetable.

Q: Russia promised financial support for the accession. Where is the money?

A: Two instruments are being set up. The Russian-Kyrgyz Development Fund will have a capital of $1 billion, and Russia will separately provide a grant of $200 million for the modernization of our customs and veterinary infrastructure. The first $100 million of the grant should arrive next year. This is not trade, this is investment in our future common market.

Q: How is bilateral trade doing?

A: Last year trade turnover between Kyrgyzstan and Russia amounted to about $2 billion. In the first half of 2014 it was $1.02 billion, a decline of some 6 percent, mainly because of the weaker ruble. Our exports to Russia are small, only about $150 million a year, and accession to the common market should change that.

Q: Will the intergovernmental commission meet soon?

A: Yes, we agreed that the next session of the intergovernmental commission will be held in Bishkek in November. Medvedev and I also spoke about the Kambarata-1 and Upper Naryn projects, which we agreed on with President Putin in 2012. The works on Upper Naryn cascade should start next year.

Q: Will President Atambayev visit Russia?

A: President Almazbek Atambayev will take part in the CIS summit in Minsk in October and he will meet with President Vladimir Putin there.

Related: Kyrgyzstan, Russia discuss customs infrastructure upgrade
""",
people=[
 P("Джоомарт Оторбаев", "Joomart Otorbaev", "премьер-министр Киргизии", ["Joomart Otorbaev", "Otorbaev"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "председатель правительства России", ["Dmitry Medvedev", "Medvedev"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
],
other_names=[],
figures=[
 F("rkdf_capital_usd", 1000000000, None, "target", "The Russian-Kyrgyz Development Fund will have a capital of $1 billion",
   note="Distractor: fund capital."),
 F("customs_grant_usd", 200000000, None, "target", "Russia will separately provide a grant of $200 million",
   note="Distractor: aid."),
 F("customs_grant_tranche_usd", 100000000, "2015", "forecast", "The first $100 million of the grant should arrive next year",
   note="Distractor."),
 F("trade_turnover", 2000000000, "2013", "actual",
   "Last year trade turnover between Kyrgyzstan and Russia amounted to about $2 billion", qualifier="about",
   period_text="Last year"),
 F("trade_turnover", 1020000000, "2014-H1", "actual", "In the first half of 2014 it was $1.02 billion"),
 F("trade_turnover_growth_pct", -6, "2014-H1", "actual", "a decline of some 6 percent", qualifier="about"),
 F("kyrgyz_exports_to_russia_usd", 150000000, "annual", "actual", "only about $150 million a year", qualifier="about",
   note="Distractor: exports only."),
],
events=[
 E("2014-09-17", "Otorbaev–Medvedev talks in Moscow",
   "Kyrgyz Prime Minister Joomart Otorbaev held talks with Russian Prime Minister Dmitry Medvedev in Moscow on Wednesday",
   "meeting", "past"),
 E("2014-12", "Expected signing of the EEU accession treaty at the Supreme Eurasian Economic Council in December",
   "the heads of state have a good chance to do that at the Supreme Eurasian Economic Council in December",
   "agreement", "planned", bilateral=False),
 E("2014-11", "Next intergovernmental commission session in Bishkek",
   "the next session of the intergovernmental commission will be held in Bishkek in November", "igc_session", "planned"),
 E("2012", "Kambarata-1 and Upper Naryn projects agreed with President Putin",
   "which we agreed on with President Putin in 2012", "agreement", "past"),
 E("2015", "Start of works on the Upper Naryn cascade",
   "The works on Upper Naryn cascade should start next year", "other", "planned"),
 E("2014-10", "CIS summit in Minsk", "will take part in the CIS summit in Minsk in October", "conference", "planned", bilateral=False),
 E("2014-10", "Atambayev–Putin meeting in Minsk on the sidelines of the CIS summit",
   "he will meet with President Vladimir Putin there", "meeting", "planned"),
],
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
file="12_eurasianet_en_2021_japarov_first_trip_moscow.txt",
source="https://eurasianet.org/kyrgyzstan-japarov-makes-moscow-his-first-port-of-call",
lang="en", page_date=True,
header_date="Feb 25, 2021", date="2021-02-25", date_partial=None, date_source="byline",
date_note="Byline 'Feb 25, 2021'. Meeting 'on Wednesday' = 2021-02-24.",
body="""Kyrgyzstan: Japarov makes Moscow his first port of call

The new president came with a shopping list and left with promises.

Ayana Temirova
Feb 25, 2021

Kyrgyzstan's President Sadyr Japarov chose Moscow for his first foreign trip, and on Wednesday he was received in the Kremlin by Vladimir Putin, less than a month after his inauguration.

"Russia has been and remains our main strategic partner," Japarov said at a brief joint appearance after the talks. "We agreed that our governments will draw up a plan of joint actions for the coming years." Putin, for his part, said the two countries had "a good foundation," but acknowledged that trade had suffered in the pandemic year.

According to Putin, bilateral trade fell by 21 percent last year, to around $1.5 billion. Kyrgyz officials cite a different number: the National Statistics Committee put the 2020 turnover with Russia at $1.68 billion.

Money dominated the agenda. Bishkek is seeking budget support, and Moscow has already provided some: in 2020 Russia gave Kyrgyzstan $20 million in grant aid for the budget and shipped coronavirus tests and medical equipment. Remittances, mostly from Russia, reached $2.4 billion last year, almost a third of GDP, despite the closed borders.

Kremlin spokesman Dmitry Peskov told reporters that Putin accepted an invitation to visit Kyrgyzstan, "when the epidemiological situation allows." No dates were set.

Earlier this month, Japarov's prime minister, Ulukbek Maripov, met with Russian Prime Minister Mikhail Mishustin on the sidelines of the Eurasian Intergovernmental Council in Almaty. Maripov said then that an intergovernmental commission session would be scheduled in the spring.

For Moscow, the visit settled a question that arose in October, when Kyrgyzstan's third revolution in 15 years brought Japarov from a prison cell to the presidency. Putin at the time described the turmoil as "a misfortune" and held back aid.

Japarov flew back to Bishkek on Thursday. A Kyrgyz delegation is expected to travel to Moscow in March to work out the details of the action plan.

Ayana Temirova is a journalist based in Bishkek.
Photo: Kremlin press service.
""",
people=[
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Дмитрий Песков", "Dmitry Peskov", "пресс-секретарь президента России", ["Dmitry Peskov"]),
 P("Улукбек Марипов", "Ulukbek Maripov", "председатель кабинета министров Киргизии", ["Ulukbek Maripov", "Maripov"]),
 P("Михаил Мишустин", "Mikhail Mishustin", "председатель правительства России", ["Mikhail Mishustin"]),
],
other_names=["Ayana Temirova"],
figures=[
 F("trade_turnover_growth_pct", -21, "2020", "actual", "bilateral trade fell by 21 percent last year", period_text="last year",
   note="Russian figure (Putin)."),
 F("trade_turnover", 1500000000, "2020", "actual", "to around $1.5 billion", qualifier="about", period_text="last year",
   note="Russian figure."),
 F("trade_turnover", 1680000000, "2020", "actual", "the National Statistics Committee put the 2020 turnover with Russia at $1.68 billion",
   note="Kyrgyz figure; disagrees with Putin's."),
 F("russian_budget_grant_usd", 20000000, "2020", "actual", "in 2020 Russia gave Kyrgyzstan $20 million in grant aid for the budget",
   note="Distractor: aid."),
 F("remittances_usd", 2400000000, "2020", "actual", "Remittances, mostly from Russia, reached $2.4 billion last year",
   period_text="last year", note="Distractor: remittances."),
],
events=[
 E("2021-02-24", "Japarov–Putin talks in the Kremlin (Japarov's first foreign trip)",
   "on Wednesday he was received in the Kremlin by Vladimir Putin", "meeting", "past"),
 E("2021-02", "Japarov's first foreign visit, to Moscow",
   "Kyrgyzstan's President Sadyr Japarov chose Moscow for his first foreign trip", "visit", "past"),
 E(None, "Putin accepted an invitation to visit Kyrgyzstan (no dates)",
   "Putin accepted an invitation to visit Kyrgyzstan", "visit", "planned"),
 E("2021-02", "Eurasian Intergovernmental Council in Almaty",
   "on the sidelines of the Eurasian Intergovernmental Council in Almaty", "conference", "past", bilateral=False),
 E("2021-02", "Maripov–Mishustin meeting in Almaty",
   "Ulukbek Maripov, met with Russian Prime Minister Mikhail Mishustin", "meeting", "past"),
 E("2021", "Intergovernmental commission session to be scheduled in spring",
   "an intergovernmental commission session would be scheduled in the spring", "igc_session", "planned"),
 E("2021-03", "Kyrgyz delegation to Moscow to work out the action plan",
   "A Kyrgyz delegation is expected to travel to Moscow in March", "visit", "planned"),
],
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
file="13_24kg_en_2026_kasymaliev_interview.txt",
source="https://24.kg/english/356120_Adylbek_Kasymaliev_Our_target_with_Russia_is_still_5_billion/",
lang="en", page_date=True,
header_date="10/02/26", date="2026-02-10", date_partial=None, date_source="byline",
date_note="Byline 'BISHKEK. Feb 10 (24.kg)' plus '10/02/26 12:31' (day/month/year). '2025' data are last year's.",
body="""Adylbek Kasymaliev: Our target with Russia is still $5 billion

10/02/26 12:31, views: 4812, comments: 3
Elnura Abdrakhmanova

BISHKEK. Feb 10 (24.kg) — Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev gave an interview to 24.kg news agency ahead of his working visit to Russia. Below is the full version of the interview.

— Mr. Kasymaliev, you are going to Moscow next week. What is on the agenda?

— First of all, the implementation of the agreements reached by the heads of state. When President Sadyr Japarov and President Vladimir Putin met in Bishkek in November, they set clear tasks for the governments. I will discuss them with Chairman of the Government Mikhail Mishustin. We will also hold a session of the intergovernmental commission together with Deputy Prime Minister Alexei Overchuk.

— What were the results of trade last year?

— According to our statistics, trade turnover with Russia in 2025 reached $3.8 billion, an increase of 12 percent. The Russian side gives a slightly lower figure, about $3.6 billion, because of the methodology. But whichever figure you take, we are moving towards the target of $5 billion a year set by the presidents. I think we can reach it by 2028.

— Many people say that growth is driven mainly by re-exports.

— That is not so. Our own exports to Russia grew by a quarter. Textiles, food products, construction materials are in demand. But imports are still much larger, and we want to balance trade.

— What about the investment projects?

— The Russian-Kyrgyz Development Fund has approved projects worth more than $800 million since its creation. Together with Russian partners we are implementing the Kambarata HPP-1 project jointly with Kazakhstan and Uzbekistan, the total cost is estimated at about $6 billion. Last December in Saint Petersburg at the meeting of the Eurasian Intergovernmental Council we also discussed the common electricity market.

— When will the next big event take place?

— The Interregional conference will be held in Russia in the autumn. And in May the Supreme Eurasian Economic Council will meet, we will prepare our proposals there.

Photo 24.kg. Adylbek Kasymaliev
""",
people=[
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель Кабинета министров Кыргызстана",
   ["Adylbek Kasymaliev", "Kasymaliev"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Кыргызстана", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Михаил Мишустин", "Mikhail Mishustin", "председатель правительства России", ["Mikhail Mishustin"]),
 P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства России", ["Alexei Overchuk"]),
],
other_names=["Elnura Abdrakhmanova"],
figures=[
 F("trade_turnover", 3800000000, "2025", "actual", "trade turnover with Russia in 2025 reached $3.8 billion",
   note="Kyrgyz statistics."),
 F("trade_turnover_growth_pct", 12, "2025", "actual", "an increase of 12 percent"),
 F("trade_turnover", 3600000000, "2025", "actual", "The Russian side gives a slightly lower figure, about $3.6 billion",
   qualifier="about", note="Russian statistics; disagrees with the Kyrgyz figure."),
 F("trade_turnover", 5000000000, "annual", "target", "the target of $5 billion a year set by the presidents"),
 F("kyrgyz_exports_to_russia_growth_pct", 25, "2025", "actual", "Our own exports to Russia grew by a quarter",
   note="Distractor: exports only; 'a quarter' = 25%."),
 F("rkdf_approved_projects_usd", 800000000, None, "actual",
   "The Russian-Kyrgyz Development Fund has approved projects worth more than $800 million", qualifier="more than",
   note="Distractor."),
 F("kambarata1_project_cost_usd", 6000000000, None, "forecast", "the total cost is estimated at about $6 billion",
   qualifier="about", note="Distractor: project cost."),
],
events=[
 E("2026-02", "Kasymaliev's working visit to Russia next week; talks with Mishustin",
   "you are going to Moscow next week", "visit", "planned",
   date_note="'next week' relative to 2026-02-10: 16–22 February 2026."),
 E("2025-11", "Japarov–Putin meeting in Bishkek in November",
   "When President Sadyr Japarov and President Vladimir Putin met in Bishkek in November", "meeting", "past"),
 E("2026-02", "Intergovernmental commission session with Overchuk during the visit",
   "We will also hold a session of the intergovernmental commission together with Deputy Prime Minister Alexei Overchuk",
   "igc_session", "planned"),
 E("2025-12", "Eurasian Intergovernmental Council in Saint Petersburg",
   "Last December in Saint Petersburg at the meeting of the Eurasian Intergovernmental Council", "conference", "past",
   bilateral=False),
 E("2026", "Interregional conference in Russia in the autumn",
   "The Interregional conference will be held in Russia in the autumn", "conference", "planned"),
 E("2026-05", "Supreme Eurasian Economic Council in May",
   "in May the Supreme Eurasian Economic Council will meet", "conference", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
file="14_ap_en_2009_bakiyev_medvedev_manas_loan.txt",
source="https://www.apnews.com/article/kyrgyzstan-russia-base-loan-2009-0203",
lang="en", page_date=True,
header_date="Feb. 3, 2009", date="2009-02-03", date_partial=None, date_source="byline",
date_note="Byline 'Posted Feb. 3, 2009 at 6:12 p.m. ET | Updated Feb. 4, 2009'; the update date is not the publication date.",
body="""Kyrgyzstan says it will close US air base

By NIKOLAI BELOV, Associated Press Writer
Posted Feb. 3, 2009 at 6:12 p.m. ET | Updated Feb. 4, 2009

MOSCOW (AP) — Kyrgyzstan's president said Tuesday his country will close a U.S. air base that is a key conduit for supplies to troops in Afghanistan, a move announced in Moscow minutes after Russia pledged more than $2 billion in aid and loans.

President Kurmanbek Bakiyev made the announcement after talks with Russian President Dmitry Medvedev in the Kremlin.

"We have taken a decision on ending the term of the U.S. base on the territory of Kyrgyzstan," Bakiyev told reporters at a joint news conference. He said Washington had refused to pay more for the use of the Manas air base, which the U.S. military has used since 2001.

Medvedev said Russia would provide a $2 billion loan at low interest, and a $150 million grant, to help the impoverished Central Asian nation cope with the global economic crisis. Russia will also write off $180 million of Kyrgyz debt in exchange for a stake in a Kyrgyz military plant.

Part of the money will go toward the Kambarata-1 hydroelectric plant, which the two countries agreed to complete.

"Relations between our countries are developing well," Medvedev said, adding that trade had grown to $1.6 billion last year. "We intend to keep that trend."

Asked whether the decision on Manas was linked to the Russian aid, Bakiyev said: "These questions are not connected."

The leaders of former Soviet states in the Collective Security Treaty Organization meet in Moscow on Wednesday to discuss creating a joint rapid reaction force. Bakiyev will stay for the summit.

U.S. officials said they had not been formally notified. The Kyrgyz parliament must still vote on closing the base, and a vote is expected later this month.

Associated Press writer Peter Lang in Bishkek contributed to this report.

AP Photo/Alexander Zemlyanoi
""",
people=[
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "президент Киргизии", ["Kurmanbek Bakiyev", "Bakiyev"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "президент России", ["Dmitry Medvedev", "Medvedev"]),
],
other_names=["NIKOLAI BELOV", "Peter Lang", "Alexander Zemlyanoi"],
figures=[
 F("russian_aid_and_loans_usd", 2000000000, None, "target", "Russia pledged more than $2 billion in aid and loans",
   qualifier="more than", note="Distractor: aid + loans."),
 F("russian_loan_usd", 2000000000, None, "target", "a $2 billion loan at low interest", note="Distractor: loan."),
 F("russian_grant_usd", 150000000, None, "target", "a $150 million grant", note="Distractor: aid."),
 F("debt_writeoff_usd", 180000000, None, "target", "write off $180 million of Kyrgyz debt", note="Distractor."),
 F("trade_turnover", 1600000000, "2008", "actual", "trade had grown to $1.6 billion last year", period_text="last year"),
],
events=[
 E("2009-02-03", "Bakiyev–Medvedev talks in the Kremlin",
   "President Kurmanbek Bakiyev made the announcement after talks with Russian President Dmitry Medvedev in the Kremlin",
   "meeting", "past"),
 E("2009-02-03", "Russia pledged a $2bn loan, a $150m grant and a $180m debt write-off",
   "Russia pledged more than $2 billion in aid and loans", "agreement", "past"),
 E(None, "Agreement to complete the Kambarata-1 hydroelectric plant",
   "the Kambarata-1 hydroelectric plant, which the two countries agreed to complete", "agreement", "past",
   date_note="Date of the agreement not stated."),
 E("2009-02-04", "CSTO summit in Moscow (Wednesday)",
   "The leaders of former Soviet states in the Collective Security Treaty Organization meet in Moscow on Wednesday",
   "conference", "planned", bilateral=False),
 E("2001", "US military use of Manas air base since 2001",
   "which the U.S. military has used since 2001", "other", "past", bilateral=False),
 E("2009-02", "Kyrgyz parliament vote on closing the base expected later this month",
   "a vote is expected later this month", "other", "planned", bilateral=False),
],
))
