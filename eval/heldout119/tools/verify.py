#!/usr/bin/env python3
"""Verify heldout119: keys, formats, verbatim quotes/forms/names, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC = {"file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"}
PK_REQ = {"name_ru_nominative","name_in_text","role","forms_in_text"}; PK_OPT = {"note"}
FK_REQ = {"metric","value","period","kind","quote"}; FK_OPT = {"qualifier","period_text","note"}
EK_REQ = {"date","what","quote","type","status","bilateral"}; EK_OPT = {"date_partial","date_note"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
STATUS = {"past","planned","ongoing"}; KINDS = {"actual","target","forecast"}
QUAL = {"almost","about","more than","approaching","record"}
PERIOD = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-(1[0-2]|[1-9])M|\d{4}-YTD|annual)$")
EDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DPART = re.compile(r"^(\d{4}|\?\?\?\?-\d{2}(-\d{2})?|\d{4}-H[12])$")
FNAME = re.compile(r"^\d{2}_[a-z0-9]+_(ru|en)_(\d{4}|noyear)_[a-z0-9_]+\.txt$")
errs = []
def err(f, m): errs.append(f"{f}: {m}")
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(g["file"] for g in gold) != files: err("-", "gold files != articles/")
nev = nfig = npeo = 0; langs = {}
for g in gold:
    f = g["file"]
    if set(g) != REC: err(f, f"record keys {set(g) ^ REC}")
    if not FNAME.match(f): err(f, "bad file name")
    raw = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = head.split("\n")
    if not hl[0].startswith("source: ") or hl[0][8:] != g["source"]: err(f, "source header mismatch")
    for l in hl[1:]:
        if not re.match(r"^date: \d{4}-\d{2}-\d{2}$", l): err(f, f"bad header line {l!r}")
        elif g["date"] != l[6:]: err(f, "header date != gold date")
    wc = len(re.findall(r"\w+", body))
    if not 150 <= wc <= 700: err(f, f"word count {wc}")
    langs[g["lang"]] = langs.get(g["lang"], 0) + 1
    if g["lang"] not in ("ru", "en") or f"_{g['lang']}_" not in f: err(f, "lang")
    if g["date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date"]): err(f, "date format")
    if g["date_partial"] is not None and not DPART.match(g["date_partial"]): err(f, "date_partial format")
    if g["date"] and g["date_partial"]: err(f, "both date and date_partial")
    if g["header_date"] != "unknown" and g["header_date"] not in raw: err(f, "header_date not in page")
    if g["date"] and g["date"][:4] not in f and "noyear" not in f: err(f, "year not in file name")
    for p in g["people"]:
        npeo += 1
        k = set(p)
        if not PK_REQ <= k or k - PK_REQ - PK_OPT: err(f, f"person keys {k}")
        if p["name_in_text"] not in body: err(f, f"name_in_text {p['name_in_text']!r}")
        if p["name_in_text"] not in p["forms_in_text"]: err(f, f"name_in_text not among forms {p['name_in_text']!r}")
        if len(set(p["forms_in_text"])) != len(p["forms_in_text"]): err(f, "duplicate forms")
        for x in p["forms_in_text"]:
            if x not in body: err(f, f"form {x!r} not verbatim")
    for x in g["other_names"]:
        if x not in body: err(f, f"other_name {x!r}")
    for fg in g["figures"]:
        nfig += 1
        k = set(fg)
        if not FK_REQ <= k or k - FK_REQ - FK_OPT: err(f, f"figure keys {k}")
        if fg["quote"] not in body: err(f, f"figure quote {fg['quote']!r}")
        if fg["kind"] not in KINDS: err(f, "kind")
        if fg["period"] is not None and not PERIOD.match(fg["period"]): err(f, f"period {fg['period']}")
        if "qualifier" in fg and fg["qualifier"] not in QUAL: err(f, "qualifier")
        if not isinstance(fg["value"], (int, float)): err(f, "value type")
        if "period_text" in fg and fg["period_text"] not in body: err(f, f"period_text {fg['period_text']!r}")
    for e in g["events"]:
        nev += 1
        k = set(e)
        if not EK_REQ <= k or k - EK_REQ - EK_OPT: err(f, f"event keys {k}")
        if e["quote"] not in body: err(f, f"event quote {e['quote']!r}")
        if e["date"] is not None and not EDATE.match(e["date"]): err(f, f"event date {e['date']}")
        if "date_partial" in e and not DPART.match(e["date_partial"]): err(f, f"event date_partial {e['date_partial']}")
        if e["type"] not in TYPES: err(f, "type"); 
        if e["status"] not in STATUS: err(f, "status")
        if not isinstance(e["bilateral"], bool): err(f, "bilateral")
    print(f"{f}: {wc} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
print(f"TOTAL {len(gold)} articles {langs}; people {npeo}, figures {nfig}, events {nev}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
