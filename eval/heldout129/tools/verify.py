#!/usr/bin/env python3
"""Verify heldout129: keys, formats, verbatim quotes/forms/names, word counts, header lines."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
errs = []
REC = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
       "people", "other_names", "figures", "events"]
PK = {"name_ru_nominative", "name_in_text", "role", "forms_in_text", "note"}
PREQ = {"name_ru_nominative", "name_in_text", "role", "forms_in_text"}
FK = {"metric", "value", "period", "kind", "qualifier", "quote", "period_text", "note"}
FREQ = {"metric", "value", "period", "kind", "quote"}
EK = {"date", "date_partial", "date_note", "what", "quote", "type", "status", "bilateral"}
EREQ = {"date", "what", "quote", "type", "status", "bilateral"}
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PERIOD_RE = re.compile(r"^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|YTD))?|annual)$")
PARTIAL_RE = re.compile(r"^(\d{4}|\?{4}-\d{2}(-\d{2})?|\d{4}-\d{2})$")
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(g["file"] for g in gold) != files:
    errs.append("gold files != articles/ listing")
langs = {"ru": 0, "en": 0}
tot = {"events": 0, "figures": 0, "people": 0}
for g in gold:
    fn = g["file"]
    def E(m): errs.append(f"{fn}: {m}")
    if list(g.keys()) != REC: E(f"record keys {list(g.keys())}")
    raw = open(os.path.join(ROOT, "articles", fn), encoding="utf-8").read()
    # header
    hdr, _, body = raw.partition("\n\n")
    hl = hdr.split("\n")
    if not all(re.match(r"^(source|date): ", l) for l in hl): E("bad header block")
    hd = dict(l.split(": ", 1) for l in hl)
    if hd.get("source") != g["source"]: E("source mismatch")
    if "date" in hd and hd["date"] != g["date"]: E("header date != gold date")
    if "date" in hd and g["date_source"] != "header": E("header date present but date_source not header")
    if g["lang"] not in langs: E("lang")
    else: langs[g["lang"]] += 1
    if not re.match(r"^\d{2}_[a-z0-9]+_(ru|en)_(\d{4}|noyear)_[a-z0-9_]+\.txt$", fn): E("file name pattern")
    if f"_{g['lang']}_" not in fn: E("lang not in file name")
    if g["date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date"]): E("date format")
    if g["date_partial"] is not None and not PARTIAL_RE.match(g["date_partial"]): E("date_partial format")
    if g["date"] is None and g["date_partial"] is None: E("no date and no partial")
    nw = len(re.findall(r"\w+", body))
    if not 150 <= nw <= 700: E(f"word count {nw}")
    for p in g["people"]:
        if not PREQ <= set(p) or not set(p) <= PK: E(f"person keys {p}")
        if p["name_in_text"] not in body: E(f"name_in_text not verbatim: {p['name_in_text']}")
        if p["name_in_text"] not in p["forms_in_text"]: E(f"name_in_text not among forms: {p['name_in_text']}")
        if not re.search("[А-Яа-яЁё]", p["name_ru_nominative"]): E("name_ru_nominative not Cyrillic")
        for f in p["forms_in_text"]:
            if f not in body: E(f"form not verbatim: {f}")
        # first spelling check
        pos = {f: body.find(f) for f in p["forms_in_text"]}
        first = min(pos, key=pos.get)
        if first != p["name_in_text"] and pos[first] < pos[p["name_in_text"]] and p["name_in_text"] not in first and first not in p["name_in_text"]:
            E(f"name_in_text {p['name_in_text']!r} is not the first spelling ({first!r})")
    for n in g["other_names"]:
        if n not in body: E(f"other_name not verbatim: {n}")
    for f in g["figures"]:
        if not FREQ <= set(f) or not set(f) <= FK: E(f"figure keys {f}")
        if f["quote"] not in body: E(f"figure quote not verbatim: {f['quote']}")
        if not isinstance(f["value"], (int, float)): E("figure value not number")
        if f["kind"] not in {"actual", "target", "forecast"}: E("figure kind")
        if f["period"] is not None and not PERIOD_RE.match(f["period"]): E(f"period {f['period']}")
        if f.get("qualifier") and f["qualifier"] not in {"almost", "about", "more than", "approaching", "record"}: E("qualifier")
    for e in g["events"]:
        if not EREQ <= set(e) or not set(e) <= EK: E(f"event keys {e}")
        if e["quote"] not in body: E(f"event quote not verbatim: {e['quote']}")
        if e["date"] is not None and not DATE_RE.match(e["date"]): E(f"event date {e['date']}")
        if e.get("date_partial") and not PARTIAL_RE.match(e["date_partial"]): E("event date_partial")
        if e["type"] not in TYPES: E(f"type {e['type']}")
        if e["status"] not in {"past", "planned", "ongoing"}: E("status")
        if not isinstance(e["bilateral"], bool): E("bilateral not bool")
    tot["events"] += len(g["events"]); tot["figures"] += len(g["figures"]); tot["people"] += len(g["people"])
    print(f"{fn}: {nw} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
print("langs", langs, "totals", tot)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")

# --- completeness warning: every token starting with a surname stem should be covered by some listed form
warn = 0
for g in gold:
    body = open(os.path.join(ROOT, "articles", g["file"]), encoding="utf-8").read().partition("\n\n")[2]
    for p in g["people"]:
        stems = {p["name_ru_nominative"].split()[-1][:5], p["name_in_text"].split()[-1].split(".")[-1][:5]}
        covered = {w for f in p["forms_in_text"] for w in re.findall(r"\w+", f)}
        for st in stems:
            for m in re.finditer(r"\b" + re.escape(st) + r"\w*", body):
                if m.group(0) not in covered:
                    print(f"WARN {g['file']}: {m.group(0)!r} not covered for {p['name_ru_nominative']}"); warn += 1
print("completeness warnings:", warn)
