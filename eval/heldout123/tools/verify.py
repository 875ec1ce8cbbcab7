#!/usr/bin/env python3
"""Check heldout123: verbatim quotes/forms/names, allowed keys, formats, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
errs = []
REC = {"file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"}
PK = {"name_ru_nominative","name_in_text","role","forms_in_text","note"}
FK = {"metric","value","period","kind","qualifier","quote","period_text","note"}
EK = {"date","date_partial","date_note","what","quote","type","status","bilateral"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
STAT = {"past","planned","ongoing"}; KINDS = {"actual","target","forecast"}
QUAL = {"almost","about","more than","approaching","record"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PER = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|annual)$")
PART = re.compile(r"^(\d{4}|\?{4}-\d{2}(-\d{2})?|\d{4}-\d{2})$")
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(g["file"] for g in gold) != files: errs.append("file list mismatch")
langs = {"ru":0,"en":0}
for g in gold:
    f = g["file"]; p = os.path.join(ROOT, "articles", f)
    raw = open(p, encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = head.split("\n")
    if not hl[0].startswith("source: ") or hl[0][8:] != g["source"]: errs.append(f+": source header")
    for l in hl[1:]:
        if not re.match(r"^date: \d{4}-\d{2}-\d{2}$", l): errs.append(f+": bad header line "+l)
        elif g["date_source"] == "header" and l[6:] != g["date"]: errs.append(f+": header date != date")
    if g["date_source"] == "header" and len(hl) < 2: errs.append(f+": date_source header without date line")
    if set(g) != REC: errs.append(f+": record keys "+str(set(g)^REC))
    if g["lang"] not in langs: errs.append(f+": lang")
    else: langs[g["lang"]] += 1
    if not re.match(r"^\d\d_[a-z0-9]+_(ru|en)_(\d{4}|noyear)_[a-z0-9_]+\.txt$", f): errs.append(f+": file name")
    if g["date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date"]): errs.append(f+": date fmt")
    if g["date_partial"] is not None and not PART.match(g["date_partial"]): errs.append(f+": date_partial fmt")
    if g["header_date"] != "unknown" and g["header_date"] not in body: errs.append(f+": header_date not in page")
    n = len(re.findall(r"\w+", body))
    if not 150 <= n <= 700: errs.append(f"{f}: {n} words")
    for pe in g["people"]:
        if not set(pe) <= PK or not {"name_ru_nominative","name_in_text","role","forms_in_text"} <= set(pe): errs.append(f+": person keys")
        if pe["name_in_text"] not in body: errs.append(f+": name_in_text "+pe["name_in_text"])
        if pe["name_in_text"] not in pe["forms_in_text"]: errs.append(f+": name_in_text not among forms "+pe["name_in_text"])
        for fo in pe["forms_in_text"]:
            if fo not in body: errs.append(f+": form "+fo)
    for o in g["other_names"]:
        if o not in body: errs.append(f+": other_name "+o)
    for fi in g["figures"]:
        if not set(fi) <= FK or not {"metric","value","period","kind","quote"} <= set(fi): errs.append(f+": figure keys")
        if fi["quote"] not in body: errs.append(f+": fig quote "+fi["quote"])
        if not isinstance(fi["value"], (int, float)): errs.append(f+": value")
        if fi["period"] is not None and not PER.match(fi["period"]): errs.append(f+": period "+str(fi["period"]))
        if fi["kind"] not in KINDS: errs.append(f+": kind")
        if "qualifier" in fi and fi["qualifier"] not in QUAL: errs.append(f+": qualifier")
        if "period_text" in fi and fi["period_text"] not in body: errs.append(f+": period_text "+fi["period_text"])
    for e in g["events"]:
        if not set(e) <= EK or not {"date","what","quote","type","status","bilateral"} <= set(e): errs.append(f+": event keys")
        if e["quote"] not in body: errs.append(f+": ev quote "+e["quote"])
        if e["date"] is not None and not DATE.match(e["date"]): errs.append(f+": ev date "+e["date"])
        if "date_partial" in e and not PART.match(e["date_partial"]): errs.append(f+": ev date_partial")
        if e["type"] not in TYPES: errs.append(f+": type "+e["type"])
        if e["status"] not in STAT: errs.append(f+": status")
        if not isinstance(e["bilateral"], bool): errs.append(f+": bilateral")
    print(f"{f}: {n} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
print("langs", langs, "events", sum(len(g["events"]) for g in gold), "figures", sum(len(g["figures"]) for g in gold),
      "people", sum(len(g["people"]) for g in gold), "other_names", sum(len(g["other_names"]) for g in gold))
print("\n".join(errs) if errs else "CLEAN")
sys.exit(1 if errs else 0)
