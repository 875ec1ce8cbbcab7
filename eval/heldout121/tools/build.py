#!/usr/bin/env python3
"""Build heldout121: writes articles/*.txt and gold.json from the data below."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, "articles")
os.makedirs(ART, exist_ok=True)


def F(metric, value, period, quote, kind="actual", **kw):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    for k in ("qualifier",):
        if k in kw:
            d[k] = kw.pop(k)
    d["quote"] = quote
    d.update(kw)
    return d


def E(date, what, quote, type_, status="past", bilateral=True, date_note="", **kw):
    d = {"date": date}
    if "date_partial" in kw:
        d["date_partial"] = kw.pop("date_partial")
    d.update({"date_note": date_note, "what": what, "quote": quote, "type": type_,
              "status": status, "bilateral": bilateral})
    d.update(kw)
    return d


def P(nom, in_text, role, forms, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note:
        d["note"] = note
    return d


ARTICLES = []

# ---------------------------------------------------------------- 01
ARTICLES.append(dict(
    file="01_statkg_ru_2008_express_jan_sep.txt",
    source="http://www.stat.kg/rus/part/express/foreign_trade_0908.htm",
    lang="ru", header_date="14.11.2008", date="2008-11-14", date_partial=None,
    date_source="header",
    date_note="Express information page; publication date shown in the page header and repeated as 'Дата публикации'.",
    header_line="2008-11-14",
    body="""Национальный статистический комитет Кыргызской Республики
Экспресс-информация

Внешняя торговля Кыргызской Республики за январь–сентябрь 2008 года

Дата публикации: 14.11.2008

Внешнеторговый оборот Кыргызской Республики за январь–сентябрь 2008 года (без учета неорганизованной торговли) составил 4 561,2 млн. долларов США и по сравнению с январем–сентябрем 2007 года увеличился на 58,3 процента. Экспорт составил 1 298,6 млн. долларов, импорт – 3 262,6 млн. долларов. Отрицательное сальдо торгового баланса сложилось в размере 1 964,0 млн. долларов.

На долю стран СНГ пришлось 52,4 процента внешнеторгового оборота республики, на долю стран дальнего зарубежья – 47,6 процента.

Товарооборот с Российской Федерацией за январь–сентябрь 2008 года составил 1 417,5 млн. долларов США, что на 44,9 процента больше, чем за соответствующий период предыдущего года. Удельный вес России во внешнеторговом обороте республики составил 31,1 процента. Экспорт в Россию составил 311,8 млн. долларов, импорт из России – 1 105,7 млн. долларов, в том числе нефтепродуктов ввезено на 612,3 млн. долларов.

Среди других основных торговых партнеров: Китай – 1 108,4 млн. долларов (24,3 процента оборота), Казахстан – 588,0 млн. долларов (12,9 процента), Узбекистан – 250,6 млн. долларов, Швейцария – 241,9 млн. долларов (в основном экспорт золота).

Таблица 3. Внешнеторговый оборот по основным странам-партнерам (млн. долларов США)
Страна | Январь–сентябрь 2007 г. | Январь–сентябрь 2008 г. | 2008 г. в % к 2007 г.
Российская Федерация | 978,3 | 1 417,5 | 144,9
Китай | 713,5 | 1 108,4 | 155,3

Примечание: данные за январь–июнь 2008 года уточнены с учетом дополнительно поступивших таможенных деклараций. Товарооборот с Российской Федерацией за первое полугодие пересмотрен и составил 934,1 млн. долларов (ранее опубликовано – 921,6 млн. долларов).

В национальной валюте внешнеторговый оборот республики составил 163,2 млрд. сомов.

Отдел статистики внешней торговли. Тел.: 62-56-48""",
    people=[], other_names=[],
    figures=[
        F("kg_total_foreign_trade_usd", 4561.2e6, "2008-9M", "составил 4 561,2 млн. долларов США"),
        F("kg_total_foreign_trade_growth_pct", 58.3, "2008-9M", "увеличился на 58,3 процента"),
        F("kg_total_exports_usd", 1298.6e6, "2008-9M", "Экспорт составил 1 298,6 млн. долларов"),
        F("kg_total_imports_usd", 3262.6e6, "2008-9M", "импорт – 3 262,6 млн. долларов"),
        F("kg_trade_balance_usd", -1964.0e6, "2008-9M", "Отрицательное сальдо торгового баланса сложилось в размере 1 964,0 млн. долларов",
          note="negative balance"),
        F("kg_cis_share_of_trade_pct", 52.4, "2008-9M", "На долю стран СНГ пришлось 52,4 процента"),
        F("kg_non_cis_share_of_trade_pct", 47.6, "2008-9M", "на долю стран дальнего зарубежья – 47,6 процента"),
        F("trade_turnover", 1417.5e6, "2008-9M", "Товарооборот с Российской Федерацией за январь–сентябрь 2008 года составил 1 417,5 млн. долларов США",
          period_text="январь–сентябрь 2008 года"),
        F("trade_turnover_growth_pct", 44.9, "2008-9M", "на 44,9 процента больше, чем за соответствующий период предыдущего года"),
        F("ru_share_of_kg_trade_pct", 31.1, "2008-9M", "Удельный вес России во внешнеторговом обороте республики составил 31,1 процента"),
        F("kg_exports_to_ru_usd", 311.8e6, "2008-9M", "Экспорт в Россию составил 311,8 млн. долларов"),
        F("kg_imports_from_ru_usd", 1105.7e6, "2008-9M", "импорт из России – 1 105,7 млн. долларов"),
        F("kg_oil_products_imports_from_ru_usd", 612.3e6, "2008-9M", "нефтепродуктов ввезено на 612,3 млн. долларов"),
        F("kg_cn_trade_usd", 1108.4e6, "2008-9M", "Китай – 1 108,4 млн. долларов"),
        F("cn_share_of_kg_trade_pct", 24.3, "2008-9M", "24,3 процента оборота"),
        F("kg_kz_trade_usd", 588.0e6, "2008-9M", "Казахстан – 588,0 млн. долларов"),
        F("kz_share_of_kg_trade_pct", 12.9, "2008-9M", "(12,9 процента)"),
        F("kg_uz_trade_usd", 250.6e6, "2008-9M", "Узбекистан – 250,6 млн. долларов"),
        F("kg_ch_trade_usd", 241.9e6, "2008-9M", "Швейцария – 241,9 млн. долларов"),
        F("trade_turnover", 978.3e6, "2007-9M", "Российская Федерация | 978,3 | 1 417,5 | 144,9",
          note="flattened table row: Jan–Sep 2007 column; same row repeats the 2008 value 1 417,5 and index 144,9 (= +44,9%)"),
        F("kg_cn_trade_usd", 713.5e6, "2007-9M", "Китай | 713,5 | 1 108,4 | 155,3",
          note="table row; 155,3 = index 2008 vs 2007 (+55,3%) for China"),
        F("kg_cn_trade_growth_pct", 55.3, "2008-9M", "Китай | 713,5 | 1 108,4 | 155,3", note="index 155,3% -> growth 55,3"),
        F("trade_turnover", 934.1e6, "2008-H1", "пересмотрен и составил 934,1 млн. долларов",
          note="revised figure for Jan–Jun 2008 (correction)"),
        F("trade_turnover_superseded", 921.6e6, "2008-H1", "ранее опубликовано – 921,6 млн. долларов",
          note="earlier published figure, replaced by 934,1 mln; not the current value"),
        F("kg_total_foreign_trade_som", 163.2e9, "2008-9M", "составил 163,2 млрд. сомов", note="in som, not USD"),
    ],
    events=[],
))

# ---------------------------------------------------------------- 02
ARTICLES.append(dict(
    file="02_24kg_ru_2011_h1_trade.txt",
    source="http://www.24kg.org/ekonomika/105871-tovarooborot-kyrgyzstana-s-rossiej-za-polgoda.html",
    lang="ru", header_date="unknown", date="2011-08-16", date_partial=None,
    date_source="inferred_year",
    date_note="Dateline gives '16 августа' without a year; the year 2011 is inferred from 'аналогичный период 2010 года' (comparison with the previous year). URL has no date.",
    header_line=None,
    body="""Товарооборот Кыргызстана с Россией за полгода вырос почти на треть

