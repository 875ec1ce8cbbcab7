ART = {
"file": "13_akipress_en_2025_syrgabaev_nikitin_truck_permits.txt",
"source": "https://akipress.com/news:817342:Kyrgyzstan,_Russia_agree_to_raise_road_freight_permit_quota/",
"lang": "en",
"header": "2025-09-26",
"body": """
Kyrgyzstan, Russia agree to raise road freight permit quota

Posted : 26.09.25 15:12 | Updated : 26.09.25 17:40

BISHKEK (AKIpress) - Kyrgyzstan and Russia have agreed to raise the annual quota of permits for bilateral and transit road haulage to 40,000 from next year, the Ministry of Transport and Communications said.

Minister of Transport and Communications Absattar Syrgabaev and Russian Minister of Transport Andrei Nikitin discussed the issue in Moscow on Wednesday. The current quota of 32,000 permits was exhausted by August, forcing many Kyrgyz carriers to idle their trucks.

The sides also agreed to launch a pilot project on electronic permits and electronic consignment notes (e-CMR) before the end of 2025, and to study a gradual transition to permit-free haulage for bilateral operations.

According to the ministry, more than 9,000 Kyrgyz trucks are registered for international transport, and about two thirds of them regularly travel to Russia via Kazakhstan. Drivers have complained of queues of up to two days at the Kordai and Ak-Zhol checkpoints on the Kazakh border this summer.

Syrgabaev invited Nikitin to visit Kyrgyzstan and to take part in a transport and logistics forum in Bishkek in October. Nikitin, who was appointed Russia's transport minister in July, accepted the invitation, the ministry said.

Chairman of the Cabinet of Ministers Adylbek Kasymaliev earlier instructed the ministry to prepare transport proposals for the next meeting of the Kyrgyz-Russian Intergovernmental Commission, scheduled for November in Bishkek. The Russian side of the commission is chaired by Deputy Prime Minister Alexei Overchuk.

Trade between Kyrgyzstan and Russia amounted to $1.94 billion in January-June 2025, up 5.3% year-on-year, according to the National Statistical Committee. Kasymaliev has said the two countries aim to bring annual trade to $5 billion.

Road transport accounted for 41% of Kyrgyzstan's foreign trade cargo by value last year, while rail carried most of the fuel imported from Russia.

Related: Cargo flights between Osh and Novosibirsk to be launched in 2026
""",
"gold": {
 "header_date": "26.09.25 15:12",
 "date": "2025-09-26",
 "date_source": "header+posted_line",
 "date_note": "'Posted : 26.09.25 15:12' (two-digit year). 'on Wednesday' = 2025-09-24; 'next year' = 2026; 'last year' = 2024; Nikitin 'appointed … in July' = July 2025.",
 "people": [
  {"name_ru_nominative": "Абсаттар Сыргабаев", "name_in_text": "Absattar Syrgabaev", "role": "министр транспорта и коммуникаций Киргизии", "forms_in_text": ["Absattar Syrgabaev", "Syrgabaev"]},
  {"name_ru_nominative": "Андрей Никитин", "name_in_text": "Andrei Nikitin", "role": "министр транспорта РФ", "forms_in_text": ["Andrei Nikitin", "Nikitin"]},
  {"name_ru_nominative": "Адылбек Касымалиев", "name_in_text": "Adylbek Kasymaliev", "role": "председатель Кабинета министров КР", "forms_in_text": ["Adylbek Kasymaliev", "Kasymaliev"]},
  {"name_ru_nominative": "Алексей Оверчук", "name_in_text": "Alexei Overchuk", "role": "заместитель председателя правительства РФ", "forms_in_text": ["Alexei Overchuk"]}
 ],
 "other_names": [],
 "figures": [
  {"metric": "trade_turnover", "value": 1940000000, "period": "2025-H1", "kind": "actual", "quote": "Trade between Kyrgyzstan and Russia amounted to $1.94 billion in January-June 2025", "period_text": "in January-June 2025", "note": "Kyrgyz data."},
  {"metric": "trade_turnover_growth_pct", "value": 5.3, "period": "2025-H1", "kind": "actual", "quote": "up 5.3% year-on-year"},
  {"metric": "trade_turnover", "value": 5000000000, "period": "annual", "kind": "target", "quote": "the two countries aim to bring annual trade to $5 billion"},
  {"metric": "road_permit_quota_count", "value": 40000, "period": "annual", "kind": "target", "quote": "raise the annual quota of permits for bilateral and transit road haulage to 40,000 from next year", "note": "Distractor: permits, from 2026."},
  {"metric": "road_permit_quota_count", "value": 32000, "period": "2025", "kind": "actual", "quote": "The current quota of 32,000 permits was exhausted by August", "note": "Distractor."},
  {"metric": "trucks_registered_count", "value": 9000, "period": None, "kind": "actual", "qualifier": "more than", "quote": "more than 9,000 Kyrgyz trucks are registered for international transport", "note": "Distractor."},
  {"metric": "road_share_of_trade_cargo_pct", "value": 41, "period": "2024", "kind": "actual", "quote": "Road transport accounted for 41% of Kyrgyzstan's foreign trade cargo by value last year", "note": "Distractor."}
 ],
 "events": [
  {"date": "2025-09-24", "what": "Transport ministers Syrgabaev and Nikitin meet in Moscow; agree to raise road permit quota to 40,000", "quote": "Absattar Syrgabaev and Russian Minister of Transport Andrei Nikitin discussed the issue in Moscow on Wednesday", "type": "meeting", "status": "past", "bilateral": True},
  {"date": "2025", "what": "Pilot project on electronic permits and e-CMR to be launched before the end of 2025", "quote": "launch a pilot project on electronic permits and electronic consignment notes (e-CMR) before the end of 2025", "type": "agreement", "status": "planned", "bilateral": True},
  {"date": "2026", "what": "Raised permit quota (40,000) takes effect from next year", "quote": "raise the annual quota of permits for bilateral and transit road haulage to 40,000 from next year", "type": "agreement", "status": "planned", "bilateral": True},
  {"date": "2025-10", "what": "Nikitin to visit Kyrgyzstan and attend a transport and logistics forum in Bishkek", "quote": "Syrgabaev invited Nikitin to visit Kyrgyzstan and to take part in a transport and logistics forum in Bishkek in October", "type": "visit", "status": "planned", "bilateral": True},
  {"date": "2025-11", "what": "Next meeting of the Kyrgyz-Russian Intergovernmental Commission in Bishkek", "quote": "the next meeting of the Kyrgyz-Russian Intergovernmental Commission, scheduled for November in Bishkek", "type": "igc_session", "status": "planned", "bilateral": True}
 ]
}
}
