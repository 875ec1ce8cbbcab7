"""Build heldout127: write articles/*.txt and gold.json from data1.py + data2.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data1 import A as A1
from data2 import A as A2

KEY_ORDER = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source",
             "date_note", "people", "other_names", "figures", "events"]

def main():
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    gold = []
    for a in A1 + A2:
        head = [f"source: {a['source']}"]
        if a["header_date_line"]:
            head.append(f"date: {a['header_date_line']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        rec = dict(file=a["file"], source=a["source"], **a["gold"])
        gold.append({k: rec[k] for k in KEY_ORDER})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
