"""Check gold.json against articles/: verbatim quotes/forms/names, keys, formats, word counts,
and that every occurrence of a person's surname stem is covered by a listed form."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = {"file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"}
PK_REQ = {"name_ru_nominative","name_in_text","role","forms_in_text"}; PK_OPT = {"note"}
FK_REQ = {"metric","value","period","kind","quote"}; FK_OPT = {"qualifier","period_text","note"}
EK_REQ = {"date","what","quote","type","status","bilateral"}; EK_OPT = {"date_partial","date_note"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
STATUS = {"past","planned","ongoing"}; KINDS = {"actual","target","forecast"}
QUAL = {"almost","about","more than","approaching","record"}
PERIOD = re.compile(r"^(annual|\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|\d{4}-\d{2}|\d{4}-\d{4})$")
EDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
errs = []
def err(f, m): errs.append(f"{f}: {m}")

gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(g["file"] for g in gold) != files: err("-", "gold files != articles/")
n = {"ev":0,"fig":0,"ppl":0,"ru":0,"en":0}
for g in gold:
    f = g["file"]
    if set(g) != TOP: err(f, f"top keys {set(g) ^ TOP}")
    raw = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    hl = dict(l.split(": ", 1) for l in head.splitlines())
    if set(hl) - {"source","date"}: err(f, "bad header keys")
    if hl.get("source") != g["source"]: err(f, "source mismatch")
    if ("date" in hl) != (g["header_date"] != "unknown"): err(f, "header date presence vs header_date")
    if "date" in hl and g["date"] and hl["date"] != g["date"]: err(f, "header date != date")
    wc = len(body.split())
    if not 150 <= wc <= 700: err(f, f"word count {wc}")
    n[g["lang"]] += 1
    if g["lang"] not in ("ru","en"): err(f, "lang")
    if g["date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date"]): err(f, "date fmt")
    if g["date"] is None and not g["date_partial"]: err(f, "no date and no partial")
    if g["date_partial"] and not re.match(r"^(\d{4}|\?{4}-\d{2}-\d{2}|\d{4}-\d{2})$", g["date_partial"]): err(f, "date_partial fmt")
    if f.split("_")[1] not in ("itartass","tass","ria","interfax","sputnik","rt"): err(f, "outlet")
    for p in g["people"]:
        if not PK_REQ <= set(p) <= PK_REQ | PK_OPT: err(f, f"person keys {p}")
        if p["name_in_text"] not in body: err(f, f"name_in_text {p['name_in_text']}")
        first = min(body.find(x) for x in p["forms_in_text"])
        if body.find(p["name_in_text"]) != first: err(f, f"name_in_text not first form: {p['name_in_text']}")
        for x in p["forms_in_text"]:
            if x not in body: err(f, f"form not in text: {x}")
        if len(set(p["forms_in_text"])) != len(p["forms_in_text"]): err(f, f"duplicate form {p['forms_in_text']}")
        # surname coverage: every token starting with the surname stem must be part of a listed form
        sur = p["forms_in_text"][0].split()[-1] if g["lang"] == "en" else p["name_ru_nominative"].split()[-1]
        stem = sur[:-2] if g["lang"] == "ru" else sur
        toks = set(re.findall(r"\b" + re.escape(stem) + r"\w*", body))
        covered = {w for x in p["forms_in_text"] for w in x.split()}
        for t in toks - covered:
            err(f, f"surname token {t!r} not covered by forms of {p['name_ru_nominative']}")
        n["ppl"] += 1
    for o in g["other_names"]:
        if o not in body: err(f, f"other_name {o}")
    for x in g["figures"]:
        if not FK_REQ <= set(x) <= FK_REQ | FK_OPT: err(f, f"figure keys {x}")
        if x["quote"] not in body: err(f, f"figure quote: {x['quote']}")
        if x.get("period_text") and x["period_text"] not in body: err(f, f"period_text: {x['period_text']}")
        if x["period"] is not None and not PERIOD.match(x["period"]): err(f, f"period {x['period']}")
        if x["kind"] not in KINDS: err(f, "kind")
        if x.get("qualifier") and x["qualifier"] not in QUAL: err(f, f"qualifier {x['qualifier']}")
        if not isinstance(x["value"], (int, float)): err(f, "value")
        n["fig"] += 1
    for e in g["events"]:
        if not EK_REQ <= set(e) <= EK_REQ | EK_OPT: err(f, f"event keys {e}")
        if e["quote"] not in body: err(f, f"event quote: {e['quote']}")
        if e["date"] is not None and not EDATE.match(e["date"]): err(f, f"event date {e['date']}")
        if e.get("date_partial") and not re.match(r"^(\?{4}-\d{2}(-\d{2})?)$", e["date_partial"]): err(f, "event date_partial")
        if e["type"] not in TYPES or e["status"] not in STATUS or not isinstance(e["bilateral"], bool): err(f, f"event enum {e}")
        n["ev"] += 1
    print(f"{f}: {wc} words, {len(g['people'])} people, {len(g['figures'])} figures, {len(g['events'])} events")
print(n)
print("\n".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
