#!/usr/bin/env python3
"""Verify heldout121 gold.json against articles/."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
errs = []

TOP = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
       "people", "other_names", "figures", "events"]
PERSON = {"name_ru_nominative", "name_in_text", "role", "forms_in_text", "note"}
FIG = {"metric", "value", "period", "kind", "qualifier", "quote", "period_text", "note"}
EV = {"date", "date_partial", "date_note", "what", "quote", "type", "status", "bilateral"}
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EVDATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PART_RE = re.compile(r"^(\d{4}|\?{4})(-(\d{2}|\?\?)(-\d{2})?)?$")
PERIOD_RE = re.compile(r"^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|YTD))?|annual|\d{4}-\d{4})$")

files = sorted(f for f in os.listdir(os.path.join(ROOT, "articles")) if f.endswith(".txt"))
if sorted(g["file"] for g in gold) != files:
    errs.append("file list mismatch")
nru = nen = 0
for g in gold:
    f = g["file"]
    if list(g.keys()) != TOP:
        errs.append(f"{f}: keys {list(g.keys())}")
    raw = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = head.split("\n")
    if not hl[0].startswith("source: ") or hl[0][8:] != g["source"]:
        errs.append(f"{f}: source header mismatch")
    for line in hl[1:]:
        if not line.startswith("date: "):
            errs.append(f"{f}: bad header line {line!r}")
        elif line[6:] != g["date"]:
            errs.append(f"{f}: date header {line[6:]} != gold {g['date']}")
    words = len(body.split())
    if not 150 <= words <= 700:
        errs.append(f"{f}: {words} words")
    if g["lang"] not in ("ru", "en"):
        errs.append(f"{f}: lang")
    nru += g["lang"] == "ru"; nen += g["lang"] == "en"
    if g["date"] is not None and not DATE_RE.match(g["date"]):
        errs.append(f"{f}: date format")
    if g["date_partial"] is not None and not PART_RE.match(g["date_partial"]):
        errs.append(f"{f}: date_partial format")
    if g["date"] is None and g["date_partial"] is None:
        errs.append(f"{f}: neither date nor date_partial")
    if g["header_date"] != "unknown" and g["header_date"] not in body:
        errs.append(f"{f}: header_date not in body: {g['header_date']}")
    for p in g["people"]:
        if set(p) - PERSON or not {"name_ru_nominative", "name_in_text", "role", "forms_in_text"} <= set(p):
            errs.append(f"{f}: person keys {p}")
        if p["name_in_text"] not in body:
            errs.append(f"{f}: name_in_text missing {p['name_in_text']}")
        if p["name_in_text"] not in p["forms_in_text"]:
            errs.append(f"{f}: name_in_text not among forms {p['name_in_text']}")
        for form in p["forms_in_text"]:
            if form not in body:
                errs.append(f"{f}: form missing {form}")
    for o in g["other_names"]:
        if o not in body:
            errs.append(f"{f}: other_name missing {o}")
    for x in g["figures"]:
        if set(x) - FIG or not {"metric", "value", "period", "kind", "quote"} <= set(x):
            errs.append(f"{f}: figure keys {x}")
        if x["quote"] not in body:
            errs.append(f"{f}: figure quote missing: {x['quote']}")
        if not isinstance(x["value"], (int, float)):
            errs.append(f"{f}: value not number {x}")
        if x["kind"] not in ("actual", "target", "forecast"):
            errs.append(f"{f}: kind {x['kind']}")
        if x["period"] is not None and not PERIOD_RE.match(x["period"]):
            errs.append(f"{f}: period {x['period']}")
        if x.get("qualifier") not in (None, "almost", "about", "more than", "approaching", "record"):
            errs.append(f"{f}: qualifier {x.get('qualifier')}")
    for e in g["events"]:
        if set(e) - EV or not (EV - {"date_partial"}) <= set(e):
            errs.append(f"{f}: event keys {sorted(e)}")
        if e["quote"] not in body:
            errs.append(f"{f}: event quote missing: {e['quote']}")
        if e["date"] is not None and not EVDATE_RE.match(e["date"]):
            errs.append(f"{f}: event date {e['date']}")
        if "date_partial" in e and not PART_RE.match(e["date_partial"]):
            errs.append(f"{f}: event date_partial {e['date_partial']}")
        if e["type"] not in TYPES or e["status"] not in ("past", "planned", "ongoing") or not isinstance(e["bilateral"], bool):
            errs.append(f"{f}: event enum {e}")
    print(f"{f}: {words} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")

print(f"ru={nru} en={nen} people={sum(len(g['people']) for g in gold)} figures={sum(len(g['figures']) for g in gold)} "
      f"events={sum(len(g['events']) for g in gold)} tt={sum(1 for g in gold for x in g['figures'] if x['metric']=='trade_turnover')}")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