Бишкек, 16 августа /24.kg, Нургуль Абдыкадырова/. Товарооборот Кыргызстана с Российской Федерацией за январь–июнь составил 802,4 млн долларов США, что на 30,2 процента больше, чем за аналогичный период 2010 года. Об этом сообщили в Национальном статистическом комитете.

По данным ведомства, экспорт кыргызстанских товаров в Россию составил 147,3 млн долларов, импорт из России – 655,1 млн. Доля России во внешнеторговом обороте республики составила 27,6 процента, Россия остается крупнейшим торговым партнером Кыргызстана.

Основу импорта по-прежнему составляют нефтепродукты: их ввезено на 341,8 млн долларов. В структуре экспорта – овощи и фрукты, хлопковое волокно, текстиль и швейные изделия, а также электролампы.

Общий внешнеторговый оборот республики за шесть месяцев достиг 2 907,2 млн долларов, увеличившись на 27,4 процента. Товарооборот с Китаем составил 636,5 млн долларов, с Казахстаном – 402,9 млн долларов.

В Нацстаткоме отмечают, что данные приведены без учета неорганизованной (челночной) торговли и будут уточнены по мере поступления дополнительной информации от таможенных органов.

Ранее 24.kg сообщало, что объем денежных переводов трудовых мигрантов, поступивших в Кыргызстан из России, в первом полугодии составил около 622 млн долларов.

Читайте также:
Цены на бензин в Бишкеке выросли на 2 сома
Правительство утвердило план по подготовке к зиме""",
    people=[], other_names=["Нургуль Абдыкадырова"],
    figures=[
        F("trade_turnover", 802.4e6, "2011-H1", "Товарооборот Кыргызстана с Российской Федерацией за январь–июнь составил 802,4 млн долларов США",
          period_text="январь–июнь", note="year not written next to the period; 2011 inferred from the comparison with 2010"),
        F("trade_turnover_growth_pct", 30.2, "2011-H1", "на 30,2 процента больше, чем за аналогичный период 2010 года"),
        F("kg_exports_to_ru_usd", 147.3e6, "2011-H1", "экспорт кыргызстанских товаров в Россию составил 147,3 млн долларов"),
        F("kg_imports_from_ru_usd", 655.1e6, "2011-H1", "импорт из России – 655,1 млн"),
        F("ru_share_of_kg_trade_pct", 27.6, "2011-H1", "Доля России во внешнеторговом обороте республики составила 27,6 процента"),
        F("kg_oil_products_imports_from_ru_usd", 341.8e6, "2011-H1", "их ввезено на 341,8 млн долларов"),
        F("kg_total_foreign_trade_usd", 2907.2e6, "2011-H1", "Общий внешнеторговый оборот республики за шесть месяцев достиг 2 907,2 млн долларов"),
        F("kg_total_foreign_trade_growth_pct", 27.4, "2011-H1", "увеличившись на 27,4 процента"),
        F("kg_cn_trade_usd", 636.5e6, "2011-H1", "Товарооборот с Китаем составил 636,5 млн долларов"),
        F("kg_kz_trade_usd", 402.9e6, "2011-H1", "с Казахстаном – 402,9 млн долларов"),
        F("remittances_from_ru_usd", 622e6, "2011-H1", "в первом полугодии составил около 622 млн долларов", qualifier="about",
          note="distractor: migrant remittances, not trade"),
    ],
    events=[],
))

# ---------------------------------------------------------------- 03
ARTICLES.append(dict(
    file="03_tazabek_ru_2013_nine_months_decline.txt",
    source="http://www.tazabek.kg/news:367512",
    lang="ru", header_date="15.11.2013 11:42", date="2013-11-15", date_partial=None,
    date_source="header",
    date_note="Date and time printed under the headline.",
    header_line="2013-11-15",
    body="""Нацстатком: Товарооборот Кыргызстана с Россией за 9 месяцев 2013 года снизился на 6,8%

15.11.2013 11:42

Тазабек – По итогам января–сентября 2013 года товарооборот Кыргызстана с Россией составил $1 427,9 млн, что на 6,8% меньше по сравнению с аналогичным периодом прошлого года, сообщил Национальный статистический комитет КР.

Экспорт в Россию за этот период составил $215,6 млн (снижение на 18,9%), импорт из России – $1 212,3 млн (снижение на 4,3%).

Доля России в общем товарообороте Кыргызстана составила 28,2%. Всего внешнеторговый оборот республики за 9 месяцев составил $5 063,4 млн. Крупнейшим партнером по-прежнему остается Китай, на долю которого пришлось 23,5% оборота.

Как отмечает Нацстатком, снижение связано прежде всего с сокращением ввоза нефтепродуктов из России, а также с уменьшением поставок овощей и швейных изделий на российский рынок.

Министр экономики и антимонопольной политики Темир Сариев ранее заявлял, что вступление в Таможенный союз позволит нарастить экспорт в Россию и Казахстан. «Сегодня наши швейники и переработчики теряют рынки, потому что товар сутками стоит на границе», – сказал Т.Сариев на встрече с предпринимателями в октябре.

Очередное заседание Межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству запланировано на декабрь в Москве. Как сообщили Тазабеку в Минэкономики, на нем стороны намерены обсудить вопросы, связанные с присоединением Кыргызстана к Таможенному союзу.

Для справки: в 2012 году товарооборот Кыргызстана с Россией составил $2 035,8 млн.

Тазабек продолжает следить за развитием событий.""",
    people=[P("Темир Сариев", "Темир Сариев", "министр экономики и антимонопольной политики Кыргызской Республики",
              ["Темир Сариев", "Т.Сариев"])],
    other_names=[],
    figures=[
        F("trade_turnover", 1427.9e6, "2013-9M", "товарооборот Кыргызстана с Россией составил $1 427,9 млн", period_text="января–сентября 2013 года"),
        F("trade_turnover_growth_pct", -6.8, "2013-9M", "на 6,8% меньше по сравнению с аналогичным периодом прошлого года",
          note="decline expressed as negative growth"),
        F("kg_exports_to_ru_usd", 215.6e6, "2013-9M", "Экспорт в Россию за этот период составил $215,6 млн"),
        F("kg_exports_to_ru_growth_pct", -18.9, "2013-9M", "(снижение на 18,9%)"),
        F("kg_imports_from_ru_usd", 1212.3e6, "2013-9M", "импорт из России – $1 212,3 млн"),
        F("kg_imports_from_ru_growth_pct", -4.3, "2013-9M", "(снижение на 4,3%)"),
        F("ru_share_of_kg_trade_pct", 28.2, "2013-9M", "Доля России в общем товарообороте Кыргызстана составила 28,2%"),
        F("kg_total_foreign_trade_usd", 5063.4e6, "2013-9M", "Всего внешнеторговый оборот республики за 9 месяцев составил $5 063,4 млн"),
        F("cn_share_of_kg_trade_pct", 23.5, "2013-9M", "на долю которого пришлось 23,5% оборота"),
        F("trade_turnover", 2035.8e6, "2012", "в 2012 году товарооборот Кыргызстана с Россией составил $2 035,8 млн"),
    ],
    events=[
        E("2013-10", "Minister of Economy Temir Sariev's meeting with entrepreneurs (domestic)",
          "на встрече с предпринимателями в октябре", "meeting", "past", False,
          "Month from 'в октябре'; year from article date."),
        E("2013-12", "Next session of the Kyrgyz-Russian intergovernmental commission in Moscow",
          "Очередное заседание Межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству запланировано на декабрь в Москве",
          "igc_session", "planned", True, "Planned for December; year from article date."),
    ],
))

# ---------------------------------------------------------------- 04
ARTICLES.append(dict(
    file="04_customsgovru_ru_2014_heads_meeting.txt",
    source="http://www.customs.ru/index.php?option=com_content&view=article&id=19874",
    lang="ru", header_date="27.10.2014", date="2014-10-27", date_partial=None,
    date_source="header",
    date_note="FCS press release; date shown above the headline; body says '27 октября' without year.",
    header_line="2014-10-27",
    body="""Федеральная таможенная служба
Пресс-служба

27.10.2014

