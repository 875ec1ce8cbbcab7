"""Verify this set: verbatim quotes/forms/names, allowed keys, formats, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC = {"file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
       "people", "other_names", "figures", "events"}
PERSON = {"name_ru_nominative", "name_in_text", "role", "forms_in_text", "note"}
PERSON_REQ = {"name_ru_nominative", "name_in_text", "role", "forms_in_text"}
FIG = {"metric", "value", "period", "kind", "qualifier", "quote", "period_text", "note"}
FIG_REQ = {"metric", "value", "period", "kind", "quote"}
EV = {"date", "date_partial", "date_note", "what", "quote", "type", "status", "bilateral"}
EV_REQ = {"date", "what", "quote", "type", "status", "bilateral"}
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EVDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PARTIAL = re.compile(r"^(\d{4}|\?{4}-\d{2}-\d{2}|\?{4}-\d{2}|\d{4}-\d{2})$")
PERIOD = re.compile(r"^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|YTD))?|annual)$")
QUAL = {"almost", "about", "more than", "approaching", "record", "at least", "less than"}

def main():
    errs, warns = [], []
    gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(ROOT, "articles")))
    if sorted(g["file"] for g in gold) != files:
        errs.append("gold files != articles/ files")
    langs = {"ru": 0, "en": 0}
    for g in gold:
        f = g["file"]; E = lambda m: errs.append(f"{f}: {m}")
        raw = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
        head, _, body = raw.partition("\n\n")
        for line in head.split("\n"):
            if not re.match(r"^(source|date): ", line): E(f"bad header line {line!r}")
        if f"source: {g['source']}" not in head: E("source mismatch")
        m = re.search(r"^date: (.*)$", head, re.M)
        if m and m.group(1) != g["date"]: E("header date != gold date")
        if set(g) != REC: E(f"record keys {set(g) ^ REC}")
        langs[g["lang"]] += 1
        n = len(body.split())
        if not 150 <= n <= 700: E(f"word count {n}")
        if g["date"] is not None and not DATE.match(g["date"]): E("bad date")
        if g["date_partial"] is not None and not PARTIAL.match(g["date_partial"]): E("bad date_partial")
        if g["date"] is None and g["date_partial"] is None: warns.append(f"{f}: no date at all")
        if g["header_date"] != "unknown" and g["header_date"] not in body: E("header_date not verbatim in body")
        for p in g["people"]:
            if set(p) - PERSON or PERSON_REQ - set(p): E(f"person keys {p.get('name_in_text')}")
            if p["name_in_text"] not in p["forms_in_text"]: E(f"name_in_text not in forms {p['name_in_text']}")
            for fm in p["forms_in_text"]:
                if fm not in body: E(f"form not in text: {fm}")
            # completeness: tokens sharing the surname stem
            sur = p["name_in_text"].split()[-1].split(".")[-1]
            stem = sur[:5] if len(sur) > 5 else sur
            toks = set(re.findall(r"[\w.\-]*" + re.escape(stem) + r"\w*", body))
            listed = " ".join(p["forms_in_text"])
            for t in toks:
                if t not in listed: warns.append(f"{f}: {p['name_ru_nominative']}: unlisted token {t!r}")
        for o in g["other_names"]:
            if o not in body: E(f"other_name not in text: {o}")
        for x in g["figures"]:
            if set(x) - FIG or FIG_REQ - set(x): E(f"figure keys {x['quote'][:30]}")
            if x["quote"] not in body: E(f"figure quote not verbatim: {x['quote']}")
            if not isinstance(x["value"], (int, float)): E("figure value not number")
            if x["period"] is not None and not PERIOD.match(x["period"]): E(f"bad period {x['period']}")
            if x["kind"] not in {"actual", "target", "forecast"}: E("bad kind")
            if "qualifier" in x and x["qualifier"] not in QUAL: warns.append(f"{f}: qualifier {x['qualifier']}")
            if "period_text" in x and x["period_text"] not in body: E(f"period_text not verbatim {x['period_text']}")
        for ev in g["events"]:
            if set(ev) - EV or EV_REQ - set(ev): E(f"event keys {ev['what'][:30]}")
            if ev["quote"] not in body: E(f"event quote not verbatim: {ev['quote']}")
            if ev["date"] is not None and not EVDATE.match(ev["date"]): E(f"bad event date {ev['date']}")
            if ev.get("date_partial") is not None and not PARTIAL.match(ev["date_partial"]): E("bad event date_partial")
            if ev["type"] not in TYPES: E("bad type")
            if ev["status"] not in {"past", "planned", "ongoing"}: E("bad status")
            if not isinstance(ev["bilateral"], bool): E("bilateral not bool")
    for w in warns: print("WARN", w)
    for e in errs: print("ERR ", e)
    print(f"{len(gold)} articles ({langs}), events {sum(len(g['events']) for g in gold)}, "
          f"figures {sum(len(g['figures']) for g in gold)}, people {sum(len(g['people']) for g in gold)}; "
          f"{len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
