"""Check heldout122: keys, formats, verbatim quotes/forms/names, word counts, file list."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
       "people", "other_names", "figures", "events"]
PERSON = {"name_ru_nominative", "name_in_text", "role", "forms_in_text", "note"}
PERSON_REQ = {"name_ru_nominative", "name_in_text", "role", "forms_in_text"}
FIG = {"metric", "value", "period", "kind", "qualifier", "quote", "period_text", "note"}
FIG_REQ = {"metric", "value", "period", "kind", "quote"}
EV = {"date", "date_partial", "date_note", "what", "quote", "type", "status", "bilateral"}
EV_REQ = {"date", "what", "quote", "type", "status", "bilateral"}
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
STATUS = {"past", "planned", "ongoing"}
KINDS = {"actual", "target", "forecast"}
QUALS = {"almost", "about", "more than", "approaching", "record", "up to"}
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_EVDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
RE_PARTIAL = re.compile(r"^(\d{4}|\?{4}-\d{2}-\d{2}|\?{4}-\d{2}|\d{4}-\d{2})$")
RE_PERIOD = re.compile(r"^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|YTD))?|annual)$")
RE_NAME = re.compile(r"^(\d\d)_([a-z0-9]+)_(ru|en)_(\d{4}|noyear)_[a-z0-9_]+\.txt$")

errs = []
def err(f, m): errs.append(f"{f}: {m}")

gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(g["file"] for g in gold) != files:
    err("-", "gold files != articles/ listing")
n = {"ru": 0, "en": 0, "events": 0, "figures": 0, "people": 0}
for g in gold:
    f = g["file"]
    if list(g) != TOP: err(f, f"top keys {list(g)}")
    m = RE_NAME.match(f)
    if not m: err(f, "bad file name")
    elif m.group(3) != g["lang"]: err(f, "lang mismatch with name")
    raw = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = head.split("\n")
    if not hl[0].startswith("source: ") or hl[0][8:] != g["source"]: err(f, "source header")
    hd = [l[6:] for l in hl if l.startswith("date: ")]
    if g["header_date"] == "unknown":
        if hd: err(f, "header date present but gold says unknown")
    elif hd != [g["header_date"]]: err(f, "header_date mismatch")
    if any(not (l.startswith("source: ") or l.startswith("date: ")) for l in hl): err(f, "odd header line")
    wc = len(body.split())
    if not 150 <= wc <= 700: err(f, f"word count {wc}")
    n[g["lang"]] += 1
    if g["date"] is not None and not RE_DATE.match(g["date"]): err(f, "date format")
    if g["date_partial"] is not None and not RE_PARTIAL.match(g["date_partial"]): err(f, "date_partial format")
    if g["date"] is None and g["date_partial"] is None: err(f, "no date info at all")
    for p in g["people"]:
        n["people"] += 1
        if not PERSON_REQ <= set(p) <= PERSON: err(f, f"person keys {set(p)}")
        if p["name_in_text"] not in p["forms_in_text"]: err(f, f"name_in_text not among forms: {p['name_in_text']}")
        for form in p["forms_in_text"]:
            if form not in body: err(f, f"form not verbatim: {form}")
        if re.search(r"[A-Za-z]", p["name_ru_nominative"]): err(f, f"nominative not Cyrillic: {p['name_ru_nominative']}")
    for o in g["other_names"]:
        if o not in body: err(f, f"other_name not verbatim: {o}")
    for x in g["figures"]:
        n["figures"] += 1
        if not FIG_REQ <= set(x) <= FIG: err(f, f"figure keys {set(x)}")
        if not isinstance(x["value"], (int, float)): err(f, "figure value not number")
        if x["period"] is not None and not RE_PERIOD.match(x["period"]): err(f, f"period {x['period']}")
        if x["kind"] not in KINDS: err(f, f"kind {x['kind']}")
        if "qualifier" in x and x["qualifier"] not in QUALS: err(f, f"qualifier {x['qualifier']}")
        if x["quote"] not in body: err(f, f"figure quote not verbatim: {x['quote']}")
        if "period_text" in x and x["period_text"] not in body: err(f, f"period_text not verbatim: {x['period_text']}")
    for e in g["events"]:
        n["events"] += 1
        if not EV_REQ <= set(e) <= EV: err(f, f"event keys {set(e)}")
        if e["date"] is not None and not RE_EVDATE.match(e["date"]): err(f, f"event date {e['date']}")
        if "date_partial" in e and not RE_PARTIAL.match(e["date_partial"]): err(f, "event date_partial")
        if e["type"] not in TYPES: err(f, f"type {e['type']}")
        if e["status"] not in STATUS: err(f, f"status {e['status']}")
        if not isinstance(e["bilateral"], bool): err(f, "bilateral not bool")
        if e["quote"] not in body: err(f, f"event quote not verbatim: {e['quote'][:60]}")
    print(f"{f}: {wc} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
print(n)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