Андрей Бельянинов провел рабочую встречу с руководством Государственной таможенной службы Киргизской Республики

27 октября в Москве руководитель ФТС России Андрей Бельянинов провел рабочую встречу с делегацией Государственной таможенной службы при Правительстве Киргизской Республики.

Стороны обсудили ход подготовки киргизской таможенной службы к работе в условиях Таможенного союза, обустройство пунктов пропуска на киргизско-казахстанском участке границы и взаимодействие при контроле транзитных грузов.

По итогам встречи подписан Протокол об обмене предварительной информацией о товарах и транспортных средствах, перемещаемых между Российской Федерацией и Киргизской Республикой. Документ позволит сократить время таможенных операций и повысить достоверность статистики взаимной торговли.

«Мы заинтересованы в том, чтобы киргизские коллеги вошли в единое таможенное пространство подготовленными», – отметил Андрей Бельянинов.

По данным таможенной статистики ФТС России, внешнеторговый оборот России с Киргизией в январе–сентябре 2014 года составил 1 483,6 млн долларов США и снизился по сравнению с аналогичным периодом 2013 года на 9,1%. Экспорт России в Киргизию составил 1 357,2 млн долларов, импорт из Киргизии – 126,4 млн долларов. Доля Киргизии во внешнеторговом обороте России составила 0,3%.

Для сравнения: внешнеторговый оборот России со странами СНГ за тот же период составил 69,4 млрд долларов США.

Следующую встречу руководителей таможенных служб двух стран планируется провести в первом квартале 2015 года в Бишкеке.

Фото: пресс-служба ФТС России""",
    people=[P("Андрей Бельянинов", "Андрей Бельянинов", "руководитель ФТС России", ["Андрей Бельянинов"])],
    other_names=[],
    figures=[
        F("trade_turnover", 1483.6e6, "2014-9M", "внешнеторговый оборот России с Киргизией в январе–сентябре 2014 года составил 1 483,6 млн долларов США",
          note="Russian (FCS) data; differs from Kyrgyz statistics"),
        F("trade_turnover_growth_pct", -9.1, "2014-9M", "снизился по сравнению с аналогичным периодом 2013 года на 9,1%"),
        F("ru_exports_to_kg_usd", 1357.2e6, "2014-9M", "Экспорт России в Киргизию составил 1 357,2 млн долларов"),
        F("ru_imports_from_kg_usd", 126.4e6, "2014-9M", "импорт из Киргизии – 126,4 млн долларов"),
        F("kg_share_of_ru_trade_pct", 0.3, "2014-9M", "Доля Киргизии во внешнеторговом обороте России составила 0,3%"),
        F("ru_cis_trade_usd", 69.4e9, "2014-9M", "внешнеторговый оборот России со странами СНГ за тот же период составил 69,4 млрд долларов США",
          note="distractor: Russia's trade with the whole CIS"),
    ],
    events=[
        E("2014-10-27", "Working meeting of FCS head Andrei Belyaninov with a delegation of Kyrgyzstan's State Customs Service in Moscow",
          "27 октября в Москве руководитель ФТС России Андрей Бельянинов провел рабочую встречу с делегацией Государственной таможенной службы при Правительстве Киргизской Республики",
          "meeting", "past", True),
        E("2014-10-27", "Protocol on exchange of preliminary information on goods and vehicles signed",
          "подписан Протокол об обмене предварительной информацией о товарах и транспортных средствах",
          "agreement", "past", True, "Signed at the meeting the same day."),
        E("2015", "Next meeting of the two customs services' heads, Bishkek", "Следующую встречу руководителей таможенных служб двух стран планируется провести в первом квартале 2015 года в Бишкеке",
          "meeting", "planned", True, "First quarter of 2015 (Q1 not expressible in the date field)."),
    ],
))

# ---------------------------------------------------------------- 05
ARTICLES.append(dict(
    file="05_eec_ru_2016_mutual_trade_h1.txt",
    source="http://www.eurasiancommission.org/ru/act/integr_i_makroec/dep_stat/tradestat/analytics/Pages/express/January-June2016.aspx",
    lang="ru", header_date="Опубликовано 18.08.2016", date="2016-08-18", date_partial=None,
    date_source="header",
    date_note="EEC statistics page, publication date in the page header.",
    header_line="2016-08-18",
    body="""Евразийская экономическая комиссия
Департамент статистики

Опубликовано 18.08.2016

О взаимной торговле товарами Евразийского экономического союза в январе–июне 2016 года

Объем взаимной торговли товарами государств – членов Евразийского экономического союза в январе–июне 2016 г. составил 19,6 млрд. долларов США, или 82,7% к уровню января–июня 2015 года.

Удельный вес государств – членов во взаимной торговле ЕАЭС: Армения – 1,4%, Беларусь – 30,3%, Казахстан – 18,0%, Кыргызстан – 2,6%, Россия – 47,7%.

Взаимная торговля Кыргызской Республики с государствами – членами ЕАЭС составила 1 007,5 млн. долларов (89,6% к январю–июню 2015 г.), в том числе с Российской Федерацией – 609,8 млн. долларов, с Республикой Казахстан – 376,4 млн. долларов, с Республикой Беларусь – 20,1 млн. долларов, с Республикой Армения – 1,2 млн. долларов.

Таблица 1. Взаимная торговля товарами по парам государств – членов ЕАЭС (млн. долларов США; в % к январю–июню 2015 г.)
Армения – Россия | 540,3 | 101,4
Беларусь – Россия | 11 217,6 | 84,5
Казахстан – Россия | 6 310,7 | 75,8
Кыргызстан – Россия | 609,8 | 88,2
Беларусь – Казахстан | 289,4 | 68,9
Кыргызстан – Казахстан | 376,4 | 93,0

В товарной структуре взаимной торговли наибольший удельный вес занимают минеральные продукты (26,8%), машины, оборудование и транспортные средства (18,4%), а также продукция химической промышленности (11,1%).

Данные сформированы на основе официальной статистической информации уполномоченных органов государств – членов. Показатели за 2015 год уточнены.""",
    people=[], other_names=[],
    figures=[
        F("eaeu_mutual_trade_usd", 19.6e9, "2016-H1", "составил 19,6 млрд. долларов США"),
        F("eaeu_mutual_trade_growth_pct", -17.3, "2016-H1", "или 82,7% к уровню января–июня 2015 года", note="82,7% of previous level = -17,3%"),
        F("am_share_of_eaeu_mutual_trade_pct", 1.4, "2016-H1", "Армения – 1,4%"),
        F("by_share_of_eaeu_mutual_trade_pct", 30.3, "2016-H1", "Беларусь – 30,3%"),
        F("kz_share_of_eaeu_mutual_trade_pct", 18.0, "2016-H1", "Казахстан – 18,0%"),
        F("kg_share_of_eaeu_mutual_trade_pct", 2.6, "2016-H1", "Кыргызстан – 2,6%"),
        F("ru_share_of_eaeu_mutual_trade_pct", 47.7, "2016-H1", "Россия – 47,7%"),
        F("kg_eaeu_mutual_trade_usd", 1007.5e6, "2016-H1", "Взаимная торговля Кыргызской Республики с государствами – членами ЕАЭС составила 1 007,5 млн. долларов"),
        F("kg_eaeu_mutual_trade_growth_pct", -10.4, "2016-H1", "(89,6% к январю–июню 2015 г.)", note="89,6% -> -10,4%"),
        F("trade_turnover", 609.8e6, "2016-H1", "с Российской Федерацией – 609,8 млн. долларов"),
        F("trade_turnover_growth_pct", -11.8, "2016-H1", "Кыргызстан – Россия | 609,8 | 88,2", note="table row, 88,2% of Jan–Jun 2015 -> -11,8%"),
        F("kg_kz_trade_usd", 376.4e6, "2016-H1", "с Республикой Казахстан – 376,4 млн. долларов"),
        F("kg_kz_trade_growth_pct", -7.0, "2016-H1", "Кыргызстан – Казахстан | 376,4 | 93,0", note="93,0% -> -7,0%"),
        F("kg_by_trade_usd", 20.1e6, "2016-H1", "с Республикой Беларусь – 20,1 млн. долларов"),
        F("kg_am_trade_usd", 1.2e6, "2016-H1", "с Республикой Армения – 1,2 млн. долларов"),
        F("am_ru_trade_usd", 540.3e6, "2016-H1", "Армения – Россия | 540,3 | 101,4"),
        F("am_ru_trade_growth_pct", 1.4, "2016-H1", "Армения – Россия | 540,3 | 101,4", note="101,4% -> +1,4%"),
        F("by_ru_trade_usd", 11217.6e6, "2016-H1", "Беларусь – Россия | 11 217,6 | 84,5"),
        F("by_ru_trade_growth_pct", -15.5, "2016-H1", "Беларусь – Россия | 11 217,6 | 84,5"),
        F("kz_ru_trade_usd", 6310.7e6, "2016-H1", "Казахстан – Россия | 6 310,7 | 75,8"),
        F("kz_ru_trade_growth_pct", -24.2, "2016-H1", "Казахстан – Россия | 6 310,7 | 75,8"),
        F("by_kz_trade_usd", 289.4e6, "2016-H1", "Беларусь – Казахстан | 289,4 | 68,9"),
        F("by_kz_trade_growth_pct", -31.1, "2016-H1", "Беларусь – Казахстан | 289,4 | 68,9"),
        F("mineral_products_share_of_eaeu_mutual_trade_pct", 26.8, "2016-H1", "минеральные продукты (26,8%)"),
        F("machinery_share_of_eaeu_mutual_trade_pct", 18.4, "2016-H1", "машины, оборудование и транспортные средства (18,4%)"),
        F("chemicals_share_of_eaeu_mutual_trade_pct", 11.1, "2016-H1", "продукция химической промышленности (11,1%)"),
    ],
    events=[],
))

# ---------------------------------------------------------------- 06
ARTICLES.append(dict(
    file="06_kabar_en_2017_nine_months_no_year.txt",
    source="http://kabar.kg/eng/economics/full/20634",
    lang="en", header_date="unknown", date=None, date_partial="????-11-14",
    date_source="dateline",
    date_note="Dateline 'Bishkek, Nov. 14 (Kabar)' with no year anywhere on the page or in the URL (written as 2017, but no year must be invented).",
    header_line=None,
    body="""Kyrgyzstan-Russia trade up 23 percent in January-September

