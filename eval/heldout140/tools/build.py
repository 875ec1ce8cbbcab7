"""Write ../articles/*.txt and ../gold.json from the data files data_a/b/c.py."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_a, data_b, data_c  # noqa: E402

KEYS = ["lang", "header_date", "date", "date_partial", "date_source", "date_note", "people", "other_names",
        "figures", "events"]


def main():
    arts = data_a.ARTICLES + data_b.ARTICLES + data_c.ARTICLES
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        if f.endswith(".txt"):
            os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["date_header"]:
            head.append(f"date: {a['date_header']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        rec = {"file": a["file"], "source": a["source"]}
        for k in KEYS:
            rec[k] = a["gold"][k]
        gold.append(rec)
    gold.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")


if __name__ == "__main__":
    main()
