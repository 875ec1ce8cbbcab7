"""Write articles/*.txt and gold.json from data_a.py and data_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_a import A
from data_b import B

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    art = os.path.join(ROOT, "articles")
    os.makedirs(art, exist_ok=True)
    for f in os.listdir(art):
        os.remove(os.path.join(art, f))
    gold = []
    for rec in sorted(A + B, key=lambda r: r["file"]):
        with open(os.path.join(art, rec["file"]), "w", encoding="utf-8") as fh:
            fh.write(rec["text"])
        gold.append({k: rec[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
