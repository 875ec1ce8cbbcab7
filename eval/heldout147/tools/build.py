"""Build articles/*.txt and gold.json from the data modules data1.py and data2.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2

def main():
    recs = data1.ARTICLES + data2.ARTICLES
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for r in recs:
        head = [f"source: {r['source']}"]
        if r.get("header_line_date"):
            head.append(f"date: {r['header_line_date']}")
        body = r["body"].strip("\n") + "\n"
        with open(os.path.join(adir, r["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + body)
        g = {k: r[k] for k in ("file", "source", "lang", "header_date", "date", "date_partial",
                                "date_source", "date_note", "people", "other_names", "figures", "events")}
        gold.append(g)
    gold.sort(key=lambda g: g["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
