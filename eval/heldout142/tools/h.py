"""Small constructors for gold records."""
def P(ru, name_in_text, role, forms, note=None):
    d = {"name_ru_nominative": ru, "name_in_text": name_in_text, "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, note=None, period_text=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind, "quote": quote}
    if qualifier: d["qualifier"] = qualifier
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d

def E(date, what, quote, type_, status, bilateral=True, note=None, date_partial=None):
    d = {"date": date, "what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral}
    if date_partial: d["date_partial"] = date_partial
    if note: d["date_note"] = note
    return d
