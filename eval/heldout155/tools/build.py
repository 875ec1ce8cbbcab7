"""Write articles/*.txt and gold.json of heldout155 from the data files in tools/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_en1, data_en2, data_ru

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    arts = data_en1.ARTICLES + data_en2.ARTICLES + data_ru.ARTICLES
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        if f.endswith(".txt"):
            os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["date"] is not None and a.get("header_date_line", True):
            head.append(f"date: {a['date']}")
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n")
        rec = dict(a)
        rec["lang"] = "en" if "_en_" in a["file"] else "ru"
        rec = {k: rec.get(k) for k in KEYS}
        gold.append(rec)
    gold.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
