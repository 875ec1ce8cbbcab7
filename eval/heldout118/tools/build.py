#!/usr/bin/env python3
"""Write articles/ and gold.json for heldout118 from the Python data in build_a/b/c.py."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

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

def E(date, what, quote, type_, status, bilateral, date_note=None, date_partial=None):
    d = {"date": date}
    if date_partial: d["date_partial"] = date_partial
    d["date_note"] = date_note
    d.update({"what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral})
    return d

ns = {"P": P, "F": F, "E": E}
for part in ("build_a.py", "build_b.py", "build_c.py"):
    exec(open(os.path.join(HERE, part), encoding="utf-8").read(), ns)
arts = ns["A"] + ns["B"] + ns["C"]

os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
gold = []
for a in arts:
    head = "source: " + a["source"] + "\n"
    if a["header"]:
        head += "date: " + a["header"] + "\n"
    text = head + "\n" + a["body"].strip("\n") + "\n"
    with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as f:
        f.write(text)
    g = a["gold"]
    rec = {"file": a["file"], "source": a["source"], "lang": a["lang"]}
    for k in ("header_date", "date", "date_partial", "date_source", "date_note", "people", "other_names", "figures", "events"):
        rec[k] = g[k]
    gold.append(rec)
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
print("wrote", len(gold), "articles")
