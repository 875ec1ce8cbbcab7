"""Build articles/*.txt and gold.json of heldout148 from data_ru.py and data_en.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_ru, data_en

def main():
    arts = sorted(data_ru.ARTICLES + data_en.ARTICLES, key=lambda a: a["file"])
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["header"]:
            head.append(f"date: {a['header']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        gold.append({
            "file": a["file"], "source": a["source"], "lang": a["lang"],
            "header_date": a["header"] or "unknown",
            "date": a["date"], "date_partial": a["date_partial"],
            "date_source": a["date_source"], "date_note": a["date_note"],
            "people": a["people"], "other_names": a["other_names"],
            "figures": a["figures"], "events": a["events"],
        })
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
