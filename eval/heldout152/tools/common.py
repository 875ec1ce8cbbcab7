"""Small constructors for the gold records (keys follow the corpus README)."""


def P(nom, name_in_text, role, forms, note=None):
    p = {"name_ru_nominative": nom, "name_in_text": name_in_text, "role": role, "forms_in_text": forms}
    if note:
        p["note"] = note
    return p


def F(metric, value, period, kind, quote, qualifier=None, note=None):
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1000:
        value = int(value)
    f = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier:
        f["qualifier"] = qualifier
    f["quote"] = quote
    if note:
        f["note"] = note
    return f


def E(date, what, quote, type_, status, bilateral, date_note=None):
    e = {"date": date, "what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral}
    if date_note:
        e["date_note"] = date_note
    return e


def A(file, source, lang, header_line, body, header_date, date, date_partial, date_source, date_note,
      people, other_names, figures, events):
    """header_line: value of the 'date:' header line, or None when the page states no full date."""
    return {
        "_header_line": header_line,
        "_body": body,
        "record": {
            "file": file, "source": source, "lang": lang, "header_date": header_date,
            "date": date, "date_partial": date_partial, "date_source": date_source, "date_note": date_note,
            "people": people, "other_names": other_names, "figures": figures, "events": events,
        },
    }