Bishkek, Nov. 14 (Kabar) - Trade turnover between Kyrgyzstan and Russia in January-September amounted to $1 billion 261.7 million, up 23.4 percent year-on-year, the National Statistics Committee of the Kyrgyz Republic reports.

Exports of Kyrgyz goods to Russia grew to $196.3 million, while imports from Russia reached $1 billion 65.4 million. Russia accounted for 27.3 percent of the country's total foreign trade, which stood at $4.62 billion over the nine months.

Trade with the Eurasian Economic Union countries as a whole reached $1.93 billion, the committee said. Trade with Kazakhstan rose by 11.9 percent to $597.8 million. China remained Kyrgyzstan's second largest trading partner with $1.08 billion.

Mineral products, including petroleum products, make up the bulk of Russian supplies, while Kyrgyzstan mostly exports clothing, dairy products, vegetables and fruit to the Russian market.

Analysts link the growth to the recovery of the Russian economy and a stronger rouble, as well as to the removal of veterinary and phytosanitary barriers after the country's accession to the EAEU.

The two countries' leaders discussed ways to expand mutual trade during the state visit of Russian President Vladimir Putin to Bishkek on February 28, when he and President Almazbek Atambayev signed a package of intergovernmental documents.

Kyrgyzstan's total trade with the Commonwealth of Independent States over the period was estimated at $2.35 billion.

Photo: Kabar""",
    people=[
        P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
        P("Алмазбек Атамбаев", "Almazbek Atambayev", "President of Kyrgyzstan", ["Almazbek Atambayev"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 1261.7e6, None, "Trade turnover between Kyrgyzstan and Russia in January-September amounted to $1 billion 261.7 million",
          period_text="January-September", note="period is 9M but the year is not stated anywhere, so period is null"),
        F("trade_turnover_growth_pct", 23.4, None, "up 23.4 percent year-on-year", period_text="January-September"),
        F("kg_exports_to_ru_usd", 196.3e6, None, "Exports of Kyrgyz goods to Russia grew to $196.3 million", period_text="January-September"),
        F("kg_imports_from_ru_usd", 1065.4e6, None, "imports from Russia reached $1 billion 65.4 million", period_text="January-September"),
        F("ru_share_of_kg_trade_pct", 27.3, None, "Russia accounted for 27.3 percent of the country's total foreign trade", period_text="January-September"),
        F("kg_total_foreign_trade_usd", 4.62e9, None, "which stood at $4.62 billion over the nine months", period_text="nine months"),
        F("kg_eaeu_mutual_trade_usd", 1.93e9, None, "Trade with the Eurasian Economic Union countries as a whole reached $1.93 billion"),
        F("kg_kz_trade_growth_pct", 11.9, None, "Trade with Kazakhstan rose by 11.9 percent"),
        F("kg_kz_trade_usd", 597.8e6, None, "to $597.8 million"),
        F("kg_cn_trade_usd", 1.08e9, None, "China remained Kyrgyzstan's second largest trading partner with $1.08 billion"),
        F("kg_cis_trade_usd", 2.35e9, None, "Kyrgyzstan's total trade with the Commonwealth of Independent States over the period was estimated at $2.35 billion",
          qualifier="about", note="'estimated'"),
    ],
    events=[
        E(None, "State visit of Vladimir Putin to Bishkek; talks with Almazbek Atambayev, intergovernmental documents signed",
          "the state visit of Russian President Vladimir Putin to Bishkek on February 28", "visit", "past", True,
          "Day and month only; no year on the page (real visit: 28 Feb 2017).", date_partial="????-02-28"),
        E(None, "Package of intergovernmental documents signed during the visit",
          "he and President Almazbek Atambayev signed a package of intergovernmental documents", "agreement", "past", True,
          "Same day as the visit; year not stated.", date_partial="????-02-28"),
        E(None, "Kyrgyzstan's accession to the EAEU (background, undated)", "after the country's accession to the EAEU",
          "other", "past", False, "No date given in the text."),
    ],
))

# ---------------------------------------------------------------- 07
ARTICLES.append(dict(
    file="07_akchabar_ru_2018_full_year_2017.txt",
    source="https://www.akchabar.kg/ru/news/tovarooborot-kyrgyzstana-s-rossiej-v-2017-godu/",
    lang="ru", header_date="26.02.2018", date="2018-02-26", date_partial=None,
    date_source="byline",
    date_note="Date in the byline line under the headline; figures are for full year 2017.",
    header_line=None,
    body="""Россия осталась вторым торговым партнером Кыргызстана после Китая

Автор: Эльмира Сатыбалдиева, 26.02.2018

Товарооборот Кыргызстана с Россией по итогам 2017 года составил $1 680,4 млн, увеличившись на 15,2% по сравнению с 2016 годом. Такие данные приводит Национальный статистический комитет.

Экспорт в Россию вырос до $264,5 млн, импорт из России составил $1 415,9 млн. В национальной валюте товарооборот двух стран превысил 116 млрд сомов.

На долю России пришлось 27,8% внешнеторгового оборота Кыргызстана, который в 2017 году составил $6 044,6 млн. Первое место по-прежнему занимает Китай.

Как отмечают аналитики Акчабара, рост во многом обеспечен восстановлением спроса на российском рынке и увеличением поставок швейных изделий, молочной продукции и сухофруктов. При этом зависимость от импорта российских нефтепродуктов сохраняется: на них приходится более трети поставок из России.

Напомним, в 2017 году Россия списала Кыргызстану долг в размере $240 млн. Кроме того, Российско-Кыргызский фонд развития с начала работы одобрил финансирование проектов на сумму около $391 млн.

Объем денежных переводов из России в Кыргызстан в 2017 году, по данным Национального банка, составил $2,32 млрд – почти вдвое больше, чем весь импорт из России.

Для сравнения: товарооборот Кыргызстана с Казахстаном в 2017 году составил $825,3 млн.

Читайте также: Нацбанк сохранил учетную ставку на уровне 5%

