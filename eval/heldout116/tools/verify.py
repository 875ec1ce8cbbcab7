"""Checks gold.json against articles/: keys, formats, verbatim quotes/forms/names, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
errs = []
def err(f, m): errs.append(f"{f}: {m}")

REC = {"file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
       "people", "other_names", "figures", "events"}
PK, PO = {"name_ru_nominative", "name_in_text", "role", "forms_in_text"}, {"note"}
FK, FO = {"metric", "value", "period", "kind", "quote"}, {"qualifier", "period_text", "note"}
EK, EO = {"date", "what", "quote", "type", "status", "bilateral"}, {"date_partial", "date_note"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PARTIAL = re.compile(r"^(\d{4}|\?\?\?\?-\d{2}(-\d{2})?|\d{4}-\d{2})$")
PERIOD = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|annual)$")
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if files != [r["file"] for r in gold]:
    err("-", "article files and gold records differ")
counts = {"ru": 0, "en": 0}
ne = nf = npp = 0
for r in gold:
    fn = r["file"]
    if set(r) != REC:
        err(fn, f"record keys {set(r) ^ REC}")
    raw = open(os.path.join(ROOT, "articles", fn), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = dict(l.split(": ", 1) for l in head.splitlines())
    if set(hl) - {"source", "date"}:
        err(fn, "bad header keys")
    if hl.get("source") != r["source"]:
        err(fn, "source mismatch")
    if "date" in hl and hl["date"] != r["date"]:
        err(fn, "header date != gold date")
    if "date" in hl and r["date_source"] != "header":
        err(fn, "date header present but date_source not header")
    wc = len(body.split())
    if not 150 <= wc <= 700:
        err(fn, f"word count {wc}")
    if r["lang"] not in counts:
        err(fn, "lang")
    else:
        counts[r["lang"]] += 1
    if r["date"] is not None and not DATE.match(r["date"]):
        err(fn, "date format")
    if r["date_partial"] is not None and not PARTIAL.match(r["date_partial"]):
        err(fn, "date_partial format")
    if r["date"] is None and r["date_partial"] is None:
        err(fn, "no date and no partial")
    if r["header_date"] != "unknown" and r["header_date"] not in body:
        err(fn, "header_date not verbatim in page")
    if r["date"] and r["date"][:4] not in raw and r["date_source"] != "inferred_year":
        pass
    for p in r["people"]:
        npp += 1
        if not PK <= set(p) or set(p) - PK - PO:
            err(fn, f"person keys {p}")
        if p["name_in_text"] not in body:
            err(fn, f"name_in_text not found {p['name_in_text']}")
        if p["name_in_text"] not in p["forms_in_text"]:
            err(fn, f"name_in_text not among forms {p['name_in_text']}")
        for fm in p["forms_in_text"]:
            if fm not in body:
                err(fn, f"form not found {fm}")
        # every token starting with the surname stem must be covered by a listed form
        sur = p["name_in_text"].split()[-1]
        stem = sur[:max(4, len(sur) - 3)]
        toks = set(re.findall(re.escape(stem) + r"\w*", body))
        covered = set(w for fm in p["forms_in_text"] for w in re.findall(r"\w+", fm))
        for t in toks - covered:
            err(fn, f"surname form {t!r} not in forms_in_text of {p['name_in_text']}")
        # first spelling check
        first = min((body.find(fm) for fm in p["forms_in_text"]), default=-1)
        if body.find(p["name_in_text"]) > first and not any(body.find(fm) == first and p["name_in_text"].startswith(fm) for fm in p["forms_in_text"]):
            pass
    for o in r["other_names"]:
        if o not in body:
            err(fn, f"other_name not found {o}")
    for f in r["figures"]:
        nf += 1
        if not FK <= set(f) or set(f) - FK - FO:
            err(fn, f"figure keys {f}")
        if f["quote"] not in body:
            err(fn, f"figure quote not verbatim: {f['quote']}")
        if not isinstance(f["value"], (int, float)):
            err(fn, "figure value not a number")
        if f["period"] is not None and not PERIOD.match(f["period"]):
            err(fn, f"period format {f['period']}")
        if f["kind"] not in {"actual", "target", "forecast"}:
            err(fn, "kind")
        if f.get("period_text") and f["period_text"] not in body:
            err(fn, f"period_text not verbatim: {f['period_text']}")
    for e in r["events"]:
        ne += 1
        if not EK <= set(e) or set(e) - EK - EO:
            err(fn, f"event keys {e}")
        if e["quote"] not in body:
            err(fn, f"event quote not verbatim: {e['quote']}")
        if e["date"] is not None and not EDATE.match(e["date"]):
            err(fn, f"event date format {e['date']}")
        if e.get("date_partial") and not PARTIAL.match(e["date_partial"]):
            err(fn, "event date_partial format")
        if e["type"] not in TYPES:
            err(fn, "event type")
        if e["status"] not in {"past", "planned", "ongoing"}:
            err(fn, "event status")
        if not isinstance(e["bilateral"], bool):
            err(fn, "bilateral not bool")
    print(f"{fn}: {wc} words, {len(r['people'])} people, {len(r['figures'])} figures, {len(r['events'])} events")
print(f"articles {len(gold)} (ru {counts['ru']}, en {counts['en']}), events {ne}, figures {nf}, people {npp}")
if errs:
    print("\nERRORS:")
    print("\n".join(errs))
    sys.exit(1)
print("OK")
