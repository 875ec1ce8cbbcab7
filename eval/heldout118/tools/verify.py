#!/usr/bin/env python3
"""Check gold.json against articles/: verbatim quotes/forms/names, allowed keys, formats, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
errs = []
def err(f, m): errs.append(f"{f}: {m}")

REC = {"file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"}
PK_REQ = {"name_ru_nominative","name_in_text","role","forms_in_text"}; PK_OPT = {"note"}
FK_REQ = {"metric","value","period","kind","quote"}; FK_OPT = {"qualifier","period_text","note"}
EK_REQ = {"date","date_note","what","quote","type","status","bilateral"}; EK_OPT = {"date_partial"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
STATUS = {"past","planned","ongoing"}
KINDS = {"actual","target","forecast"}
QUALS = {"almost","about","more than","approaching","record","less than"}
DATE_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EV_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PARTIAL = re.compile(r"^(\d{4}|\?\?\?\?-\d{2}(-\d{2})?|\d{4}-\d{2})$")
PERIOD = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|annual)$")
NAME = re.compile(r"^\d{2}_[a-z]+_(ru|en)_(\d{4}|noyear)_[a-z0-9_]+\.txt$")

files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(g["file"] for g in gold) != files: err("*", "gold files != articles/ files")
for g in gold:
    f = g["file"]
    if set(g) != REC: err(f, f"record keys {set(g) ^ REC}")
    if not NAME.match(f): err(f, "file name pattern")
    raw = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = head.split("\n")
    if not hl[0].startswith("source: ") or hl[0][8:] != g["source"]: err(f, "source header mismatch")
    for h in hl[1:]:
        if not re.match(r"^date: \d{4}-\d{2}-\d{2}$", h): err(f, f"bad header line {h!r}")
        elif g["date"] and h[6:] != g["date"]: err(f, "date header != gold date")
    n = len(body.split())
    if not 150 <= n <= 700: err(f, f"word count {n}")
    if g["lang"] not in ("ru", "en"): err(f, "lang")
    if f.split("_")[2] != g["lang"]: err(f, "lang != file name")
    if g["date"] is not None and not DATE_FULL.match(g["date"]): err(f, "date format")
    if g["date_partial"] is not None and not PARTIAL.match(g["date_partial"]): err(f, "date_partial format")
    if g["date"] is None and g["date_partial"] is None: err(f, "no date nor partial")
    if g["date"] and f.split("_")[3] != g["date"][:4]: err(f, "year in file name != date")
    for p in g["people"]:
        ks = set(p)
        if not PK_REQ <= ks or ks - PK_REQ - PK_OPT: err(f, f"person keys {ks}")
        if p["name_in_text"] not in body: err(f, f"name_in_text not verbatim: {p['name_in_text']}")
        if p["name_in_text"] not in p["forms_in_text"]: err(f, f"name_in_text not among forms: {p['name_in_text']}")
        for x in p["forms_in_text"]:
            if x not in body: err(f, f"form not verbatim: {x}")
    for x in g["other_names"]:
        if x not in body: err(f, f"other_name not verbatim: {x}")
    for fg in g["figures"]:
        ks = set(fg)
        if not FK_REQ <= ks or ks - FK_REQ - FK_OPT: err(f, f"figure keys {ks}")
        if fg["quote"] not in body: err(f, f"figure quote not verbatim: {fg['quote']}")
        if not isinstance(fg["value"], (int, float)): err(f, "figure value not number")
        if fg["period"] is not None and not PERIOD.match(fg["period"]): err(f, f"period {fg['period']}")
        if fg["kind"] not in KINDS: err(f, "kind")
        if "qualifier" in fg and fg["qualifier"] not in QUALS: err(f, f"qualifier {fg['qualifier']}")
        if fg.get("period_text") and fg["period_text"] not in body: err(f, f"period_text not verbatim {fg['period_text']}")
    for e in g["events"]:
        ks = set(e)
        if not EK_REQ <= ks or ks - EK_REQ - EK_OPT: err(f, f"event keys {ks}")
        if e["quote"] not in body: err(f, f"event quote not verbatim: {e['quote'][:60]}")
        if e["date"] is not None and not EV_DATE.match(e["date"]): err(f, f"event date {e['date']}")
        if e.get("date_partial") and not PARTIAL.match(e["date_partial"]): err(f, "event date_partial")
        if e["type"] not in TYPES: err(f, f"type {e['type']}")
        if e["status"] not in STATUS: err(f, f"status {e['status']}")
        if not isinstance(e["bilateral"], bool): err(f, "bilateral not bool")
        if g["date"] and e["date"] and e["status"] == "planned" and e["date"] < g["date"][:len(e["date"])]: err(f, f"planned event before article date: {e['what']}")
        if g["date"] and e["date"] and e["status"] == "past" and e["date"] > g["date"][:len(e["date"])]: err(f, f"past event after article date: {e['what']}")
    print(f"{f}: {n} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
ru = sum(g["lang"] == "ru" for g in gold); en = len(gold) - ru
print(f"articles {len(gold)} (ru {ru}, en {en}); people {sum(len(g['people']) for g in gold)}; figures {sum(len(g['figures']) for g in gold)}; events {sum(len(g['events']) for g in gold)}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
