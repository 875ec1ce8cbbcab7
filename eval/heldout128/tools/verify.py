"""Check heldout128: verbatim quotes/forms/names, allowed keys, formats, word counts."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
errs = []
REC = ["file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"]
PK = {"name_ru_nominative","name_in_text","role","forms_in_text","note"}
FK = {"metric","value","period","kind","qualifier","quote","period_text","note"}
EK = {"date","date_partial","date_note","what","quote","type","status","bilateral"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
PER = re.compile(r"^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-\d{1,2}M|\d{4}-YTD|annual)$")
EDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUAL = {"almost","about","more than","approaching","record"}
files = sorted(os.listdir(os.path.join(ROOT, "articles")))
if [r["file"] for r in gold] != files: errs.append("file list mismatch")
for r in gold:
    fn = r["file"]
    if list(r.keys()) != REC: errs.append(f"{fn}: record keys {list(r.keys())}")
    raw = open(os.path.join(ROOT, "articles", fn), encoding="utf-8").read()
    head, _, body = raw.partition("\n\n")
    if not head.startswith("source: ") or r["source"] not in head: errs.append(f"{fn}: source header")
    hd = [l for l in head.splitlines() if l.startswith("date: ")]
    if hd and r["date"] and hd[0][6:] != r["date"]: errs.append(f"{fn}: date header != gold date")
    n = len(re.findall(r"\w+", body))
    if not 150 <= n <= 700: errs.append(f"{fn}: {n} words")
    if r["lang"] not in ("ru","en"): errs.append(f"{fn}: lang")
    if r["date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]): errs.append(f"{fn}: date fmt")
    if r["date"] is None and not r["date_partial"]: errs.append(f"{fn}: no date and no partial")
    if r["header_date"] != "unknown" and r["header_date"] not in body: errs.append(f"{fn}: header_date not in body")
    for p in r["people"]:
        if not set(p) <= PK or not {"name_ru_nominative","name_in_text","role","forms_in_text"} <= set(p): errs.append(f"{fn}: person keys {p}")
        if p["name_in_text"] not in body: errs.append(f"{fn}: name_in_text {p['name_in_text']}")
        if p["name_in_text"] not in p["forms_in_text"]: errs.append(f"{fn}: name_in_text not among forms {p['name_in_text']}")
        for f in p["forms_in_text"]:
            if f not in body: errs.append(f"{fn}: form {f}")
        # first spelling check: name_in_text should be the earliest form
        pos = {f: body.find(f) for f in p["forms_in_text"]}
        first = min(pos, key=pos.get)
        if body.find(p["name_in_text"]) > pos[first] and p["name_in_text"].find(first) < 0:
            errs.append(f"{fn}: name_in_text {p['name_in_text']} is not the first form ({first})")
    for o in r["other_names"]:
        if o not in body: errs.append(f"{fn}: other_name {o}")
    for f in r["figures"]:
        if not set(f) <= FK or not {"metric","value","period","kind","quote"} <= set(f): errs.append(f"{fn}: fig keys {f}")
        if f["quote"] not in body: errs.append(f"{fn}: fig quote {f['quote']}")
        if f["period"] is not None and not PER.match(f["period"]): errs.append(f"{fn}: period {f['period']}")
        if f["kind"] not in ("actual","target","forecast"): errs.append(f"{fn}: kind")
        if "qualifier" in f and f["qualifier"] not in QUAL: errs.append(f"{fn}: qualifier {f['qualifier']}")
        if not isinstance(f["value"], (int, float)): errs.append(f"{fn}: value")
    for e in r["events"]:
        if not set(e) <= EK or not {"date","what","quote","type","status","bilateral"} <= set(e): errs.append(f"{fn}: ev keys {e}")
        if e["quote"] not in body: errs.append(f"{fn}: ev quote {e['quote']}")
        if e["date"] is not None and not EDATE.match(e["date"]): errs.append(f"{fn}: ev date {e['date']}")
        if e["type"] not in TYPES: errs.append(f"{fn}: type {e['type']}")
        if e["status"] not in ("past","planned","ongoing"): errs.append(f"{fn}: status")
        if not isinstance(e["bilateral"], bool): errs.append(f"{fn}: bilateral")
    # listing to eyeball missing forms: tokens sharing a 5-letter surname stem
    if "-v" in sys.argv:
        for p in r["people"]:
            stem = p["name_in_text"].split()[-1].lstrip("ВДКМСЖНИЮАОФТЕ.")[:5] if False else re.sub(r"^.*\.", "", p["forms_in_text"][0].split()[-1])[:5]
            toks = sorted(set(re.findall(r"[\w\.]*" + re.escape(stem) + r"\w*", body)))
            print(fn[:2], p["name_ru_nominative"], "|", toks, "|", p["forms_in_text"])
print("\n".join(errs) if errs else "CLEAN")
print(len(gold), "articles;", sum(r["lang"]=="ru" for r in gold), "ru;", sum(len(r["events"]) for r in gold), "events;",
      sum(len(r["figures"]) for r in gold), "figures;", sum(len(r["people"]) for r in gold), "people")
