ART = {
"file": "07_eurasianet_en_2017_kazakh_border_truckers.txt",
"source": "https://eurasianet.org/s/kyrgyzstan-truckers-stranded-as-kazakh-border-row-drags-on",
"lang": "en",
"header": "2017-10-18",
"body": """
Kyrgyzstan: Truckers Stranded as Kazakh Border Row Drags On

Ulan Turdubaev Oct 18, 2017

A truck driver waits near the Ak-Zhol checkpoint on the Kyrgyz-Kazakh border. (Photo: Ulan Turdubaev)

The line of trucks at the Ak-Zhol crossing stretched for more than five kilometers on Tuesday morning, and drivers said they had been waiting for up to a week. Many of them carry vegetables, fruit and clothing bound not for Kazakhstan but for Russia, Kyrgyzstan's largest export market.

"My cargo is apricots for Novosibirsk. Another four days and I can throw them away," said Bakyt, a driver from Osh region who declined to give his surname.

Kazakhstan tightened checks on October 10, citing smuggling concerns, days after outgoing President Almazbek Atambayev accused Astana of meddling in the October 15 presidential election. Kazakh President Nursultan Nazarbayev has not commented publicly on the row, but his government recalled its ambassador for consultations.

Sooronbay Jeenbekov, the ruling party candidate who won the vote in the first round, has promised to mend ties. "Kazakhstan is our brother, and the border will be open again," Jeenbekov told supporters in Bishkek on Monday.

Prime Minister Sapar Isakov said the government would appeal to the Eurasian Economic Commission, arguing that the checks violate the rules of the Eurasian Economic Union, which both countries joined in 2015 together with Russia, Belarus and Armenia.

Moscow has stayed largely silent. Atambayev raised the issue with Russian President Vladimir Putin on the sidelines of a CIS summit in Sochi on October 11, according to the Kyrgyz presidential press service, but the Kremlin readout did not mention Kazakhstan.

The stakes for Kyrgyzstan are considerable. Trade with Russia reached $1.02 billion in January-August, up 14 percent year-on-year, according to the National Statistics Committee, while trade with Kazakhstan was worth $560 million. Migrants working in Russia sent home $1.1 billion in the first half of the year, most of it through banks whose cash transfers do not depend on the border.

Kyrgyz business associations estimate losses at up to $5 million a day. Some firms have started to send goods to Russia by rail through Kazakhstan, which has not been affected, or by air cargo from Manas.

The Kyrgyz government said on Tuesday it had sent a delegation led by a deputy prime minister to Astana for talks. Nazarbayev and Jeenbekov are expected to meet before the inauguration on November 24.

Related: Kyrgyzstan: Election Day Passes Calmly | Kazakhstan: Border Checks Tightened
""",
"gold": {
 "header_date": "Oct 18, 2017",
 "date": "2017-10-18",
 "date_source": "header+byline",
 "date_note": "Byline 'Oct 18, 2017'. 'on Tuesday' = 2017-10-17; 'on Monday' = 2017-10-16.",
 "people": [
  {"name_ru_nominative": "Алмазбек Атамбаев", "name_in_text": "Almazbek Atambayev", "role": "президент Киргизии (уходящий)", "forms_in_text": ["Almazbek Atambayev", "Atambayev"]},
  {"name_ru_nominative": "Нурсултан Назарбаев", "name_in_text": "Nursultan Nazarbayev", "role": "президент Казахстана", "forms_in_text": ["Nursultan Nazarbayev", "Nazarbayev"]},
  {"name_ru_nominative": "Сооронбай Жээнбеков", "name_in_text": "Sooronbay Jeenbekov", "role": "избранный президент Киргизии", "forms_in_text": ["Sooronbay Jeenbekov", "Jeenbekov"]},
  {"name_ru_nominative": "Сапар Исаков", "name_in_text": "Sapar Isakov", "role": "премьер-министр Киргизии", "forms_in_text": ["Sapar Isakov"]},
  {"name_ru_nominative": "Владимир Путин", "name_in_text": "Vladimir Putin", "role": "президент РФ", "forms_in_text": ["Vladimir Putin"]}
 ],
 "other_names": ["Ulan Turdubaev", "Bakyt"],
 "figures": [
  {"metric": "trade_turnover", "value": 1020000000, "period": "2017-8M", "kind": "actual", "quote": "Trade with Russia reached $1.02 billion in January-August", "period_text": "in January-August", "note": "Kyrgyz National Statistics Committee."},
  {"metric": "trade_turnover_growth_pct", "value": 14, "period": "2017-8M", "kind": "actual", "quote": "up 14 percent year-on-year"},
  {"metric": "kyrgyz_kazakh_trade_usd", "value": 560000000, "period": "2017-8M", "kind": "actual", "quote": "trade with Kazakhstan was worth $560 million", "note": "Distractor: third-country trade."},
  {"metric": "remittances_from_russia_usd", "value": 1100000000, "period": "2017-H1", "kind": "actual", "quote": "Migrants working in Russia sent home $1.1 billion in the first half of the year", "note": "Distractor: remittances."},
  {"metric": "business_losses_usd_per_day", "value": 5000000, "period": None, "kind": "actual", "quote": "estimate losses at up to $5 million a day", "note": "Distractor."}
 ],
 "events": [
  {"date": "2017-10-10", "what": "Kazakhstan tightens checks on the Kyrgyz border", "quote": "Kazakhstan tightened checks on October 10", "type": "other", "status": "past", "bilateral": False},
  {"date": "2017-10-11", "what": "Atambayev raises the border issue with Putin on the sidelines of the CIS summit in Sochi", "quote": "Atambayev raised the issue with Russian President Vladimir Putin on the sidelines of a CIS summit in Sochi on October 11", "type": "meeting", "status": "past", "bilateral": True},
  {"date": "2017-10-11", "what": "CIS summit in Sochi", "quote": "a CIS summit in Sochi on October 11", "type": "other", "status": "past", "bilateral": False},
  {"date": None, "what": "Kyrgyz government to appeal to the Eurasian Economic Commission over the checks", "quote": "the government would appeal to the Eurasian Economic Commission", "type": "other", "status": "planned", "bilateral": False},
  {"date": "2015", "what": "Kyrgyzstan and Kazakhstan joined the EAEU together with Russia, Belarus and Armenia", "quote": "which both countries joined in 2015 together with Russia, Belarus and Armenia", "type": "other", "status": "past", "bilateral": False},
  {"date": "2017-10-17", "what": "Kyrgyz delegation led by a deputy prime minister sent to Astana for talks", "quote": "it had sent a delegation led by a deputy prime minister to Astana for talks", "type": "visit", "status": "past", "bilateral": False},
  {"date": "2017-11", "what": "Expected Nazarbayev–Jeenbekov meeting before the November 24 inauguration", "quote": "Nazarbayev and Jeenbekov are expected to meet before the inauguration on November 24", "type": "meeting", "status": "planned", "bilateral": False}
 ]
}
}
