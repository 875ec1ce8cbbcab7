"""Small constructors for gold records."""

def P(ru, intext, role, forms, note=None):
    d = {"name_ru_nominative": ru, "name_in_text": intext, "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d

def F(metric, value, period, kind, quote, qual=None, note=None, period_text=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qual: d["qualifier"] = qual
    d["quote"] = quote
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d

def E(date, what, quote, typ, status, bil=True, partial=None, note=None):
    d = {"date": date}
    if partial: d["date_partial"] = partial
    if note: d["date_note"] = note
    d.update({"what": what, "quote": quote, "type": typ, "status": status, "bilateral": bil})
    return d
