#!/usr/bin/env python3
"""Check heldout130 gold.json against articles/: verbatim quotes/forms/names, keys, formats, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC_KEYS = {"file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
            "people", "other_names", "figures", "events"}
PERSON_REQ = {"name_ru_nominative", "name_in_text", "role", "forms_in_text"}
PERSON_OPT = {"note"}
FIG_REQ = {"metric", "value", "period", "kind", "quote"}
FIG_OPT = {"qualifier", "period_text", "note"}
EV_REQ = {"date", "what", "quote", "type", "status", "bilateral"}
EV_OPT = {"date_partial", "date_note"}
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
STATUS = {"past", "planned", "ongoing"}
KINDS = {"actual", "target", "forecast"}
PERIOD = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|\d{4}-\d{2}|annual)$")
EVDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def body_of(text):
    head, _, body = text.partition("\n\n")
    for line in head.splitlines():
        if not re.match(r"^(source|date): ", line):
            err("?", f"bad header line {line!r}")
    return head, body


def main():
    gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(ROOT, "articles")))
    if sorted(g["file"] for g in gold) != files:
        err("gold", "file list differs from articles/")
    n = {"ru": 0, "en": 0, "events": 0, "figures": 0, "people": 0}
    for g in gold:
        f = g["file"]
        if set(g) != REC_KEYS:
            err(f, f"keys {set(g) ^ REC_KEYS}")
        text = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
        head, body = body_of(text)
        words = len(re.findall(r"\w+", body))
        if not 150 <= words <= 700:
            err(f, f"{words} words")
        n[g["lang"]] += 1
        if g["lang"] not in ("ru", "en"):
            err(f, "lang")
        if f"source: {g['source']}" not in head:
            err(f, "source header mismatch")
        if g["date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date"]):
            err(f, "date format")
        if g["date"] is None and not g["date_partial"]:
            err(f, "no date and no date_partial")
        if g["header_date"] != "unknown" and g["header_date"] not in text:
            err(f, f"header_date not in text: {g['header_date']}")
        m = re.search(r"^date: (\S+)", head, re.M)
        if m and m.group(1) != g["date"]:
            err(f, "date header differs from gold date")
        for p in g["people"]:
            if not PERSON_REQ <= set(p) <= PERSON_REQ | PERSON_OPT:
                err(f, f"person keys {set(p)}")
            if p["name_in_text"] not in body:
                err(f, f"name_in_text missing {p['name_in_text']}")
            if p["name_in_text"] not in p["forms_in_text"]:
                err(f, f"name_in_text not among forms {p['name_in_text']}")
            for form in p["forms_in_text"]:
                if form not in body:
                    err(f, f"form missing {form!r}")
            # every occurrence of the surname stem must be covered by a listed form
            sur = p["name_in_text"].split()[-1]
            stem = sur[:max(4, len(sur) - 3)]
            for mm in re.finditer(re.escape(stem) + r"\w*", body):
                tok = mm.group(0)
                if not any(tok in form for form in p["forms_in_text"]):
                    err(f, f"surface form {tok!r} of {p['name_ru_nominative']} not listed")
        n["people"] += len(g["people"])
        for o in g["other_names"]:
            if o not in body:
                err(f, f"other_name missing {o!r}")
        for fig in g["figures"]:
            if not FIG_REQ <= set(fig) <= FIG_REQ | FIG_OPT:
                err(f, f"figure keys {set(fig)}")
            if fig["quote"] not in body:
                err(f, f"figure quote missing {fig['quote']!r}")
            if fig.get("period_text") and fig["period_text"] not in body:
                err(f, f"period_text missing {fig['period_text']!r}")
            if fig["period"] is not None and not PERIOD.match(fig["period"]):
                err(f, f"period {fig['period']}")
            if fig["kind"] not in KINDS:
                err(f, f"kind {fig['kind']}")
            if not isinstance(fig["value"], (int, float)):
                err(f, "value not a number")
        n["figures"] += len(g["figures"])
        for ev in g["events"]:
            if not EV_REQ <= set(ev) <= EV_REQ | EV_OPT:
                err(f, f"event keys {set(ev)}")
            if ev["quote"] not in body:
                err(f, f"event quote missing {ev['quote']!r}")
            if ev["date"] is not None and not EVDATE.match(ev["date"]):
                err(f, f"event date {ev['date']}")
            if ev["type"] not in TYPES or ev["status"] not in STATUS or not isinstance(ev["bilateral"], bool):
                err(f, f"event enum {ev['type']} {ev['status']} {ev['bilateral']}")
        n["events"] += len(g["events"])
        print(f"{f}: {words} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
    print(n)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
