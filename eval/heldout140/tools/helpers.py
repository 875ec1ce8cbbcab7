"""Small constructors for gold records (keeps the data files short)."""


def P(nom, in_text, role, forms, note=None):
    p = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note:
        p["note"] = note
    return p


def F(metric, value, period, kind, quote, qualifier=None, note=None, period_text=None):
    f = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier:
        f["qualifier"] = qualifier
    f["quote"] = quote
    if period_text:
        f["period_text"] = period_text
    if note:
        f["note"] = note
    return f


def E(date, what, quote, type_, status, bilateral=True, date_partial=None, date_note=None):
    e = {"date": date}
    if date_partial:
        e["date_partial"] = date_partial
    if date_note:
        e["date_note"] = date_note
    e.update({"what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral})
    return e
