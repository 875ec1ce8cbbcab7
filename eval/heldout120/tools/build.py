"""Write articles/*.txt and gold.json of heldout120 from the data modules."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data_a import A as A1
from data_b import A as A2
from data_c import A as A3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    arts = A1 + A2 + A3
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["header"].get("date"):
            head.append(f"date: {a['header']['date']}")
        body = a["text"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as f:
            f.write("\n".join(head) + "\n\n" + body)
        g = dict(file=a["file"], source=a["source"], lang=a["lang"], **a["gold"])
        gold.append({k: g[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
