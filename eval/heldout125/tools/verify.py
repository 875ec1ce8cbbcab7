import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
G = json.load(open(D+"/gold.json", encoding="utf-8"))
TOP = {"file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"}
PK = {"name_ru_nominative","name_in_text","role","forms_in_text","note"}
FK = {"metric","value","period","kind","qualifier","quote","period_text","note"}
EK = {"date","date_partial","date_note","what","quote","type","status","bilateral"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
errs = []
def e(f, m): errs.append(f"{f}: {m}")
files = set(os.listdir(D+"/articles"))
assert len(G) == len(files), "count mismatch"
for r in G:
    f = r["file"]
    if set(r) != TOP: e(f, f"keys {set(r)^TOP}")
    t = open(f"{D}/articles/{f}", encoding="utf-8").read()
    head, _, body = t.partition("\n\n")
    for l in head.splitlines():
        if not re.match(r"^(source|date): \S", l): e(f, "bad header "+l)
    if not head.startswith("source: "+r["source"]): e(f, "source mismatch")
    hd = re.search(r"^date: (\S+)", head, re.M)
    if hd and hd.group(1) != r["date"]: e(f, "header date mismatch")
    n = len(body.split())
    if not 150 <= n <= 700: e(f, f"words {n}")
    if r["lang"] not in ("ru","en"): e(f, "lang")
    if r["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]): e(f, "date fmt")
    if r["date_partial"] is not None and not re.fullmatch(r"(\d{4}|\?{4}-\d\d-\d\d|\?{4}-\d\d|\d{4}-\d\d)", r["date_partial"]): e(f, "date_partial fmt")
    if r["header_date"] != "unknown" and r["header_date"] not in body: e(f, "header_date not verbatim")
    for p in r["people"]:
        if not set(p) <= PK or not {"name_ru_nominative","name_in_text","role","forms_in_text"} <= set(p): e(f, f"people keys {p}")
        if p["name_in_text"] not in body: e(f, "name_in_text "+p["name_in_text"])
        if p["name_in_text"] not in p["forms_in_text"]: e(f, "name_in_text not among forms "+p["name_in_text"])
        for x in p["forms_in_text"]:
            if x not in body: e(f, "form "+x)
    for x in r["other_names"]:
        if x not in body: e(f, "other "+x)
    for q in r["figures"]:
        if not set(q) <= FK or not {"metric","value","period","kind","quote"} <= set(q): e(f, f"fig keys {q}")
        if q["quote"] not in body: e(f, "fig quote "+q["quote"])
        if q["kind"] not in ("actual","target","forecast"): e(f, "kind")
        if not isinstance(q["value"], (int, float)): e(f, "value")
        if q.get("qualifier") and q["qualifier"] not in ("almost","about","more than","approaching","record"): e(f, "qualifier")
        pd = q["period"]
        if pd is not None and not re.fullmatch(r"(\d{4}|\?{4}|annual)(-(H[12]|Q[1-4]|\d{1,2}M|YTD))?|\d{4}-\d{4}", pd): e(f, "period "+str(pd))
    for v in r["events"]:
        if not set(v) <= EK or not {"date","what","quote","type","status","bilateral"} <= set(v): e(f, f"event keys {v}")
        if v["quote"] not in body: e(f, "event quote "+v["quote"])
        if v["type"] not in TYPES: e(f, "type")
        if v["status"] not in ("past","planned","ongoing"): e(f, "status")
        if not isinstance(v["bilateral"], bool): e(f, "bilateral")
        if v["date"] is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", v["date"]): e(f, "ev date")
    print(f, n, "words")
print("\n".join(errs) or "CLEAN"); sys.exit(1 if errs else 0)
