ART = {
"file": "11_diplomat_en_2023_railway_dilemma_north_south.txt",
"source": "https://thediplomat.com/2023/06/kyrgyzstans-railway-dilemma-between-moscow-and-beijing/",
"lang": "en",
"header": None,
"body": """
Kyrgyzstan's Railway Dilemma Between Moscow and Beijing

Bishkek wants to be a transit hub. But the routes on offer point in different directions.

By Aida Kenzhebekova
June 14, 2023

Kyrgyzstan has fewer than 500 kilometers of railway, most of it built in the Soviet era and none of it connecting the country's north with its populous south. For years, officials in Bishkek have spoken of becoming a transit hub, and in 2023 two very different visions of what that means are competing for attention.

The first is the China-Kyrgyzstan-Uzbekistan (CKU) railway, discussed since the 1990s. In September 2022, on the sidelines of the Shanghai Cooperation Organization summit in Samarkand, the three governments signed an agreement on the project's feasibility study, and President Sadyr Japarov has repeatedly said that construction should start "no later than next year." Chinese President Xi Jinping and Uzbek President Shavkat Mirziyoyev have backed the line, which would cut the rail journey from China to Europe and the Middle East by several days.

The second vision looks north. Russia, cut off from many Western markets, is pushing the International North-South Transport Corridor through Central Asia and the Caspian to Iran. On May 17, Russia and Iran signed an intergovernmental agreement on building the Rasht-Astara railway, a missing link that Moscow will largely finance. Alexei Overchuk, the Russian deputy prime minister in charge of Eurasian integration, told a forum in Bishkek last month that Kyrgyzstan could "plug into" the corridor's eastern branch through Kazakhstan and Turkmenistan.

Kyrgyz officials insist there is no contradiction. Akylbek Japarov, chairman of the Cabinet of Ministers, said in an interview in April that Bishkek "needs every road, and every railway." In Moscow, Vladimir Putin has signaled that Russia does not object to the CKU line. When he met Japarov in Moscow on May 9, after the Victory Day parade, the two presidents discussed "transport and logistics" among other issues, according to the Kremlin.

The economics, however, pull harder than the politics. Kyrgyzstan's trade with Russia grew by almost 40 percent in 2022 to roughly $3.3 billion, according to Russian figures, largely because of re-exports and parallel imports. Trade with China was far larger, at $15.5 billion, almost all of it Chinese exports. Remittances from Russia, though down in dollar terms, still accounted for about a quarter of Kyrgyzstan's GDP.

A Russian-built alternative also exists on paper. In 2012 Russian Railways discussed taking over the management of Kyrgyzstan's railway and building a north-south line, but the talks collapsed two years later. Officials in Bishkek now say they would welcome Russian participation in the CKU project as a contractor or supplier of rolling stock.

Much depends on who pays. The CKU line is expected to cost around $4.7 billion, and Kyrgyzstan's external debt already stands at roughly $4.3 billion.

Aida Kenzhebekova is a journalist based in Bishkek.
""",
"gold": {
 "header_date": "June 14, 2023",
 "date": "2023-06-14",
 "date_source": "byline+url",
 "date_note": "Byline 'June 14, 2023'; URL has 2023/06. No header date line. 'last month' = May 2023; 'May 9' = 2023-05-09; 'in April' = 2023-04.",
 "people": [
  {"name_ru_nominative": "Садыр Жапаров", "name_in_text": "Sadyr Japarov", "role": "президент Киргизии", "forms_in_text": ["Sadyr Japarov", "Japarov"], "note": "Bare 'Japarov' ('met Japarov in Moscow on May 9… the two presidents') refers to Sadyr Japarov, not Akylbek Japarov."},
  {"name_ru_nominative": "Си Цзиньпин", "name_in_text": "Xi Jinping", "role": "председатель КНР", "forms_in_text": ["Xi Jinping"]},
  {"name_ru_nominative": "Шавкат Мирзиёев", "name_in_text": "Shavkat Mirziyoyev", "role": "президент Узбекистана", "forms_in_text": ["Shavkat Mirziyoyev"]},
  {"name_ru_nominative": "Алексей Оверчук", "name_in_text": "Alexei Overchuk", "role": "заместитель председателя правительства РФ", "forms_in_text": ["Alexei Overchuk"]},
  {"name_ru_nominative": "Акылбек Жапаров", "name_in_text": "Akylbek Japarov", "role": "председатель Кабинета министров КР", "forms_in_text": ["Akylbek Japarov"]},
  {"name_ru_nominative": "Владимир Путин", "name_in_text": "Vladimir Putin", "role": "президент РФ", "forms_in_text": ["Vladimir Putin"]}
 ],
 "other_names": ["Aida Kenzhebekova"],
 "figures": [
  {"metric": "trade_turnover", "value": 3300000000, "period": "2022", "kind": "actual", "qualifier": "about", "quote": "Kyrgyzstan's trade with Russia grew by almost 40 percent in 2022 to roughly $3.3 billion", "note": "Russian figures."},
  {"metric": "trade_turnover_growth_pct", "value": 40, "period": "2022", "kind": "actual", "qualifier": "almost", "quote": "grew by almost 40 percent in 2022"},
  {"metric": "kyrgyz_china_trade_usd", "value": 15500000000, "period": "2022", "kind": "actual", "quote": "Trade with China was far larger, at $15.5 billion", "note": "Distractor: third-country trade."},
  {"metric": "remittances_share_of_gdp", "value": 25, "period": None, "kind": "actual", "qualifier": "about", "quote": "still accounted for about a quarter of Kyrgyzstan's GDP", "note": "Distractor: remittances as share of GDP, in words."},
  {"metric": "railway_project_cost_usd", "value": 4700000000, "period": None, "kind": "forecast", "qualifier": "about", "quote": "The CKU line is expected to cost around $4.7 billion", "note": "Distractor."},
  {"metric": "kyrgyz_external_debt_usd", "value": 4300000000, "period": None, "kind": "actual", "qualifier": "about", "quote": "Kyrgyzstan's external debt already stands at roughly $4.3 billion", "note": "Distractor: debt."}
 ],
 "events": [
  {"date": "2022-09", "what": "China, Kyrgyzstan and Uzbekistan sign agreement on the CKU railway feasibility study at the SCO summit in Samarkand", "quote": "In September 2022, on the sidelines of the Shanghai Cooperation Organization summit in Samarkand, the three governments signed an agreement on the project's feasibility study", "type": "agreement", "status": "past", "bilateral": False},
  {"date": "2023-05-17", "what": "Russia and Iran sign intergovernmental agreement on the Rasht–Astara railway", "quote": "On May 17, Russia and Iran signed an intergovernmental agreement on building the Rasht-Astara railway", "type": "agreement", "status": "past", "bilateral": False},
  {"date": "2023-05", "what": "Overchuk at a forum in Bishkek: Kyrgyzstan could plug into the North–South corridor's eastern branch", "quote": "told a forum in Bishkek last month that Kyrgyzstan could \"plug into\" the corridor's eastern branch", "type": "forum", "status": "past", "bilateral": True},
  {"date": "2023-05-09", "what": "Putin–Sadyr Japarov meeting in Moscow after the Victory Day parade; transport and logistics discussed", "quote": "When he met Japarov in Moscow on May 9, after the Victory Day parade", "type": "meeting", "status": "past", "bilateral": True},
  {"date": "2012", "what": "Russian Railways discussed managing Kyrgyzstan's railway and building a north–south line (talks collapsed two years later)", "quote": "In 2012 Russian Railways discussed taking over the management of Kyrgyzstan's railway and building a north-south line", "type": "other", "status": "past", "bilateral": True},
  {"date": None, "what": "Start of CKU railway construction 'no later than next year'", "quote": "construction should start \"no later than next year.\"", "type": "other", "status": "planned", "bilateral": False}
 ]
}
}
