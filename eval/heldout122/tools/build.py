"""Write articles/ and gold.json for heldout122 from tools/data_a.py and tools/data_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_a import A
from data_b import B

GOLD_KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source",
             "date_note", "people", "other_names", "figures", "events"]

def main():
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    gold = []
    for art in A + B:
        head = [f"source: {art['source']}"]
        if art["header_date"]:
            head.append(f"date: {art['header_date']}")
        text = "\n".join(head) + "\n\n" + art["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", art["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        g = art["gold"]
        rec = {
            "file": art["file"], "source": art["source"], "lang": art["lang"],
            "header_date": art["header_date"] or "unknown",
            "date": g["date"], "date_partial": g["date_partial"], "date_source": g["date_source"],
            "date_note": g["date_note"], "people": g["people"], "other_names": g["other_names"],
            "figures": g["figures"], "events": g["events"],
        }
        assert list(rec) == GOLD_KEYS
        gold.append(rec)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
