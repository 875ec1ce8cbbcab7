"""Build heldout135: write articles/*.txt and gold.json from the data_*.py files in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_ru1, data_ru2, data_ru3, data_ru4, data_en  # noqa: E402

ORDER = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
         "people", "other_names", "figures", "events"]

def main():
    arts = data_ru1.A + data_ru2.A + data_ru3.A + data_ru4.A + data_en.A
    arts.sort(key=lambda a: a["file"])
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
        g = dict(a["gold"], file=a["file"], source=a["source"])
        gold.append({k: g[k] for k in ORDER})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
