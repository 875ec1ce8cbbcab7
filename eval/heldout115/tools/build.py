"""Write articles/ and gold.json for heldout115 from data1.py + data2.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2

KEYS = ["file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"]

def main():
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    gold = []
    for a in data1.A + data2.A:
        head = [f"source: {a['source']}"]
        if a["header"].get("date"):
            head.append(f"date: {a['header']['date']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        rec = {"file": a["file"], "source": a["source"], "lang": a["lang"], "header_date": a["header_date"]}
        rec.update(a["gold"])
        gold.append({k: rec[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