Фото: Акчабар""",
    people=[], other_names=["Эльмира Сатыбалдиева"],
    figures=[
        F("trade_turnover", 1680.4e6, "2017", "Товарооборот Кыргызстана с Россией по итогам 2017 года составил $1 680,4 млн"),
        F("trade_turnover_growth_pct", 15.2, "2017", "увеличившись на 15,2% по сравнению с 2016 годом"),
        F("kg_exports_to_ru_usd", 264.5e6, "2017", "Экспорт в Россию вырос до $264,5 млн"),
        F("kg_imports_from_ru_usd", 1415.9e6, "2017", "импорт из России составил $1 415,9 млн"),
        F("trade_turnover_som", 116e9, "2017", "товарооборот двух стран превысил 116 млрд сомов", qualifier="more than", note="in som"),
        F("ru_share_of_kg_trade_pct", 27.8, "2017", "На долю России пришлось 27,8% внешнеторгового оборота Кыргызстана"),
        F("kg_total_foreign_trade_usd", 6044.6e6, "2017", "который в 2017 году составил $6 044,6 млн"),
        F("debt_writeoff_usd", 240e6, "2017", "Россия списала Кыргызстану долг в размере $240 млн", note="distractor: debt, not trade"),
        F("rkdf_approved_financing_usd", 391e6, None, "одобрил финансирование проектов на сумму около $391 млн", qualifier="about",
          note="distractor: Russian-Kyrgyz Development Fund cumulative approvals"),
        F("remittances_from_ru_usd", 2.32e9, "2017", "составил $2,32 млрд", note="distractor: remittances"),
        F("kg_kz_trade_usd", 825.3e6, "2017", "товарооборот Кыргызстана с Казахстаном в 2017 году составил $825,3 млн"),
        F("nbkr_policy_rate_pct", 5, None, "Нацбанк сохранил учетную ставку на уровне 5%", note="distractor in a related-link line"),
    ],
    events=[
        E("2017", "Russia wrote off $240 million of Kyrgyzstan's debt", "в 2017 году Россия списала Кыргызстану долг в размере $240 млн",
          "agreement", "past", True, "Year only."),
    ],
))

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
    file="08_interfax_en_2019_q1_trade.txt",
    source="https://interfax.com/newsroom/top-stories/61732/",
    lang="en", header_date="17 May 2019 13:05", date="2019-05-17", date_partial=None,
    date_source="header",
    date_note="Page header shows the date; dateline 'BISHKEK. May 17 (Interfax)' has no year.",
    header_line="2019-05-17",
    body="""17 May 2019 13:05

Kyrgyz-Russian trade up 10.4% in Q1

BISHKEK. May 17 (Interfax) - Trade between Kyrgyzstan and Russia rose 10.4% year-on-year in the first quarter of 2019 to $405.3 million, Kyrgyzstan's National Statistics Committee said.

Kyrgyz exports to Russia amounted to $61.2 million and imports from Russia to $344.1 million, the committee said. Russia's share of Kyrgyzstan's foreign trade was 26.9%.

Kyrgyzstan's trade with member states of the Eurasian Economic Union (EAEU) totaled $634.8 million in January-March, while its total foreign trade reached $1.507 billion.

In the same period, trade with China, Kyrgyzstan's largest trading partner, amounted to $478.6 million, down 4.7%.

Russian President Vladimir Putin made a state visit to Kyrgyzstan on March 28-29 and held talks with Kyrgyz President Sooronbai Jeenbekov in Bishkek. The sides signed more than a dozen documents, including agreements on investment projects and on the status of the Russian air base in Kant.

The next meeting of the Kyrgyz-Russian intergovernmental commission on trade, economic, scientific-technical and humanitarian cooperation is expected to be held in the autumn in Bishkek, a source in the Kyrgyz Economy Ministry told Interfax.

Kyrgyzstan's GDP grew 5.6% in January-April, the committee said earlier.""",
    people=[
        P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
        P("Сооронбай Жээнбеков", "Sooronbai Jeenbekov", "President of Kyrgyzstan", ["Sooronbai Jeenbekov"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover_growth_pct", 10.4, "2019-Q1", "Trade between Kyrgyzstan and Russia rose 10.4% year-on-year"),
        F("trade_turnover", 405.3e6, "2019-Q1", "in the first quarter of 2019 to $405.3 million"),
        F("kg_exports_to_ru_usd", 61.2e6, "2019-Q1", "Kyrgyz exports to Russia amounted to $61.2 million"),
        F("kg_imports_from_ru_usd", 344.1e6, "2019-Q1", "imports from Russia to $344.1 million"),
        F("ru_share_of_kg_trade_pct", 26.9, "2019-Q1", "Russia's share of Kyrgyzstan's foreign trade was 26.9%"),
        F("kg_eaeu_mutual_trade_usd", 634.8e6, "2019-Q1", "totaled $634.8 million in January-March"),
        F("kg_total_foreign_trade_usd", 1.507e9, "2019-Q1", "its total foreign trade reached $1.507 billion"),
        F("kg_cn_trade_usd", 478.6e6, "2019-Q1", "amounted to $478.6 million"),
        F("kg_cn_trade_growth_pct", -4.7, "2019-Q1", "down 4.7%"),
        F("kg_gdp_growth_pct", 5.6, "2019-4M", "Kyrgyzstan's GDP grew 5.6% in January-April", note="distractor"),
    ],
    events=[
        E("2019-03-28", "State visit of Vladimir Putin to Kyrgyzstan, talks with Sooronbai Jeenbekov in Bishkek",
          "Russian President Vladimir Putin made a state visit to Kyrgyzstan on March 28-29", "visit", "past", True,
          "March 28-29; start date given; year from the article."),
        E("2019-03", "More than a dozen documents signed during the visit (investment projects, status of Kant air base)",
          "The sides signed more than a dozen documents", "agreement", "past", True, "During the 28-29 March visit."),
        E("2019", "Next session of the Kyrgyz-Russian intergovernmental commission, Bishkek",
          "The next meeting of the Kyrgyz-Russian intergovernmental commission on trade, economic, scientific-technical and humanitarian cooperation is expected to be held in the autumn in Bishkek",
          "igc_session", "planned", True, "'in the autumn' of 2019."),
    ],
))

