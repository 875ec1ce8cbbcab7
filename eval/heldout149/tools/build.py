"""Write ../articles/*.txt and ../gold.json from the data modules in this folder."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import articles_ru_a, articles_ru_b, articles_en  # noqa: E402

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]


def main():
    arts = sorted(articles_ru_a.ARTICLES + articles_ru_b.ARTICLES + articles_en.ARTICLES, key=lambda a: a["file"])
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["header"]:
            head.append(f"date: {a['header']}")
            assert a["header"] == a["gold"]["date"], a["file"]
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        rec = dict(a["gold"], file=a["file"], source=a["source"], lang=a["lang"])
        gold.append({k: rec[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(arts)} articles and gold.json")


if __name__ == "__main__":
    main()
