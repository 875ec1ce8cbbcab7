"""Write ../articles/*.txt and ../gold.json from data_a.py and data_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_a, data_b  # noqa: E402

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]


def main():
    arts = data_a.ARTICLES + data_b.ARTICLES
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a.get("header_line"):
            head.append(f"date: {a['header_line']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        gold.append({k: a[k] for k in KEYS})
    gold.sort(key=lambda g: g["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")


if __name__ == "__main__":
    main()
