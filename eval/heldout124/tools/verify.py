"""Check gold.json against articles/: verbatim quotes/forms/names, keys, formats, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
REC = ["file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"]
PK = {"name_ru_nominative","name_in_text","role","forms_in_text","note"}
FK = {"metric","value","period","kind","qualifier","quote","period_text","note"}
EK = {"date","date_partial","date_note","what","quote","type","status","bilateral"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if sorted(r["file"] for r in gold) != files: err("-", "gold files != articles/")
for r in gold:
    fn = r["file"]
    if list(r.keys()) != REC: err(fn, f"record keys {list(r.keys())}")
    text = open(os.path.join(ROOT, "articles", fn), encoding="utf-8").read()
    lines = text.split("\n")
    # header: optional key lines then blank
    body = text
    if re.match(r"^(source|date): ", text):
        hdr, _, body = text.partition("\n\n")
        for l in hdr.split("\n"):
            if not re.match(r"^(source: \S+|date: \d{4}-\d{2}-\d{2})$", l): err(fn, f"bad header line {l!r}")
    wc = len(body.split())
    if not 150 <= wc <= 700: err(fn, f"word count {wc}")
    if r["lang"] not in ("ru","en"): err(fn, "lang")
    if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]): err(fn, "date fmt")
    if r["date_partial"] is not None and not re.fullmatch(r"(\d{4}|\?{4}-\d{2}-\d{2}|\d{4}-\d{2})", r["date_partial"]): err(fn, "date_partial fmt")
    if r["date"] is None and r["date_partial"] is None: err(fn, "no date nor partial")
    if r["header_date"] != "unknown" and r["header_date"] not in text: err(fn, f"header_date not in text: {r['header_date']}")
    for p in r["people"]:
        if not set(p) <= PK or not {"name_ru_nominative","name_in_text","role","forms_in_text"} <= set(p): err(fn, f"person keys {p}")
        if p["name_in_text"] not in text: err(fn, f"name_in_text missing {p['name_in_text']}")
        if p["name_in_text"] not in p["forms_in_text"]: err(fn, f"name_in_text not among forms {p['name_in_text']}")
        for s in p["forms_in_text"]:
            if s not in text: err(fn, f"form missing {s!r}")
    for s in r["other_names"]:
        if s not in text: err(fn, f"other_name missing {s!r}")
    for x in r["figures"]:
        if not set(x) <= FK or not {"metric","value","period","kind","quote"} <= set(x): err(fn, f"figure keys {x}")
        if x["quote"] not in text: err(fn, f"figure quote missing {x['quote']!r}")
        if x["kind"] not in ("actual","target","forecast"): err(fn, "kind")
        if not isinstance(x["value"], (int, float)): err(fn, "value type")
        if x.get("qualifier") and x["qualifier"] not in ("almost","about","more than","approaching","record"): err(fn, f"qualifier {x['qualifier']}")
        if x["period"] is not None and not re.fullmatch(r"\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|YTD|\d{2}))?|annual", x["period"]): err(fn, f"period {x['period']}")
    for e in r["events"]:
        if not set(e) <= EK or not {"date","what","quote","type","status","bilateral"} <= set(e): err(fn, f"event keys {e}")
        if e["quote"] not in text: err(fn, f"event quote missing {e['quote']!r}")
        if e["date"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"]): err(fn, f"event date {e['date']}")
        if e["type"] not in TYPES: err(fn, f"type {e['type']}")
        if e["status"] not in ("past","planned","ongoing"): err(fn, "status")
        if not isinstance(e["bilateral"], bool): err(fn, "bilateral")
    print(f"{fn}: {r['lang']} {wc} words, {len(r['people'])} people, {len(r['figures'])} figures, {len(r['events'])} events")
langs = [r["lang"] for r in gold]
print("ru", langs.count("ru"), "en", langs.count("en"), "events", sum(len(r["events"]) for r in gold),
      "figures", sum(len(r["figures"]) for r in gold), "people", sum(len(r["people"]) for r in gold))
print("\n".join(errs) if errs else "CLEAN")
sys.exit(1 if errs else 0)
