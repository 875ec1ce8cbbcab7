"""Write ../articles/*.txt and ../gold.json from data_a.py and data_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_a import A
from data_b import B

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    arts = os.path.join(ROOT, "articles")
    os.makedirs(arts, exist_ok=True)
    for f in os.listdir(arts):
        if f.endswith(".txt"):
            os.remove(os.path.join(arts, f))
    gold = []
    for a in A + B:
        head = [f"source: {a['source']}"]
        if a["header_date"] != "unknown":
            head.append(f"date: {a['header_date']}")
        body = a["body"].strip("\n") + "\n"
        with open(os.path.join(arts, a["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + body)
        gold.append({k: a[k] for k in KEYS})
    gold.sort(key=lambda g: g["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
