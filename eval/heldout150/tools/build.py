"""Write articles/*.txt and gold.json from the data modules data_a.py, data_b.py, data_c.py.

Each module defines ARTICLES: a list of dicts with the file name, source URL, optional header date
(the `date:` header line, only when the page states the date), the body text and the gold record.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_a, data_b, data_c

def main():
    arts = data_a.ARTICLES + data_b.ARTICLES + data_c.ARTICLES
    out = os.path.join(ROOT, "articles")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a.get("header"):
            head.append(f"date: {a['header']}")
        body = a["body"].strip("\n") + "\n"
        with open(os.path.join(out, a["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + body)
        g = {"file": a["file"], "source": a["source"], "lang": a["lang"]}
        g.update(a["gold"])
        for ev in g["events"]:
            ev.setdefault("bilateral", True)
        gold.append(g)
    gold.sort(key=lambda g: g["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
