"""Writes ../articles/*.txt and ../gold.json from arts_a.py / arts_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import arts_a, arts_b

ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")
os.makedirs(ART, exist_ok=True)
KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]
gold = []
for a in arts_a.ARTS + arts_b.ARTS:
    head = ["source: " + a["source"]] + a["header_lines"]
    text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
    with open(os.path.join(ART, a["file"]), "w", encoding="utf-8") as f:
        f.write(text)
    gold.append({k: a[k] for k in KEYS})
gold.sort(key=lambda r: r["file"])
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", len(gold), "articles")
