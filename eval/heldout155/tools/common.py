"""Helpers for the heldout155 data files."""

def P(nom, in_text, role, forms, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note:
        d["note"] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind, "quote": quote}
    if qualifier:
        d["qualifier"] = qualifier
    if period_text:
        d["period_text"] = period_text
    if note:
        d["note"] = note
    return d

def EV(date, what, quote, type_, status, bilateral=True, date_partial=None, date_note=None):
    d = {"date": date, "what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral}
    if date_partial:
        d["date_partial"] = date_partial
    if date_note:
        d["date_note"] = date_note
    return d
