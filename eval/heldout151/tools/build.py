"""Write articles/*.txt and gold.json from the data modules in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_ru import ARTICLES as RU
from data_en import ARTICLES as EN

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    out = os.path.join(ROOT, "articles")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    gold = []
    for a in sorted(RU + EN, key=lambda a: a["file"]):
        head = [f"source: {a['source']}"]
        if a.get("page_date"):
            head.append(f"date: {a['date']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(out, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        rec = {k: a.get(k) for k in KEYS}
        rec["other_names"] = a.get("other_names", [])
        gold.append(rec)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
