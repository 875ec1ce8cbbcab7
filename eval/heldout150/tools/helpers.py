"""Small constructors for gold records, so the data files stay readable."""

def P(nom, in_text, role, forms=None, note=None):
    """An official: Russian nominative, spelling used in the text, role, every surface form."""
    forms = list(forms or [])
    if in_text not in forms:
        forms.insert(0, in_text)
    p = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note:
        p["note"] = note
    return p

def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    f = {"metric": metric, "value": value, "period": period, "kind": kind, "quote": quote}
    if qualifier:
        f["qualifier"] = qualifier
    if period_text:
        f["period_text"] = period_text
    if note:
        f["note"] = note
    return f

def E(date, what, quote, type_, status, bilateral=True, date_partial=None, date_note=None):
    e = {"date": date, "what": what, "quote": quote, "type": type_, "status": status,
         "bilateral": bilateral}
    if date_partial:
        e["date_partial"] = date_partial
    if date_note:
        e["date_note"] = date_note
    return e

def G(header_date, date, date_partial, date_source, date_note, people, other_names, figures, events):
    return {"header_date": header_date, "date": date, "date_partial": date_partial,
            "date_source": date_source, "date_note": date_note, "people": people,
            "other_names": other_names, "figures": figures, "events": events}
