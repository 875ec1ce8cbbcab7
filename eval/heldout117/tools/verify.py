#!/usr/bin/env python3
"""Check heldout117/gold.json against articles/: verbatim quotes, forms, names, keys, formats, lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = {"file","source","lang","header_date","date","date_partial","date_source","date_note",
       "people","other_names","figures","events"}
PK_REQ = {"name_ru_nominative","name_in_text","role","forms_in_text"}; PK_OPT = {"note"}
FK_REQ = {"metric","value","period","kind","quote"}; FK_OPT = {"qualifier","period_text","note"}
EK_REQ = {"date","what","quote","type","status","bilateral"}; EK_OPT = {"date_partial","date_note"}
TYPES = {"visit","meeting","igc_session","agreement","anniversary","conference","forum","other"}
STATUS = {"past","planned","ongoing"}; KINDS = {"actual","target","forecast"}
QUAL = {"almost","about","more than","approaching","record"}
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_EDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
RE_PARTIAL = re.compile(r"^(\d{4}|\?{4})(-(\d{2}|\?{2}|H[12]|Q[1-4]))?(-\d{2})?$")
RE_PERIOD = re.compile(r"^(\d{4}|\d{4}-(H[12]|Q[1-4]|\d{1,2}M|YTD)|annual)$")
errs = []; warns = []
def err(f, m): errs.append("%s: %s" % (f, m))

def body_of(text):
    return text.split("\n\n", 1)[1] if "\n\n" in text else text

def main():
    gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(ROOT, "articles")))
    if sorted(g["file"] for g in gold) != files: err("*", "gold files != articles/ files")
    langs = {"ru": 0, "en": 0}; ne = nf = npp = 0
    for g in gold:
        fn = g["file"]
        if set(g) != TOP: err(fn, "top keys %s" % (set(g) ^ TOP))
        if not re.match(r"^(0[1-9]|1[0-4])_[a-z0-9]+_(ru|en)_(\d{4}|noyear)_[a-z0-9_]+\.txt$", fn): err(fn, "bad file name")
        text = open(os.path.join(ROOT, "articles", fn), encoding="utf-8").read()
        lines = text.split("\n")
        if not lines[0].startswith("source: ") or lines[0][8:] != g["source"]: err(fn, "source header mismatch")
        hd = [l for l in text.split("\n\n",1)[0].split("\n") if l.startswith("date: ")]
        if hd and not RE_DATE.match(hd[0][6:]): err(fn, "bad date: header")
        body = body_of(text)
        nw = len(body.split())
        if not 150 <= nw <= 700: err(fn, "word count %d" % nw)
        langs[g["lang"]] = langs.get(g["lang"], 0) + 1
        if g["lang"] not in ("ru","en"): err(fn, "lang")
        if ("_%s_" % g["lang"]) not in fn: err(fn, "lang vs filename")
        if g["date"] is not None and not RE_DATE.match(g["date"]): err(fn, "date format")
        if g["date_partial"] is not None and not RE_PARTIAL.match(g["date_partial"]): err(fn, "date_partial format")
        if g["date"] and g["date"][:4] not in fn and "inferred" not in g["date_source"]: err(fn, "year not in file name")
        if g["date"] is None and re.search(r"(19|20)\d\d", body): warns.append("%s: undated article has a year-like token in body" % fn)
        if g["header_date"] != "unknown" and g["header_date"] not in text: err(fn, "header_date not verbatim")
        if hd and g["date"] != hd[0][6:]: err(fn, "date != date: header")
        for p in g["people"]:
            npp += 1
            ks = set(p)
            if not PK_REQ <= ks or ks - PK_REQ - PK_OPT: err(fn, "person keys %s" % ks)
            if p["name_in_text"] not in body: err(fn, "name_in_text missing: %s" % p["name_in_text"])
            if p["name_in_text"] not in p["forms_in_text"]: err(fn, "name_in_text not in forms: %s" % p["name_in_text"])
            if len(set(p["forms_in_text"])) != len(p["forms_in_text"]): err(fn, "duplicate forms for %s" % p["name_in_text"])
            for s in p["forms_in_text"]:
                if s not in body: err(fn, "form missing: %s" % s)
            # first spelling check
            pos = [body.find(s) for s in p["forms_in_text"]]
            if min(pos) != body.find(p["name_in_text"]): warns.append("%s: name_in_text %r is not the first form" % (fn, p["name_in_text"]))
        # coverage: every occurrence of a surname stem must be inside a listed form
        allforms = [s for p in g["people"] for s in p["forms_in_text"]]
        for p in g["people"]:
            sur = p["forms_in_text"][0].split()[-1]
            stem = sur[:max(4, len(sur)-3)]
            for m in re.finditer(re.escape(stem), body):
                i = m.start()
                covered = any(body[j:j+len(s)] == s and j <= i < j+len(s)
                              for s in allforms for j in [k.start() for k in re.finditer(re.escape(s), body)])
                if not covered:
                    warns.append("%s: uncovered occurrence of %r: ...%s..." % (fn, stem, body[max(0,i-30):i+30].replace("\n"," ")))
        for n in g["other_names"]:
            if n not in body: err(fn, "other_name missing: %s" % n)
        for x in g["figures"]:
            nf += 1
            ks = set(x)
            if not FK_REQ <= ks or ks - FK_REQ - FK_OPT: err(fn, "figure keys %s" % ks)
            if x["quote"] not in body: err(fn, "figure quote missing: %s" % x["quote"])
            if not isinstance(x["value"], (int, float)): err(fn, "figure value")
            if x["period"] is not None and not RE_PERIOD.match(x["period"]): err(fn, "period %s" % x["period"])
            if x["kind"] not in KINDS: err(fn, "kind")
            if "qualifier" in x and x["qualifier"] not in QUAL: err(fn, "qualifier %s" % x["qualifier"])
            if "period_text" in x and x["period_text"] not in body: err(fn, "period_text missing: %s" % x["period_text"])
        for e in g["events"]:
            ne += 1
            ks = set(e)
            if not EK_REQ <= ks or ks - EK_REQ - EK_OPT: err(fn, "event keys %s" % ks)
            if e["quote"] not in body: err(fn, "event quote missing: %s" % e["quote"])
            if e["date"] is not None and not RE_EDATE.match(e["date"]): err(fn, "event date %s" % e["date"])
            if "date_partial" in e and not RE_PARTIAL.match(e["date_partial"]): err(fn, "event date_partial %s" % e["date_partial"])
            if e["type"] not in TYPES: err(fn, "type %s" % e["type"])
            if e["status"] not in STATUS: err(fn, "status %s" % e["status"])
            if not isinstance(e["bilateral"], bool): err(fn, "bilateral")
        print("%-62s %4d words  people %d  figures %d  events %d" % (fn, nw, len(g["people"]), len(g["figures"]), len(g["events"])))
    print("articles %d (ru %d, en %d); people %d, figures %d, events %d" % (len(gold), langs["ru"], langs["en"], npp, nf, ne))
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
