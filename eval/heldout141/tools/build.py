"""Write articles/*.txt and gold.json from the data modules in tools/ (data_a.py, data_b.py)."""
import json, os, sys
TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
sys.path.insert(0, TOOLS)
import data_a, data_b

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    arts = data_a.ARTICLES + data_b.ARTICLES
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for a in sorted(arts, key=lambda a: a["file"]):
        head = f"source: {a['source']}\n"
        if a.get("date_header"):
            head += f"date: {a['date_header']}\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(head + "\n" + a["body"].strip("\n") + "\n")
        rec = {k: a.get(k) for k in KEYS}
        rec["other_names"] = a.get("other_names", [])
        gold.append(rec)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
