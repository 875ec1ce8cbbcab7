"""Write articles/*.txt and gold.json for heldout124 from the Python data in this folder."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles_a import A
from articles_b import B
from gold_data import G

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = {**A, **B}
os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
gold = []
for fname in sorted(ART):
    header, body = ART[fname]
    text = (header.strip() + "\n\n" if header.strip() else "") + body.strip() + "\n"
    with open(os.path.join(ROOT, "articles", fname), "w", encoding="utf-8") as f:
        f.write(text)
    g = G[fname[:2]]
    src = g["source"]
    for line in header.splitlines():
        if line.startswith("source: "):
            src = line[len("source: "):].strip()
    rec = {"file": fname, "source": src, "lang": g["lang"], "header_date": g["header_date"],
           "date": g["date"], "date_partial": g["date_partial"], "date_source": g["date_source"],
           "date_note": g["date_note"], "people": g["people"], "other_names": g["other_names"],
           "figures": g["figures"], "events": g["events"]}
    gold.append(rec)
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
print("wrote", len(gold), "articles")
