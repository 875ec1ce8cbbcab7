# -*- coding: utf-8 -*-
"""Small constructors for gold records (people, figures, events)."""

def P(nom, in_text, role, forms, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier: d["qualifier"] = qualifier
    d["quote"] = quote
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d

def E(date, what, quote, typ, status, bilateral=True, date_note=None, date_partial=None):
    d = {"date": date}
    if date_partial: d["date_partial"] = date_partial
    if date_note: d["date_note"] = date_note
    d.update({"what": what, "quote": quote, "type": typ, "status": status, "bilateral": bilateral})
    return d

def G(lang, header_date, date, date_partial, date_source, date_note, people, other_names, figures, events):
    return dict(lang=lang, header_date=header_date, date=date, date_partial=date_partial,
                date_source=date_source, date_note=date_note, people=people,
                other_names=other_names, figures=figures, events=events)