# ---------------------------------------------------------------- 09
ARTICLES.append(dict(
    file="09_prime_ru_2021_h1_growth.txt",
    source="https://1prime.ru/state_regulation/20210810/834321764.html",
    lang="ru", header_date="unknown", date="2021-08-10", date_partial=None,
    date_source="url",
    date_note="Date in the URL (20210810); dateline 'МОСКВА, 10 авг' has no year.",
    header_line=None,
    body="""Товарооборот России и Киргизии в первом полугодии вырос почти на 40%

МОСКВА, 10 авг — ПРАЙМ. Товарооборот Киргизии и России в январе–июне 2021 года составил 1,09 миллиарда долларов, увеличившись на 39,6% по сравнению с первым полугодием прошлого года, следует из данных Национального статистического комитета республики.

Экспорт Киргизии в Россию вырос на 51,3%, до 186,4 миллиона долларов, импорт из России – на 37,4%, до 903,6 миллиона долларов. Доля России во внешнеторговом обороте Киргизии составила 24,1%.

Всего внешнеторговый оборот Киргизии за полугодие достиг 4,52 миллиарда долларов. Товарооборот с Казахстаном составил 612,5 миллиона долларов, с Узбекистаном – 401,7 миллиона долларов.

По данным Евразийской экономической комиссии, объем взаимной торговли стран ЕАЭС в первом полугодии вырос на 31,6%, до 33,2 миллиарда долларов. Доля Киргизии во взаимной торговле союза составила 2,3%.

Председатель коллегии ЕЭК Михаил Мясникович в июле заявлял, что по итогам года взаимная торговля в союзе может превысить 70 миллиардов долларов.

Киргизия является членом ЕАЭС с августа 2015 года. В союз также входят Армения, Белоруссия, Казахстан и Россия.

В прошлом году на фоне пандемии товарооборот России и Киргизии, по данным киргизской статистики, снизился на 22,6%.""",
    people=[P("Михаил Мясникович", "Михаил Мясникович", "председатель коллегии Евразийской экономической комиссии", ["Михаил Мясникович"])],
    other_names=[],
    figures=[
        F("trade_turnover", 1.09e9, "2021-H1", "Товарооборот Киргизии и России в январе–июне 2021 года составил 1,09 миллиарда долларов"),
        F("trade_turnover_growth_pct", 39.6, "2021-H1", "увеличившись на 39,6% по сравнению с первым полугодием прошлого года"),
        F("kg_exports_to_ru_growth_pct", 51.3, "2021-H1", "Экспорт Киргизии в Россию вырос на 51,3%"),
        F("kg_exports_to_ru_usd", 186.4e6, "2021-H1", "до 186,4 миллиона долларов"),
        F("kg_imports_from_ru_growth_pct", 37.4, "2021-H1", "импорт из России – на 37,4%"),
        F("kg_imports_from_ru_usd", 903.6e6, "2021-H1", "до 903,6 миллиона долларов"),
        F("ru_share_of_kg_trade_pct", 24.1, "2021-H1", "Доля России во внешнеторговом обороте Киргизии составила 24,1%"),
        F("kg_total_foreign_trade_usd", 4.52e9, "2021-H1", "Всего внешнеторговый оборот Киргизии за полугодие достиг 4,52 миллиарда долларов"),
        F("kg_kz_trade_usd", 612.5e6, "2021-H1", "Товарооборот с Казахстаном составил 612,5 миллиона долларов"),
        F("kg_uz_trade_usd", 401.7e6, "2021-H1", "с Узбекистаном – 401,7 миллиона долларов"),
        F("eaeu_mutual_trade_growth_pct", 31.6, "2021-H1", "объем взаимной торговли стран ЕАЭС в первом полугодии вырос на 31,6%"),
        F("eaeu_mutual_trade_usd", 33.2e9, "2021-H1", "до 33,2 миллиарда долларов"),
        F("kg_share_of_eaeu_mutual_trade_pct", 2.3, "2021-H1", "Доля Киргизии во взаимной торговле союза составила 2,3%"),
        F("eaeu_mutual_trade_usd", 70e9, "2021", "взаимная торговля в союзе может превысить 70 миллиардов долларов", kind="forecast", qualifier="more than"),
        F("trade_turnover_growth_pct", -22.6, "2020", "товарооборот России и Киргизии, по данным киргизской статистики, снизился на 22,6%",
          period_text="В прошлом году"),
    ],
    events=[
        E("2021-07", "EEC Board chairman Mikhail Myasnikovich's statement on EAEU mutual trade prospects",
          "Председатель коллегии ЕЭК Михаил Мясникович в июле заявлял", "other", "past", False, "Month only; multilateral (EAEU)."),
        E("2015-08", "Kyrgyzstan became an EAEU member", "Киргизия является членом ЕАЭС с августа 2015 года", "other", "past", False,
          "Background; accession took effect 12 Aug 2015 (only month given)."),
    ],
))

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
    file="10_24kg_en_2022_seven_months.txt",
    source="https://24.kg/english/245190_Trade_between_Kyrgyzstan_and_Russia_up_37_percent_in_seven_months/",
    lang="en", header_date="Posted 11:42 05.09.2022", date="2022-09-05", date_partial=None,
    date_source="byline",
    date_note="'Posted 11:42 05.09.2022' line under the headline (day.month.year).",
    header_line=None,
    body="""Trade between Kyrgyzstan and Russia up 37 percent in seven months

Posted 11:42 05.09.2022 Updated 11:58 05.09.2022

BISHKEK, 24.kg news agency, by Aigerim Toktosunova - Trade turnover between Kyrgyzstan and Russia in January-July 2022 amounted to $1,850.3 million, which is 37.4 percent more than in the same period of 2021. The National Statistical Committee of the Kyrgyz Republic reported.

Exports of Kyrgyz goods to Russia reached $426.5 million, having more than doubled, while imports from Russia amounted to $1,423.8 million. In national currency, trade turnover with Russia reached 151.7 billion soms.

Russia's share of Kyrgyzstan's total foreign trade, which amounted to $6.4 billion, was 28.9 percent. China remains the country's largest trading partner with $2.9 billion.

The growth is explained by higher prices for fuel and food products, as well as by increased supplies of clothing, textiles and agricultural products to the Russian market.

The Chairman of the Cabinet of Ministers, Akylbek Japarov, discussed the development of trade and logistics with Deputy Prime Minister of the Russian Federation Alexei Overchuk in Moscow on August 30. The parties agreed to prepare a plan to increase the supply of Kyrgyz agricultural products to Russian retail chains.

Earlier, Kyrgyzstan's Ministry of Economy and Commerce said it expected trade with Russia to exceed $3 billion by the end of 2022.

Photo 24.kg. Akylbek Japarov and Alexei Overchuk

Related: Kyrgyzstan's external debt reaches $6.1 billion""",
    people=[
        P("Акылбек Жапаров", "Akylbek Japarov", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Akylbek Japarov"]),
        P("Алексей Оверчук", "Alexei Overchuk", "Deputy Prime Minister of Russia", ["Alexei Overchuk"]),
    ],
    other_names=["Aigerim Toktosunova"],
    figures=[
        F("trade_turnover", 1850.3e6, "2022-7M", "Trade turnover between Kyrgyzstan and Russia in January-July 2022 amounted to $1,850.3 million"),
        F("trade_turnover_growth_pct", 37.4, "2022-7M", "which is 37.4 percent more than in the same period of 2021"),
        F("kg_exports_to_ru_usd", 426.5e6, "2022-7M", "Exports of Kyrgyz goods to Russia reached $426.5 million"),
        F("kg_imports_from_ru_usd", 1423.8e6, "2022-7M", "imports from Russia amounted to $1,423.8 million"),
        F("trade_turnover_som", 151.7e9, "2022-7M", "trade turnover with Russia reached 151.7 billion soms", note="in som"),
        F("kg_total_foreign_trade_usd", 6.4e9, "2022-7M", "which amounted to $6.4 billion"),
        F("ru_share_of_kg_trade_pct", 28.9, "2022-7M", "was 28.9 percent"),
        F("kg_cn_trade_usd", 2.9e9, "2022-7M", "China remains the country's largest trading partner with $2.9 billion"),
        F("trade_turnover", 3e9, "2022", "it expected trade with Russia to exceed $3 billion by the end of 2022", kind="forecast", qualifier="more than"),
        F("kg_external_debt_usd", 6.1e9, None, "Kyrgyzstan's external debt reaches $6.1 billion", note="distractor in a related-link line"),
    ],
    events=[
        E("2022-08-30", "Talks of Akylbek Japarov with Russian Deputy PM Alexei Overchuk in Moscow on trade and logistics",
          "discussed the development of trade and logistics with Deputy Prime Minister of the Russian Federation Alexei Overchuk in Moscow on August 30",
          "meeting", "past", True, "Year from the article date."),
    ],
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
    file="11_kabar_ru_2023_eaeu_anniversary.txt",
    source="https://kabar.kg/news/kyrgyzstan-vosem-let-v-eaes-tovarooborot-s-rossiei/",
    lang="ru", header_date="unknown", date="2023-08-12", date_partial=None,
    date_source="dateline",
    date_note="Dateline 'Бишкек, 12 августа' + body 'восьмую годовщину' of 12 Aug 2015 accession and 'первое полугодие 2023 года' give 2023.",
    header_line=None,
    body="""Восемь лет в ЕАЭС: товарооборот Кыргызстана с Россией вырос почти вдвое

Бишкек, 12 августа. /Кабар/. Сегодня Кыргызстан отмечает восьмую годовщину вступления в Евразийский экономический союз. Договор о присоединении республики к Договору о ЕАЭС был подписан 23 декабря 2014 года и вступил в силу 12 августа 2015 года.

Как сообщили в Министерстве экономики и коммерции, за годы членства в союзе товарооборот Кыргызстана с Россией увеличился почти вдвое: с $1,6 млрд в 2015 году до $3,1 млрд по итогам 2022 года. Объем взаимной торговли Кыргызстана с государствами – членами ЕАЭС в 2022 году составил $4,3 млрд, или 35,2% внешнеторгового оборота республики.

В первом полугодии 2023 года товарооборот с Россией составил $1,53 млрд, что на 12,4% больше, чем за январь–июнь прошлого года. Экспорт в Россию вырос до $296,1 млн.

«Членство в ЕАЭС открыло для наших производителей рынок с населением более 180 миллионов человек. Россия остается нашим ключевым партнером в союзе», – отметил министр экономики и коммерции Данияр Амангельдиев.

По словам министра, в ближайшие годы стоит задача довести ежегодный товарооборот с Россией до $5 млрд.

В министерстве также напомнили, что за восемь лет Кыргызстан получил из бюджета союза свыше 1 млрд долларов от распределения ввозных таможенных пошлин.

В этот день в Бишкеке пройдет круглый стол «Кыргызстан в ЕАЭС: итоги и перспективы» с участием представителей Евразийской экономической комиссии, деловых кругов и экспертов.

Кабар""",
    people=[P("Данияр Амангельдиев", "Данияр Амангельдиев", "министр экономики и коммерции Кыргызской Республики",
              ["Данияр Амангельдиев"])],
    other_names=[],
    figures=[
        F("trade_turnover", 1.6e9, "2015", "с $1,6 млрд в 2015 году"),
        F("trade_turnover", 3.1e9, "2022", "до $3,1 млрд по итогам 2022 года"),
        F("kg_eaeu_mutual_trade_usd", 4.3e9, "2022", "Объем взаимной торговли Кыргызстана с государствами – членами ЕАЭС в 2022 году составил $4,3 млрд"),
        F("eaeu_share_of_kg_trade_pct", 35.2, "2022", "или 35,2% внешнеторгового оборота республики"),
        F("trade_turnover", 1.53e9, "2023-H1", "В первом полугодии 2023 года товарооборот с Россией составил $1,53 млрд"),
        F("trade_turnover_growth_pct", 12.4, "2023-H1", "что на 12,4% больше, чем за январь–июнь прошлого года"),
        F("kg_exports_to_ru_usd", 296.1e6, "2023-H1", "Экспорт в Россию вырос до $296,1 млн"),
        F("eaeu_market_population", 180e6, None, "рынок с населением более 180 миллионов человек", qualifier="more than", note="distractor: population"),
        F("trade_turnover", 5e9, "annual", "довести ежегодный товарооборот с Россией до $5 млрд", kind="target",
          note="'в ближайшие годы', no target year"),
        F("kg_eaeu_import_duties_received_usd", 1e9, "2015-2023", "свыше 1 млрд долларов от распределения ввозных таможенных пошлин",
          qualifier="more than", note="distractor: cumulative budget receipts over eight years"),
    ],
    events=[
        E("2023-08-12", "8th anniversary of Kyrgyzstan's accession to the EAEU",
          "Сегодня Кыргызстан отмечает восьмую годовщину вступления в Евразийский экономический союз", "anniversary", "ongoing", False),
        E("2014-12-23", "Treaty on Kyrgyzstan's accession to the EAEU Treaty signed",
          "Договор о присоединении республики к Договору о ЕАЭС был подписан 23 декабря 2014 года", "agreement", "past", False),
        E("2015-08-12", "Accession treaty entered into force", "вступил в силу 12 августа 2015 года", "other", "past", False),
        E("2023-08-12", "Round table 'Кыргызстан в ЕАЭС: итоги и перспективы' in Bishkek",
          "В этот день в Бишкеке пройдет круглый стол «Кыргызстан в ЕАЭС: итоги и перспективы»", "conference", "planned", False,
          "Same day as the article."),
    ],
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
    file="12_customsgovkg_ru_2024_data_exchange.txt",
    source="https://www.customs.gov.kg/article/get?id=4217&lang=ru",
    lang="ru", header_date="unknown", date="2024-04-03", date_partial=None,
    date_source="body",
    date_note="Only the body gives the date: 'Сегодня, 3 апреля 2024 года'.",
    header_line=None,
    body="""Руководители таможенных служб Кыргызстана и России обсудили обмен данными

Сегодня, 3 апреля 2024 года, в Москве состоялась рабочая встреча руководства Государственной таможенной службы Кыргызской Республики и Федеральной таможенной службы Российской Федерации.

В ходе встречи стороны обсудили вопросы упрощения таможенных операций в отношении товаров, перемещаемых транзитом через территорию Казахстана, а также развитие электронного взаимодействия.

По итогам встречи подписан Протокол об обмене статистическими данными о взаимной торговле товарами. Документ предусматривает ежемесячный обмен сведениями и сверку данных двух стран, что позволит сократить расхождения в статистике.

По данным ГТС, товарооборот Кыргызстана с Россией в 2023 году составил 3 247,1 млн долларов США, увеличившись на 5,3%. За январь–февраль 2024 года объем взаимной торговли составил 442,6 млн долларов.

В 2023 году через пункты пропуска на кыргызско-казахстанской границе в направлении России проследовало свыше 48 тысяч грузовых автомобилей. Сумма таможенных платежей, собранных органами ГТС за 2023 год, составила 12,4 млрд сомов.

Стороны договорились провести следующую встречу в 2025 году в Бишкеке. Также отмечено, что в 2024 году исполняется 10 лет со дня подписания первого соглашения между таможенными службами двух стран об обмене предварительной информацией.

Пресс-служба ГТС""",
    people=[], other_names=[],
    figures=[
        F("trade_turnover", 3247.1e6, "2023", "товарооборот Кыргызстана с Россией в 2023 году составил 3 247,1 млн долларов США",
          note="customs (GTS) data; other sources give different 2023 totals"),
        F("trade_turnover_growth_pct", 5.3, "2023", "увеличившись на 5,3%"),
        F("trade_turnover", 442.6e6, "2024-2M", "За январь–февраль 2024 года объем взаимной торговли составил 442,6 млн долларов"),
        F("trucks_to_ru_count", 48000, "2023", "свыше 48 тысяч грузовых автомобилей", qualifier="more than", note="distractor: trucks"),
        F("kg_customs_payments_som", 12.4e9, "2023", "составила 12,4 млрд сомов", note="distractor: total customs revenue in som"),
    ],
    events=[
        E("2024-04-03", "Working meeting of the heads of Kyrgyzstan's State Customs Service and Russia's FCS in Moscow",
          "в Москве состоялась рабочая встреча руководства Государственной таможенной службы Кыргызской Республики и Федеральной таможенной службы Российской Федерации",
          "meeting", "past", True),
        E("2024-04-03", "Protocol on exchange of statistical data on mutual trade signed",
          "подписан Протокол об обмене статистическими данными о взаимной торговле товарами", "agreement", "past", True),
        E("2025", "Next meeting of the customs heads in Bishkek", "Стороны договорились провести следующую встречу в 2025 году в Бишкеке",
          "meeting", "planned", True),
        E("2024", "10th anniversary of the first customs information-exchange agreement",
          "в 2024 году исполняется 10 лет со дня подписания первого соглашения между таможенными службами двух стран об обмене предварительной информацией",
          "anniversary", "ongoing", True, "Anniversary year 2024; original agreement implied 2014 (no date given)."),
    ],
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
    file="13_statkg_en_2025_q1_revision.txt",
    source="https://www.stat.gov.kg/en/news/foreign-trade-of-the-kyrgyz-republic-january-march-2025/",
    lang="en", header_date="15.05.2025", date="2025-05-15", date_partial=None,
    date_source="header",
    date_note="'Date of publication: 15.05.2025' at the top of the page.",
    header_line="2025-05-15",
    body="""National Statistical Committee of the Kyrgyz Republic

Date of publication: 15.05.2025

Foreign trade of the Kyrgyz Republic in January-March 2025

According to preliminary data, the foreign trade turnover of the Kyrgyz Republic in January-March 2025 amounted to US$ 3,912.6 million, including exports of US$ 812.4 million and imports of US$ 3,100.2 million. Compared with January-March 2024, foreign trade turnover increased by 6.1 percent.

Trade with the countries of the Eurasian Economic Union amounted to US$ 1,102.9 million, or 28.2 percent of total turnover.

Trade turnover with the Russian Federation amounted to US$ 748.9 million and increased by 3.8 percent compared with the same period of the previous year. Exports to the Russian Federation amounted to US$ 171.0 million, imports from the Russian Federation to US$ 577.9 million. The share of the Russian Federation in the total foreign trade turnover was 19.1 percent.

In national currency, trade turnover with the Russian Federation amounted to 65.5 billion soms.

Main trading partners, January-March 2025 (US$ million): China 1,734.5; Russian Federation 748.9; Kazakhstan 311.8; Uzbekistan 176.2; Türkiye 154.0.

Revision. Data for January-December 2024 have been revised on the basis of additional information received from the State Customs Service: trade turnover with the Russian Federation amounted to US$ 3,118.4 million (previously published: US$ 3,096.0 million).

Note: data are given excluding the volume of unorganized trade.

For more information: Department of Trade Statistics, tel.: +996 312 32-46-40""",
    people=[], other_names=[],
    figures=[
        F("kg_total_foreign_trade_usd", 3912.6e6, "2025-Q1", "amounted to US$ 3,912.6 million"),
        F("kg_total_exports_usd", 812.4e6, "2025-Q1", "including exports of US$ 812.4 million"),
        F("kg_total_imports_usd", 3100.2e6, "2025-Q1", "imports of US$ 3,100.2 million"),
        F("kg_total_foreign_trade_growth_pct", 6.1, "2025-Q1", "foreign trade turnover increased by 6.1 percent"),
        F("kg_eaeu_mutual_trade_usd", 1102.9e6, "2025-Q1", "Trade with the countries of the Eurasian Economic Union amounted to US$ 1,102.9 million"),
        F("eaeu_share_of_kg_trade_pct", 28.2, "2025-Q1", "or 28.2 percent of total turnover"),
        F("trade_turnover", 748.9e6, "2025-Q1", "Trade turnover with the Russian Federation amounted to US$ 748.9 million"),
        F("trade_turnover_growth_pct", 3.8, "2025-Q1", "increased by 3.8 percent compared with the same period of the previous year"),
        F("kg_exports_to_ru_usd", 171.0e6, "2025-Q1", "Exports to the Russian Federation amounted to US$ 171.0 million"),
        F("kg_imports_from_ru_usd", 577.9e6, "2025-Q1", "imports from the Russian Federation to US$ 577.9 million"),
        F("ru_share_of_kg_trade_pct", 19.1, "2025-Q1", "The share of the Russian Federation in the total foreign trade turnover was 19.1 percent"),
        F("trade_turnover_som", 65.5e9, "2025-Q1", "trade turnover with the Russian Federation amounted to 65.5 billion soms", note="in som"),
        F("kg_cn_trade_usd", 1734.5e6, "2025-Q1", "China 1,734.5"),
        F("kg_kz_trade_usd", 311.8e6, "2025-Q1", "Kazakhstan 311.8"),
        F("kg_uz_trade_usd", 176.2e6, "2025-Q1", "Uzbekistan 176.2"),
        F("kg_tr_trade_usd", 154.0e6, "2025-Q1", "Türkiye 154.0"),
        F("trade_turnover", 3118.4e6, "2024", "trade turnover with the Russian Federation amounted to US$ 3,118.4 million",
          note="revised 2024 figure (correction)"),
        F("trade_turnover_superseded", 3096.0e6, "2024", "previously published: US$ 3,096.0 million", note="superseded earlier figure"),
    ],
    events=[],
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
    file="14_tazabek_ru_2026_nine_months_yesterday.txt",
    source="https://www.tazabek.kg/news:2241187",
    lang="ru", header_date="18 ноября, 10:15", date="2026-11-18", date_partial=None,
    date_source="inferred_year",
    date_note="Header shows '18 ноября, 10:15' without a year; 2026 from 'январь–сентябрь 2026 года'. The release itself came out 'вчера, во вторник' = 17 Nov 2026.",
    header_line=None,
    body="""Товарооборот с Россией за 9 месяцев снизился на 4,1%, экспорт растет

18 ноября, 10:15

Тазабек – Национальный статистический комитет вчера, во вторник, опубликовал экспресс-информацию о внешней торговле за январь–сентябрь 2026 года. Согласно документу, товарооборот Кыргызстана с Россией за девять месяцев составил $2 430,7 млн, что на 4,1% меньше, чем годом ранее.

При этом экспорт кыргызстанской продукции в Россию вырос на 8,6% и составил $612,4 млн, тогда как импорт из России сократился до $1 818,3 млн. В национальной валюте товарооборот составил 212,6 млрд сомов.

Доля России во внешнеторговом обороте республики составила 18,7%. Общий внешнеторговый оборот Кыргызстана за январь–сентябрь 2026 года достиг $13,0 млрд.

Крупнейшим торговым партнером остается Китай – $6,1 млрд. Товарооборот с Казахстаном составил $1,02 млрд, с Узбекистаном – $0,71 млрд.

Взаимная торговля Кыргызстана со странами ЕАЭС за девять месяцев составила $3,58 млрд, или 27,5% общего оборота.

Напомним, 12 августа Кыргызстан отметил 11-летие членства в ЕАЭС. В декабре в Санкт-Петербурге пройдет заседание Высшего Евразийского экономического совета.

Тазабек""",
    people=[], other_names=[],
    figures=[
        F("trade_turnover", 2430.7e6, "2026-9M", "товарооборот Кыргызстана с Россией за девять месяцев составил $2 430,7 млн"),
        F("trade_turnover_growth_pct", -4.1, "2026-9M", "что на 4,1% меньше, чем годом ранее"),
        F("kg_exports_to_ru_growth_pct", 8.6, "2026-9M", "экспорт кыргызстанской продукции в Россию вырос на 8,6%"),
        F("kg_exports_to_ru_usd", 612.4e6, "2026-9M", "составил $612,4 млн"),
        F("kg_imports_from_ru_usd", 1818.3e6, "2026-9M", "импорт из России сократился до $1 818,3 млн"),
        F("trade_turnover_som", 212.6e9, "2026-9M", "товарооборот составил 212,6 млрд сомов", note="in som"),
        F("ru_share_of_kg_trade_pct", 18.7, "2026-9M", "Доля России во внешнеторговом обороте республики составила 18,7%"),
        F("kg_total_foreign_trade_usd", 13.0e9, "2026-9M", "Общий внешнеторговый оборот Кыргызстана за январь–сентябрь 2026 года достиг $13,0 млрд"),
        F("kg_cn_trade_usd", 6.1e9, "2026-9M", "Крупнейшим торговым партнером остается Китай – $6,1 млрд"),
        F("kg_kz_trade_usd", 1.02e9, "2026-9M", "Товарооборот с Казахстаном составил $1,02 млрд"),
        F("kg_uz_trade_usd", 0.71e9, "2026-9M", "с Узбекистаном – $0,71 млрд"),
        F("kg_eaeu_mutual_trade_usd", 3.58e9, "2026-9M", "Взаимная торговля Кыргызстана со странами ЕАЭС за девять месяцев составила $3,58 млрд"),
        F("eaeu_share_of_kg_trade_pct", 27.5, "2026-9M", "или 27,5% общего оборота"),
    ],
    events=[
        E("2026-11-17", "National Statistical Committee published the Jan–Sep 2026 foreign trade express information",
          "Национальный статистический комитет вчера, во вторник, опубликовал экспресс-информацию о внешней торговле", "other", "past", False,
          "'вчера, во вторник' relative to 18 Nov 2026 (a Wednesday); domestic statistical release."),
        E("2026-08-12", "11th anniversary of Kyrgyzstan's EAEU membership", "12 августа Кыргызстан отметил 11-летие членства в ЕАЭС",
          "anniversary", "past", False),
        E("2026-12", "Session of the Supreme Eurasian Economic Council in St Petersburg",
          "В декабре в Санкт-Петербурге пройдет заседание Высшего Евразийского экономического совета", "other", "planned", False,
          "Multilateral EAEU summit."),
    ],
))

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]


def main():
    gold = []
    for a in ARTICLES:
        head = f"source: {a['source']}\n"
        if a.get("header_line"):
            head += f"date: {a['header_line']}\n"
        with open(os.path.join(ART, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(head + "\n" + a["body"].strip() + "\n")
        gold.append({k: a[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
    print("wrote", len(gold), "articles")


if __name__ == "__main__":
    main()
