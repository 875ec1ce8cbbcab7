ART = {
"file": "04_reuters_en_2010_fuel_duties_flights.txt",
"source": "https://www.reuters.com/article/us-kyrgyzstan-russia-fuel-idUSTRE63K1QB20100421",
"lang": "en",
"header": "2010-04-21",
"body": """
Kyrgyzstan asks Russia to scrap fuel duties as jet fuel runs short

By Kanat Omurzakov

BISHKEK, April 21 (Reuters) - Kyrgyzstan's interim government on Wednesday asked Russia to lift export duties on fuel imposed this month, saying stocks of jet fuel at Bishkek's Manas airport would last less than two weeks.

Roza Otunbayeva, who heads the interim government installed after the April 7 uprising that toppled President Kurmanbek Bakiyev, said she had raised the issue in a telephone conversation with Russian Prime Minister Vladimir Putin last week.

"We were told that the duties are not aimed at the Kyrgyz people, and we hope the decision will be reviewed soon," Otunbayeva told reporters.

Russia introduced duties of up to $193.5 per tonne on petrol and diesel shipped to Kyrgyzstan from April 1, ending a duty-free regime that Moscow had granted Bishkek for years. Jet fuel is covered by the same decision.

Almazbek Atambayev, the interim government's deputy head in charge of the economy, said retail fuel prices had jumped by about 30 percent since the start of the month and that Kyrgyz airlines had cut flights to Moscow, Yekaterinburg and Novosibirsk.

"Kyrgyz carriers have cancelled around 40 flights to Russia so far. Our migrant workers cannot fly home, and they cannot fly back to work," Atambayev said.

The duties also complicate supplies to the U.S. military's transit centre at Manas, which refuels tanker aircraft supporting operations in Afghanistan and buys jet fuel through intermediaries that import it from Russian refineries.

Russia provides around 90 percent of Kyrgyzstan's petroleum products. Trade between the two countries was worth $1.44 billion last year, down from nearly $1.9 billion in 2008, according to Kyrgyz statistics.

Moscow has already promised $50 million in aid to the interim government, including a $20 million grant, and Putin's office said on Monday that a Russian government delegation would visit Bishkek "in the coming days" to discuss fuel supplies and economic assistance.

Russian officials have not publicly linked the duties to Bakiyev, who had angered Moscow last year by reversing a promise to close the U.S. base after receiving a pledge of $2 billion in Russian loans and aid.

(Additional reporting by Maria Gorelova in Moscow; Writing by Kanat Omurzakov; Editing by Peter Hallsworth)
""",
"gold": {
 "header_date": "April 21",
 "date": "2010-04-21",
 "date_source": "header+dateline",
 "date_note": "Header 2010-04-21 and URL; dateline 'BISHKEK, April 21 (Reuters)' has no year; 'on Wednesday' agrees (2010-04-21 was a Wednesday). 'last week' = 12–18 April 2010; 'on Monday' = 2010-04-19; 'last year' = 2009.",
 "people": [
  {"name_ru_nominative": "Роза Отунбаева", "name_in_text": "Roza Otunbayeva", "role": "глава временного правительства Киргизии", "forms_in_text": ["Roza Otunbayeva", "Otunbayeva"]},
  {"name_ru_nominative": "Курманбек Бакиев", "name_in_text": "Kurmanbek Bakiyev", "role": "свергнутый президент Киргизии", "forms_in_text": ["Kurmanbek Bakiyev", "Bakiyev"]},
  {"name_ru_nominative": "Владимир Путин", "name_in_text": "Vladimir Putin", "role": "председатель правительства РФ", "forms_in_text": ["Vladimir Putin", "Putin"]},
  {"name_ru_nominative": "Алмазбек Атамбаев", "name_in_text": "Almazbek Atambayev", "role": "заместитель главы временного правительства Киргизии по экономике", "forms_in_text": ["Almazbek Atambayev", "Atambayev"]}
 ],
 "other_names": ["Kanat Omurzakov", "Maria Gorelova", "Peter Hallsworth"],
 "figures": [
  {"metric": "trade_turnover", "value": 1440000000, "period": "2009", "kind": "actual", "quote": "Trade between the two countries was worth $1.44 billion last year", "period_text": "last year", "note": "Kyrgyz statistics."},
  {"metric": "trade_turnover", "value": 1900000000, "period": "2008", "kind": "actual", "qualifier": "almost", "quote": "down from nearly $1.9 billion in 2008"},
  {"metric": "fuel_export_duty_usd_per_tonne", "value": 193.5, "period": None, "kind": "actual", "quote": "duties of up to $193.5 per tonne on petrol and diesel", "note": "Distractor."},
  {"metric": "fuel_price_rise_pct", "value": 30, "period": None, "kind": "actual", "qualifier": "about", "quote": "retail fuel prices had jumped by about 30 percent", "note": "Distractor."},
  {"metric": "flights_cancelled_count", "value": 40, "period": None, "kind": "actual", "qualifier": "about", "quote": "Kyrgyz carriers have cancelled around 40 flights to Russia so far", "note": "Distractor."},
  {"metric": "russia_share_of_kyrgyz_fuel_imports_pct", "value": 90, "period": None, "kind": "actual", "qualifier": "about", "quote": "Russia provides around 90 percent of Kyrgyzstan's petroleum products", "note": "Distractor: share of fuel supply."},
  {"metric": "russian_aid_usd", "value": 50000000, "period": None, "kind": "actual", "quote": "Moscow has already promised $50 million in aid to the interim government", "note": "Distractor: aid."},
  {"metric": "russian_grant_usd", "value": 20000000, "period": None, "kind": "actual", "quote": "including a $20 million grant", "note": "Distractor: grant (part of the $50 million)."},
  {"metric": "russian_loans_and_aid_pledge_usd", "value": 2000000000, "period": "2009", "kind": "actual", "quote": "a pledge of $2 billion in Russian loans and aid", "note": "Distractor: 2009 pledge to Bakiyev."}
 ],
 "events": [
  {"date": "2010-04", "date_note": "'last week' relative to 2010-04-21: 12–18 April.", "what": "Otunbayeva–Putin telephone conversation on the fuel duties", "quote": "she had raised the issue in a telephone conversation with Russian Prime Minister Vladimir Putin last week", "type": "other", "status": "past", "bilateral": True},
  {"date": "2010-04-01", "what": "Russia introduces export duties on fuel shipped to Kyrgyzstan", "quote": "Russia introduced duties of up to $193.5 per tonne on petrol and diesel shipped to Kyrgyzstan from April 1", "type": "other", "status": "past", "bilateral": True},
  {"date": "2010-04", "what": "Russian government delegation to visit Bishkek 'in the coming days' on fuel supplies and aid", "quote": "a Russian government delegation would visit Bishkek \"in the coming days\" to discuss fuel supplies and economic assistance", "type": "visit", "status": "planned", "bilateral": True},
  {"date": "2010-04-21", "what": "Kyrgyz interim government asks Russia to lift the fuel export duties", "quote": "Kyrgyzstan's interim government on Wednesday asked Russia to lift export duties on fuel imposed this month", "type": "other", "status": "past", "bilateral": True},
  {"date": "2009", "what": "Russian pledge of $2 billion in loans and aid to Bakiyev's government", "quote": "after receiving a pledge of $2 billion in Russian loans and aid", "type": "agreement", "status": "past", "bilateral": True}
 ]
}
}
