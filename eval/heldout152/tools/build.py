"""Write articles/*.txt and gold.json from the data modules in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_ru1, data_ru2, data_en  # noqa: E402

def main():
    arts = data_ru1.ARTICLES + data_ru2.ARTICLES + data_en.ARTICLES
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for a in sorted(arts, key=lambda a: a["record"]["file"]):
        r = a["record"]
        head = [f"source: {r['source']}"]
        if a["_header_line"]:
            head.append(f"date: {a['_header_line']}")
        with open(os.path.join(adir, r["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + a["_body"].strip("\n") + "\n")
        gold.append(r)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
