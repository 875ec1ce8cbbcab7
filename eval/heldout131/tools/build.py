"""Write articles/*.txt and gold.json from the data files in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from arts_a import A
from arts_b import B
from arts_c import C
from gold_a import GA
from gold_b import GB
from gold_c import GC
G = {**GA, **GB, **GC}
os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
for f in os.listdir(os.path.join(ROOT, "articles")): os.remove(os.path.join(ROOT, "articles", f))
out = []
for a in A + B + C:
    head = [f"source: {a['source']}"] + ([f"date: {a['header']}"] if a["header"] else [])
    with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as fh:
        fh.write("\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n")
    g = G[a["file"]]
    rec = {"file": a["file"], "source": a["source"], "lang": a["lang"], "header_date": g["header_date"],
           "date": g["date"], "date_partial": g.get("date_partial"), "date_source": g["date_source"],
           "date_note": g["date_note"], "people": g["people"], "other_names": g["other_names"],
           "figures": g["figures"], "events": g["events"]}
    out.append(rec)
assert len(out) == len(G) == 14
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1); fh.write("\n")
print(f"wrote {len(out)} articles and gold.json")
