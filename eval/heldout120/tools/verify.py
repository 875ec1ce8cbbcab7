"""Check heldout120: keys, formats, verbatim quotes/forms/names, word counts, form coverage."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
       "people", "other_names", "figures", "events"]
PERSON = {"name_ru_nominative", "name_in_text", "role", "forms_in_text"}
PERSON_OPT = {"note"}
FIG = {"metric", "value", "period", "kind", "quote"}
FIG_OPT = {"qualifier", "period_text", "note"}
EV = {"date", "what", "quote", "type", "status", "bilateral"}
EV_OPT = {"date_partial", "date_note"}
TYPES = {"visit", "meeting", "igc_session", "agreement", "anniversary", "conference", "forum", "other"}
STATUS = {"past", "planned", "ongoing"}
KINDS = {"actual", "target", "forecast"}
QUALS = {"almost", "about", "more than", "approaching", "record"}
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_EVDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
RE_PARTIAL = re.compile(r"^(\d{4}|\?\?\?\?-\d{2}-\d{2}|\d{4}-\d{2})$")
RE_PERIOD = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|annual)$")

errors, warnings = [], []
def err(f, m): errors.append(f"{f}: {m}")
def warn(f, m): warnings.append(f"{f}: {m}")

def read_article(fn):
    raw = open(os.path.join(ROOT, "articles", fn), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hdr = {}
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        if k not in ("source", "date"):
            err(fn, f"bad header line {line!r}")
        hdr[k] = v
    return hdr, body

def check_keys(fn, what, d, req, opt):
    ks = set(d)
    if not req <= ks: err(fn, f"{what} missing {req - ks}")
    if ks - req - opt: err(fn, f"{what} extra keys {ks - req - opt}")

def main():
    gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(ROOT, "articles")))
    if sorted(g["file"] for g in gold) != files: err("gold", "file list differs from articles/")
    counts = dict(ru=0, en=0, events=0, figures=0, people=0)
    for g in gold:
        fn = g["file"]
        if list(g) != TOP: err(fn, f"top keys {list(g)}")
        hdr, body = read_article(fn)
        text = body
        if hdr.get("source") != g["source"]: err(fn, "source differs from header")
        if g["lang"] not in ("ru", "en"): err(fn, "lang")
        counts[g["lang"]] += 1
        if not re.match(r"^\d\d_[a-z]+_(ru|en)_\d{4}_[a-z0-9_]+\.txt$", fn): err(fn, "file name pattern")
        if f"_{g['lang']}_" not in fn: err(fn, "lang not in file name")
        n = len(re.findall(r"\S+", body))
        if not 150 <= n <= 700: err(fn, f"word count {n}")
        # dates
        if g["date"] is not None and not RE_DATE.match(g["date"]): err(fn, "date format")
        if g["date_partial"] is not None and not RE_PARTIAL.match(g["date_partial"]): err(fn, "date_partial format")
        if g["date"] is None and g["date_partial"] is None: warn(fn, "no date at all")
        if "date" in hdr:
            if hdr["date"] != g["date"]: err(fn, "header date != gold date")
            if g["date_source"] != "header": warn(fn, "date header present but date_source not header")
        if g["header_date"] != "unknown" and g["header_date"] not in (hdr.get("date"),) and g["header_date"] not in text:
            err(fn, f"header_date not verbatim: {g['header_date']!r}")
        if g["date"] is None and re.search(r"\b(19|20)\d\d\b", text + g["source"]):
            err(fn, "undated article contains a year")
        # people
        for p in g["people"]:
            check_keys(fn, "person", p, PERSON, PERSON_OPT)
            if p["name_in_text"] not in p["forms_in_text"]: err(fn, f"name_in_text not in forms: {p['name_in_text']}")
            first = min((text.find(f) for f in p["forms_in_text"] if f in text), default=-1)
            if text.find(p["name_in_text"]) != first: warn(fn, f"name_in_text is not the first form: {p['name_in_text']}")
            for f in p["forms_in_text"]:
                if f not in text: err(fn, f"form not verbatim: {f!r}")
            counts["people"] += 1
        # coverage: every token sharing a surname stem must lie inside an occurrence of some listed form
        spans = [(m.start(), m.end()) for p in g["people"] for f in p["forms_in_text"]
                 for m in re.finditer(re.escape(f), text)]
        for p in g["people"]:
            sur = p["forms_in_text"][0].split()[-1].split(".")[-1]
            stem = sur[:max(4, len(sur) - 3)]
            for m in re.finditer(r"[\w.-]*" + re.escape(stem) + r"\w*", text):
                s, e = m.span()
                if not any(a <= s and e <= b for a, b in spans):
                    warn(fn, f"token {m.group()!r} not covered by forms of {p['name_ru_nominative']}")
        for o in g["other_names"]:
            if o not in text: err(fn, f"other_name not verbatim: {o!r}")
        # figures
        for x in g["figures"]:
            check_keys(fn, "figure", x, FIG, FIG_OPT)
            counts["figures"] += 1
            if x["quote"] not in text: err(fn, f"figure quote not verbatim: {x['quote']!r}")
            if x.get("period_text") and x["period_text"] not in text: err(fn, f"period_text not verbatim: {x['period_text']!r}")
            if x["period"] is not None and not RE_PERIOD.match(x["period"]): err(fn, f"period {x['period']}")
            if x["kind"] not in KINDS: err(fn, f"kind {x['kind']}")
            if "qualifier" in x and x["qualifier"] not in QUALS: err(fn, f"qualifier {x['qualifier']}")
            if not isinstance(x["value"], (int, float)): err(fn, "value not a number")
            if x["metric"].startswith("trade_turnover") and x["metric"] not in ("trade_turnover", "trade_turnover_growth_pct"):
                err(fn, f"metric {x['metric']}")
        # events
        for ev in g["events"]:
            check_keys(fn, "event", ev, EV, EV_OPT)
            counts["events"] += 1
            if ev["quote"] not in text: err(fn, f"event quote not verbatim: {ev['quote']!r}")
            if ev["date"] is not None and not RE_EVDATE.match(ev["date"]): err(fn, f"event date {ev['date']}")
            if ev.get("date_partial") and not RE_PARTIAL.match(ev["date_partial"]): err(fn, "event date_partial")
            if ev["type"] not in TYPES: err(fn, f"type {ev['type']}")
            if ev["status"] not in STATUS: err(fn, f"status {ev['status']}")
            if not isinstance(ev["bilateral"], bool): err(fn, "bilateral not bool")
        print(f"{fn}: {n} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(counts, "OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
