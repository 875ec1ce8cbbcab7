"""Write articles/ and gold.json for heldout128 from the Python data in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_a import A
from articles_b import B
from gold_a import GA
from gold_b import GB

ROOT = os.path.dirname(HERE)
arts = {**A, **B}
gold = {**GA, **GB}
os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
records = []
for fn in sorted(arts):
    header, body = arts[fn]
    text = header.strip() + "\n\n" + body.strip() + "\n"
    with open(os.path.join(ROOT, "articles", fn), "w", encoding="utf-8") as f:
        f.write(text)
    g = gold[fn[:2]]
    source = next(l[len("source: "):] for l in header.splitlines() if l.startswith("source: "))
    records.append({
        "file": fn, "source": source, "lang": g["lang"], "header_date": g["header_date"],
        "date": g["date"], "date_partial": g["date_partial"], "date_source": g["date_source"],
        "date_note": g["date_note"], "people": g["people"], "other_names": g["other_names"],
        "figures": g["figures"], "events": g["events"],
    })
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(records, f, ensure_ascii=False, indent=2)
print(len(records), "articles written")
